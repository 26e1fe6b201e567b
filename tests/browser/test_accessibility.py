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
        url = "/en/accounts/login/"
    elif (page_type, language) in SEARCHES:
        url = SEARCHES[page_type, language]
    else:
        url = portal["pages"][page_type][language]
    response = page.goto(portal["base"] + url)
    assert response.status == (404 if page_type == "not-found" else 200)
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page) == []


@pytest.mark.parametrize("language", ["en", "cy"])
def test_axe_finds_no_violations_on_the_csrf_error(portal, page, language):
    """An enquiry form sent after its cookies were lost (an old tab, cookies blocked)."""
    page.goto(portal["base"] + ("/en/enquire/" if language == "en" else "/cy/ymholiad/"))
    page.context.clear_cookies()
    with page.expect_navigation() as sent:
        page.click("main button[type=submit]")
    assert sent.value.status == 403
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page) == []


@pytest.mark.parametrize("status", [413, 414, 503])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_axe_finds_no_violations_on_varnish_error_pages(portal, page, status, language):
    """The pages Varnish serves, with the CSP it sends them with (deploy/varnish)."""
    import re

    from portal import static_errors
    from tests.servers import ROOT

    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    policy = re.search(r'Content-Security-Policy = "([^"]+)"', vcl).group(1)
    url = f"{portal['base']}/{language}/error-page/"
    page.route(url, lambda route: route.fulfill(
        status=status, content_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": policy},
        body=static_errors.render(status, language)))
    assert page.goto(url).status == status
    assert page.locator("html").get_attribute("lang") == language
    assert page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor") \
        == "rgb(0, 89, 79)"  # the inlined stylesheet is allowed by the CSP
    assert run_axe(page) == []
