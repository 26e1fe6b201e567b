from urllib.parse import quote

from django import template
from django.conf import settings
from django.urls import reverse

from portal import furniture as page_furniture
from portal.languages import kept_on_toggle

register = template.Library()

# The toggle names the target language in that language.
TOGGLE = {"en": ("cy", "Cymraeg"), "cy": ("en", "English")}


@register.inclusion_tag("portal/language_toggle.html", takes_context=True)
def language_toggle(context):
    """A link to the same page in the other language, through the view that remembers the
    choice, keeping the query parameters that carry across (portal.languages). Pages put
    their translations' URLs in the context as `translations`."""
    current = context.get("LANGUAGE_CODE", "en")
    code, label = TOGGLE.get(current, TOGGLE["en"])
    target = (context.get("translations") or {}).get(code) or f"/{code}/"
    request = context.get("request")
    kept = kept_on_toggle(request.GET) if request is not None else None
    if kept and "?" not in target:
        target = f"{target}?{kept.urlencode()}"
    href = f"{reverse('choose_language', args=[code])}?next={quote(target)}"
    return {"code": code, "label": label, "href": href}


@register.inclusion_tag("portal/head_links.html", takes_context=True)
def head_links(context):
    """The canonical URL and the hreflang alternates (docs/web-basics.md). The canonical is the
    page's own path with no query (campaign links add ?source=&medium=); a page that has no
    text of its own language (an untranslated alias) names the English one instead. x-default
    is the English page, or "/" (which chooses the language) for the home pages."""
    request = context.get("request")
    links = context.get("alternates") or context.get("translations") or {}
    if request is None or not links:
        return {}
    default = links.get(settings.LANGUAGE_CODE)
    if default == f"/{settings.LANGUAGE_CODE}/":
        default = "/"
    own = request.path if context.get("LANGUAGE_CODE") in links else links.get(
        settings.LANGUAGE_CODE, request.path)
    absolute = request.build_absolute_uri
    return {"canonical": absolute(own),
            "alternates": [(code, absolute(url)) for code, url in links.items()],
            "x_default": absolute(default) if default else ""}


@register.simple_tag(takes_context=True)
def furniture(context, name):
    """The navigation or footer that an app registered (see portal.furniture)."""
    return page_furniture.render(name, context)
