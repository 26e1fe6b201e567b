"""The search document for a page, as Elasticsearch/OpenSearch stores it.

One document per live, public, searchable page: a `language` keyword, the section path, and a
field set per language with that language's analyzers. Display fields are stored, not indexed.
No personal data ever goes in: only CMS pages are searchable.
"""

from opensearchpy import Document, Keyword, Text
from wagtail.models import Page

from portal.search import welsh
from portal.search.pages import SearchablePage, section_path

ENGLISH_FIELD = {"analyzer": "english", "fields": {"exact": Text(analyzer="standard")}}
WELSH_FIELD = {
    "analyzer": welsh.INDEX_ANALYZER,
    "search_analyzer": welsh.SEARCH_ANALYZER,
    "fields": {welsh.EXACT_SUBFIELD: Text(analyzer=welsh.EXACT_ANALYZER)},
}


class PageDocument(Document):
    language = Keyword()
    section = Keyword()
    url = Keyword(index=False)
    title = Text(index=False)
    summary = Text(index=False)
    body = Text(index=False)
    title_en = Text(**ENGLISH_FIELD)
    body_en = Text(**ENGLISH_FIELD)
    title_cy = Text(**WELSH_FIELD)
    body_cy = Text(**WELSH_FIELD)


def index_settings() -> dict:
    return {"number_of_shards": 1, "analysis": welsh.elasticsearch_analysis()}


def searchable(page_ids=None):
    """Live, public pages whose type offers search, as specific instances."""
    pages = Page.objects.live().public().specific().select_related("locale")
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    return (page for page in pages.iterator(chunk_size=200) if isinstance(page, SearchablePage))


def document_for(page) -> PageDocument:
    language = page.search_language()
    summary, body = page.search_summary(), page.search_body()
    fields = {f"title_{language}": page.title, f"body_{language}": f"{summary} {body}"}
    return PageDocument(
        meta={"id": page.pk},
        language=language,
        section=section_path(page),
        url=page.get_url(),
        title=page.title,
        summary=summary,
        body=body,
        **fields,
    )
