"""Text analysis by language: one entry point per job, the language chosen through `ANALYSERS`.

Each analyser module (`english.py`, `welsh.py`) offers the same names:
`exact_terms`, `index_terms`, `query_terms`, `weighted_terms` (database index terms),
`synonym_forms` / `synonym_key` (how a word is looked up in the synonyms file),
`prefix_forms` (suggestions), and `ENGINE_ANALYSIS` / `ENGINE_FIELD` (the engine's settings).
Synonyms (`synonyms.py`) widen the query side only, so an edit needs no reindex.
"""

import copy
import functools

from portal.search import english, synonyms, welsh
from portal.search.text import ENGINE_CHAR_FILTERS

ANALYSERS = {"en": english, "cy": welsh}
# Longest query accepted; longer input gets a clear error instead of a search.
MAX_QUERY_LENGTH = 200
# Words after this many are ignored (keeps engine queries small for pasted paragraphs).
MAX_QUERY_WORDS = 12


def analyser(language: str):
    return ANALYSERS.get(language, english)


def words(text: str, language: str) -> list[str]:
    """The query's meaningful surface words, in order, stop words removed."""
    return analyser(language).exact_terms(text)[:MAX_QUERY_WORDS]


def index_terms(text: str, language: str) -> list[str]:
    return analyser(language).index_terms(text)


def weighted_index_terms(text: str, language: str) -> list[str]:
    """Index terms for the database backend, weighted as the engine weighs its fields."""
    return analyser(language).weighted_terms(text)


def query_groups(text: str, language: str) -> list[set[str]]:
    """Per query word, the index terms that count as a hit for it (synonyms included)."""
    module = analyser(language)
    groups = []
    for word in words(text, language):
        group: set[str] = set()
        for form in [word, *_synonyms(word, language)]:
            for terms in module.query_terms(form):
                group |= terms
        if group:
            groups.append(group)
    return groups


def _synonyms(word: str, language: str) -> list[str]:
    module = analyser(language)
    found = []
    for form in module.synonym_forms(word):
        alternatives = synonyms.alternatives(form, language, key=module.synonym_key)
        found += [s for s in alternatives if s not in found]
    return found


def word_alternatives(text: str, language: str) -> list[list[str]]:
    """Per query word, the word itself then its synonyms (surface forms, for an engine that
    analyses text itself)."""
    return [[word, *_synonyms(word, language)] for word in words(text, language)]


@functools.lru_cache(maxsize=65536)
def word_terms(word: str, language: str) -> frozenset[str]:
    """The index terms of one word of some text, worked out once per process (highlighting
    looks at every word of every hit, and the same words come up again and again)."""
    return frozenset(analyser(language).index_terms(word))


def matches(word: str, groups: list[set[str]], language: str) -> bool:
    """Whether a word of some text answers any query group (used for highlighting)."""
    terms = word_terms(word, language)
    return any(not terms.isdisjoint(group) for group in groups)


def prefix_forms(prefix: str, language: str) -> set[str]:
    """Forms a typed word prefix may take in a title (in Welsh, any mutation of it)."""
    return analyser(language).prefix_forms(prefix)


def engine_analysis() -> dict:
    """The engine's `settings.analysis`: every language's analyzers, on shared char filters."""
    analysis = {"char_filter": copy.deepcopy(ENGINE_CHAR_FILTERS), "filter": {}, "analyzer": {}}
    for module in ANALYSERS.values():
        for part, definitions in module.ENGINE_ANALYSIS.items():
            analysis[part].update(copy.deepcopy(definitions))
    return analysis


def engine_field(language: str) -> dict:
    """Mapping of a text field in this language (its analyzers and the exact sub-field)."""
    return copy.deepcopy(analyser(language).ENGINE_FIELD)
