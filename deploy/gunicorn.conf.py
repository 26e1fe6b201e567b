"""gunicorn for the portal behind Varnish: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

Varnish refuses addresses over 4,096 characters and bodies over 20 MB itself, with pages in the
reader's language (docs/errors.md). gunicorn's own refusals are bare English text, so its limits
sit above everything Varnish lets through; the bind address and the number of workers come from
the command line or gunicorn's usual variables (WEB_CONCURRENCY)."""

limit_request_line = 8190  # gunicorn's maximum; a URL Varnish passes is at most 4,096
limit_request_fields = 100  # Varnish passes at most 64 headers (its http_max_hdr)
limit_request_field_size = 16380  # Varnish refuses a header over 8 KB (http_req_hdr_len)
