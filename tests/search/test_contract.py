"""The search contract, run on both backends (see conftest): Welsh mutations in every direction,
exact before mutated, English stems, one language per search, nothing unpublished or private,
escaped highlights, safe handling of query syntax, counts and pages."""

import pytest
from wagtail.models import PageViewRestriction

from tests.search.conftest import home, make_page

pytestmark = pytest.mark.django_db


def test_welsh_mutations_match_in_both_directions_and_when_both_mutated(backend):
    fab = make_page("cy", "Camau cyntaf", body="Sut i fabwysiadu gyda ni.")
    mab = make_page("cy", "Hawl", body="Gall unrhyw un mabwysiadu os yw’n addas.")
    ngh = make_page("cy", "Swyddfa", body="Mae ein swyddfa yng Nghaerdydd.")
    backend.reindex()

    assert set(backend.all_urls("mabwysiadu", "cy")) >= {fab.url, mab.url}  # radical query
    assert set(backend.all_urls("fabwysiadu", "cy")) >= {fab.url, mab.url}  # mutated query
    assert ngh.url in backend.all_urls("Caerdydd", "cy")  # radical finds nasal mutation
    assert ngh.url in backend.all_urls("Gaerdydd", "cy")  # soft finds nasal: both mutated
    assert ngh.url in backend.all_urls("gaerdydd", "cy")  # case does not matter


@pytest.mark.parametrize(
    ("query", "exact_title"),
    [("Pwllheli", "Radical"), ("Mhwllheli", "Nasal"), ("Bwllheli", "Soft")],
)
def test_an_exact_match_ranks_above_a_mutated_one(backend, query, exact_title):
    for title, form in (("Radical", "Pwllheli"), ("Nasal", "Mhwllheli"), ("Soft", "Bwllheli")):
        make_page("cy", f"Swyddfa {title}", body=f"Swyddfa wybodaeth {form} ar agor heddiw.")
    backend.reindex()

    titles = [hit.title for hit in backend(query, "cy").hits]
    assert titles[0] == f"Swyddfa {exact_title}"
    assert len([t for t in titles if t.startswith("Swyddfa ")]) == 3


def test_english_is_stemmed_and_stop_words_are_ignored(backend):
    page = make_page("en", "Applying", body="Our assessors visit every applicant twice.")
    backend.reindex()

    assert page.url in backend.urls("the assessor visiting", "en")
    assert backend("the and of", "en").total == 0


def test_a_search_returns_only_pages_of_its_own_language(backend):
    en = make_page("en", "Zebrafish support", body="zebrafish group")
    cy = make_page("cy", "Cymorth zebrafish", body="grŵp zebrafish")
    backend.reindex()

    english, welsh = backend.urls("zebrafish", "en"), backend.urls("zebrafish", "cy")
    assert en.url in english and cy.url not in english
    assert cy.url in welsh and en.url not in welsh
    assert all(url.startswith("/en/") for url in english)
    assert all(url.startswith("/cy/") for url in welsh)


def test_drafts_unpublished_and_private_pages_are_never_returned(backend):
    live = make_page("en", "Okapi evenings", body="okapi")
    make_page("en", "Okapi draft", body="okapi", publish=False)
    gone = make_page("en", "Okapi withdrawn", body="okapi")
    gone.unpublish()
    private = make_page("en", "Okapi private", body="okapi")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    live.body = [("paragraph", "<p>okapi narwhalsecret</p>")]
    live.save_revision()  # a draft: the live page still says only "okapi"
    backend.reindex()

    assert backend.urls("okapi", "en") == [live.url]
    assert backend("narwhalsecret", "en").total == 0


def test_highlights_are_escaped_and_mark_every_form_of_the_word(backend):
    make_page("cy", "Tudalen <b>beiddgar</b>", body="&lt;script&gt;x()&lt;/script&gt; ym Mhwllheli")
    backend.reindex()

    hit = backend("<i>Pwllheli</i>", "cy").hits[0]
    assert "<b>" not in hit.title and "&lt;b&gt;" in hit.title
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    assert "<i>" not in hit.snippet
    assert "<mark>Mhwllheli</mark>" in hit.snippet


@pytest.mark.parametrize(
    "query",
    ["AND", "OR NOT", '"unclosed', "*", "\\", "title:okapi", "(((", "okapi~2 ^3", "-", "?!.,"],
)
def test_query_syntax_is_only_ever_words(backend, query):
    make_page("en", "Okapi", body="okapi and title")
    backend.reindex()

    outcome = backend(query, "en")
    assert outcome.total >= 0  # answered without an error, whatever the words found


def test_counts_pages_and_sections(backend):
    section = home("en").get_children().live().filter(numchild__gt=0).first()
    for number in range(12):
        make_page("en", f"Quokka meeting {number}", body="quokka", parent=section)
    elsewhere = make_page("en", "Quokka elsewhere", body="quokka")
    backend.reindex()

    first, second = backend("quokka", "en"), backend("quokka", "en", page=2)
    assert (first.total, len(first.hits), first.pages) == (13, 10, 2)
    assert len(second.hits) == 3
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}
    within = backend.urls("quokka", "en", section=section.path)
    assert len(within) == 10 and elsewhere.url not in within
    assert backend("quokka", "en", section=section.path, page=2).total == 12


def test_a_topic_includes_its_own_section_page(backend):
    section = make_page("en", "Tapir topic", body="tapir")
    inside = make_page("en", "Tapir meeting", body="tapir", parent=section)
    make_page("en", "Tapir elsewhere", body="tapir")
    backend.reindex()

    assert set(backend.urls("tapir", "en", section=section.path)) == {section.url, inside.url}


def test_synonyms_files_apply_to_the_next_search_without_reindexing(backend, settings, tmp_path):
    settings.SEARCH_SYNONYMS_DIR = str(tmp_path)
    english = make_page("en", "Kinkajou club", body="kinkajou")
    welsh = make_page("cy", "Clwb bwni", body="bwni")
    backend.reindex()
    assert backend("honeybear", "en").total == 0

    (tmp_path / "en.txt").write_text("# comment\nkinkajou, honeybear\n", encoding="utf-8")
    (tmp_path / "cy.txt").write_text("cwningen, bwni\n", encoding="utf-8")
    assert backend.urls("honeybears", "en") == [english.url]  # stemmed, then widened
    assert backend.urls("gwningen", "cy") == [welsh.url]  # mutated query, radical synonym
