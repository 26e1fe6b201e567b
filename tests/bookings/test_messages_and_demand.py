"""Reminders (planned once, two days and two hours before), editors' templates with
placeholders that cannot crash sending, retries of a failing provider, and bookings as
demand for the event's region."""

import datetime

import pytest
from django.core import mail

from bookings import events, messages, places, reminders
from bookings.models import BookingMessage, BookingMessageTemplate
from enquiries.models import Enquiry
from tests.bookings.helpers import event, new_booking
from tests.factories import people
from tests.helpers import run_worker

pytestmark = pytest.mark.django_db


def test_reminders_are_planned_once_each_and_only_when_due(django_capture_on_commit_callbacks):
    page = event(capacity=10, days_from_today=5)
    booking = new_booking(page, "remind@example.org", language="cy")
    start = events.starts_at(page)
    assert reminders.plan_due(start - datetime.timedelta(days=3)) == 0
    two_days = start - datetime.timedelta(hours=47)
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.plan_due(two_days) == 1
    assert reminders.plan_due(two_days) == 0  # a second run plans nothing twice
    assert reminders.plan_due(start - datetime.timedelta(minutes=90)) == 1
    assert reminders.plan_due(start + datetime.timedelta(minutes=1)) == 0
    assert sorted(booking.messages.values_list("purpose", flat=True)) == [
        "confirmation", "reminder-2d", "reminder-2h"]
    run_worker()
    reminder = next(m for m in mail.outbox if "ymhen deuddydd" in m.subject)
    assert "Annwyl Elin" in reminder.body


def test_cancelled_or_waiting_bookings_get_no_reminder():
    page = event(capacity=1, days_from_today=5)
    new_booking(page, "held@example.org")
    waiting = new_booking(page, "waiting@example.org")
    places.cancel(new_booking(page, "gone@example.org"))
    assert waiting.status == "waiting"
    assert reminders.plan_due(events.starts_at(page) - datetime.timedelta(hours=47)) == 1


def test_a_late_booking_gets_no_two_day_reminder():
    page = event(capacity=5, days_from_today=1)
    new_booking(page, "late@example.org")
    assert reminders.plan_due() == 0  # booked after "two days before"


def test_editors_words_are_used_and_unknown_placeholders_are_left_as_written():
    BookingMessageTemplate.objects.filter(purpose="confirmation", channel="email").update(
        subject="Croeso {first_name} {not_a_placeholder} {", subject_cy="Croeso {first_name}",
        body="Hello {first_name}: {event.__class__} {0}", body_cy="Helo {first_name}")
    page = event(capacity=5)
    booking = new_booking(page, "words@example.org")
    message = booking.messages.get(purpose="confirmation", channel="email")
    subject, body, attachments = messages.render(message)
    assert subject == "Croeso Elin {not_a_placeholder} {"
    assert body == "Hello Elin: {event.__class__} {0}"
    assert attachments and attachments[0][0].endswith(".ics")


def test_a_deleted_template_falls_back_to_the_seeded_words():
    BookingMessageTemplate.objects.filter(purpose="cancelled").delete()
    page = event(capacity=5)
    booking = places.cancel(new_booking(page, "gone@example.org", language="cy"))
    subject, body, _ = messages.render(booking.messages.get(purpose="cancelled"))
    assert subject.startswith("Archeb wedi'i chanslo") and "Annwyl Elin" in body


def test_every_purpose_and_channel_is_seeded_in_both_languages():
    seeded = BookingMessageTemplate.objects.all()
    assert seeded.count() == 14
    assert all(t.body and t.body_cy and t.body != t.body_cy for t in seeded)


def test_a_failing_provider_is_retried_and_the_booking_kept(settings, monkeypatch):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    page = event(capacity=5)
    booking = new_booking(page, "retry@example.org")
    message = booking.messages.get()
    from bookings.tasks import send_booking_message

    assert send_booking_message.call(message.pk) == "retrying"
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("pending", 1) and message.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_booking_message.call(message.pk) == "sent"
    assert BookingMessage.objects.get(pk=message.pk).status == "sent"


def test_a_new_person_is_demand_for_the_events_region_and_a_known_one_is_not():
    page = event(capacity=5, region_slug="western-bay")
    booking = new_booking(page, "newcomer@example.org", language="cy")
    enquiry = booking.enquiry
    assert enquiry.interest == "information-event" and enquiry.route == "event"
    assert enquiry.region == people.region("western-bay")
    assert enquiry.contact == booking.contact
    # The region hears of them; the booker gets the booking's messages, not an enquiry's.
    assert list(enquiry.notifications.values_list("purpose", flat=True)) == ["region-alert"]

    known = people.enquiry(region_slug="north-wales", first_name="Elin", last_name="Prawf",
                           email="known@example.org")
    again = new_booking(page, "known@example.org")
    assert again.contact == known.contact and again.enquiry is None
    assert Enquiry.objects.filter(contact=known.contact).count() == 1


def test_a_message_left_by_a_killed_worker_is_taken_again_by_the_sweep(settings):
    from django.utils import timezone

    from portal import queue

    page = event(capacity=5)
    message = new_booking(page, "lost@example.org").messages.get()
    long_ago = timezone.now() - datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS + 1)
    BookingMessage.objects.filter(pk=message.pk).update(attempts=1, attempt_started_at=long_ago)
    assert queue.sweep()["booking_messages"] == 1
    assert queue.sweep()["booking_messages"] == 0
    run_worker()
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 2)


def test_only_a_booking_makes_an_information_event_enquiry_no_form_offers_it():
    from enquiries.forms import EnquiryForm
    from helpline.staff.forms import RaiseEnquiryForm

    for form in (EnquiryForm(), RaiseEnquiryForm()):
        offered = {code for code, _label in form.fields["interest"].choices}
        assert "information-event" not in offered and "adopting" in offered
