"""A short-lived server-side cache of search answers, per language and normalised query.

Kept in the `search` cache (Redis when CACHE_URL names one, so every process shares it; else
each process's memory) for SEARCH_CACHE_SECONDS. Keys are made only of what the answer depends
on (language, normalised query, topic, results page), never of anything about the reader, and
are hashed. The response itself stays private and uncached (`never_cache` in views.py).

Every key starts with the content version (portal/content_version.py), which publishing,
unpublishing, deleting, moving a page and changing its privacy renew in every process at once,
as do the engine's index updates (`bump`, from tasks.py); anything else (an
edited promotion or synonyms file) shows within SEARCH_CACHE_SECONDS.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from portal import content_version


def _cache():
    return caches["search"]


def remember(parts: tuple, make, keep=lambda value: True):
    """The cached value for these parts, else `make()` (stored when `keep(value)`)."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"search:{content_version.current()}:{digest}"
    cache = _cache()
    value = cache.get(key)
    if value is None:
        value = make()
        if keep(value):
            cache.set(key, value, settings.SEARCH_CACHE_SECONDS)
    return value


def bump() -> None:
    """Forget every answer cached so far (they keep their keys until they expire)."""
    content_version.renew()
