"""The language toggle and the keyboard, as a reader uses them."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("start, target, label", [("en", "cy", "Cymraeg"), ("cy", "en", "English")])
def test_toggle_leads_to_the_same_page_in_the_other_language(portal, page, start, target, label):
    pages = portal["pages"]["AdvicePage"]
    page.goto(portal["base"] + pages[start])
    page.get_by_role("link", name=label, exact=True).click()
    assert page.url == portal["base"] + pages[target]
    assert page.locator("html").get_attribute("lang") == target
    page.goto(portal["base"] + "/")  # the choice is remembered
    assert page.url == f"{portal['base']}/{target}/"


def test_keyboard_reaches_main_content_through_the_skip_link(portal, page):
    page.goto(portal["base"] + portal["pages"]["AdvicePage"]["cy"])
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Neidio i’r prif gynnwys"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main-content'")
    page.keyboard.press("Tab")
    inside_main = page.evaluate("!!document.activeElement.closest('main')")
    assert inside_main


def test_pages_make_no_request_to_another_host_and_break_no_csp_rule(portal, page):
    requests, problems = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and problems.append(msg.text))
    for url in (portal["pages"]["HomePage"]["cy"], portal["pages"]["AdvicePage"]["en"]):
        page.goto(portal["base"] + url)
    assert requests and all(url.startswith(portal["base"]) for url in requests)
    assert problems == []
