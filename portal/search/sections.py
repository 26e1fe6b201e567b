"""The sections (topics) readers can narrow a search to: the live, public children of the
language's home page that have pages of their own."""

from wagtail.models import Page

from portal import restrictions


def sections(language: str) -> list[tuple[str, str, str]]:
    """(slug, title, tree path) of each section of this language's site, in menu order."""
    home = Page.objects.filter(depth=2, locale__language_code=language).first()
    if home is None:
        return []
    children = restrictions.public(home.get_children().live()).filter(numchild__gt=0)
    return list(children.order_by("path").values_list("slug", "title", "path"))
