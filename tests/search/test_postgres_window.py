"""On PostgreSQL the database backend reads the index entries itself (backends/postgres.py):
the same hits in the same order, with the same scores and total, as Wagtail's search API."""

import pytest
from django.db import connection

from portal.search import analysis
from portal.search.backends import database
from portal.search.backends.base import Query
from portal.search.pages import searchable_pages
from portal.search.sections import sections
from tests.helpers import run_worker

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own path"),
]

QUERIES = [
    ("en", "adoption support"),
    ("en", "can I adopt"),
    ("en", "brother and sister"),
    ("en", "adopters"),
    ("cy", "fabwysiadu"),
    ("cy", "gwybodaeth Gaerdydd"),
    ("cy", "proses mabwysiadu"),
    ("cy", "plant"),
]


def windows(language, text, section="", offset=0, limit=10):
    """(page id, score) of each hit and the total, from PostgreSQL's path and Wagtail's."""
    from portal.search.backends import postgres

    pages = searchable_pages(language, section)
    match, rank = database.match_and_rank(analysis.query_groups(text, language))
    found = []
    for window in (postgres.window, database.wagtail_window):
        hits, total = window(pages, match, rank, offset, limit)
        found.append(([(page.pk, round(page._score, 6)) for page in hits], total))
    return found


@pytest.mark.parametrize(("language", "text"), QUERIES)
def test_the_same_hits_in_the_same_order_and_the_same_total(language, text):
    run_worker()  # Wagtail's index updates wait in the task queue
    ours, wagtails = windows(language, text)
    assert ours == wagtails and ours[0], text
    for offset in (3, 10, 1000):  # later pages, and one past the last hit
        ours, wagtails = windows(language, text, offset=offset)
        assert ours == wagtails, (text, offset)


def test_the_same_within_a_topic():
    run_worker()
    for _slug, _title, path in sections("en"):
        ours, wagtails = windows("en", "adoption", section=path)
        assert ours == wagtails, path


def test_a_window_costs_two_queries(django_assert_num_queries):
    """The window with the total (one statement), then its pages with their display text."""
    from portal.search.backends import postgres

    run_worker()
    pages = searchable_pages("en")
    match, rank = database.match_and_rank(analysis.query_groups("adoption support", "en"))
    postgres.window(pages, match, rank, 0, 10)  # per-process content types
    with django_assert_num_queries(2):
        hits, total = postgres.window(pages, match, rank, 0, 10)
    assert len(hits) == 10 and total > 10


def test_the_backend_takes_this_path(monkeypatch):
    run_worker()
    ours, _wagtails = windows("cy", "fabwysiadu", offset=10)
    monkeypatch.setattr(database, "wagtail_window", None)  # not called on PostgreSQL
    results = database.search(Query("fabwysiadu", "cy", offset=10))
    assert [(hit.page_id, round(hit.score, 6)) for hit in results.hits] == ours[0]
    assert results.total == ours[1] > 10
