"""The Welsh analyser: the same rules for the database search backend and the engine.

Welsh words change their first letters after certain words (initial mutations): "Caerdydd"
appears as "Gaerdydd", "Nghaerdydd" or "Chaerdydd". The reverse mapping is ambiguous ("f" is
the soft form of both "b" and "m"; soft "g" simply disappears), so a word is expanded to the
*set* of its possible radical (dictionary) forms, always including the word itself, and a query
word matches a content word when their sets intersect. Recall over precision: impossible forms
("ysbysiad" from "hysbysiad") rarely coincide with a real word, and exact matches rank first.

One table of reverse rules (``REVERSE_RULES``, derived from ``MUTATION_CLASSES``) drives both
backends: ``radical_candidates`` applies it in Python and ``ENGINE_ANALYSIS`` turns each rule
into a ``pattern_replace`` branch of a ``multiplexer`` filter, so the candidates land at the
same position as the original token.

Ranking: an exact match must beat a mutation match, so every text is indexed twice:

* the mutation field (``welsh_index`` at index time, ``welsh_search`` at query time; both
  expand to radical candidates), scored with ``MUTATED_BOOST``;
* the ``EXACT_SUBFIELD`` sub-field (``welsh_exact``: lowercased surface tokens only), scored
  with ``EXACT_BOOST`` on top.

The database backend does the same with ``exact_terms`` (surface tokens) and ``index_terms`` /
``query_terms`` (candidate sets): a text matches when every query token's set meets its index
terms; add ``EXACT_BOOST`` per query token found among its exact terms.

Stop words (``STOP_WORDS``) are removed in both backends: a token whose surface form is a stop
word is dropped, and so is any candidate that is one.
"""

import re

from portal.search.text import (
    ACCENTED,
    ENGINE_CHAR_FILTERS,
    EXACT_BOOST,
    EXACT_SUBFIELD,
    normalise,
    tokenise,
)

# Radical initial -> its mutated initials, from docs (welsh.md). "" = the letter is dropped.
MUTATION_CLASSES: dict[str, dict[str, str]] = {
    "p": {"soft": "b", "nasal": "mh", "aspirate": "ph"},
    "t": {"soft": "d", "nasal": "nh", "aspirate": "th"},
    "c": {"soft": "g", "nasal": "ngh", "aspirate": "ch"},
    "b": {"soft": "f", "nasal": "m"},
    "d": {"soft": "dd", "nasal": "n"},
    "g": {"soft": "", "nasal": "ng"},
    "m": {"soft": "f"},
    "ll": {"soft": "l"},
    "rh": {"soft": "r"},
}
# Vowel-initial words take h- after ei "her", ein "our", eu "their": enw -> ei henw.
H_PREFIX = "h"

VOWELS = "aeiouwy" + ACCENTED  # w and y are vowels in Welsh
# Initials that are genuine radicals, never produced by a mutation ("ffordd" is not f+fordd).
_RADICAL_DIGRAPHS = ("ff", "ll", "rh", "ch", "ph", "th", "dd")

_FUNCTION_WORDS = """
    a â ac ag am ar at bod chi dy e ef ei eich ein eu fe fo fod fy gan gyda hefyd hi hwn hon
    hyn hynny i mae na nac neu ni nhw o oedd oes ond os pan sy sydd wedi ddim y yma ym yn yng
    yno yr yw ydy
""".split()
# Contractions with 'r "the" / 'n "our, (predicative) yn": i'r, gyda'r, mae'n, ...
_CONTRACTED = [
    f"{base}'{clitic}"
    for base in ("a", "â", "i", "o", "mae", "gyda", "yw", "dyma", "dyna", "efo")
    for clitic in ("r", "n")
]
STOP_WORDS: frozenset[str] = frozenset(_FUNCTION_WORDS + _CONTRACTED)

INDEX_ANALYZER = "welsh_index"
SEARCH_ANALYZER = "welsh_search"
EXACT_ANALYZER = "welsh_exact"


def _reverse_rules() -> list[tuple[str, str, str]]:
    """(name, regex on the start of a lowercased token, replacement) per reverse mutation."""
    mutated = {m for forms in MUTATION_CLASSES.values() for m in forms.values() if m}
    initials = mutated | set(_RADICAL_DIGRAPHS)
    rules = []
    for radical, forms in MUTATION_CLASSES.items():
        for kind, initial in forms.items():
            if not initial:
                continue
            # Not when the word starts with a longer initial: "f" but not "ff", "n" but not "ngh".
            longer = sorted(
                i[len(initial) :] for i in initials if i != initial and i.startswith(initial)
            )
            guard = f"(?!{'|'.join(longer)})" if longer else ""
            rules.append((f"cy_{kind}_{initial}_to_{radical}", f"^{initial}{guard}", radical))
    # Soft mutation drops g: "wybodaeth" <- "gwybodaeth", "lan" <- "glan", "radd" <- "gradd".
    rules.append(("cy_soft_restore_g", f"^(?=[{VOWELS}]|l(?!l)|r(?!h))", "g"))
    # h- before a vowel: "henw" <- "enw".
    rules.append(("cy_drop_h_prefix", f"^{H_PREFIX}(?=[{VOWELS}])", ""))
    return rules


REVERSE_RULES: list[tuple[str, str, str]] = _reverse_rules()
_COMPILED = [(re.compile(pattern), replacement) for _, pattern, replacement in REVERSE_RULES]


def radical_candidates(word: str) -> set[str]:
    """Every possible radical form of a possibly mutated word, the word itself included."""
    word = normalise(word)
    candidates = {word}
    for pattern, replacement in _COMPILED:
        if pattern.match(word):
            candidates.add(pattern.sub(replacement, word, count=1))
    return candidates


def mutations(word: str) -> set[str]:
    """The word and the forms it takes after mutation (forwards: mabwysiadu -> fabwysiadu)."""
    word = normalise(word)
    forms = {word}
    radicals = sorted((r for r in MUTATION_CLASSES if word.startswith(r)), key=len, reverse=True)
    if radicals and not word.startswith(_RADICAL_DIGRAPHS[:1]):  # "ff" is never mutated
        radical = radicals[0]
        forms |= {initial + word[len(radical) :] for initial in MUTATION_CLASSES[radical].values()}
    if word[:1] in VOWELS:
        forms.add(H_PREFIX + word)
    forms.discard("")
    return forms


def _expand(token: str) -> list[str]:
    """The token first, then its other non-stop-word candidates (sorted, for stable output)."""
    others = radical_candidates(token) - STOP_WORDS - {token}
    return [token, *sorted(others)]


def exact_terms(text: str) -> list[str]:
    """Surface tokens without stop words: what the exact sub-field holds."""
    return [t for t in tokenise(text) if t not in STOP_WORDS]


def index_terms(text: str) -> list[str]:
    """Terms to index for a text: each token followed by its radical candidates."""
    return [term for token in exact_terms(text) for term in _expand(token)]


def query_terms(text: str) -> list[set[str]]:
    """Per query token, the forms that should match it (any one of them is a hit)."""
    return [set(_expand(token)) for token in exact_terms(text)]


def weighted_terms(text: str) -> list[str]:
    """Index terms for the database backend, each surface word repeated so that it counts
    EXACT_BOOST times (the engine does the same with its exact sub-field)."""
    return exact_terms(text) * (int(EXACT_BOOST) - 1) + index_terms(text)


def synonym_forms(word: str) -> list[str]:
    """Synonyms files hold radical forms, so look up each one (fabwysiadu -> mabwysiadu)."""
    return sorted(radical_candidates(word))


synonym_key = normalise


def prefix_forms(prefix: str) -> set[str]:
    """Forms a typed prefix may take in a title: its radicals and their mutations."""
    return {form for radical in radical_candidates(prefix) for form in mutations(radical)}


def _engine_analysis() -> dict:
    """Index `settings.analysis` for the same rules (needs the analysis-common module)."""
    char_filters = list(ENGINE_CHAR_FILTERS)
    surface = ["lowercase", "welsh_stop"]
    expanding = {
        "type": "custom",
        "char_filter": char_filters,
        "tokenizer": "standard",
        # Stop on the surface form, expand, then drop candidates that are stop words.
        "filter": [*surface, "welsh_radicals", "welsh_stop"],
    }
    filters = {
        name: {"type": "pattern_replace", "pattern": pattern, "replacement": replacement,
               "all": False}
        for name, pattern, replacement in REVERSE_RULES
    }
    filters["welsh_radicals"] = {
        "type": "multiplexer",
        "filters": [name for name, _, _ in REVERSE_RULES],
        "preserve_original": True,  # the original token; duplicates are removed
    }
    filters["welsh_stop"] = {"type": "stop", "stopwords": sorted(STOP_WORDS)}
    return {
        "filter": filters,
        "analyzer": {
            INDEX_ANALYZER: expanding,
            # Same chain on purpose (a mutated query must meet a mutated text); kept as its own
            # name so query-time behaviour can diverge without reindexing.
            SEARCH_ANALYZER: dict(expanding),
            EXACT_ANALYZER: {
                "type": "custom",
                "char_filter": char_filters,
                "tokenizer": "standard",
                "filter": surface,
            },
        },
    }


ENGINE_ANALYSIS = _engine_analysis()
# A Welsh text field: mutation-aware, plus the exact sub-field.
ENGINE_FIELD = {
    "analyzer": INDEX_ANALYZER,
    "search_analyzer": SEARCH_ANALYZER,
    "fields": {EXACT_SUBFIELD: {"type": "text", "analyzer": EXACT_ANALYZER}},
}
