"""The expected page is in the top 3 for each of 20 English and 20 Welsh queries (the demo
content is the corpus): all 40 on the engine and on PostgreSQL's full text search.

Wagtail's SQLite backend (the embedded default for development) ranks with FTS5's bm25, which
gives no weight to a word found in over half the pages ("adopt", "plentyn") and cannot stem the
separate title column, so it is pinned at its measured 34 of 40 to catch regressions."""

import pytest
from django.db import connection

from tests.search.relevance import RELEVANCE

pytestmark = pytest.mark.django_db
SQLITE_DATABASE_FLOOR = 34


def test_the_expected_page_is_in_the_top_three(backend):
    backend.reindex()
    misses = []
    for language, query, expected in RELEVANCE:
        urls = backend.urls(query, language)
        if expected not in urls[:3]:
            rank = urls.index(expected) + 1 if expected in urls else None
            misses.append((language, query, expected, rank, urls[:3]))
    counts = [sum(1 for lang, _q, _e in RELEVANCE if lang == code) for code in ("en", "cy")]
    assert min(counts) >= 20
    on_sqlite = backend.name == "database" and connection.vendor == "sqlite"
    required = SQLITE_DATABASE_FLOOR if on_sqlite else len(RELEVANCE)
    assert len(RELEVANCE) - len(misses) >= required, "\n".join(map(str, misses))
