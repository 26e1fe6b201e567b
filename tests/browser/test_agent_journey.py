"""The helpline agent's job, as the specification of it: a signed incoming call arrives, the
agent's helpline page shows it live and, once they answer, the screen pop; they open the
person, book a callback, open the callback queue and record an attempt. In English and in
Welsh (the admin language the agent chose); axe finds nothing on each screen."""

import json
import os
import urllib.parse
import urllib.request
import uuid

import pytest
from playwright.sync_api import expect
from twilio.request_validator import RequestValidator

from tests.browser.conftest import TWILIO_AUTH_TOKEN, run_axe
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

# The portal under test checks webhook signatures with this token; the session's portal
# copies the environment when it starts, after every test module has been imported.
TOKEN = TWILIO_AUTH_TOKEN
PUBLIC = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")  # what Twilio signs
CALLER = "+447400765432"  # Gwyneth Prys, who has rung before (tests/browser/conftest.py)
SCREENSHOTS = os.environ.get("SCREENSHOTS") == "1"

AGENT_LINE = """
from helpline.models import AgentLine
AgentLine.objects.create(user_id={user}, phone={phone!r}, on_duty=True, speaks_welsh=True)
"""
LATEST_CALLBACK = """
from helpline.models import Callback
print(Callback.objects.filter(booked_by_id={user}).latest("pk").pk)
"""
ATTEMPT = """
import json
from helpline.models import Callback
c = Callback.objects.get(pk={pk})
print(json.dumps([c.attempts, c.result, c.last_attempt_by_id, c.completed_at is None]))
"""


def twilio_posts(base, path, params):
    """A webhook as Twilio sends it: form-encoded, signed for the public URL."""
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + path, params)
    request = urllib.request.Request(base + path, data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status in (200, 204)


def clean_axe(page):
    assert run_axe(page) == [], page.url


def shot(page, name):
    if SCREENSHOTS and name.endswith("-en"):  # docs/day-helpline.md shows the English ones
        page.screenshot(path=f"docs/img/{name}.png", full_page=True)


@pytest.mark.parametrize("admin_language", ["en", "cy"])
def test_an_agent_answers_a_call_and_books_and_works_a_callback(portal, page, admin_language):
    base = portal["base"]
    agent = signed_in(page, portal, "Helpline agents", admin_language=admin_language,
                      first_name="Gwen")
    phone = f"+4474009{uuid.uuid4().int % 100000:05d}"
    shell(portal["env"], AGENT_LINE.format(user=agent["id"], phone=phone))
    sid = "CA" + uuid.uuid4().hex

    # The phone rings: Twilio tells the portal, and the agent's helpline page shows it live.
    twilio_posts(base, "/twilio/voice/incoming/", {
        "CallSid": sid, "From": CALLER, "To": "+442920180123", "CallStatus": "ringing",
        "Direction": "inbound"})
    page.goto(base + "/admin/helpline/")
    live = page.locator("tr.call--live", has_text="07400 765432")
    expect(live.first.locator(".call-live-label")).to_be_visible()
    clean_axe(page)

    # The agent answers: the dialled leg reports in-progress; the screen pop appears without
    # a reload (the page's script polls), with the caller's person.
    twilio_posts(base, "/twilio/voice/status/", {
        "CallSid": "CA" + uuid.uuid4().hex, "ParentCallSid": sid, "From": CALLER, "To": phone,
        "CallStatus": "in-progress", "Direction": "outbound-dial"})
    pop = page.locator(".screen-pop a", has_text="Gwyneth Prys")
    expect(pop).to_be_visible(timeout=15000)
    shot(page, f"agent-screen-pop-{admin_language}")
    clean_axe(page)

    pop.click()
    page.wait_for_url("**/admin/helpline/contacts/*/")
    contact_url = page.url
    clean_axe(page)

    # Book a callback: from the person's page (its link), for tomorrow's default time.
    book = page.locator("a[href$='/callback/']")
    if book.count():
        book.first.click()
    else:  # the person's page without its "Book a callback" link yet
        page.goto(contact_url + "callback/")
    expect(page.locator("select[name=assigned_to]")).to_contain_text("Gwen Prawf")
    clean_axe(page)
    shot(page, f"agent-book-callback-{admin_language}")
    page.fill("textarea[name=note]", "Eisiau gwybod am y noson wybodaeth nesaf.")
    page.click("form.callback-form button[type=submit]")
    page.wait_for_url(contact_url)
    expect(page.locator(".messages .success")).to_be_visible()

    # The callback queue, then the callback itself, and an attempt: no answer, try later.
    callback = shell(portal["env"], LATEST_CALLBACK.format(user=agent["id"]))
    page.goto(base + "/admin/helpline/callbacks/")
    clean_axe(page)
    page.click(f"a[href='/admin/helpline/callbacks/{callback}/']")
    expect(page.locator("form.attempt-form")).to_be_visible()
    clean_axe(page)
    page.click("form.attempt-form button[type=submit]")  # empty: refused, said why
    expect(page.locator(".attempt-form .form-errors")).to_be_visible()
    clean_axe(page)
    page.fill("input[name=result]", "Dim ateb – neges wedi’i gadael")
    page.check("input[name=next_step][value=retry]")
    shot(page, f"agent-callback-attempt-{admin_language}")
    page.click("form.attempt-form button[type=submit]")
    page.wait_for_url("**/admin/helpline/callbacks/")
    expect(page.locator(".messages .success")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Dim ateb – neges wedi’i gadael")
    twilio_posts(base, "/twilio/voice/status/", {  # the caller hangs up
        "CallSid": sid, "From": CALLER, "To": "+442920180123", "CallStatus": "completed",
        "CallDuration": "95", "Direction": "inbound"})
    attempts, result, by, still_open = json.loads(
        shell(portal["env"], ATTEMPT.format(pk=callback)))
    assert (attempts, result, by, still_open) == (1, "Dim ateb – neges wedi’i gadael",
                                                   agent["id"], True)
