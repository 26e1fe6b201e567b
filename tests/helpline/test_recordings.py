"""Voicemail played through the portal: fetched from Twilio on the server with the account's
credentials (a local fake of the REST API here), streamed with nothing cached, walled and
audited; a hung or forgetful Twilio gets a clear message."""

import pytest
from django.utils import timezone

from enquiries.models import AuditEntry
from helpline.models import Callback, Interaction
from tests.factories import people
from tests.helpline.conftest import ACCOUNT, call_params, post
from tests.loopback import SilentServer
from tests.staff import AGENT, REGIONAL, make_staff

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
AUDIO = b"ID3\x04\x00" + bytes(range(256)) * 40  # any bytes: they must arrive unchanged
RECORDING_SID = "RE" + "7" * 32


@pytest.fixture
def voicemail(client, twilio_api):
    """A caller left a message: the webhooks as Twilio sends them."""
    url = twilio_api.add_recording(RECORDING_SID, AUDIO)
    post(client, "/twilio/voice/incoming/", call_params())
    post(client, "/twilio/voice/recorded/",
         call_params(RecordingUrl=url, RecordingSid=RECORDING_SID))
    return Interaction.objects.get()


def play(client, call, **query):
    return client.get(f"/admin/helpline/calls/{call.pk}/recording/", query)


def test_the_recording_streams_through_the_portal(client, twilio_api, voicemail):
    agent = make_staff(AGENT)
    client.force_login(agent)
    response = play(client, voicemail)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == AUDIO
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"] == f'inline; filename="voicemail-{voicemail.pk}.mp3"'
    fetched = twilio_api.requests[-1]
    assert fetched["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING_SID}.mp3"
    assert fetched["auth"].startswith("Basic ")
    assert AuditEntry.objects.filter(user=agent, action="play-recording",
                                     object_id=str(voicemail.pk)).exists()
    download = play(client, voicemail, download="1")
    assert download["Content-Disposition"].startswith("attachment;")


def test_the_callback_page_plays_it_without_showing_twilios_address(client, voicemail):
    callback = Callback.objects.get()
    client.force_login(make_staff(AGENT))
    html = client.get(f"/admin/helpline/callbacks/{callback.pk}/").content.decode()
    src = f"/admin/helpline/calls/{voicemail.pk}/recording/"
    assert f'<audio controls preload="none" src="{src}">' in html
    assert f"/admin/helpline/calls/{voicemail.pk}/recording/?download=1" in html
    assert "twilio.com" not in html and RECORDING_SID not in html


def test_a_recording_outside_the_wall_answers_404_and_twilio_is_not_asked(
        client, twilio_api, voicemail):
    voicemail.region = people.region("western-bay")
    voicemail.save()
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    asked = len(twilio_api.requests)
    assert play(client, voicemail).status_code == 404
    assert len(twilio_api.requests) == asked


def test_a_call_without_a_recording_answers_404(client):
    call = Interaction.objects.create(from_number="+447400123123")
    client.force_login(make_staff(AGENT))
    assert play(client, call).status_code == 404


def test_only_twilio_is_ever_sent_the_credentials(client, twilio_api):
    call = Interaction.objects.create(from_number="+447400123123",
                                      recording_url="https://elsewhere.example.org/rec")
    client.force_login(make_staff(AGENT))
    assert play(client, call).status_code == 502
    assert not twilio_api.requests


def test_a_recording_twilio_no_longer_holds(client, twilio_api, voicemail):
    twilio_api.recordings.clear()
    client.force_login(make_staff(AGENT))
    response = play(client, voicemail)
    assert response.status_code == 404
    assert "Twilio no longer holds this recording." in response.content.decode()


def test_a_hung_twilio_times_out_with_a_clear_message(client, settings, voicemail):
    hung = SilentServer()
    settings.TWILIO_API_BASE, settings.TWILIO_TIMEOUT = hung.url, 0.5
    try:
        client.force_login(make_staff(AGENT))
        started = timezone.now()
        response = play(client, voicemail)
    finally:
        hung.close()
    assert (timezone.now() - started).total_seconds() < 5
    assert response.status_code == 504
    assert response["Cache-Control"] == "private, no-store"
    assert "Twilio did not send the recording in time." in response.content.decode()
