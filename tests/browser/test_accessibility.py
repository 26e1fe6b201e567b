"""axe-core finds nothing on every page type, in both languages."""

import pytest

from tests.browser.conftest import run_axe
from tests.helpers import PAGE_TYPES

pytestmark = pytest.mark.browser

CASES = [(m.__name__, code) for m in PAGE_TYPES for code in ("en", "cy")]
CASES += [("fallback", "cy"), ("not-found", "en"), ("not-found", "cy"), ("staff-sign-in", "en")]
SEARCHES = {
    ("search-results", "en"): "/en/search/?q=adoption+support&page=2",
    ("search-results", "cy"): "/cy/chwilio/?q=fabwysiadu",
    ("search-nothing", "cy"): "/cy/chwilio/?q=xylophone",
    ("search-error", "en"): "/en/search/?q=" + "word+" * 50,
    ("response-times", "en"): "/en/response-times/",
    ("response-times", "cy"): "/cy/amseroedd-ymateb/",
}
CASES += list(SEARCHES)


@pytest.mark.parametrize("page_type, language", CASES)
def test_axe_finds_no_violations(portal, page, page_type, language):
    if page_type == "not-found":
        url = f"/{language}/no-such-page/"
    elif page_type == "staff-sign-in":
        url = "/accounts/login/"
    elif (page_type, language) in SEARCHES:
        url = SEARCHES[page_type, language]
    else:
        url = portal["pages"][page_type][language]
    response = page.goto(portal["base"] + url)
    assert response.status == (404 if page_type == "not-found" else 200)
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page) == []
