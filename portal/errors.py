"""Error pages Django serves, in the portal's layout and the language of the URL.

Varnish serves the errors Django never sees (deploy/varnish/default.vcl, docs/errors.md).
Pages for requests that may be broken or the database down (400, 413, 500) leave out the
navigation and footer, which need the database and the request's host."""

from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render
from django.utils.translation import activate, get_language_from_path

# Read and drop a body refused as too large, up to what Varnish lets through: a server that
# answers before the body has arrived resets the connection, and the proxy (or the browser)
# then shows its own error instead of this page.
DISCARD_LIMIT = 20 * 1024 * 1024


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        _discard_body(request)
        return _page(request, "errors/413.html", 413)
    return _page(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return _page(request, "errors/403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form was sent without a valid token (often an old tab or
    cookies turned off). Offers the form again; says nothing of the mechanism."""
    return _page(request, "errors/403_csrf.html", 403, {"form_url": request.path})


def page_not_found(request, exception=None):
    return _page(request, "errors/404.html", 404)


def server_error(request):
    return _page(request, "errors/500.html", 500)


def _discard_body(request):
    remaining = DISCARD_LIMIT
    try:
        while remaining > 0 and (chunk := request.read(min(remaining, 65536))):
            remaining -= len(chunk)
    except OSError:  # the client went away: nothing left to protect
        pass


def _page(request, template, status, context=None):
    _activate_from_path(request)
    return render(request, template, context, status=status)


def _activate_from_path(request):
    """Errors speak the language of the URL; with none, the one LocaleMiddleware chose."""
    language = get_language_from_path(request.path_info)
    if language:
        activate(language)
        request.LANGUAGE_CODE = language
