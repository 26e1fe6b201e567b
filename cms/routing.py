"""Finding the page at an address in one query.

Wagtail walks down the tree, two queries per level (the child, then its specific page). The
home page instead fetches the page at the full path and every page between, by `url_path`,
then that page's specific fields: two queries at any depth. The pages between are kept for the
breadcrumbs. An address that is not a page (an event's .ics, a 404) takes Wagtail's walk."""

from wagtail.models import Page


def page_at(home, components):
    """The specific page under `home` at `components`, or None."""
    paths = [home.url_path + "".join(f"{part}/" for part in components[:depth])
             for depth in range(1, len(components) + 1)]
    pages = list(Page.objects.filter(url_path__in=paths, path__startswith=home.path)
                 .order_by("depth"))
    if [page.url_path for page in pages] != paths:
        return None
    page = pages[-1].specific
    page.route_ancestors = [home, *pages[:-1]]
    return page


def breadcrumb_pages(page):
    """The pages above `page`, from its home page down."""
    ancestors = getattr(page, "route_ancestors", None)
    if ancestors is None:
        ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return ancestors
