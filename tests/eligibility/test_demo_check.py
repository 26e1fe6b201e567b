"""The demo site's check (eligibility/demo/check.toml): about the demo itself. Every answer of
every question, in both languages, shows its own guidance; where-you-live answers name their
region, and "outside Wales" leads to the signpost."""

import pytest
from django.utils.html import escape

from eligibility.models import EligibilityCheckPage
from tests.eligibility.helpers import first_answers, walk
from tests.factories.pages import in_language

pytestmark = pytest.mark.django_db

TOPICS = ["age", "where", "home", "health", "record", "relationship", "children", "pets",
          "money"]


@pytest.fixture
def demo_check():
    return EligibilityCheckPage.objects.get(slug="check-if-you-can-adopt",
                                            locale__language_code="en")


def test_the_demo_check_asks_the_nine_questions_in_both_languages(demo_check):
    welsh = in_language(demo_check, "cy")
    assert [q.key for q in demo_check.question_list] == TOPICS
    assert [q.key for q in welsh.question_list] == TOPICS
    for english, cymraeg in zip(demo_check.question_list, welsh.question_list, strict=True):
        assert list(english.answers) == list(cymraeg.answers)
        assert english.text != cymraeg.text
        for key, answer in english.answers.items():
            assert str(answer.guidance) != str(cymraeg.answers[key].guidance)
            assert answer.region_id == cymraeg.answers[key].region_id
    where = demo_check.question_list[1]
    assert all(a.region_id for k, a in where.answers.items() if k != "outside-wales")
    assert where.answers["outside-wales"].leads_to == "outside-wales"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_demo_answer_shows_its_own_guidance(client, demo_check, language):
    page = in_language(demo_check, language)
    walk(client, demo_check, first_answers(page), language)  # the whole walk, once
    for question in page.question_list:
        for answer in question.answers.values():
            if answer.leads_to:
                continue
            answers = {**first_answers(page), question.key: answer.key}
            html = client.get(page.summary_url, answers).content.decode()
            assert str(answer.guidance) in html, (question.key, answer.key)
            assert escape(answer.label) in html


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_demo_advice_page_links_to_the_check(client, demo_check, language):
    page = in_language(demo_check, language)
    advice = page.get_parent().get_children().get(slug__in=["can-i-adopt",
                                                            "allaf-i-fabwysiadu"])
    assert f'href="{page.url}"' in client.get(advice.url).content.decode()
