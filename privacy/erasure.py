"""Erasing a person at their request: every record of theirs (and of contacts merged into
them) treated as the retention schedule would at the end of its time, now. Enquiries, calls and
bookings are anonymised, since the dashboards' counts must stay; text messages, recordings and
their contact details are deleted. Refused while the person is on a legal hold."""

from django.db import transaction

from bookings.models import Booking
from enquiries.audit import audit
from enquiries.models import Enquiry
from helpline.models import Callback, Interaction
from privacy import anonymise
from privacy.models import LegalHold
from privacy.records import person_ids


class ErasureRefused(Exception):
    pass


def _records(people):
    return {
        "enquiries": Enquiry.objects.filter(contact_id__in=people, anonymised_at__isnull=True),
        "calls": Interaction.objects.filter(contact_id__in=people).exclude(kind="sms"),
        "recordings": Interaction.objects.filter(contact_id__in=people).exclude(recording_url=""),
        "texts": Interaction.objects.filter(contact_id__in=people, kind="sms"),
        "bookings": Booking.objects.filter(contact_id__in=people, anonymised_at__isnull=True),
        "callbacks": Callback.objects.filter(contact_id__in=people),
    }


def preview(contact) -> dict:
    """What an erasure would remove, for staff to check before confirming."""
    return _summary(contact, _records(person_ids(contact)))


def _summary(contact, records) -> dict:
    return {
        "emails": list(contact.emails.values_list("address", flat=True)),
        "phones": list(contact.phones.values_list("number", flat=True)),
        "enquiries": list(records["enquiries"].values_list("reference", flat=True)),
        **{kind: records[kind].count() for kind in ("calls", "recordings", "texts", "bookings",
                                                    "callbacks")},
        "on_hold": LegalHold.objects.active().filter(contact=contact).exists(),
    }


def erase(request, contact, reason: str) -> dict:
    """Erase the person; returns what was done. Recordings go at Twilio first: one Twilio
    would not delete leaves the person as they were, to try again."""
    if LegalHold.objects.active().filter(contact=contact).exists():
        raise ErasureRefused("on legal hold")
    people = person_ids(contact)  # the person and every contact merged into them
    records = _records(people)
    done = _summary(contact, records)
    _deleted, kept = anonymise.recordings(records["recordings"])
    if kept:
        raise ErasureRefused("recordings kept by Twilio")
    with transaction.atomic():
        anonymise.enquiries(records["enquiries"])
        anonymise.calls(records["calls"])
        anonymise.text_messages(records["texts"])
        anonymise.bookings(records["bookings"])
        records["callbacks"].update(phone="", note="", result="", contact=None)
        anonymise.forget_people(people)
        audit(request, "erase", contact, detail=reason)
    return done
