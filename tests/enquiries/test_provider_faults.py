"""A provider that hangs or hangs up is a failed attempt, retried like any other: each of these
ends with the enquiry stored and every notification delivered exactly once, through real
servers on loopback (tests/loopback.py, tests/fakes.py)."""

import email
from email import policy

import pytest
from django.core.cache import cache

from enquiries.models import Enquiry, Notification
from tests.enquiries.helpers import form_data
from tests.helpers import run_worker
from tests.loopback import SmtpServer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def smtp_to(settings, server):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 1


def submit(client, capture):
    with capture(execute=True):
        response = client.post("/en/enquire/", form_data(language="en"), follow=True)
    enquiry = Enquiry.objects.get()
    assert enquiry.reference in response.content.decode()  # the thank-you page
    return enquiry


def delivered_once(server, enquiry):
    for notification in Notification.objects.filter(enquiry=enquiry, channel="email"):
        texts = [text_of(data) for data in server.received_by(notification.recipient)]
        assert sum(enquiry.reference in text for text in texts) == 1, notification.purpose


def text_of(data):
    message = email.message_from_string(data, policy=policy.default)
    return f"{message['subject']}\n{message.get_body().get_content()}"


@pytest.mark.parametrize(("fault", "error"), [("silent", "timed out"),
                                              ("drop", "SMTPServerDisconnected")])
def test_an_smtp_fault_is_a_failed_attempt_then_the_mail_goes_once(
        client, settings, django_capture_on_commit_callbacks, fault, error):
    server = SmtpServer(upcoming=[fault, fault])  # the first two connections, then it behaves
    try:
        smtp_to(settings, server)
        enquiry = submit(client, django_capture_on_commit_callbacks)
        run_worker()  # retries are due at once in tests, so this runs them too
        emails = Notification.objects.filter(enquiry=enquiry, channel="email")
        assert {n.status for n in emails} == {"sent"}
        assert sum(n.attempts for n in emails) == 4  # two faults, two deliveries
        assert any(error in n.last_error for n in emails)
        delivered_once(server, enquiry)
    finally:
        server.close()


def test_a_hung_twilio_api_times_out_and_the_sms_is_retried_once(
        client, settings, twilio_api, django_capture_on_commit_callbacks):
    settings.TWILIO_TIMEOUT = 1
    twilio_api.statuses = ["hang"]
    enquiry = submit(client, django_capture_on_commit_callbacks)
    run_worker()
    sms = Notification.objects.get(enquiry=enquiry, channel="sms")
    assert (sms.status, sms.attempts) == ("sent", 2)
    assert "timed out" in sms.last_error
    answered = twilio_api.requests[1:]  # the first was never answered
    assert len(answered) == 1 and sms.provider_id == f"SM{2:032d}"
