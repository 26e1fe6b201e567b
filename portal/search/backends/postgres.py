"""The database backend's window of hits on PostgreSQL, in one statement on the index entries.

Wagtail's PostgreSQL search joins each page to its index entry through a text cast and runs the
full text search twice here (match, then rank). This asks `wagtailsearch_indexentry` directly:
the match tsquery through the GIN index on `title || body` (migration 0003), then Wagtail's own
rank expression and tie-break (`-pk`), so the order is Wagtail's; the total is
`COUNT(*) OVER ()`. The tsqueries are built by Wagtail's compiler and sent as parameters.
"""

from django.contrib.postgres.search import SearchQueryField, SearchRank, SearchVectorField
from django.db.models import BooleanField, Count, F, Func, IntegerField, TextField, Window
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks


def window(pages, match, rank, offset: int, limit: int) -> tuple[list[Page], int]:
    """Pages `offset`..`offset + limit` of `pages` matching `match`, best first by `rank`
    (each with its `_score` and `search_text`), and how many match: two queries."""
    entries = _entries(pages, match)
    score = _score(pages, rank)
    rows = list(
        entries.annotate(score=score, total=Window(Count("*")))
        .order_by(F("score").desc(), Cast("object_id", IntegerField()).desc())
        .values_list("object_id", "score", "total")[offset : offset + limit]
    )
    if not rows:  # past the last hit (or none): only then is the count a query of its own
        return [], entries.count() if offset else 0
    found = Page.objects.using(pages.db).select_related("search_text").order_by().in_bulk(
        [int(key) for key, _score, _total in rows])
    hits = []
    for key, score, _total in rows:
        page = found[int(key)]
        page._score = score
        hits.append(page)
    return hits, rows[0][2]


class _Once(Func):
    """`(SELECT <tsquery>)`: PostgreSQL runs `to_tsquery` once, not again for every row."""

    template = "(SELECT %(expressions)s)"
    output_field = SearchQueryField()


class _Matches(Func):
    """`vector @@ tsquery`, a condition (Django's `__exact` lookup would re-wrap the tsquery)."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()
    conditional = True


def _tsquery(pages, query):
    backend = get_search_backend()
    compiler = backend.query_compiler_class(pages, query)
    return _Once(compiler.build_tsquery(query, config=backend.config))


def _entries(pages, match):
    """The index entries of `pages` whose title or body matches: what Wagtail filters on."""
    vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    return IndexEntry.objects.using(pages.db).filter(
        _Matches(vector, _tsquery(pages, match)),
        content_type_id__in=get_descendants_content_types_pks(Page),
        object_id__in=pages.annotate(key=Cast("pk", TextField())).values("key"),
    )


def _score(pages, rank):
    """Wagtail's rank of an entry (PostgresSearchQueryCompiler._build_rank_expression)."""
    query, weights = _tsquery(pages, rank), get_sql_weights()
    return (SearchRank(F("title"), query, weights=weights) * F("title_norm")
            + SearchRank(F("body"), query, weights=weights) * 1.0)
