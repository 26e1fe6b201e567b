"""Who may keep a response: the front cache and browsers for public pages, nobody for the rest."""

import re

import pytest
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import RequestFactory

from portal.caching import CacheHeadersMiddleware
from tests.factories.pages import advice_page, new_page
from tests.helpers import PAGE_TYPES

pytestmark = pytest.mark.django_db
PRIVATE = "private, no-store"


@pytest.fixture(autouse=True)
def lifetimes(settings):
    settings.FRONT_CACHE_SECONDS = 3600
    settings.BROWSER_CACHE_SECONDS = 60


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_public_page_type_may_be_shared(client, model, language):
    page = new_page(model, language)
    response = client.get(page.url)
    assert response.status_code == 200
    if page.lists_upcoming_events:  # shorter just before midnight (test below)
        browser, shared = map(int, re.fullmatch(
            r"public, max-age=(\d+), s-maxage=(\d+)", response["Cache-Control"]).groups())
        assert 0 < shared <= 3600 and browser == min(60, shared)
    else:
        assert response["Cache-Control"] == "public, max-age=60, s-maxage=3600"
    assert not response.cookies


def test_the_sitemap_may_be_shared(client):
    assert client.get("/sitemap.xml")["Cache-Control"].startswith("public,")


@pytest.mark.parametrize("url", [
    "/en/enquire/", "/cy/ymholiad/",                   # forms carrying a CSRF token
    "/en/enquire/thank-you/",                          # a confirmation (redirects without one)
    "/en/search/?q=adopt", "/cy/chwilio/?q=mabwysiadu",  # a search may name a person
    "/", "/language/cy/?next=/cy/",                    # chosen language, from or into a cookie
    "/admin/", "/en/accounts/login/", "/cy/accounts/login/", "/health/",  # staff, machines
    "/en/no-such-page/",                               # errors
])
def test_the_rest_is_private_and_never_stored(client, url):
    response = client.get(url)
    assert response["Cache-Control"] == PRIVATE, response.status_code
    assert "Expires" not in response


def test_a_page_seen_by_signed_in_staff_is_private(client):
    client.force_login(User.objects.create_user("editor", "editor@adopt.example.org"))
    page = advice_page()
    assert client.get(page.url)["Cache-Control"] == PRIVATE


def test_a_form_post_is_private(client):
    assert client.post("/en/enquire/", {})["Cache-Control"] == PRIVATE


def test_a_public_page_that_sets_a_cookie_is_private():
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("anything", "1")
        return response

    request = RequestFactory().get("/en/some-page/")
    assert CacheHeadersMiddleware(view)(request)["Cache-Control"] == PRIVATE


def test_nothing_outside_the_language_trees_is_shared():
    request = RequestFactory().get("/documents/1/leaflet.pdf")
    response = CacheHeadersMiddleware(lambda request: HttpResponse("pdf"))(request)
    assert response["Cache-Control"] == PRIVATE


def test_lists_of_upcoming_events_are_kept_no_later_than_midnight(client, settings):
    from datetime import timedelta

    from django.utils import timezone

    from cms.models import EventIndexPage, HomePage, RegionPage

    settings.FRONT_CACHE_SECONDS = 10 * 24 * 3600
    now = timezone.localtime()
    to_midnight = ((now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
                   - now).total_seconds()
    for model in (HomePage, EventIndexPage, RegionPage):
        policy = client.get(new_page(model, "cy").url)["Cache-Control"]
        shared = int(policy.rsplit("s-maxage=", 1)[1])
        assert to_midnight - 60 <= shared <= to_midnight + 60, model.__name__
    advice = client.get(advice_page().url)["Cache-Control"]
    assert advice.endswith(f"s-maxage={10 * 24 * 3600}")
