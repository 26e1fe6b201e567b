"""Per-language synonyms, read from text files that editors or ops can change without a deploy.

Each line of `<SEARCH_SYNONYMS_DIR>/<language>.txt` is a group of equivalent single words,
comma-separated ("adopt, adoption, adopting"); `#` starts a comment. Files are re-read when
their modification time changes, so an edit applies to the next search, on both backends,
without reindexing.
"""

import os
from pathlib import Path

from django.conf import settings

from portal.search.welsh import normalise

_cache: dict[str, tuple[float, dict[str, list[str]]]] = {}


def _path(language: str) -> Path:
    return Path(settings.SEARCH_SYNONYMS_DIR) / f"{language}.txt"


def _parse(text: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        group = [normalise(w.strip()) for w in line.split(",") if w.strip()]
        for word in group:
            table.setdefault(word, [])
            table[word] += [other for other in group if other != word and other not in table[word]]
    return table


def table(language: str) -> dict[str, list[str]]:
    path = _path(language)
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        return {}
    cached = _cache.get(language)
    if cached is None or cached[0] != mtime:
        cached = (mtime, _parse(path.read_text(encoding="utf-8")))
        _cache[language] = cached
    return cached[1]


def alternatives(word: str, language: str) -> list[str]:
    return table(language).get(normalise(word), [])
