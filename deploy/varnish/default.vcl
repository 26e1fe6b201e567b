vcl 4.1;
# Adopt Cymru front cache (Varnish 7). docs/caching.md explains the rules.
#
# The portal decides what may be shared: public pages come with
# `Cache-Control: public, max-age=..., s-maxage=...`, everything else `private, no-store`.
# Here we only make sure that nobody's cookies reach a shared page, that nothing with a cookie
# or a private header is stored, and that the portal's PURGE requests drop every variant of a
# path (any query string: pagination, event filters).
#
# Compression: Varnish asks the portal for gzip on every fetch and keeps that one copy; it
# unpacks it for a reader who does not accept gzip (http_gzip_support, on by default: leave it).
# Responses that pass (forms, search, staff) are gzipped by the portal for each request.
#
# Errors the portal never sees get pages of their own in the reader's language, from files
# in /etc/varnish/errors/ (copy deploy/varnish/errors/ there; docs/errors.md): an address or a
# body too large (414, 413), and the portal not answering (503).

import std;

backend portal {
    .host = "127.0.0.1";
    .port = "8000";  # portal port: tests and the benchmark rewrite this line
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers and task workers (FRONT_CACHE_URL points here).
acl purgers {
    "127.0.0.1";
    "::1";
}

# Longer addresses and larger bodies are refused here, before the portal reads them.
# gunicorn's limits (deploy/gunicorn.conf.py) are higher, so it never refuses one first.
sub vcl_recv {
    if (req.url ~ "^.{4097}") {
        return (synth(414));
    }
    if (std.integer(req.http.Content-Length, 0) > 20971520) {  # 20 MB: admin uploads fit
        return (synth(413));
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in staff, and a person looking at their own enquiry confirmation.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Public pages in either language, the sitemap, robots.txt and static files read no
    # cookie, so one copy serves everyone. Anything else ("/" chooses a language from a cookie, /language/,
    # /admin/, /en/accounts/ and /cy/accounts/ (sign-in), /twilio/, /health/) goes to the
    # portal with its cookies.
    if (req.url ~ "^/(en|cy)/accounts/") {
        return (pass);
    }
    if (req.url ~ "^/(en|cy)(/|\?|$)" || req.url ~ "^/sitemap\.xml" || req.url ~ "^/robots\.txt" ||
            req.url ~ "^/static/") {
        unset req.http.Cookie;
        return (hash);
    }
    return (pass);
}

sub vcl_backend_response {
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || !beresp.http.Cache-Control) {
        # Never stored; remember for a short while not to wait on other requests for it.
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # When a page expires, serve the old copy while one request fetches the new one, and keep
    # serving it if the portal is down. A purge removes it outright.
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-path;
    # s-maxage is for this cache, which is purged; caches further on must not use it.
    if (resp.http.Cache-Control) {
        set resp.http.Cache-Control = regsub(resp.http.Cache-Control, ",\s*s-maxage=\d+", "");
    }
}

sub vcl_synth {
    if (resp.status == 413 || resp.status == 414) {
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "private, no-store";
        set resp.http.Content-Security-Policy = "default-src 'none'; style-src 'sha256-jH/0CtiAiNbTsght8Cs/OV1+fm50Gu1HcE9Tj1hSFk4='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        set resp.http.X-Content-Type-Options = "nosniff";
        set resp.http.Connection = "close";  # the body, if any, is not read
        if (req.url ~ "^/cy(/|\?|$)") {
            set resp.http.Content-Language = "cy";
            if (resp.status == 413) {
                synthetic(std.fileread("/etc/varnish/errors/413.cy.html"));
            } else {
                synthetic(std.fileread("/etc/varnish/errors/414.cy.html"));
            }
        } else {
            set resp.http.Content-Language = "en";
            if (resp.status == 413) {
                synthetic(std.fileread("/etc/varnish/errors/413.en.html"));
            } else {
                synthetic(std.fileread("/etc/varnish/errors/414.en.html"));
            }
        }
        return (deliver);
    }
}

# The portal did not answer (down, restarting, or slower than first_byte_timeout).
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Content-Security-Policy = "default-src 'none'; style-src 'sha256-jH/0CtiAiNbTsght8Cs/OV1+fm50Gu1HcE9Tj1hSFk4='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    set beresp.http.X-Content-Type-Options = "nosniff";
    set beresp.http.Retry-After = "30";
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    if (bereq.url ~ "^/cy(/|\?|$)") {
        set beresp.http.Content-Language = "cy";
        synthetic(std.fileread("/etc/varnish/errors/503.cy.html"));
    } else {
        set beresp.http.Content-Language = "en";
        synthetic(std.fileread("/etc/varnish/errors/503.en.html"));
    }
    return (deliver);
}
