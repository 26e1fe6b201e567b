"""Cache-Control on every response that is not a static file (WhiteNoise sets those).

A public page may be kept by the front cache (Varnish or a CDN) until a purge or
FRONT_CACHE_SECONDS, and by browsers for BROWSER_CACHE_SECONDS. Everything else is
`private, no-store`: staff pages, forms (they carry CSRF tokens), confirmations, anything with
personal data, error pages, and any response that sets a cookie. Views opt out with Django's
`never_cache`. See docs/caching.md."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

PRIVATE = "private, no-store"


def public_prefixes():
    return (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap.xml", "/robots.txt")


def _signed_in(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def may_be_shared(request, response) -> bool:
    """True when the response is the same for every anonymous reader and holds nothing of
    theirs, so a shared cache may keep it."""
    view_policy = response.get("Cache-Control", "")
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and request.path.startswith(public_prefixes())
        and "no-store" not in view_policy and "private" not in view_policy
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a CSRF token
        and not getattr(request, "is_preview", False)
        and not _signed_in(request)
    )


def changes_at_midnight(response):
    """Mark a response that changes with the date (lists of upcoming events): the front cache
    keeps it no later than the next local midnight."""
    now = timezone.localtime()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    # timestamps, not a difference of local times, so the nights the clocks change are right
    response.front_cache_seconds = int(midnight.timestamp() - now.timestamp()) + 1
    return response


class CacheHeadersMiddleware:
    """Sits outside the session, CSRF and locale middleware so that it sees every cookie
    they set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if may_be_shared(request, response):
            shared = min(settings.FRONT_CACHE_SECONDS,
                         getattr(response, "front_cache_seconds", settings.FRONT_CACHE_SECONDS))
            browser = min(settings.BROWSER_CACHE_SECONDS, shared)
            response["Cache-Control"] = f"public, max-age={browser}, s-maxage={shared}"
        else:
            response["Cache-Control"] = PRIVATE
            del response["Expires"]
        return response
