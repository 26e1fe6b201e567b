"""A person asks for just the information pack, in Welsh and in English: the thank-you page
links the service's pack in their language and shows what happens next, dated, axe-clean."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.browser

# A stored file name may carry a suffix that the storage added (north-wales-cy_ao2lTFb.pdf).
FORM = {"cy": "/cy/ymholiad/", "en": "/en/enquire/"}
PACK_ONLY = "#id_interest-8"  # "Just send me the information pack", the last choice


@pytest.mark.parametrize("language", ["cy", "en"])
def test_ask_for_the_pack_and_read_what_happens_next(portal, page, language):
    page.goto(portal["base"] + FORM[language])
    page.wait_for_timeout(3100)  # a person takes longer than the bot check's minimum
    page.fill("#id_first_name", "Gwenllïan" if language == "cy" else "Rhys")
    page.fill("#id_last_name", "Llŷr")
    page.fill("#id_email", f"pack-{language}@example.org")
    page.check("#id_language-1" if language == "cy" else "#id_language-2")
    page.select_option("#id_council", "W06000002")  # North Wales
    page.check(PACK_ONLY)
    page.check("#id_privacy")
    page.click("main button[type=submit]")
    expect(page.locator(".govuk-panel--confirmation")).to_be_visible()
    steps = page.locator("ol.ac-next-steps > li h3")
    assert steps.count() == 9  # the dated promise, then the eight national steps
    first, then = steps.nth(0).inner_text(), steps.nth(1).inner_text()
    promise = page.locator("ol.ac-next-steps > li p").first.inner_text()
    pack = page.locator("a.govuk-link[href^='/documents/']")
    if language == "cy":
        assert first.startswith("Ateb o fewn") and then == "Sgwrs gyntaf"
        assert " erbyn dydd " in promise and "Gogledd Cymru" in promise
        assert pack.inner_text().startswith("Darllenwch becyn gwybodaeth")
        assert re.search(r"-cy(_\w+)?\.pdf$", pack.get_attribute("href"))
    else:
        assert first.startswith("A reply within") and then == "A first conversation"
        assert "North Wales Adoption Service will contact you by " in promise
        assert re.search(r"-en(_\w+)?\.pdf$", pack.get_attribute("href"))
    assert run_axe(page) == []
    document = page.request.get(portal["base"] + pack.get_attribute("href"))
    assert document.ok and document.body().startswith(b"%PDF-")
