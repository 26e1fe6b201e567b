"""The retention job with the clock moved forward: what is past its time is deleted or
anonymised, what is held or still active stays, recordings go at Twilio, the dashboards' figures
do not move, and every batch leaves an audit entry."""

import uuid
from io import StringIO

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from bookings.models import Booking
from enquiries.dashboard import figures
from enquiries.models import AuditEntry, Contact, Enquiry, EnquiryEvent
from helpline import dashboard as helpline_dashboard
from helpline.models import Interaction
from privacy import retention
from privacy.models import LegalHold
from tests.factories import people

pytestmark = pytest.mark.django_db


def months_on(months):
    return timezone.localdate() + relativedelta(months=months)


def call_from(person, **fields):
    return Interaction.objects.create(**{
        "contact": person, "kind": "call", "from_number": "+447700900123",
        "notes": "Asked about fostering to adopt", "topics": "events",
        "twilio_sid": f"CA{uuid.uuid4().hex}", "region": people.region("north-wales"),
        **fields})


def test_a_dry_run_counts_what_would_go_and_changes_nothing():
    enquiry = people.enquiry("north-wales", first_name="Gwen")
    report = retention.apply(today=months_on(25), dry_run=True)
    assert report["enquiry-no-contact"].count >= 1
    assert enquiry.pk in Enquiry.objects.filter(
        pk__in=report["enquiry-no-contact"].examples + [enquiry.pk]).values_list("pk", flat=True)
    enquiry.refresh_from_db()
    assert enquiry.first_name == "Gwen" and enquiry.anonymised_at is None
    assert not AuditEntry.objects.filter(action="retention").exists()


def test_an_old_enquiry_is_anonymised_and_its_person_forgotten_with_the_counts_kept():
    enquiry = people.enquiry("north-wales", first_name="Gwen", message="We live in Bangor",
                             phone="07700 900123")
    person = enquiry.contact
    before = figures.per_region(Enquiry.objects.all())
    totals = figures.summary(Enquiry.objects.all())
    report = retention.apply(today=months_on(25))
    enquiry.refresh_from_db()
    person.refresh_from_db()
    assert report["enquiry-no-contact"].count >= 1
    assert (enquiry.first_name, enquiry.message, enquiry.anonymised_at is not None) == (
        "", "", True)
    assert enquiry.region.slug == "north-wales" and enquiry.interest == "adopting"
    assert (person.first_name, person.anonymised_at is not None) == ("", True)
    assert str(person) == "Anonymised person"
    assert not person.emails.exists() and not person.phones.exists()
    assert figures.per_region(Enquiry.objects.all()) == before
    assert figures.summary(Enquiry.objects.all())["total"] == totals["total"]


def test_a_recent_a_still_active_and_a_held_enquiry_are_kept():
    recent = people.enquiry("north-wales", first_name="Recent")
    active = people.enquiry("north-wales", first_name="Active")
    EnquiryEvent.objects.filter(enquiry=active).update(at=timezone.now() + relativedelta(
        months=20))  # staff were in touch twenty months on
    held = people.enquiry("north-wales", first_name="Held")
    LegalHold.objects.create(contact=held.contact, reason="Complaint under investigation")
    retention.apply(today=months_on(1))
    retention.apply(today=months_on(25))
    for enquiry, kept in ((recent, False), (active, True), (held, True)):
        enquiry.refresh_from_db()
        assert (enquiry.anonymised_at is None) == kept, enquiry.first_name
    LegalHold.objects.filter(contact=held.contact).update(lifted_at=timezone.now(),
                                                          lift_reason="Complaint closed")
    retention.apply(today=months_on(25))
    held.refresh_from_db()
    assert held.anonymised_at is not None


def test_closed_enquiries_follow_their_own_rule():
    closed = people.enquiry("north-wales", first_name="Closed")
    Enquiry.objects.filter(pk=closed.pk).update(status="closed")
    retention.apply(today=months_on(25))  # past "no further contact", not past "closed"
    closed.refresh_from_db()
    assert closed.anonymised_at is None
    retention.apply(today=months_on(37))
    closed.refresh_from_db()
    assert closed.anonymised_at is not None


def test_old_calls_are_anonymised_and_the_helpline_figures_kept():
    person = people.contact("Ifan", "Rhys", phone="+447700900123")
    call = call_from(person, status="completed", answered_at=timezone.now())
    staff = get_user_model().objects.create_superuser("ig-lead", password="x" * 16)
    today = timezone.localdate()
    before = helpline_dashboard.calls(staff, today, today)
    retention.apply(today=months_on(25))
    call.refresh_from_db()
    assert (call.contact, call.from_number, call.notes, call.topics) == (None, "", "", "")
    assert call.outcome_id is None and call.region.slug == "north-wales"
    assert helpline_dashboard.calls(staff, today, today) == before
    person.refresh_from_db()
    assert person.anonymised_at is not None


def test_recordings_are_deleted_at_twilio_and_here(twilio_api):
    url = twilio_api.add_recording("REold", b"ID3 voicemail")
    call = call_from(None, kind="voicemail", recording_url=url)
    kept = call_from(None, kind="voicemail", recording_url=twilio_api.add_recording(
        "REnew", b"ID3 voicemail"))
    Interaction.objects.filter(pk=kept.pk).update(queued_at=timezone.now() + relativedelta(
        months=3))
    twilio_api.statuses.append(500)  # Twilio fails once: the recording waits for the next run
    report = retention.apply(today=months_on(4))
    call.refresh_from_db()
    assert report["voicemail-recording"].failed == 1 and call.recording_url == url
    retention.apply(today=months_on(4))
    call.refresh_from_db()
    deletes = [r["path"] for r in twilio_api.requests if r["method"] == "DELETE"]
    assert deletes[-1].endswith("/Recordings/REold.json")
    assert call.recording_url == "" and "REold" not in twilio_api.recordings
    kept.refresh_from_db()
    assert kept.recording_url and "REnew" in twilio_api.recordings


def test_a_recording_twilio_no_longer_holds_is_forgotten(twilio_api):
    call = call_from(None, kind="voicemail", recording_url=twilio_api.add_recording(
        "REgone", b"x"))
    del twilio_api.recordings["REgone"]  # deleted in Twilio's console by hand
    retention.apply(today=months_on(4))
    call.refresh_from_db()
    assert call.recording_url == ""


def test_text_messages_are_deleted_and_bookings_anonymised():
    person = people.contact("Nia", "Lewis", phone="+447700900123")
    text = Interaction.objects.create(contact=person, kind="sms", direction="out",
                                      to_number="+447700900123", notes="See you on Tuesday")
    booking = Booking.objects.create(event_key=uuid.uuid4(), contact=person, first_name="Nia",
                                     last_name="Lewis", email="nia@example.org", places=2,
                                     language="cy", attended=True)
    retention.apply(today=months_on(13))
    assert not Interaction.objects.filter(pk=text.pk).exists()
    booking.refresh_from_db()
    assert (booking.first_name, booking.email, booking.places, booking.attended) == (
        "", "", 2, True)
    assert Contact.objects.get(pk=person.pk).anonymised_at is not None


def test_every_batch_leaves_an_audit_entry():
    for n in range(5):
        people.enquiry("north-wales", first_name=f"Batch {n}")
    report = retention.apply(today=months_on(25), batch_size=2)
    outcome = report["enquiry-no-contact"]
    entries = AuditEntry.objects.filter(action="retention", object_type="enquiry",
                                        detail__startswith="enquiry-no-contact")
    assert outcome.batches >= 3 and entries.count() == outcome.batches
    assert sum(entries.values_list("hits", flat=True)) == outcome.count
    assert set(entries.values_list("actor", flat=True)) == {"system"}


def test_a_run_that_finds_nothing_is_recorded_too():
    retention.apply(today=timezone.localdate())
    retention.apply(today=timezone.localdate())
    runs = AuditEntry.objects.filter(action="retention-run")
    assert runs.count() == 2
    assert "enquiry-no-contact: anonymise" in runs.first().detail


def test_old_audit_entries_go_by_the_schedule_only():
    AuditEntry.objects.create(actor="someone", action="view", object_type="contact")
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.all().delete()
    if connection.vendor == "postgresql":  # and no SQL gets round the trigger
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM enquiries_auditentry")
    report = retention.apply(today=months_on(73))
    assert report["audit-entry"].count >= 1
    assert not AuditEntry.objects.exclude(action__startswith="retention").exists()
    if connection.vendor == "postgresql":  # the job's permission ended with its transaction
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM enquiries_auditentry")


def test_audit_entries_about_a_person_on_hold_stay_with_them():
    person = people.contact("Held", "Person")
    LegalHold.objects.create(contact=person, reason="Court case")
    AuditEntry.objects.create(actor="someone", action="view", object_type="contact",
                              object_id=str(person.pk), contact_id=person.pk)
    AuditEntry.objects.create(actor="someone", action="view", object_type="contact")
    retention.apply(today=months_on(73))
    assert list(AuditEntry.objects.exclude(action__startswith="retention").values_list(
        "contact_id", flat=True)) == [person.pk]


def test_the_command_reports_a_dry_run_per_kind():
    people.enquiry("north-wales")
    out = StringIO()
    call_command("apply_retention", "--dry-run", "--today", str(months_on(25)), stdout=out)
    lines = out.getvalue().splitlines()
    assert any(line.startswith("enquiry-no-contact: would anonymise ") for line in lines)
    assert len(lines) == 7
    assert Enquiry.objects.filter(anonymised_at__isnull=False).count() == 0
