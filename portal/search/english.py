"""The English analyser: stop words and Snowball (Porter 2) stems for the database backend.

The engine uses its built-in `english` analyzer, which does the same job (stop words and a
Porter stemmer); the two may differ on rare words, never on the common ones the tests pin.
"""

import functools

import snowballstemmer

from portal.search.text import EXACT_SUBFIELD, normalise, tokenise

STOP_WORDS: frozenset[str] = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that the their then
    there these they this to was will with i me my we our you your he she his her its them
    do does did can could should would about from up down out over under again than so very
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)  # pure-Python Snowball is the cost of highlighting
def stem(word: str) -> str:
    # Snowball's English stemmer treats a curly or straight apostrophe as part of the word.
    return _stemmer.stemWord(word.split("'")[0]) if "'" in word else _stemmer.stemWord(word)


def exact_terms(text: str) -> list[str]:
    return [t for t in tokenise(text) if t not in STOP_WORDS]


def index_terms(text: str) -> list[str]:
    return [stem(t) for t in exact_terms(text)]


def query_terms(text: str) -> list[set[str]]:
    return [{stem(t)} for t in exact_terms(text)]


# The database backend indexes stems only: surface words are not repeated in English.
weighted_terms = index_terms


def synonym_forms(word: str) -> list[str]:
    return [word]


# A synonyms group answers any word with the same stem ("honeybears" -> "honeybear").
synonym_key = stem


def prefix_forms(prefix: str) -> set[str]:
    return {normalise(prefix)}


ENGINE_ANALYSIS: dict = {}  # the built-in `english` and `standard` analyzers
ENGINE_FIELD = {
    "analyzer": "english",
    "fields": {EXACT_SUBFIELD: {"type": "text", "analyzer": "standard"}},
}
