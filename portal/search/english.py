"""English text analysis for the database backend: stop words and Snowball (Porter 2) stems.

Elasticsearch uses its built-in `english` analyzer, which does the same job (stop words and a
Porter stemmer); the two may differ on rare words, never on the common ones the tests pin.
"""

import functools

import snowballstemmer

from portal.search.welsh import tokenise

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
