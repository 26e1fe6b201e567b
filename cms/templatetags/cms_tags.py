"""Page furniture drawn from the translatable snippets, in the reader's language."""

from django import template
from wagtail.models import Locale, Page

from cms.models import Footer, NavigationMenu

register = template.Library()


def _active_locale(request):
    """The active Locale, looked up once per request."""
    if not hasattr(request, "_portal_locale"):
        request._portal_locale = Locale.get_active()
    return request._portal_locale


def _snippet(model, request):
    return model.objects.filter(locale=_active_locale(request)).first()


def _links(stream, request):
    """Label and URL of each link, pointing at the page in the reader's language."""
    items = [block.value for block in stream]
    keys = [item["page"].translation_key for item in items if item["page"]]
    localized = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in=keys, locale=_active_locale(request)
        ).live()
    }
    links = []
    for item in items:
        page = item["page"] and localized.get(item["page"].translation_key, item["page"])
        if page:
            links.append({"label": item["label"], "url": page.get_url(request), "page": page})
    return links


@register.inclusion_tag("cms/includes/navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    menu = _snippet(NavigationMenu, request)
    links = _links(menu.links, request) if menu else []
    current = context.get("page")
    for link in links:
        if current and current.path.startswith(link["page"].path):
            link["current"] = "page" if current.path == link["page"].path else "true"
    return {"links": links, "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}


@register.inclusion_tag("cms/includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    footer = _snippet(Footer, request)
    return {"footer": footer, "links": _links(footer.links, request) if footer else []}


@register.inclusion_tag("cms/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context["page"]
    crumbs = page.get_ancestors().filter(depth__gt=1)
    return {"crumbs": crumbs}
