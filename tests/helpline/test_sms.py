"""A text message from a contact's page: stored, sent after commit through the real twilio
Client (at a local fake API), in the contact's language, with delivery status callbacks."""

import pytest
from twilio.request_validator import RequestValidator

from helpline.models import Interaction, SmsTemplate
from tests.factories import people
from tests.helpers import run_worker
from tests.helpline.test_contacts_and_calls import staff

pytestmark = pytest.mark.django_db
BASE = "https://adopt.example.org"


@pytest.fixture(autouse=True)
def sms_settings(settings):
    settings.SMS_BACKEND = "twilio"
    settings.TWILIO_ACCOUNT_SID = "AC" + "0" * 32
    settings.TWILIO_AUTH_TOKEN = "test-token"
    settings.TWILIO_SMS_FROM = "+447400000001"
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def contact():
    return people.contact(first_name="Elin", last_name="Ŷr", language="cy", phone="+447400111222")


def status_callback(client, sid, status, sign=True):
    params = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32}
    signature = RequestValidator("test-token").compute_signature(
        BASE + "/twilio/sms/status/", params) if sign else ""
    return client.post("/twilio/sms/status/", params, headers={"X-Twilio-Signature": signature})


def test_send_a_welsh_text_and_follow_its_delivery(
        client, settings, twilio_api, contact, django_capture_on_commit_callbacks):
    client.force_login(staff())
    template = SmsTemplate.objects.get(key="information-pack")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/helpline/contacts/{contact.pk}/sms/", {
            "sms-template": template.pk, "sms-phone": "+447400111222", "sms-language": "cy"})
    message = Interaction.objects.get(kind="sms")
    assert (message.status, message.to_number) == ("queued", "+447400111222")
    assert not twilio_api.requests  # nothing sent inside the request
    run_worker()
    sent = twilio_api.requests[0]["form"]
    assert sent["To"] == ["+447400111222"]
    assert sent["Body"][0].startswith("Adopt Cymru: Helo Elin")
    assert sent["StatusCallback"] == [BASE + "/twilio/sms/status/"]
    message.refresh_from_db()
    assert message.twilio_sid.startswith("SM")

    assert status_callback(client, message.twilio_sid, "delivered").status_code == 204
    assert status_callback(client, message.twilio_sid, "sent").status_code == 204  # late
    message.refresh_from_db()
    assert message.status == "delivered"
    assert status_callback(client, message.twilio_sid, "failed", sign=False).status_code == 403
    html = client.get(f"/admin/helpline/contacts/{contact.pk}/").content.decode()
    assert "Helo Elin" in html and "Delivered" in html


def test_a_provider_error_is_recorded_not_lost(
        client, settings, twilio_api, contact, django_capture_on_commit_callbacks):
    twilio_api.statuses = [500]
    client.force_login(staff())
    template = SmsTemplate.objects.get(key="missed-call")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/helpline/contacts/{contact.pk}/sms/", {
            "sms-template": template.pk, "sms-phone": "+447400111222", "sms-language": "en"})
    run_worker()
    message = Interaction.objects.get(kind="sms")
    assert message.status == "failed" and "Not sent" in message.follow_up
    assert message.notes.startswith("Adopt Cymru: Hello Elin")
