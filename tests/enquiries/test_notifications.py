"""Confirmations go out after commit, in the enquirer's language, and a failing provider is
retried without ever losing the enquiry."""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import caches

from enquiries.models import Enquiry, Notification
from tests.enquiries.helpers import form_data
from tests.helpers import run_worker, with_mfa

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["limits"].clear()


def submit(client, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/cy/ymholiad/", form_data(**overrides))
    return Enquiry.objects.get()


def test_confirmations_are_sent_in_welsh_by_email_and_sms(
        client, twilio_api, django_capture_on_commit_callbacks):
    enquiry = submit(client, django_capture_on_commit_callbacks)
    assert not mail.outbox and not twilio_api.requests  # nothing sent inside the request
    run_worker()
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}
    confirmation = next(m for m in mail.outbox if m.to == ["sian@example.org"])
    assert enquiry.reference in confirmation.subject
    assert "Annwyl Siân" in confirmation.body
    sms = twilio_api.requests[0]
    assert sms["path"].endswith("/Messages.json")
    assert sms["form"]["To"] == ["+447400123456"]
    assert enquiry.reference in sms["form"]["Body"][0]
    assert "Diolch am eich ymholiad" in sms["form"]["Body"][0]


def test_the_region_alert_carries_no_personal_data(
        client, twilio_api, django_capture_on_commit_callbacks):
    enquiry = submit(client, django_capture_on_commit_callbacks)
    run_worker()
    alert = next(m for m in mail.outbox if m.to != ["sian@example.org"])
    text = alert.subject + alert.body
    assert enquiry.reference in text and f"/admin/enquiries/{enquiry.pk}/" in text
    for personal in ("Siân", "Llŷr", "sian@example.org", "123456", "CF10", "Hoffem"):
        assert personal not in text


def test_a_failing_sms_provider_is_retried_then_succeeds(
        client, twilio_api, django_capture_on_commit_callbacks):
    twilio_api.statuses = [500, 503]
    submit(client, django_capture_on_commit_callbacks)
    for _ in range(3):
        run_worker()
    sms = Notification.objects.get(channel="sms")
    assert (sms.status, sms.attempts) == ("sent", 3)
    assert len(twilio_api.requests) == 3


def test_a_provider_that_keeps_failing_leaves_a_failed_record_and_the_enquiry(
        client, twilio_api, django_capture_on_commit_callbacks):
    twilio_api.statuses = [500] * 10
    enquiry = submit(client, django_capture_on_commit_callbacks)
    for _ in range(6):
        run_worker()
    sms = Notification.objects.get(channel="sms")
    assert (sms.status, sms.attempts) == ("failed", Notification.MAX_ATTEMPTS)
    assert "500" in sms.last_error
    assert Enquiry.objects.filter(pk=enquiry.pk).exists()
    assert Notification.objects.filter(channel="email", status="sent").count() == 2


def test_email_to_an_unreachable_smtp_server_fails_visibly_and_staff_can_retry(
        client, settings, twilio_api, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    submit(client, django_capture_on_commit_callbacks)
    run_worker()
    emails = Notification.objects.filter(channel="email")
    assert {(n.status, n.attempts) for n in emails} == {("failed", Notification.MAX_ATTEMPTS)}
    assert all("ConnectionRefusedError" in n.last_error for n in emails)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    enquiry = Enquiry.objects.get()
    manager = User.objects.create_superuser("manager", password="x" * 16)
    with_mfa(manager)
    client.force_login(manager)
    html = client.get(f"/admin/enquiries/{enquiry.pk}/").content.decode()
    assert html.count("Send again") == 2  # staff see both failures
    with django_capture_on_commit_callbacks(execute=True):
        for notification in emails:
            client.post(f"/admin/enquiries/{enquiry.pk}/retry/",
                        {"notification": notification.pk})
    run_worker()
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}
    assert len(mail.outbox) == 2
