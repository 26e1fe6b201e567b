"""Wagtail's database search (SQLite FTS5 or PostgreSQL full text) under the Welsh rules.

Pages index pre-analysed terms (`SearchablePage.search_*_terms`); here the query is analysed the
same way and sent as AND-of-ORs of plain terms, so no user input reaches the engine as syntax.
A page matching a word's exact form as well as its radical scores more, so exact ranks first.
On PostgreSQL the window of hits comes from one statement of our own (`postgres.window`), with
the same hits, order and total as Wagtail's search API gives on SQLite (`wagtail_window`).
"""

from django.db import connections
from django.db.models import Q
from wagtail.search.query import And, Or, PlainText

from portal.search import analysis, display
from portal.search.backends import postgres
from portal.search.backends.base import Hit, Query, Results
from portal.search.pages import searchable_pages

NAME = "database"


def match_and_rank(groups: list[set[str]]):
    """The AND-of-ORs that pages must match, and the flat OR of every term that ranks them
    (see `wagtail_window`)."""
    clauses = [Or([PlainText(t) for t in sorted(group)]) for group in groups]
    match = clauses[0] if len(clauses) == 1 else And(clauses)
    return match, PlainText(" ".join(sorted(set().union(*groups))), operator="or")


def search(query: Query) -> Results:
    groups = analysis.query_groups(query.text, query.language)
    if not groups:
        return Results(backend=NAME)
    pages = searchable_pages(query.language, query.section)
    match, rank = match_and_rank(groups)
    if connections[pages.db].vendor == "postgresql":
        window, total = postgres.window(pages, match, rank, query.offset, query.limit)
    else:
        window, total = wagtail_window(pages, match, rank, query.offset, query.limit)
    texts = display.texts(window)
    hits = [_hit(page, texts[page.pk], getattr(page, "_score", 0)) for page in window]
    return Results(hits=hits, total=total, backend=NAME)


def wagtail_window(pages, match, rank, offset, limit):
    """Through Wagtail's search API. Match with AND-of-ORs, but rank with one flat OR of every
    term: Wagtail's SQLite backend combines the scores of nested And/Or queries badly (FTS5's
    bm25 is negative), while a single query gets a plain bm25 (PostgreSQL: ts_rank) with exact
    forms counting double. The matching pages stay in the database, as a subquery: counted,
    never loaded."""
    matching = pages.search(match, order_by_relevance=False).get_queryset()
    found = pages.filter(pk__in=matching.values("pk")).select_related("search_text")
    found = found.search(rank).annotate_score("_score")
    window = list(found[offset : offset + limit])
    return window, matching.count() if len(window) == limit or offset else len(window)


def _hit(page, text, score) -> Hit:
    return Hit(
        page_id=page.pk,
        title=page.title,
        url=page.get_url(),
        summary=text.summary,
        body=text.body,
        score=float(score or 0),
    )


def suggest(prefix: str, language: str, limit: int = 6) -> list[tuple[str, str]]:
    """(title, url) of pages whose title has a word starting with the prefix (any mutation)."""
    words = analysis.words(prefix, language)
    if not words or len(words[-1]) < 2:
        return []
    forms = analysis.prefix_forms(words[-1], language)
    condition = Q()
    for form in forms:
        condition |= Q(title__istartswith=form) | Q(title__icontains=f" {form}")
    pages = searchable_pages(language).filter(condition).order_by("title")[:limit]
    return [(page.title, page.get_url()) for page in pages]
