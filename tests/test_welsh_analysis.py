"""Welsh initial mutations in search terms (portal.search.welsh), with the pairs from welsh.md,
and the words they start from (portal.search.text).

Plain functions: no database, so the demo content is not loaded."""

import itertools
import unicodedata

import pytest

from portal.search import documents, text, welsh

# Forms of one word that must all find each other (docs/design welsh.md).
MUTATION_GROUPS = [
    ["mabwysiadu", "fabwysiadu"],
    ["Cymru", "Gymru", "Nghymru"],
    ["Caerdydd", "Gaerdydd", "Nghaerdydd"],
    ["plentyn", "blentyn", "mhlentyn", "phlentyn"],
    ["teulu", "deulu", "nheulu", "theulu"],
    ["gwybodaeth", "wybodaeth"],
    ["Llanelli", "Lanelli"],
    ["rhieni", "rieni"],
    ["Cymraeg", "Gymraeg"],
    ["enw", "henw"],
]

UNRELATED = [
    ("plant", "blaidd"),
    ("Caerdydd", "Cymru"),
    ("mabwysiadu", "babi"),
    ("teulu", "deall"),
    ("ffordd", "fordd"),
    ("Llanelli", "Lanfair"),
]


def matches(query, content):
    """Every query token finds one of its forms among the content's index terms."""
    indexed = set(welsh.index_terms(content))
    wanted = welsh.query_terms(query)
    return bool(wanted) and all(forms & indexed for forms in wanted)


@pytest.mark.parametrize("group", MUTATION_GROUPS, ids=lambda g: g[0])
def test_every_form_finds_every_other_form(group):
    for query, content in itertools.permutations(group, 2):
        assert matches(query, content), f"{query!r} should find {content!r}"
    for form in group:
        assert matches(form, form)


@pytest.mark.parametrize(("query", "content"), UNRELATED)
def test_unrelated_words_do_not_match(query, content):
    assert not matches(query, content)
    assert not matches(content, query)


def test_radical_candidates_cover_the_ambiguous_reverse_mappings():
    assert welsh.radical_candidates("fabwysiadu") >= {"fabwysiadu", "mabwysiadu", "babwysiadu"}
    assert welsh.radical_candidates("Nghaerdydd") == {"nghaerdydd", "caerdydd"}
    assert welsh.radical_candidates("ngardd") == {"ngardd", "gardd"}
    assert "gwybodaeth" in welsh.radical_candidates("wybodaeth")
    assert "gŵr" in welsh.radical_candidates("ŵr")
    assert {"llanelli", "glanelli"} <= welsh.radical_candidates("Lanelli")
    assert "enw" in welsh.radical_candidates("henw")
    for mutated, radical in [
        ("mhlentyn", "plentyn"),
        ("phlentyn", "plentyn"),
        ("nheulu", "teulu"),
        ("theulu", "teulu"),
        ("deulu", "teulu"),
        ("ddinas", "dinas"),
        ("chath", "cath"),
    ]:
        assert radical in welsh.radical_candidates(mutated)


def test_genuine_radical_initials_are_not_taken_apart():
    # ff, ll and rh are never mutations; the word itself is always a candidate.
    assert welsh.radical_candidates("ffordd") == {"ffordd"}
    assert welsh.radical_candidates("Llanelli") == {"llanelli"}
    assert welsh.radical_candidates("rhieni") == {"rhieni"}
    assert "chwilio" in welsh.radical_candidates("chwilio")


def test_circumflexed_letters_are_kept_exactly():
    decomposed = unicodedata.normalize("NFD", "Ŵyl Gŵr ŷd")
    assert text.tokenise(decomposed) == ["ŵyl", "gŵr", "ŷd"]
    assert welsh.index_terms("gŵr") == ["gŵr", "cŵr"]
    assert matches("ŵr", "gŵr") and matches("gŵr", "ŵr")
    assert "gŵyl" in welsh.radical_candidates("Ŵyl")
    everything = welsh.index_terms("Ŵyl gŵr ŷd tân")
    assert not {"wyl", "gwr", "yd", "tan"} & set(everything)
    assert matches("Gŵyl", "ŵyl") and not matches("gwyl", "gŵyl")


def test_tokenising_keeps_apostrophes_and_splits_hyphens():
    assert text.tokenise("Neidio i’r prif gynnwys") == ["neidio", "i'r", "prif", "gynnwys"]
    assert text.tokenise("cyfeiriad e-bost") == ["cyfeiriad", "e", "bost"]


def test_index_terms_put_each_token_before_its_radical_forms():
    assert welsh.index_terms("yng Nghaerdydd") == ["nghaerdydd", "caerdydd"]
    assert welsh.index_terms("ei henw") == ["henw", "enw"]
    assert welsh.exact_terms("ei henw yng Nghaerdydd") == ["henw", "nghaerdydd"]


def test_stop_words_are_dropped_from_tokens_and_candidates():
    assert welsh.index_terms("mae hi wedi bod yn y dref gyda'r plant") == ["dref", "tref", "plant"]
    assert welsh.query_terms("i'r") == []
    # "gar" may be soft "car"; its candidate "ar" is a stop word and is left out.
    assert welsh.index_terms("gar") == ["gar", "car"]
    assert {"â", "i", "y", "yn", "mae", "ni", "chi", "nhw"} <= welsh.STOP_WORDS


def test_multi_word_queries_need_every_word():
    content = "Noson wybodaeth i’r rhieni yng Nghaerdydd"
    assert matches("gwybodaeth rieni Caerdydd", content)
    assert not matches("gwybodaeth Abertawe", content)


def test_mutation_classes_follow_the_design_table():
    assert welsh.MUTATION_CLASSES["p"] == {"soft": "b", "nasal": "mh", "aspirate": "ph"}
    assert welsh.MUTATION_CLASSES["c"] == {"soft": "g", "nasal": "ngh", "aspirate": "ch"}
    assert welsh.MUTATION_CLASSES["g"] == {"soft": "", "nasal": "ng"}
    assert welsh.MUTATION_CLASSES["ll"] == {"soft": "l"}
    assert welsh.H_PREFIX == "h"


def test_elasticsearch_analysis_is_self_consistent():
    analysis = documents.index_settings()["analysis"]  # what production creates
    analyzers = analysis["analyzer"]
    assert {welsh.INDEX_ANALYZER, welsh.SEARCH_ANALYZER, welsh.EXACT_ANALYZER} <= set(analyzers)
    builtin = {"lowercase"}
    for analyzer in analyzers.values():
        for name in analyzer["filter"]:
            assert name in analysis["filter"] or name in builtin
        for name in analyzer["char_filter"]:
            assert name in analysis["char_filter"]
    for name in analysis["filter"]["welsh_radicals"]["filters"]:
        assert analysis["filter"][name]["type"] == "pattern_replace"
    assert analysis["filter"]["welsh_stop"]["stopwords"] == sorted(welsh.STOP_WORDS)
    field = documents.index_body()["mappings"]["properties"]["body_cy"]
    assert field["fields"][text.EXACT_SUBFIELD]["analyzer"] == welsh.EXACT_ANALYZER
    assert text.EXACT_BOOST > text.MUTATED_BOOST
