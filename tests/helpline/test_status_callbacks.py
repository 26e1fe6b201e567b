"""Status callbacks arrive repeated, late and out of order; the record only moves forward."""

import datetime

import pytest

from helpline.models import Interaction
from tests.helpline.conftest import CALLER, LINE_NUMBER, call_params, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
SID = call_params()["CallSid"]
STATUS = "/twilio/voice/status/"
ENDED = "Wed, 02 Dec 2026 11:04:05 +0000"


def status(client, **params):
    response = post(client, STATUS, call_params(**params))
    assert response.status_code == 204
    return Interaction.objects.get(twilio_sid=params.get("CallSid", SID))


def leg(client, to, leg_status, n=1):
    params = {"CallSid": f"CA{n:032d}", "ParentCallSid": SID, "AccountSid": "AC0",
              "From": CALLER, "To": to, "CallStatus": leg_status,
              "Direction": "outbound-dial", "Timestamp": f"Wed, 02 Dec 2026 11:00:3{n} +0000"}
    assert post(client, STATUS, params).status_code == 204
    return Interaction.objects.get(twilio_sid=SID)


def test_a_late_ringing_never_reopens_a_completed_call(client):
    post(client, "/twilio/voice/incoming/", call_params())
    call = status(client, CallStatus="completed", CallDuration="245", Timestamp=ENDED)
    late = status(client, CallStatus="ringing")
    late_progress = status(client, CallStatus="in-progress")
    for record in (call, late, late_progress):
        assert (record.status, record.duration_seconds) == ("completed", 245)
        assert record.ended_at == datetime.datetime(2026, 12, 2, 11, 4, 5, tzinfo=datetime.UTC)


def test_one_finished_state_is_final(client):
    status(client, CallStatus="no-answer", CallDuration="0")
    assert status(client, CallStatus="completed", CallDuration="30").status == "no-answer"
    assert Interaction.objects.get(twilio_sid=SID).duration_seconds == 0


def test_repeated_callbacks_change_nothing(client):
    first = status(client, CallStatus="completed", CallDuration="61", Timestamp=ENDED)
    again = status(client, CallStatus="completed", CallDuration="61", Timestamp=ENDED)
    assert Interaction.objects.filter(twilio_sid=SID).count() == 1
    assert (again.status, again.duration_seconds, again.ended_at) == (
        first.status, first.duration_seconds, first.ended_at)


def test_statuses_only_move_forward(client):
    assert status(client, CallStatus="in-progress").status == "in-progress"
    assert status(client, CallStatus="ringing").status == "in-progress"
    assert status(client, CallStatus="queued").status == "in-progress"
    assert status(client, CallStatus="busy").status == "busy"


def test_an_unknown_call_is_created_from_its_status_callback(client):
    call = status(client, CallSid="CA" + "9" * 32, CallStatus="ringing")
    assert (call.kind, call.direction, call.from_number, call.to_number) == (
        "call", "in", CALLER, LINE_NUMBER)
    assert call.status == "ringing"


def test_the_first_agent_leg_to_answer_is_the_agent(client, agents):
    post(client, "/twilio/voice/incoming/", call_params())
    leg(client, agents["welsh"].phone, "ringing", 1)
    leg(client, agents["english"].phone, "ringing", 2)
    call = leg(client, agents["english"].phone, "in-progress", 2)
    assert call.agent == agents["english"].user and call.status == "in-progress"
    assert call.answered_at == datetime.datetime(2026, 12, 2, 11, 0, 32, tzinfo=datetime.UTC)
    leg(client, agents["welsh"].phone, "in-progress", 1)  # late, or a repeat: no change
    call = leg(client, agents["welsh"].phone, "canceled", 1)
    assert call.agent == agents["english"].user and call.status == "in-progress"
    assert call.answered_at.second == 32


def test_a_client_leg_is_matched_by_identity(client, agents):
    call = leg(client, "client:ann-desk", "in-progress")
    assert call.agent == agents["browser"].user and call.answered_at


def test_unanswered_legs_do_not_finish_the_call(client, agents):
    post(client, "/twilio/voice/incoming/", call_params())
    call = leg(client, agents["welsh"].phone, "no-answer")
    assert (call.status, call.answered_at, call.agent) == ("ringing", None, None)


def test_a_status_callback_without_a_call_sid_still_gets_204(client):
    assert post(client, STATUS, {"AccountSid": "AC0"}).status_code == 204


def test_finishing_enqueues_one_fetch_of_twilios_details(
        client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        status(client, CallStatus="in-progress")
    assert callbacks == []
    with django_capture_on_commit_callbacks() as callbacks:
        status(client, CallStatus="completed", CallDuration="12")
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks() as callbacks:
        status(client, CallStatus="completed", CallDuration="12")
    assert callbacks == []


def test_the_incoming_webhook_completes_a_record_a_leg_created(client, agents):
    leg(client, agents["english"].phone, "in-progress")  # the parent row did not exist yet
    post(client, "/twilio/voice/incoming/", call_params())
    call = Interaction.objects.get(twilio_sid=SID)
    assert (call.from_number, call.to_number, call.status) == (CALLER, LINE_NUMBER, "in-progress")
    assert call.agent == agents["english"].user


@pytest.mark.parametrize("odd", ["sent", "delivered", "initiated", "nonsense", ""])
def test_statuses_that_are_not_call_statuses_change_nothing(client, odd):
    status(client, CallStatus="ringing")
    call = status(client, CallStatus=odd)
    assert call.status == "ringing" and call.ended_at is None
