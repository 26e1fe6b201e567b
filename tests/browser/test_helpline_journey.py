"""An agent signs in with MFA, finds a caller by phone number, logs the call and sees it on
the contact's timeline."""

import pytest

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def test_agent_signs_in_with_mfa_and_logs_a_call(portal, page):
    base = portal["base"]
    sign_in(page, base, "agent@adopt.example.org", "browser-test-password",
            portal["totp_secret"])
    page.goto(base + "/admin/helpline/")
    page.fill("input[name=q]", "07400 765432")
    page.click("form[role=search] button[type=submit]")
    page.click("text=Gwyneth Prys")
    assert "/admin/helpline/contacts/" in page.url
    page.click("#action-log > summary")
    page.select_option("select[name=log-call]", "")  # Gwyneth's call was not through the line
    page.select_option("select[name=log-kind]", "call")
    page.select_option("select[name=log-language]", "cy")
    page.fill("textarea[name=log-notes]", "Eisiau pecyn gwybodaeth yn Gymraeg.")
    page.click("#action-log button[type=submit]")
    timeline = page.locator(".contact-timeline").inner_text()
    assert "Eisiau pecyn gwybodaeth yn Gymraeg." in timeline
    assert "Incoming call" in timeline
