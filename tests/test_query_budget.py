"""Each page type renders with a pinned number of queries, so an N+1 cannot creep in.
The figures are the same on SQLite and PostgreSQL; this file is the record."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from campaigns import models as campaigns
from cms import models as cms
from tests.helpers import page_of_type

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def furniture_cached_per_process(settings):
    """As in production without Redis: navigation and footer kept in the process, checked
    against the shared content version (portal/content_version.py)."""
    settings.CACHES = {**settings.CACHES, "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "budget-test"}}
    from django.core.cache import caches

    caches["fragments"].clear()


# What a page costs as production serves it without Redis: the content version (one read of
# the shared cache), the locale, then the page and its specific fields in one go
# (cms/routing.py), then what the page type lists. The site with its home page, the page's
# versions in each language, the navigation and the footer are kept per process under the
# content version, and no page view restriction exists (portal/restrictions.py). Welsh pages
# cost one query more: routing looks up the Welsh home, while the English home is the site's
# own root.
BUDGET = {
    cms.HomePage: 5,  # + sections, events, stories
    cms.SectionIndexPage: 7,  # + its pages, the "Can I adopt?" check among Adopting's children
    cms.AdvicePage: 4,
    cms.StoryIndexPage: 5,  # + the stories
    cms.StoryPage: 5,  # + the story's region
    cms.EventIndexPage: 7,  # + the events, the filter form: regions, agencies
    cms.EventPage: 5,  # + the event's region
    cms.RegionPage: 7,  # + the region, its councils, its events
    cms.StandardPage: 4,
    campaigns.CampaignIndexPage: 6,  # + the campaigns with both languages live
    campaigns.CampaignPage: 10,  # + the both-languages-live check, stories, events
}


@pytest.mark.parametrize("model", BUDGET, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_queries_per_page_type(client, model, language):
    url = page_of_type(model, language).url
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    expected = BUDGET[model] + (1 if language == "cy" else 0)
    assert len(queries) == expected, "\n".join(q["sql"][:200] for q in queries)


# The search page: a results page of 10 hits on the database backend with the results cache
# off (as in every test: a search nobody has just made). The content version (1), the topic
# list (2: the language's home, its sections), the ranked hits with their display text (1,
# however many page types are among them) and the match count (1), promotions (1), and the
# popular-search counter (1 write). Navigation and footer are kept per process, and no page
# is restricted.
SEARCH_BUDGET = {"/en/search/?q=adoption+support": 7, "/cy/chwilio/?q=fabwysiadu": 7}


@pytest.mark.parametrize("url", SEARCH_BUDGET)
def test_queries_per_search_page(client, settings, url):
    settings.ELASTICSEARCH_URL = ""
    client.get(url)  # warm per-process caches; the hits' display text is made once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    hits = response.context["outcome"].hits
    assert response.status_code == 200 and len(hits) == 10
    assert len(queries) == SEARCH_BUDGET[url], "\n".join(q["sql"][:200] for q in queries)


# The same search again within the results cache's minute: the content version, which is
# also the cache key's version, and the popular-search counter (1 write); the answer, the topic
# list and the furniture come from caches.
SEARCH_CACHED_BUDGET = 2


@pytest.mark.parametrize("url", SEARCH_BUDGET)
def test_queries_per_search_page_answered_from_the_cache(client, settings, url):
    settings.ELASTICSEARCH_URL = ""
    settings.CACHES = {**settings.CACHES, "search": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex}}
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and len(response.context["outcome"].hits) == 10
    assert len(queries) == SEARCH_CACHED_BUDGET, "\n".join(q["sql"][:200] for q in queries)


# The booking form of an event with a capacity: the event in the reader's language, its places
# and the places held (bookings app).
BOOKING_FORM_BUDGET = {"en": 5, "cy": 5}
# An event page that takes bookings: its places and the places held, two queries more than
# one with an external booking link (cms.EventPage above).
BOOKABLE_EVENT_BUDGET = {"en": 7, "cy": 8}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_queries_of_an_event_page_taking_bookings(client, language):
    from bookings.models import EventPlaces
    from tests.factories import pages

    event = pages.event_page(region_slug="north-wales")
    EventPlaces.objects.create(event_key=event.translation_key, capacity=30)
    url = event.get_translation(Locale.objects.get(language_code=language)).url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and "30 " in response.content.decode()
    assert len(queries) == BOOKABLE_EVENT_BUDGET[language], "\n".join(
        q["sql"][:200] for q in queries)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_queries_of_the_booking_form(client, language):
    from bookings.models import EventPlaces
    from tests.factories import pages

    event = pages.event_page(region_slug="north-wales")
    EventPlaces.objects.create(event_key=event.translation_key, capacity=30)
    url = f"/{language}/{'archebu' if language == 'cy' else 'book'}/{event.translation_key}/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) == BOOKING_FORM_BUDGET[language], "\n".join(
        q["sql"][:200] for q in queries)
# The enquiry thank-you page: the session, the enquiry with its service, the steps (the
# service's or the national ones, one query), the one pack document linked, and the content
# version; the same in either language.
THANKS_BUDGET = 5


@pytest.mark.parametrize("language", ["en", "cy"])
def test_queries_on_the_thank_you_page(client, django_capture_on_commit_callbacks, language):
    from tests.enquiries.helpers import form_data

    path = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}[language]
    with django_capture_on_commit_callbacks(execute=False):
        thanks = client.post(path, form_data(language=language))["Location"]
    client.get(thanks)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(thanks)
    assert response.status_code == 200 and len(response.context["steps"]) == 8
    assert len(queries) == THANKS_BUDGET, "\n".join(q["sql"][:200] for q in queries)
