"""Page furniture (navigation, footer) provided by apps built on top of portal.

The base template renders whatever is registered here, so it serves every app's pages without
portal importing any of them. An app registers its renderers in AppConfig.ready()."""

_renderers = {}


def provide(name, renderer):
    """renderer(context) -> HTML string for the furniture slot `name`."""
    _renderers[name] = renderer


def render(name, context):
    renderer = _renderers.get(name)
    return renderer(context) if renderer else ""
