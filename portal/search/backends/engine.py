"""Elasticsearch-API engine backend (OpenSearch 2 here; see docs/search.md for why).

Queries are built from analysed words, never from raw input, as `match` clauses (no query
string syntax). Every call has a short timeout and no retries: a slow or absent engine raises
`SearchUnavailable` and the service answers from the database instead.
"""

import functools

from django.conf import settings
from opensearchpy import OpenSearch
from opensearchpy.exceptions import OpenSearchException

from portal.search import analysis
from portal.search.backends.base import Hit, Query, Results, SearchUnavailable
from portal.search.documents import PageDocument
from portal.search.text import EXACT_BOOST, EXACT_SUBFIELD, MUTATED_BOOST

NAME = "engine"


def enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def alias() -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-pages"


@functools.cache
def _client(url: str, timeout: float, retries: int) -> OpenSearch:
    return OpenSearch(hosts=[url], timeout=timeout, max_retries=retries, retry_on_timeout=False)


def query_client() -> OpenSearch:
    return _client(settings.ELASTICSEARCH_URL, settings.SEARCH_TIMEOUT, 0)


def admin_client() -> OpenSearch:
    """For indexing and rebuilds: patient (SEARCH_INDEX_TIMEOUT), with retries."""
    return _client(settings.ELASTICSEARCH_URL, settings.SEARCH_INDEX_TIMEOUT, 3)


def _word_clause(alternatives: list[str], fields: list[str]) -> dict:
    """One query word: the word or any synonym, in any of the fields (stems and mutations via
    the fields' analyzers)."""
    return {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": alt, "fields": fields, "operator": "and", "boost": MUTATED_BOOST
                    }
                }
                for alt in alternatives
            ],
            "minimum_should_match": 1,
        }
    }


def build_query(query: Query) -> dict | None:
    words = analysis.word_alternatives(query.text, query.language)
    if not words:
        return None
    language = query.language
    fields = [f"title_{language}^2", f"body_{language}"]
    exact = [f"title_{language}.{EXACT_SUBFIELD}^2", f"body_{language}.{EXACT_SUBFIELD}"]
    filters = [{"term": {"language": language}}]
    if query.section:
        filters.append({"term": {"section": query.section}})
    return {
        "bool": {
            "filter": filters,
            "must": [_word_clause(alternatives, fields) for alternatives in words],
            "should": [
                {
                    "multi_match": {
                        "query": " ".join(alternatives[0] for alternatives in words),
                        "fields": exact,
                        "boost": EXACT_BOOST,
                    }
                }
            ],
        }
    }


def search(query: Query) -> Results:
    body = build_query(query)
    if body is None:
        return Results(backend=NAME)
    request = (
        PageDocument.search(using=query_client(), index=alias())
        .query(body)
        .source(["title", "url", "summary", "body"])
        .extra(track_total_hits=True)[query.offset : query.offset + query.limit]
    )
    try:
        response = request.execute()
    except OpenSearchException as error:
        raise SearchUnavailable(str(error)) from error
    hits = [
        Hit(
            page_id=int(hit.meta.id),
            title=hit.title,
            url=hit.url,
            summary=hit.summary or "",
            body=hit.body or "",
            score=hit.meta.score or 0.0,
        )
        for hit in response
    ]
    return Results(hits=hits, total=response.hits.total.value, backend=NAME)


def state() -> str:
    """"ok", "degraded" (yellow/red) or "unavailable", within the search timeout."""
    try:
        health = query_client().cluster.health()  # the client's SEARCH_TIMEOUT applies
    except OpenSearchException:
        return "unavailable"
    return "ok" if health.get("status") in {"green", "yellow"} else "degraded"
