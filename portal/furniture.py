"""Page furniture (navigation, footer) provided by apps built on top of portal.

The base template renders whatever is registered here, so it serves every app's pages without
portal importing any of them. An app registers its renderers in AppConfig.ready().
Fragments are cached per language (portal.fragments); `vary(context)` adds what else the
fragment depends on, such as the current page for the navigation's aria-current."""

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import fragments

_renderers = {}


def provide(name, renderer, vary=None):
    """renderer(context) -> HTML string for the furniture slot `name`."""
    _renderers[name] = (renderer, vary)


def render(name, context):
    if name not in _renderers:
        return ""
    renderer, vary = _renderers[name]
    parts = [get_language(), vary(context) if vary else ""]
    return mark_safe(fragments.cached(name, parts, lambda: str(renderer(context))))
