"""fetch_call_details with the real twilio Client against a local fake of the REST API."""

import datetime

import pytest
from django_tasks_db.models import DBTaskResult
from twilio.base.exceptions import TwilioRestException

from helpline.models import Interaction
from helpline.tasks import fetch_call_details
from tests.helpers import run_worker
from tests.helpline.conftest import ACCOUNT, call_params, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
SID = call_params()["CallSid"]
UTC = datetime.UTC


def twilio_call(api, **fields):
    api.add_call(SID, duration="187", start_time="Wed, 02 Dec 2026 11:00:01 +0000",
                 end_time="Wed, 02 Dec 2026 11:03:08 +0000", **fields)


@pytest.fixture
def call(client):
    post(client, "/twilio/voice/incoming/", call_params())
    return Interaction.objects.get(twilio_sid=SID)


def test_twilios_own_duration_start_and_end_are_stored(twilio_api, call):
    twilio_call(twilio_api)
    assert fetch_call_details.call(SID) == "completed"
    request = twilio_api.requests[0]
    assert request["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{SID}.json"
    assert request["auth"].startswith("Basic ")
    call.refresh_from_db()
    assert call.duration_seconds == 187
    assert call.queued_at == datetime.datetime(2026, 12, 2, 11, 0, 1, tzinfo=UTC)
    assert call.ended_at == datetime.datetime(2026, 12, 2, 11, 3, 8, tzinfo=UTC)
    assert call.status == "completed"


def test_twilio_cannot_move_a_finished_call_back(twilio_api, call, client):
    post(client, "/twilio/voice/status/", call_params(CallStatus="busy"))
    twilio_call(twilio_api, status="in-progress")
    assert fetch_call_details.call(SID) == "busy"


def test_a_call_twilio_does_not_know_records_nothing_and_is_raised(twilio_api, call):
    twilio_call(twilio_api)
    twilio_api.statuses.append(404)
    before = Interaction.objects.filter(pk=call.pk).values().get()
    with pytest.raises(TwilioRestException) as error:
        fetch_call_details.call(SID)
    assert error.value.status == 404
    assert Interaction.objects.filter(pk=call.pk).values().get() == before
    assert not DBTaskResult.objects.filter(
        task_path="helpline.tasks.fetch_call_details").exists()  # not retried


@pytest.mark.parametrize("fault", [500, "hang"])
def test_a_server_error_or_a_hung_api_is_tried_again_later(twilio_api, call, settings, fault):
    settings.TWILIO_TIMEOUT = 0.5
    twilio_call(twilio_api)
    twilio_api.statuses.append(fault)
    before = Interaction.objects.filter(pk=call.pk).values().get()
    assert fetch_call_details.call(SID) == "retrying"
    assert Interaction.objects.filter(pk=call.pk).values().get() == before
    again = DBTaskResult.objects.get(task_path="helpline.tasks.fetch_call_details")
    assert again.args_kwargs["args"] == [SID, 1]
    wait = (again.run_after - datetime.datetime.now(UTC)).total_seconds()
    assert 25 < wait <= 30  # the first of RETRY_DELAYS
    assert fetch_call_details.call(SID, 1) == "completed"  # the API answers this time
    call.refresh_from_db()
    assert call.duration_seconds == 187


def test_the_last_attempt_is_raised(twilio_api, call):
    from helpline.tasks import RETRY_DELAYS

    twilio_call(twilio_api)
    twilio_api.statuses.append(500)
    with pytest.raises(TwilioRestException):
        fetch_call_details.call(SID, len(RETRY_DELAYS))


def test_the_worker_fetches_details_after_the_call_finishes(
        client, twilio_api, call, django_capture_on_commit_callbacks):
    twilio_call(twilio_api)
    with django_capture_on_commit_callbacks(execute=True):
        post(client, "/twilio/voice/status/", call_params(CallStatus="completed",
                                                           CallDuration="185"))
    run_worker()
    call.refresh_from_db()
    assert call.duration_seconds == 187  # Twilio's own figure replaces the callback's
    result = DBTaskResult.objects.get(task_path="helpline.tasks.fetch_call_details")
    assert result.status == "SUCCESSFUL"


def test_a_failed_fetch_shows_as_a_failed_task(
        client, twilio_api, call, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, "/twilio/voice/status/", call_params(CallStatus="completed",
                                                           CallDuration="185"))
    run_worker()
    call.refresh_from_db()
    assert call.duration_seconds == 185
    result = DBTaskResult.objects.get(task_path="helpline.tasks.fetch_call_details")
    assert result.status == "FAILED"
