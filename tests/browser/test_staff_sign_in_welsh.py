"""Signing in as staff in each language, in a real browser: the sign-in page, its errors, the
code from the authenticator, setting one up and a forgotten password, each in the portal's
layout, in the page's language, with a link to the other, and clean under axe."""

import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import TOTP_PERIOD, run_axe
from tests.browser.roles import make_role_user
from tests.helpers import current_totp_code
from tests.servers import shell

pytestmark = pytest.mark.browser
AGENT = "Helpline agents"
WORDS = {
    "en": {"heading": "Sign in to the staff portal", "other": "Cymraeg",
           "problem": "There is a problem",
           "wrong": "The email address and/or password you specified are not correct.",
           "mfa": "Two-Factor Authentication", "bad code": "Incorrect code.",
           "confirm": "Confirm Access", "activate": "Activate Authenticator App",
           "reset": "Password Reset"},
    "cy": {"heading": "Mewngofnodi i'r porth staff", "other": "English",
           "problem": "Mae problem wedi codi",
           "wrong": "Nid yw'r cyfeiriad e-bost a/neu'r cyfrinair a roesoch yn gywir.",
           "mfa": "Dilysu dau ffactor", "bad code": "Cod anghywir.",
           "confirm": "Cadarnhau mynediad", "activate": "Troi'r ap dilysu ymlaen",
           "reset": "Ailosod cyfrinair"},
}
OTHER = {"en": "cy", "cy": "en"}


def check_page(page, language, heading):
    """In the language asked for, in the portal's layout, with a switch to the other one."""
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("main h1")).to_have_text(heading)
    expect(page.locator("header.ac-header .ac-language-toggle")).to_have_text(
        WORDS[language]["other"])
    expect(page.locator("footer.govuk-footer")).to_be_visible()
    assert run_axe(page) == []


def fill_code(page, code):
    """Type `code` (or, for a secret, the authenticator's code of the moment) and send it."""
    left = TOTP_PERIOD - time.time() % TOTP_PERIOD
    if left < 5:  # a code typed at the end of its 30 s would reach the server too late
        time.sleep(left + 0.5)
    page.fill("input[name=code]", code if code.isdigit() else current_totp_code(code))
    page.click("main button[type=submit]")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_signing_in_with_a_code(portal, page, language):
    words = WORDS[language]
    user = make_role_user(portal, AGENT, admin_language=language)
    page.goto(f"{portal['base']}/{language}/accounts/login/?next=/admin/")
    check_page(page, language, words["heading"])

    page.fill("input[name=login]", user["email"])
    page.fill("input[name=password]", "not-the-password")
    page.click("main button[type=submit]")
    expect(page.locator(".govuk-error-summary")).to_contain_text(words["problem"])
    expect(page.locator(".govuk-error-summary")).to_contain_text(words["wrong"])
    check_page(page, language, words["heading"])

    page.fill("input[name=password]", user["password"])
    page.click("main button[type=submit]")
    assert f"/{language}/accounts/2fa/authenticate/" in page.url
    check_page(page, language, words["mfa"])
    fill_code(page, "000000")
    expect(page.locator("main .govuk-error-message")).to_contain_text(words["bad code"])
    check_page(page, language, words["mfa"])
    fill_code(page, user["secret"])  # the code is read after any wait for a new period
    page.wait_for_url(lambda url: "/accounts/" not in url, timeout=60_000)  # CPUs are shared
    assert "/admin/" in page.url


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_switch_opens_the_same_page_in_the_other_language(portal, page, language):
    page.goto(f"{portal['base']}/{language}/accounts/login/?next=/admin/")
    page.click("header .ac-language-toggle")
    other = OTHER[language]
    page.wait_for_url(f"**/{other}/accounts/login/**")
    check_page(page, other, WORDS[other]["heading"])
    assert "next=%2Fadmin%2F" in page.url  # still going where they were going
    page.goto(portal["base"] + "/accounts/login/")  # remembered: the unprefixed address
    assert f"/{other}/accounts/login/" in page.url


@pytest.mark.parametrize("language", ["en", "cy"])
def test_setting_up_an_authenticator_in_the_admin_language(portal, page, language):
    words = WORDS[language]
    user = make_role_user(portal, AGENT, admin_language=language)
    shell(portal["env"], "from allauth.mfa.models import Authenticator\n"
                         f"Authenticator.objects.filter(user_id={user['id']}).delete()\n")
    page.goto(f"{portal['base']}/en/accounts/login/?next=/admin/")
    page.fill("input[name=login]", user["email"])
    page.fill("input[name=password]", user["password"])
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/{language}/accounts/reauthenticate/**")
    check_page(page, language, words["confirm"])
    page.fill("input[name=password]", user["password"])
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/{language}/accounts/2fa/totp/activate/")
    check_page(page, language, words["activate"])
    fill_code(page, "000000")
    expect(page.locator("main .govuk-error-message")).to_contain_text(words["bad code"])
    check_page(page, language, words["activate"])


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_forgotten_password(portal, page, language):
    page.goto(f"{portal['base']}/{language}/accounts/login/")
    page.click("main a[href$='/accounts/password/reset/']")
    check_page(page, language, WORDS[language]["reset"])
    page.fill("input[name=email]", "someone@adopt.example.org")
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/{language}/accounts/password/reset/done/")
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page) == []
