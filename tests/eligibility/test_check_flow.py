"""The "Can I adopt?" check, one question per page, in both languages: every answer leads to
the guidance the editor wrote for it, bad addresses are refused politely, nothing is kept."""

import pytest
from django.contrib.sessions.models import Session
from django.utils.html import escape

from eligibility.models import CheckCount
from enquiries.models import Contact, Enquiry
from tests.eligibility.helpers import first_answers, walk
from tests.factories.pages import CHECK_QUESTIONS, eligibility_check_page, event_page, in_language

pytestmark = pytest.mark.django_db

WORDS = {"en": {"guidance": "Guidance", "problem": "There is a problem",
                "choose": "Choose an answer", "refused": "We could not read your answers",
                "summary": "summary/", "outside": "/en/outside-wales/"},
         "cy": {"guidance": "Cyngor", "problem": "Mae problem wedi codi",
                "choose": "Dewiswch ateb",
                "refused": "Doedden ni ddim yn gallu darllen eich atebion",
                "summary": "crynodeb/", "outside": "/cy/tu-allan-i-gymru/"}}
LANGUAGES = ["en", "cy"]


@pytest.fixture
def check():
    return eligibility_check_page()


def count(outcome, language):
    row = CheckCount.objects.filter(outcome=outcome, language=language).first()
    return row.count if row else 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_start_page_leads_to_the_first_question(client, check, language):
    page = in_language(check, language)
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.question_url(1) in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("pick", [0, 1])
def test_every_answer_leads_to_its_own_guidance(client, check, language, pick):
    """Two walks cover every answer: the first answers, then the second ones (except the
    outside-Wales answer, which ends the check elsewhere: see the next test)."""
    page = in_language(check, language)
    choices = {}
    for question in page.question_list:
        going_on = [a for a in question.answers.values() if not a.leads_to]
        choices[question.key] = going_on[min(pick, len(going_on) - 1)].key
    before = count(CheckCount.COMPLETED, language)
    responses = walk(client, check, choices, language)
    for number, question in enumerate(page.question_list):
        shown = responses[2 * number].content.decode()
        assert escape(question.text) in shown  # the question, in the page's language
        assert all(escape(answer.label) in shown for answer in question.answers.values())
    assert WORDS[language]["summary"] in responses[-1]["Location"]
    summary = client.get(responses[-1]["Location"])
    assert summary.status_code == 200
    html = summary.content.decode()
    for key, answer in choices.items():
        assert f"{WORDS[language]['guidance']} {key}/{answer}" in html
    other = "Cyngor" if language == "en" else "Guidance"
    assert other not in html  # no guidance from the other language
    assert "?interest=adopting" in html
    assert count(CheckCount.COMPLETED, language) == before + 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_living_outside_wales_leads_to_the_services_outside_wales(client, check, language):
    before = count(CheckCount.SIGNPOSTED, language)
    responses = walk(client, check, {"age": "21-or-over", "where": "outside-wales"}, language)
    assert responses[-1]["Location"] == WORDS[language]["outside"]
    assert count(CheckCount.SIGNPOSTED, language) == before + 1
    signpost = client.get(responses[-1]["Location"])
    assert signpost.status_code == 200
    assert "https://www.gov.uk/child-adoption" in signpost.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_answer_is_an_error_in_the_readers_language(client, check, language):
    page = in_language(check, language)
    response = client.get(page.question_url(2), {"age": "21-or-over", "sent": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert WORDS[language]["problem"] in html and WORDS[language]["choose"] in html
    assert 'href="#answer-1"' in html and 'id="answer-1"' in html
    assert 'name="age" value="21-or-over"' in html  # the earlier answer is kept


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", [{"age": "150"}, {"age": "21-or-over", "where": "mars"},
                                   {"age": "<script>", "sent": "1"}])
def test_an_answer_the_check_does_not_offer_is_refused_politely(client, check, language,
                                                                 query):
    page = in_language(check, language)
    for url in (page.question_url(2), page.summary_url):
        response = client.get(url, query)
        assert response.status_code == 400
        html = response.content.decode()
        assert WORDS[language]["refused"] in html
        assert "<script>" not in html.split("<main")[1].split("</main>")[0]
        assert f'href="{page.url}"' in html  # start again


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_that_does_not_exist_is_not_found(client, check, language):
    response = client.get(in_language(check, language).question_url(99))
    assert response.status_code == 404


def test_an_address_that_skips_a_question_goes_back_to_it(client, check):
    response = client.get(check.question_url(3), {"age": "under-21"})
    assert response.status_code == 302
    assert response["Location"] == check.question_url(2) + "?age=under-21"
    summary = client.get(check.summary_url, {"age": "under-21"})
    assert summary["Location"] == check.question_url(2) + "?age=under-21"


def test_back_links_go_to_the_previous_question_with_the_answers_so_far(client, check):
    response = client.get(check.question_url(3), {"age": "under-21", "where": "north-wales"})
    assert (f'href="{check.question_url(2)}?age=under-21&amp;where=north-wales"'
            in response.content.decode())
    first = client.get(check.question_url(1)).content.decode()
    assert f'href="{check.url}" class="govuk-back-link"' in first


def test_changing_an_answer_returns_to_the_summary_without_counting_again(client, check):
    answers = first_answers(check)
    walk(client, check, answers)
    before = count(CheckCount.COMPLETED, "en")
    summary = client.get(check.summary_url, answers).content.decode()
    assert f"{check.question_url(1)}?age=21-or-over" in summary  # a change link
    changed = client.get(check.question_url(1),
                         {**answers, "age": "under-21", "change": "1", "sent": "1"})
    assert changed.status_code == 302
    assert changed["Location"].startswith(check.summary_url + "?age=under-21")
    assert count(CheckCount.COMPLETED, "en") == before


def test_nothing_about_the_reader_is_kept(client, check):
    stored = Session.objects.count(), Contact.objects.count(), Enquiry.objects.count()
    responses = walk(client, check, first_answers(check))
    responses.append(client.get(responses[-1]["Location"]))
    for response in responses:
        assert not response.cookies
        assert "no-store" in response["Cache-Control"]
    assert (Session.objects.count(), Contact.objects.count(), Enquiry.objects.count()) == stored
    assert set(CheckCount.objects.values_list("outcome", flat=True)) <= {"completed"}
    assert {f.name for f in CheckCount._meta.fields} == {"id", "day", "language", "outcome",
                                                        "count"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_switch_keeps_the_question_and_the_answers(client, check, language):
    page = in_language(check, language)
    other = in_language(check, "cy" if language == "en" else "en")
    html = client.get(page.question_url(2), {"age": "21-or-over"}).content.decode()
    assert f"{other.question_url(2)}%3Fage%3D21-or-over" in html  # the toggle's next=
    summary = client.get(page.summary_url, first_answers(check)).content.decode()
    other_route = "summary/" if language == "cy" else "crynodeb/"
    assert f"{other.url}{other_route}%3Fage%3D21-or-over" in summary


def test_the_summary_shows_the_readers_regions_events_first(client, check):
    here = event_page("North Wales evening", region_slug="north-wales", days_from_today=30)
    elsewhere = event_page("Cardiff evening", region_slug="vale-valleys-cardiff",
                           days_from_today=1)
    answers = first_answers(check)
    assert answers["where"] == "north-wales"
    html = client.get(check.summary_url, answers).content.decode()
    assert here.title in html and elsewhere.title not in html
    welsh = client.get(in_language(check, "cy").summary_url, answers).content.decode()
    assert in_language(here, "cy").title in welsh


def test_the_questions_are_the_editors_content(client, check):
    """Editing an answer's words and guidance changes what readers see; no code names them."""
    welsh = in_language(check, "cy")
    data = welsh.questions.raw_data
    data[2]["value"]["answers"][1]["value"]["label"] = "Oes, ci defaid"
    data[2]["value"]["answers"][1]["value"]["guidance"] = "<p>Croeso i gŵn defaid.</p>"
    welsh.save_revision().publish()
    answers = {**first_answers(check), "pets": "yes"}
    assert "Oes, ci defaid" in client.get(welsh.question_url(3), answers).content.decode()
    assert "Croeso i gŵn defaid." in client.get(welsh.summary_url, answers).content.decode()
    assert len(CHECK_QUESTIONS) == len(check.question_list)
