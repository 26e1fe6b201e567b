"""Words and their normal form, the same for every language, in Python and on the engine.

Each language's analyser (`english.py`, `welsh.py`) starts from `tokenise`; `ENGINE_CHAR_FILTERS`
is `normalise` as the engine's char filters, so both sides see the same characters.
"""

import re
import unicodedata

# Vowels with the accents Welsh uses (and their neighbours); kept exactly, never folded.
ACCENTED = "âêîôûŵŷ" + "áéíóúẃý" + "àèìòùẁỳ" + "äëïöüẅÿ"
APOSTROPHES = "\u2019\u02bc"  # ’ and ʼ, read as '
# Letters/digits, with inner apostrophes ("i'r", "mae'n"); hyphens and other marks split.
WORD = re.compile(rf"[^\W_]+(?:['{APOSTROPHES}][^\W_]+)*")

# Every language's engine field has a sub-field of surface words, so an exact word (not only
# a stem or a mutation) can score more: `EXACT_BOOST` on top of `MUTATED_BOOST`.
EXACT_SUBFIELD = "exact"
EXACT_BOOST = 3.0
MUTATED_BOOST = 1.0


def normalise(text: str) -> str:
    """NFC, lowercase, straight apostrophes. ŵ ŷ â ê î ô û stay as they are."""
    text = unicodedata.normalize("NFC", text)
    for curly in APOSTROPHES:
        text = text.replace(curly, "'")
    return text.lower()


def tokenise(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def _compose_accents() -> list[str]:
    """Mapping rules composing vowel + combining accent (the engine has no NFC without ICU)."""
    rules = []
    for char in ACCENTED + ACCENTED.upper():
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed != char:
            rules.append(f"{decomposed} => {char}")
    return rules


ENGINE_CHAR_FILTERS = {
    "compose_accents": {"type": "mapping", "mappings": _compose_accents()},
    "straight_apostrophes": {"type": "mapping", "mappings": [f"{c} => '" for c in APOSTROPHES]},
}
