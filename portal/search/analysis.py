"""Language dispatch for text analysis: one entry point per job, whatever the language.

Welsh rules live in `welsh.py`, English in `english.py`; synonyms (`synonyms.py`) widen the
query side only, so editing a synonyms file changes results without reindexing.
"""

from portal.search import english, synonyms, welsh

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
    """Index terms for the database backend. In Welsh each surface word is repeated so that it
    counts EXACT_BOOST times: a page using the reader's exact form scores above one matching
    only through a mutation (the engine does the same with its `exact` sub-field)."""
    if language == "cy":
        extra = int(welsh.EXACT_BOOST) - 1
        return welsh.exact_terms(text) * extra + welsh.index_terms(text)
    return index_terms(text, language)


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
    """Synonyms of the word, or of any radical form of it in Welsh (fabwysiadu -> mabwysiadu)."""
    if language != "cy":
        return synonyms.alternatives(word, language, key=english.stem)
    found = []
    for form in sorted(welsh.radical_candidates(word)):
        found += [s for s in synonyms.alternatives(form, language) if s not in found]
    return found


def word_alternatives(text: str, language: str) -> list[list[str]]:
    """Per query word, the word itself then its synonyms (surface forms, for an engine that
    analyses text itself)."""
    return [
        [word, *_synonyms(word, language)] for word in words(text, language)
    ]


def matches(word: str, groups: list[set[str]], language: str) -> bool:
    """Whether a word of some text answers any query group (used for highlighting)."""
    terms = set(analyser(language).index_terms(word))
    return any(terms & group for group in groups)


def prefix_forms(prefix: str, language: str) -> set[str]:
    """Forms a typed word prefix may take in a title: in Welsh, its radicals and their mutations."""
    prefix = welsh.normalise(prefix)
    if language != "cy":
        return {prefix}
    radicals = welsh.radical_candidates(prefix)
    return {form for radical in radicals for form in welsh.mutations(radical)}
