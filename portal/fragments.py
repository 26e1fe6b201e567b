"""Rendered fragments (navigation, footer) kept in the app cache per language.

Every key carries a version token held in the same cache; `invalidate()` replaces the token, so
every fragment is re-rendered after a publish. With Redis (CACHE_URL) the token is shared by
all app processes; without it, production settings turn this cache off (see docs/caching.md)."""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches

ALIAS = "fragments"
VERSION_KEY = "fragments:version"


def _cache():
    return caches[ALIAS]


def current_version() -> str:
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY) or "unshared"
    return version


def invalidate():
    _cache().set(VERSION_KEY, uuid.uuid4().hex, None)


def cached(name: str, parts, render) -> str:
    """The fragment `name` for these key parts, rendered by `render()` when not cached."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]
    key = f"fragment:{current_version()}:{name}:{digest}"
    cache = _cache()
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
    return html
