"""The search document for a page, and the index it lives in, as the engine stores them.

One document per searchable page (`pages.searchable_pages`): a `language` keyword, the section
path, and a field set per language with that language's analyzers (`analysis.engine_field`).
Display fields are stored, not indexed. No personal data ever goes in: only CMS pages.
"""

from opensearchpy import Document, Keyword, Text

from portal.search import analysis
from portal.search.pages import searchable_pages, section_path


class PageDocument(Document):
    language = Keyword()
    section = Keyword()
    url = Keyword(index=False)
    title = Text(index=False)
    summary = Text(index=False)
    body = Text(index=False)
    title_en = Text(**analysis.engine_field("en"))
    body_en = Text(**analysis.engine_field("en"))
    title_cy = Text(**analysis.engine_field("cy"))
    body_cy = Text(**analysis.engine_field("cy"))


def index_settings() -> dict:
    return {"number_of_shards": 1, "analysis": analysis.engine_analysis()}


def index_body() -> dict:
    """Settings and mapping of a new index: what production creates and the engine tests check."""
    return {"settings": index_settings(), "mappings": PageDocument._doc_type.mapping.to_dict()}


def searchable(page_ids=None):
    """The searchable pages (of every language), as specific instances."""
    pages = searchable_pages().specific().select_related("locale")
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    return pages.iterator(chunk_size=200)


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
