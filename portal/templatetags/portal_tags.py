from urllib.parse import quote

from django import template
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


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag(takes_context=True)
def furniture(context, name):
    """The navigation or footer that an app registered (see portal.furniture)."""
    return page_furniture.render(name, context)
