"""A short-lived server-side cache of search answers, per language and normalised query.

Kept in the `search` cache (Redis when CACHE_URL names one, so every process shares it; else
each process's memory) for SEARCH_CACHE_SECONDS. Keys are made only of what the answer depends
on (language, normalised query, topic, results page), never of anything about the reader, and
are hashed. The response itself stays private and uncached (`never_cache` in views.py).

Every key starts with a version number that publishing, unpublishing, deleting, moving a page,
changing its privacy, and the engine's index updates bump (indexing.py, tasks.py), so those
show at the next search; anything else (an edited promotion or synonyms file) within
SEARCH_CACHE_SECONDS.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

VERSION_KEY = "search-version"


def _cache():
    return caches["search"]


def remember(parts: tuple, make, keep=lambda value: True):
    """The cached value for these parts, else `make()` (stored when `keep(value)`)."""
    cache = _cache()
    version = cache.get(VERSION_KEY, 0)
    key = f"search:{version}:{hashlib.sha256(repr(parts).encode()).hexdigest()}"
    value = cache.get(key)
    if value is None:
        value = make()
        if keep(value):
            cache.set(key, value, settings.SEARCH_CACHE_SECONDS)
    return value


def bump() -> None:
    """Forget every answer cached so far (they keep their keys until they expire)."""
    cache = _cache()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or a cache that keeps nothing)
        cache.add(VERSION_KEY, 1, timeout=None)
