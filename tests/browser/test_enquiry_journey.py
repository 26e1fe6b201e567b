"""A person sends an enquiry in Welsh and in English, by keyboard-free clicking and typing,
with JavaScript on, and the form is axe-clean before and after errors."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.browser

FORM = {"cy": "/cy/ymholiad/", "en": "/en/enquire/"}


def fill(page, language):
    page.fill("#id_first_name", "Gwenllïan" if language == "cy" else "Rhys")
    page.fill("#id_last_name", "Llŷr")
    page.fill("#id_email", f"browser-{language}@example.org")
    page.check("#id_language-1" if language == "cy" else "#id_language-2")
    page.check("#id_contact_method-1")
    page.select_option("#id_council", "W06000002")
    page.check("#id_interest-1")
    page.check("#id_household-2")
    page.fill("#id_message", "Ŵyr ac wyres: hoffem wybod mwy.")
    page.check("#id_privacy")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_send_an_enquiry(portal, page, language):
    page.goto(portal["base"] + FORM[language])
    assert run_axe(page) == []
    page.click("main button[type=submit]")  # empty: errors in the page's language
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    assert ("Mae problem wedi codi" if language == "cy" else "There is a problem") in (
        summary.inner_text())
    assert run_axe(page) == []
    page.wait_for_timeout(3100)  # a person takes longer than the bot check's minimum
    fill(page, language)
    page.click("main button[type=submit]")
    panel = page.locator(".govuk-panel--confirmation")
    expect(panel).to_be_visible()
    reference = panel.locator("strong").inner_text()
    assert reference.startswith("AC-")
    assert ("Gwasanaeth Mabwysiadu Gogledd Cymru" if language == "cy"
            else "North Wales Adoption Service") in page.content()
    assert run_axe(page) == []
