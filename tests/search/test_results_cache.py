"""What a search keeps between requests: answers for a minute (per language and query, never
per reader, the response still private), and each page's display text until it is saved."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.search import service
from portal.search.models import PageText
from tests.helpers import run_worker
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def search_cache(settings):
    """The results cache on, in memory of this test's own."""
    settings.CACHES = {**settings.CACHES, "search": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"search-{uuid.uuid4().hex}"}}


def test_the_same_search_again_is_answered_from_the_cache(client, search_cache):
    first = client.get("/cy/chwilio/", {"q": "fabwysiadu"})
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/cy/chwilio/", {"q": "  FABWYSIADU "})  # the same, normalised
    assert [h.url for h in again.context["outcome"].hits] == [
        h.url for h in first.context["outcome"].hits] != []
    sql = " ".join(q["sql"] for q in queries)
    assert "indexentry" not in sql.lower() and "COUNT(" not in sql
    assert "querydailyhits" in sql.lower()  # the reader's search is still counted
    assert "no-store" in again["Cache-Control"] and "private" in again["Cache-Control"]


def test_publishing_a_page_shows_it_at_the_next_search(client, search_cache,
                                                       django_capture_on_commit_callbacks):
    word = f"zyx{uuid.uuid4().hex[:6]}"
    assert service.run(word, "en").total == 0
    with django_capture_on_commit_callbacks(execute=True):
        make_page("en", f"Cached {word}", intro=f"About {word}.")
    run_worker()  # Wagtail's own index update
    assert service.run(word, "en").total == 1


def test_another_topic_or_page_is_another_answer(search_cache):
    all_topics = service.run("adoption", "en")
    second = service.run("adoption", "en", page=2)
    assert all_topics.page == 1 and second.page == 2
    assert {h.url for h in all_topics.hits}.isdisjoint({h.url for h in second.hits})


def test_a_saved_page_is_shown_with_its_new_text(client):
    word = f"qvw{uuid.uuid4().hex[:6]}"
    page = make_page("en", f"Text {word}", intro=f"The old summary of {word}.")
    run_worker()
    assert "old summary" in str(service.run(word, "en").hits[0].snippet)
    assert PageText.objects.filter(page=page).exists()  # made by that search
    page.intro = f"The new summary of {word}."
    page.save_revision().publish()
    run_worker()
    assert "new summary" in str(service.run(word, "en").hits[0].snippet)
