"""What the retention schedule and an erasure do to each kind of record. Anonymising keeps a row
and everything the dashboards count (region, agency, council, interest, campaign, status, dates,
outcome, places, attendance) and removes who it was. Every function takes a queryset of rows
already chosen, works in the caller's transaction and returns how many rows it changed.

A recording is deleted at Twilio first and then forgotten here; a recording Twilio would not
delete stays, and the next run tries again."""

import logging
import re

from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from twilio.base.exceptions import TwilioRestException

from bookings.models import Booking, BookingMessage
from enquiries.models import (
    AuditEntry,
    Contact,
    ContactEmail,
    ContactPhone,
    Enquiry,
    EnquiryEvent,
    Notification,
    PossibleMatch,
)
from helpline.models import Callback, Interaction
from portal.twilio import twilio_client

logger = logging.getLogger(__name__)
RECORDING_SID = re.compile(r"/Recordings/(RE[^/.?]+)")
ERASED = "[removed]"  # stands in for required text that is gone


def enquiries(rows) -> int:
    ids = list(rows.values_list("pk", flat=True))
    EnquiryEvent.objects.filter(enquiry_id__in=ids, kind="note").update(text=ERASED)
    Notification.objects.filter(enquiry_id__in=ids).update(recipient="", last_error="")
    return Enquiry.objects.filter(pk__in=ids).update(
        first_name="", last_name="", postcode="", message="", closed_reason="",
        submission_token=None, anonymised_at=timezone.now())


def calls(rows) -> int:
    """Calls, voicemails, emails and notes logged on the helpline: the count and the outcome
    stay, the numbers, notes and the person go (and their recording, by `recordings` first)."""
    ids = list(rows.values_list("pk", flat=True))
    Callback.objects.filter(interaction_id__in=ids).update(phone="", note="", result="",
                                                           contact=None)
    return Interaction.objects.filter(pk__in=ids).update(
        contact=None, from_number="", to_number="", notes="", topics="", follow_up="",
        anonymised_at=timezone.now())


def recordings(rows) -> tuple[int, list]:
    """Delete each recording at Twilio (TWILIO_TIMEOUT applies), then our link to it.
    Returns (deleted, the ids of calls whose recording Twilio kept): those keep their link for
    the next run."""
    deleted, failed = 0, []
    client = twilio_client()
    for call in rows.only("pk", "recording_url"):
        match = RECORDING_SID.search(call.recording_url)
        if match:
            try:
                client.recordings(match.group(1)).delete()
            except TwilioRestException as error:
                if error.status != 404:  # 404: Twilio no longer holds it
                    logger.warning("Recording of call %s not deleted: %s", call.pk, error)
                    failed.append(call.pk)
                    continue
            except Exception as error:  # noqa: BLE001 - a timeout or refusal: try next run
                logger.warning("Recording of call %s not deleted: %s", call.pk, error)
                failed.append(call.pk)
                continue
        Interaction.objects.filter(pk=call.pk).update(recording_url="")
        deleted += 1
    return deleted, failed


def text_messages(rows) -> int:
    """Text messages logged on the helpline are deleted outright."""
    return rows.model.objects.filter(pk__in=list(rows.values_list("pk", flat=True))).delete()[0]


def bookings(rows) -> int:
    ids = list(rows.values_list("pk", flat=True))
    BookingMessage.objects.filter(booking_id__in=ids).update(recipient="", body="",
                                                             last_error="")
    return Booking.objects.filter(pk__in=ids).update(
        first_name="", last_name="", email="", phone="", access_needs="", submission_token=None,
        anonymised_at=timezone.now())


def audit_entries(rows) -> int:
    """Old audit entries, deleted by the schedule only: the model and (on PostgreSQL) a trigger
    refuse every other deletion (privacy/migrations/0003)."""
    ids = list(rows.values_list("pk", flat=True))
    if not ids:
        return 0
    table = AuditEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL portal.retention = 'on'")
        cursor.execute(f"DELETE FROM {table} WHERE id IN ({', '.join(['%s'] * len(ids))})", ids)
        count = cursor.rowcount
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL portal.retention = 'off'")
    return count


def forget_people(contact_ids) -> int:
    """Contacts with nothing left that says who they are: no enquiry, booking or call of theirs
    that is not anonymised. Their names, emails and phones go; the row stays for the counts."""
    left = (Q(Exists(Enquiry.objects.filter(contact=OuterRef("pk"), anonymised_at__isnull=True)))
            | Q(Exists(Booking.objects.filter(contact=OuterRef("pk"), anonymised_at__isnull=True)))
            | Q(Exists(Interaction.objects.filter(contact=OuterRef("pk")))))
    people = list(Contact.objects.filter(pk__in=set(contact_ids), anonymised_at__isnull=True)
                  .exclude(left).values_list("pk", flat=True))
    if not people:
        return 0
    Callback.objects.filter(contact_id__in=people).update(phone="", note="", result="",
                                                          contact=None)
    PossibleMatch.objects.filter(Q(new_id__in=people) | Q(existing_id__in=people)).delete()
    ContactEmail.objects.filter(contact_id__in=people).delete()
    ContactPhone.objects.filter(contact_id__in=people).delete()
    return Contact.objects.filter(pk__in=people).update(
        first_name="", last_name="", folded_name="", anonymised_at=timezone.now())
