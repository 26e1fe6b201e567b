"""Page furniture drawn from the translatable snippets, in the reader's language.
Navigation and footer are registered with portal.furniture in CmsConfig.ready()."""

from django import template
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page

from cms.models import Footer, NavigationMenu
from cms.routing import breadcrumb_pages

register = template.Library()


def _snippet(model):
    return model.objects.filter(locale__language_code=get_language()).first()


def _links(stream, request):
    """Label and URL of each link, pointing at the page in the reader's language.
    One query: the chosen pages and their translations into the active language."""
    items = [(block["value"]["label"], block["value"]["page"]) for block in stream.raw_data]
    chosen_ids = [page_id for _label, page_id in items if page_id]
    chosen_keys = Page.objects.filter(id__in=chosen_ids).values("translation_key")
    pages = Page.objects.live().filter(
        Q(id__in=chosen_ids)
        | Q(locale__language_code=get_language(), translation_key__in=chosen_keys)
    ).select_related("locale")
    by_id = {page.id: page for page in pages}
    localized = {page.translation_key: page for page in pages
                 if page.locale.language_code == get_language()}
    links = []
    for label, page_id in items:
        page = by_id.get(page_id)
        page = page and localized.get(page.translation_key, page)
        if page:
            links.append({"label": label, "url": page.get_url(request), "page": page})
    return links


def current_path(context):
    """The navigation marks the current section, so its cached copy varies by page."""
    page = context.get("page")
    return page.path if page else context["request"].path


def main_navigation(context):
    request = context["request"]
    menu = _snippet(NavigationMenu)
    links = _links(menu.links, request) if menu else []
    current = context.get("page")
    for link in links:
        if current and current.path.startswith(link["page"].path):
            link["current"] = "page" if current.path == link["page"].path else "true"
    return render_to_string("cms/includes/navigation.html", {"links": links})


def site_footer(context):
    request = context["request"]
    footer = _snippet(Footer)
    links = _links(footer.links, request) if footer else []
    return render_to_string("cms/includes/footer.html", {"footer": footer, "links": links})


@register.inclusion_tag("cms/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    return {"crumbs": breadcrumb_pages(context["page"])}
