"""Rendered fragments (navigation, footer) kept in the app cache per language.

Every key carries the content version (portal.content_version), which each publish renews, so
every fragment is re-rendered after a publish. With Redis (CACHE_URL) the fragments are shared
by all app processes; without it each process keeps its own, and the version, kept in the
database, still tells every process at once that they are out of date (docs/caching.md)."""

import hashlib

from django.conf import settings
from django.core.cache import caches

from portal import content_version

ALIAS = "fragments"


def cached(name: str, parts, render) -> str:
    """The fragment `name` for these key parts, rendered by `render()` when not cached."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]
    key = f"fragment:{content_version.current()}:{name}:{digest}"
    cache = caches[ALIAS]
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
    return html
