"""The one entry point for public search: picks the backend, falls back, promotes, records.

The engine (Elasticsearch API) answers when configured; if it is down or slow the database
backend answers instead, so the page never fails because of the engine.
"""

import logging
from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query as PopularQuery
from wagtail.contrib.search_promotions.models import QueryDailyHits, SearchPromotion
from wagtail.search.utils import normalise_query_string

from portal.search import analysis, display, highlight, results_cache
from portal.search.backends import database, engine
from portal.search.backends.base import Query, SearchUnavailable
from portal.search.models import ZeroResultSearch
from portal.search.text import normalise

logger = logging.getLogger(__name__)
PAGE_SIZE = 10


@dataclass
class ShownHit:
    page_id: int
    title: str
    url: str
    snippet: str


@dataclass
class Outcome:
    hits: list[ShownHit] = field(default_factory=list)
    promoted: list[ShownHit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    backend: str = ""
    fell_back: bool = False


def clean(text: str) -> str:
    """Whitespace collapsed; the caller has already checked the length."""
    return " ".join(text.split())


def run(text: str, language: str, section: str = "", page: int = 1, record: bool = True):
    text = clean(text)
    page = max(1, page)
    outcome = results_cache.remember(
        ("results", language, normalise(text), section, page),
        lambda: _outcome(text, language, section, page),
        keep=lambda outcome: not outcome.fell_back,  # the engine may be back next time
    )
    if record and page == 1 and not section:
        _record(text, language, found=outcome.total or outcome.promoted)
    return outcome


def _outcome(text: str, language: str, section: str, page: int) -> Outcome:
    query = Query(text, language, section, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    results, fell_back = _search(query)
    pages = -(-results.total // PAGE_SIZE)
    if results.total and page > pages:  # past the end: show the last page
        return _outcome(text, language, section, pages)
    groups = analysis.query_groups(text, language)
    return Outcome(
        hits=[_shown(h.page_id, h.title, h.url, f"{h.summary} {h.body}", groups, language)
              for h in results.hits],
        promoted=_promoted(text, language, groups) if page == 1 and not section else [],
        total=results.total,
        page=page,
        pages=pages,
        backend=results.backend,
        fell_back=fell_back,
    )


def _search(query: Query):
    if engine.enabled():
        try:
            return engine.search(query), False
        except SearchUnavailable as error:
            logger.warning("search engine unavailable, answering from the database: %s", error)
            return database.search(query), True
    return database.search(query), False


def _shown(page_id, title, url, text, groups, language) -> ShownHit:
    return ShownHit(
        page_id=page_id,
        title=highlight.title(title, groups, language),
        url=url,
        snippet=highlight.snippet(text, groups, language),
    )


def _promoted(text: str, language: str, groups) -> list[ShownHit]:
    promotions = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(text),
            page__live=True,
            page__locale__language_code=language,
        )
        .select_related("page", "page__search_text")
        .order_by("sort_order")
    )
    promotions = list(promotions)
    texts = display.texts([promotion.page for promotion in promotions])
    shown = []
    for promotion in promotions:
        page = promotion.page
        summary = promotion.description or texts[page.pk].summary
        shown.append(_shown(page.pk, page.title, page.get_url(), summary, groups, language))
    return shown


def _record(text: str, language: str, found) -> None:
    """Wagtail's popular-search counter (one UPDATE once today's row exists), and the
    searches that found nothing."""
    if not text:
        return
    today = timezone.now().date()  # as `add_hit` dates it
    todays = QueryDailyHits.objects.filter(query__query_string=normalise_query_string(text),
                                           date=today)
    if not todays.update(hits=F("hits") + 1):
        PopularQuery.get(text).add_hit(today)
    if not found:
        ZeroResultSearch.record(text.lower(), language)


def suggest(prefix: str, language: str) -> list[tuple[str, str]]:
    return database.suggest(clean(prefix)[: analysis.MAX_QUERY_LENGTH], language)
