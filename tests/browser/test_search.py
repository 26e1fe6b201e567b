"""Search in a real browser: by keyboard, with suggestions, and with JavaScript off."""

import pytest

pytestmark = pytest.mark.browser


def test_search_by_keyboard_with_suggestions(portal, page):
    page.goto(portal["base"] + "/cy/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # logo
    page.keyboard.press("Tab")  # header search box
    page.keyboard.type("fabwysiadu")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cy/chwilio/?q=fabwysiadu")
    assert page.locator("ol.ac-results li").count() > 0
    assert page.locator("ol.ac-results mark").first.inner_text().lower().endswith("abwysiadu")

    box = page.locator("#id_q")
    box.fill("")
    box.press_sequentially("cymorth mab")
    options = page.locator("#search-suggestions option")
    options.first.wait_for(state="attached")
    titles = [option.get_attribute("value") for option in options.all()]
    assert titles and all("mab" in title.lower() or "fab" in title.lower() for title in titles)


def test_search_works_without_javascript(portal, browser):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(portal["base"] + "/en/search/")
    plain.fill("#id_q", "who can adopt")
    plain.select_option("#id_topic", index=1)
    plain.click("form.ac-search button[type=submit]")
    assert "topic=" in plain.url and "q=who+can+adopt" in plain.url
    assert plain.locator("[role=status]").inner_text().split()[0].isdigit()
    context.close()
