"""The demo's "Can I adopt?" check walked by keyboard with JavaScript off, in both languages:
an empty answer shows the error summary, each question leads on to the summary, the summary's
enquiry link arrives with "Adopting a child" chosen, and "outside Wales" reaches the services
outside Wales. axe needs script in the page, so each step the walk saw is then checked with
script on. That every answer of every question leads to its own guidance is the client tests'
(tests/eligibility/test_demo_check.py, test_check_flow.py): a browser adds nothing there."""

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.browser

CHECK = {"en": "/en/adopting/check-if-you-can-adopt/",
         "cy": "/cy/mabwysiadu/gwirio-a-allwch-chi-fabwysiadu/"}
WORDS = {"en": {"start": "Start now", "continue": "Continue", "problem": "There is a problem",
                "summary": "Your answers and what they mean",
                "enquire": "Make an enquiry about adopting",
                "outside": "You live outside Wales", "first_guidance": "Yes, you can."},
         "cy": {"start": "Dechrau nawr", "continue": "Parhau", "problem": "Mae problem wedi codi",
                "summary": "Eich atebion a beth maen nhw’n ei olygu",
                "enquire": "Gwneud ymholiad am fabwysiadu",
                "outside": "Rydych chi’n byw y tu allan i Gymru", "first_guidance": "Gallwch."}}


@pytest.fixture
def page_without_script(browser):
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def answer_by_keyboard(page, pick):
    """Choose the `pick`-th answer (or the last) with Space and send the form with Enter."""
    radios = page.locator("input.govuk-radios__input")
    radio = radios.nth(min(pick, radios.count() - 1))
    radio.focus()
    page.keyboard.press("Space")
    assert radio.is_checked()
    with page.expect_navigation():
        page.keyboard.press("Enter")


def walk(page, base, language, pick):
    """From the start page to the summary, choosing answer `pick` of each question (or its
    last); an empty answer first, on question 1. Returns every URL seen, and the questions'."""
    words, seen, questions = WORDS[language], [], []
    page.goto(base + CHECK[language])
    seen.append(page.url)
    with page.expect_navigation():
        page.get_by_role("button", name=words["start"]).click()
    with page.expect_navigation():
        page.locator("button", has_text=words["continue"]).click()  # nothing chosen
    assert page.locator(".govuk-error-summary").inner_text().startswith(words["problem"])
    seen.append(page.url)
    while page.locator("input.govuk-radios__input").count():
        seen.append(page.url)
        questions.append(page.url)
        assert page.locator("html").get_attribute("lang") == language
        answer_by_keyboard(page, pick)  # picks below 5 never reach "outside Wales", the 6th
    assert page.locator("h1").inner_text() == words["summary"]
    seen.append(page.url)
    return seen, questions


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_check_without_javascript_then_axe_on_every_page(portal, page_without_script,
                                                              page, language):
    base, words = portal["base"], WORDS[language]
    seen, questions = walk(page_without_script, base, language, 0)
    assert len(questions) == 9
    summary = page_without_script
    assert words["first_guidance"] in summary.locator("main").inner_text()
    with summary.expect_navigation():
        summary.get_by_role("button", name=words["enquire"]).click()
    assert "interest=adopting" in summary.url
    assert summary.locator("input[name=interest][value=adopting]").is_checked()
    seen.append(summary.url)

    outside = page_without_script
    outside.goto(base + CHECK[language] + "1/")
    answer_by_keyboard(outside, 0)
    outside.locator("input[value=outside-wales]").focus()
    outside.keyboard.press("Space")
    with outside.expect_navigation():
        outside.keyboard.press("Enter")
    assert outside.locator("h1").inner_text() == words["outside"]
    assert outside.locator("a[href='https://www.gov.uk/child-adoption']").count() == 1
    seen.append(outside.url)

    problems = {}
    # Each step once, as first seen (question 1 first with its error): the answers in the query
    # change the words of a step, not its markup.
    for url in {urlparse(url).path: url for url in reversed(seen)}.values():
        page.goto(url)
        found = run_axe(page)
        if found:
            problems[url] = found
    assert not problems, problems
