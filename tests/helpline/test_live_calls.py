"""Live calls after signed webhooks: ringing and in-progress calls are marked in words on the
helpline page and in the fragment its script polls; the agent who answers gets the screen
pop (the caller's person, or "new caller" with a way to add them)."""

import pytest

from enquiries.models import AuditEntry
from helpline.models import Interaction
from tests.factories import people
from tests.helpline.conftest import CALLER, call_params, post
from tests.staff import AGENT, MARKETING, REGIONAL, make_staff

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
SID = call_params()["CallSid"]
LIVE, MY_CALL = "/admin/helpline/live/calls/", "/admin/helpline/live/my-call/"
AGENT_PHONE = "+447400123201"


@pytest.fixture
def agent():
    user = make_staff(AGENT)
    user.helpline_lines.create(phone=AGENT_PHONE, on_duty=True, speaks_welsh=True)
    return user


def ring(client):
    assert post(client, "/twilio/voice/incoming/", call_params()).status_code == 200


def answer(client, to=AGENT_PHONE):
    params = {"CallSid": "CA" + "2" * 32, "ParentCallSid": SID, "AccountSid": "AC0",
              "From": CALLER, "To": to, "CallStatus": "in-progress",
              "Direction": "outbound-dial"}
    assert post(client, "/twilio/voice/status/", params).status_code == 204


def test_a_ringing_call_is_marked_live_on_the_page_and_in_the_fragment(client, agent):
    ring(client)
    client.force_login(agent)
    page = client.get("/admin/helpline/").content.decode()
    fragment = client.get(LIVE)
    for html in (page, fragment.content.decode()):
        assert "Live: Ringing" in html and "07400 123123" in html
        assert "1 call ringing or in progress." in html
    assert 'data-live-calls="/admin/helpline/live/calls/"' in page
    assert 'aria-live="polite"' in page
    assert "helpline/live-calls" in page  # the script, from our static files
    assert fragment["Cache-Control"] == "private, no-store"
    call = Interaction.objects.get()
    assert AuditEntry.objects.filter(user=agent, action="list", object_id=str(call.pk),
                                     path=LIVE).exists()


def test_a_finished_call_is_no_longer_live(client, agent):
    ring(client)
    post(client, "/twilio/voice/status/", call_params(CallStatus="completed", CallDuration="9"))
    client.force_login(agent)
    html = client.get(LIVE).content.decode()
    assert "Live:" not in html and "No calls are ringing or in progress." in html


def test_an_unchanged_fragment_answers_304_and_is_not_audited_again(client, agent):
    ring(client)
    client.force_login(agent)
    first = client.get(LIVE)
    entries = AuditEntry.objects.count()
    again = client.get(LIVE, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and AuditEntry.objects.count() == entries
    answer(client)  # the call moves on: new rows, shown and audited
    changed = client.get(LIVE, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and "Live: In progress" in changed.content.decode()
    assert AuditEntry.objects.count() > entries


def test_live_calls_stay_inside_the_wall(client):
    ring(client)  # a national call
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert "07400 123123" not in client.get(LIVE).content.decode()


def test_the_agent_who_answers_a_known_caller_sees_their_person(client, agent):
    sian = people.contact(first_name="Siân", last_name="Llŷr", phone=CALLER)
    ring(client)
    client.force_login(agent)
    assert "Call from" not in client.get(MY_CALL).content.decode()
    answer(client)
    html = client.get(MY_CALL).content.decode()
    assert f'href="/admin/helpline/contacts/{sian.pk}/"' in html
    assert "Call from Siân Llŷr — open their page" in html
    page = client.get("/admin/helpline/").content.decode()
    assert "Call from Siân Llŷr" in page  # without JavaScript, on load
    call = Interaction.objects.get()
    assert f"/admin/helpline/contacts/{sian.pk}/callback/?call={call.pk}" in page  # book one
    assert AuditEntry.objects.filter(user=agent, object_id=str(call.pk), path=MY_CALL).exists()


def test_the_agent_who_answers_a_new_caller_is_offered_to_add_them(client, agent):
    ring(client)
    answer(client)
    call = Interaction.objects.get()
    client.force_login(agent)
    html = client.get(MY_CALL).content.decode()
    assert "New caller 07400 123123 — add them" in html
    assert f'href="/admin/helpline/contacts/new/?call={call.pk}"' in html


def test_only_the_agent_who_answered_gets_the_pop(client, agent):
    ring(client)
    answer(client)
    client.force_login(make_staff(AGENT))
    assert "New caller" not in client.get(MY_CALL).content.decode()


def test_staff_who_may_not_see_calls_get_no_poller(client):
    ring(client)
    client.force_login(make_staff(MARKETING))
    assert client.get(LIVE).status_code == 302  # Wagtail's refusal
