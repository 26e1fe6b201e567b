"""Navigation and footer are rendered once per language (and page, for the navigation's
aria-current) and kept until something is published."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.models import AdvicePage, NavigationMenu
from tests.helpers import page_of_type

pytestmark = pytest.mark.django_db
FURNITURE_QUERIES = 4  # navigation and footer: the snippet, then its linked pages, each


@pytest.fixture(autouse=True)
def fragment_cache(settings):
    settings.CACHES = {**settings.CACHES, "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragment-test"}}
    from django.core.cache import caches

    caches["fragments"].clear()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_second_view_skips_the_furniture_queries(client, language):
    url = page_of_type(AdvicePage, language).url
    other = "cy" if language == "en" else "en"
    client.get(f"/{other}/")
    client.get(url)  # warms what each process keeps (site, the page's versions)
    caches["fragments"].clear()
    cold, cold_html = queries_for(client, url)
    warm, warm_html = queries_for(client, url)
    assert cold - warm == FURNITURE_QUERIES
    assert warm_html == cold_html


def test_each_language_keeps_its_own_furniture(client):
    client.get(page_of_type(AdvicePage, "en").url)
    _count, html = queries_for(client, page_of_type(AdvicePage, "cy").url)
    menu = NavigationMenu.objects.get(locale=Locale.objects.get(language_code="cy"))
    assert all(block["value"]["label"] in html for block in menu.links.raw_data)


def test_the_current_section_is_marked_on_each_page(client):
    advice = page_of_type(AdvicePage, "en")
    _count, home = queries_for(client, "/en/")
    _count, page = queries_for(client, advice.url)
    assert 'aria-current="true"' in page and 'aria-current="true"' not in home


def test_an_edited_menu_shows_at_once(client, django_capture_on_commit_callbacks):
    url = page_of_type(AdvicePage, "en").url
    client.get(url)
    menu = NavigationMenu.objects.get(locale=Locale.objects.get(language_code="en"))
    data = menu.links.raw_data
    data[0]["value"]["label"] = "Adoption, explained"
    with django_capture_on_commit_callbacks(execute=True):
        menu.save()
    assert "Adoption, explained" in client.get(url).content.decode()


def test_an_unpublished_menu_page_leaves_the_menu_at_once(client,
                                                          django_capture_on_commit_callbacks):
    menu = NavigationMenu.objects.get(locale=Locale.objects.get(language_code="en"))
    linked = menu.links[0].value["page"].specific
    label = menu.links[0].value["label"]
    assert f">{label}</a>" in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        linked.unpublish()
    assert f">{label}</a>" not in client.get("/en/").content.decode()
