"""Views that are not CMS pages: health and language choice (errors: portal/errors.py)."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from portal import health as registered
from portal.search.backends import engine

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


@never_cache
def health(request):
    """JSON state of what the portal depends on: 503 when the database is down.

    A missing search engine is reported but is not fatal: search falls back to the database.
    Apps add checks (portal.health): the task queue and the notifications waiting to go.
    """
    checks = {"database": _database_state(), "search": _search_state()}
    healthy = checks["database"] == "ok"
    states, queue = registered.run() if healthy else ({}, {})
    checks.update(states)
    status = "ok" if all(state in {"ok", "database"} for state in checks.values()) else "degraded"
    return JsonResponse(
        {"status": status if healthy else "unavailable", "checks": checks, "queue": queue},
        status=200 if healthy else 503,
    )


def _search_state():
    """"database" when no engine is configured, else the engine's state."""
    return engine.state() if engine.enabled() else "database"


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means the database is not usable
        return "unavailable"
    return "ok"


@never_cache
def choose_language(request, code):
    """Remember the reader's language choice, then go to the page in that language."""
    if code not in LANGUAGE_CODES:
        code = settings.LANGUAGE_CODE
    target = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe or not target.startswith(f"/{code}/"):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        httponly=True,
    )
    return response

