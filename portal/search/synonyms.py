"""Per-language synonyms, read from text files that editors or ops can change without a deploy.

Each line of `<SEARCH_SYNONYMS_DIR>/<language>.txt` is a group of equivalent single words,
comma-separated ("adopt, adoption, adopting"); `#` starts a comment. Files are re-read when
their modification time changes, so an edit applies to the next search, on both backends,
without reindexing.
"""

import os
from pathlib import Path

from django.conf import settings

from portal.search.text import normalise

_cache: dict[str, tuple[float, list[list[str]]]] = {}


def _path(language: str) -> Path:
    return Path(settings.SEARCH_SYNONYMS_DIR) / f"{language}.txt"


def _parse(text: str) -> list[list[str]]:
    groups = []
    for line in text.splitlines():
        group = [normalise(w.strip()) for w in line.split("#", 1)[0].split(",") if w.strip()]
        if len(group) > 1:
            groups.append(group)
    return groups


def groups(language: str) -> list[list[str]]:
    path = _path(language)
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        return []
    cached = _cache.get(language)
    if cached is None or cached[0] != mtime:
        cached = (mtime, _parse(path.read_text(encoding="utf-8")))
        _cache[language] = cached
    return cached[1]


def alternatives(word: str, language: str, key=normalise) -> list[str]:
    """The other words of every group holding a word with the same key (e.g. the same stem)."""
    wanted = key(normalise(word))
    found = []
    for group in groups(language):
        if any(key(w) == wanted for w in group):
            found += [w for w in group if key(w) != wanted and w not in found]
    return found
