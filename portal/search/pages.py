"""What a page offers search, and which pages the public can find (`searchable_pages`, the one
definition both backends use). Page types mix in `SearchablePage` (cms does, through BasePage);
search code reads pages only through this interface, so `portal` never imports `cms`."""

from wagtail.models import Locale, Page
from wagtail.search import index

from portal import restrictions
from portal.search import analysis

TITLE_WEIGHT = 3


class SearchablePage:
    """Mixin for a Wagtail Page subclass. Override `search_body` to expose body text."""

    # Pre-analysed terms (Welsh mutations expanded, English stemmed), so Wagtail's database
    # backend matches with the same rules as Elasticsearch, on SQLite and PostgreSQL alike.
    search_index_fields = [
        index.SearchField("search_title_terms", boost=2),
        index.SearchField("search_body_terms"),
    ]

    def search_body(self) -> str:
        return ""

    def search_summary(self) -> str:
        return self.search_description or ""

    def search_language(self) -> str:
        return self.locale.language_code

    def search_title_terms(self) -> str:
        # Wagtail's SQLite backend puts every field but `title` into one body column, so field
        # boosts are lost there: repeating the title's terms gives a title match its weight.
        terms = " ".join(analysis.weighted_index_terms(self.title, self.search_language()))
        return " ".join([terms] * TITLE_WEIGHT)

    def search_body_terms(self) -> str:
        text = f"{self.search_summary()} {self.search_body()}"
        return " ".join(analysis.weighted_index_terms(text, self.search_language()))


def plain_text(fragments) -> str:
    """Searchable text from StreamField `get_searchable_content()` (already plain text)."""
    return " ".join(str(f) for f in fragments if f)


SECTION_DEPTH = 3  # root is 1, each language's home page 2, its sections 3


def section_path(page) -> str:
    """Tree path of the section (the home page's child) a page sits in: the section's own path
    for the section page itself, "" for a home page."""
    if page.depth < SECTION_DEPTH:
        return ""
    return page.path[: page.steplen * SECTION_DEPTH]


def searchable_pages(language: str = "", section: str = ""):
    """Live, public pages of a searchable type (so never the tree root), in the language's
    locale when one is given; within a section, the section page and everything under it."""
    pages = restrictions.public(Page.objects.live()).type(SearchablePage)
    if language:  # by the locale itself: Wagtail's search filters only on indexed fields
        pages = pages.filter(locale__in=Locale.objects.filter(language_code=language))
    if section:
        pages = pages.filter(path__startswith=section)  # section_path(page) == section
    return pages
