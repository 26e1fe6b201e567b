"""A helpline agent's work on a person's page, in a real browser, with the admin in English
and in Welsh: find the caller by name, see who they are and their timeline first, put the
outcome on the call Twilio made, text them, raise an enquiry with their defaults, and be told
what happened each time. axe finds nothing on the page."""

import json
import os
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, run_axe, wait_until_still
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser
AGENT = "Helpline agents"
GWYNEDD = "W06000002"

# A Welsh-speaking caller from Gwynedd who rang before (an enquiry), and the call Twilio just
# finished with them: answered, no notes or outcome yet.
MAKE_CALLER = """
import json
from directory.models import LocalAuthority
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Contact
from helpline.models import Interaction
person = Contact.objects.create(first_name="Angharad", last_name={surname!r},
                                preferred_language="cy")
person.phones.create(number="+447400765400", is_mobile=True)
receive(NewEnquiry(first_name="Angharad", last_name={surname!r}, language="cy",
                   interest="adopting", contact_method="phone", contact=person,
                   local_authority=LocalAuthority.objects.get(gss_code={council!r})))
call = Interaction.objects.create(contact=person, twilio_sid={sid!r}, kind="call",
                                  direction="in", from_number="+447400765400",
                                  status="completed", language="cy", duration_seconds=240)
print(json.dumps({{"contact": person.pk, "call": call.pk}}))
"""
CHECK = """
import json
from enquiries.models import Enquiry
from helpline.models import Interaction
call = Interaction.objects.get(pk={call})
print(json.dumps({{"outcome": call.outcome.code if call.outcome else None, "notes": call.notes,
                  "calls": Interaction.objects.filter(contact_id={contact},
                                                      kind="call").count(),
                  "texts": Interaction.objects.filter(contact_id={contact}, kind="sms").count(),
                  "enquiries": list(Enquiry.objects.filter(contact_id={contact}).values_list(
                      "language", "local_authority__gss_code"))}}))
"""
SAID = {  # what the agent is told, in the admin's language
    "en": {"log": "Notes and outcome saved on the call of",
           "sms": "Text message to 07400 765400", "enquiry": "raised and sent to"},
    "cy": {"log": "Nodiadau a chanlyniad wedi’u cadw ar yr alwad",
           "sms": "Neges destun i 07400 765400", "enquiry": "wedi’i greu; fe’i hanfonwyd"},
}


def told(page, words):
    """The message says `words`; wait for Wagtail's fade-in to end before axe reads colours."""
    expect(page.locator(".messages")).to_contain_text(words)
    wait_until_still(page)


def screenshot(page, name):
    if os.environ.get("SCREENSHOTS") == "1":
        page.screenshot(path=str(ROOT / "docs" / "img" / name), full_page=True)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_agent_works_a_call_from_the_persons_page(portal, page, language):
    base, surname = portal["base"], f"Bevan{uuid.uuid4().hex[:6]}"
    made = json.loads(shell(portal["env"], MAKE_CALLER.format(
        surname=surname, council=GWYNEDD, sid="CA" + uuid.uuid4().hex)))
    signed_in(page, portal, AGENT, admin_language=language)

    page.goto(base + "/admin/helpline/")
    page.fill("input[name=q]", surname)
    page.click("form[role=search] button[type=submit]")
    page.click(f"text=Angharad {surname}")
    assert page.url.endswith(f"/admin/helpline/contacts/{made['contact']}/")

    # Who they are and the timeline come first; the actions are closed, one opens at a time.
    summary = page.locator(".contact-summary")
    expect(summary).to_contain_text("07400 765400")
    expect(summary).to_contain_text("Gwynedd")
    expect(page.locator(".contact-timeline")).to_contain_text("07400 765400")
    first = page.locator(".contact-summary, .contact-timeline, .person-workspace__actions")
    assert first.nth(0).get_attribute("class") == "contact-summary"
    assert first.nth(2).get_attribute("class") == "person-workspace__actions"
    assert page.locator("details.person-action[open]").count() == 0
    assert run_axe(page) == []
    screenshot(page, f"person-workspace-{language}.png")

    # The outcome goes on the call Twilio made, which is chosen already.
    page.click("#action-log > summary")
    expect(page.locator("#id_log-call")).to_have_value(str(made["call"]))
    expect(page.locator("#id_log-language")).to_have_value("cy")
    page.select_option("#id_log-outcome", index=1)
    page.fill("#id_log-notes", "Eisiau noson wybodaeth.")
    page.click("#action-log button[type=submit]")
    told(page, SAID[language]["log"])
    assert run_axe(page) == []

    # A text, then an enquiry with the person's language and council already chosen.
    page.click("#action-sms > summary")
    assert page.locator("details.person-action[open]").count() == 1  # the log form closed
    page.select_option("#id_sms-template", index=1)
    expect(page.locator("#id_sms-language")).to_have_value("cy")
    page.click("#action-sms button[type=submit]")
    told(page, SAID[language]["sms"])

    page.click("#action-enquiry > summary")
    expect(page.locator("#id_enquiry-language")).to_have_value("cy")
    expect(page.locator("#id_enquiry-council")).to_have_value(GWYNEDD)
    page.click("#action-enquiry button[type=submit]")
    told(page, SAID[language]["enquiry"])
    screenshot(page, f"person-workspace-done-{language}.png")
    assert run_axe(page) == []

    state = json.loads(shell(portal["env"], CHECK.format(**made)))
    assert state["calls"] == 1 and state["outcome"] and state["notes"] == (
        "Eisiau noson wybodaeth.")
    assert state["texts"] == 1
    assert state["enquiries"] == [["cy", GWYNEDD], ["cy", GWYNEDD]]
