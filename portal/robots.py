"""/robots.txt: where the sitemap is, and what crawlers should leave alone (docs/web-basics.md).

Staff screens and sign-in, webhooks, people's own confirmations and bookings, and search
results (endless, thin copies of pages the sitemap lists anyway) are disallowed. Paths are
reversed in each language, so a translated slug (/cy/chwilio/) is never missed."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

# Outside the language prefixes: staff, Twilio's webhooks, the health check, the language choice.
UNPREFIXED = ["/admin/", "/accounts/", "/twilio/", "/health/", "/language/"]


def _language_paths(code):
    booking = reverse("bookings:manage", kwargs={"token": "t"}).removesuffix("t/")
    return [f"/{code}/accounts/", reverse("search:search"), reverse("enquiries:thanks"), booking]


def disallowed():
    paths = list(UNPREFIXED)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += _language_paths(code)
    return paths


def robots_txt(request):
    """Plain text, the same for everyone: the front cache and browsers may keep it
    (portal.caching lists it among the public paths)."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed()), "",
             f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
