"""Correcting one of a person's emails or phones everywhere the portal holds it for them: their
contact details, their bookings, their callbacks and any message to them not yet sent. Only
this person's records (and those merged into theirs) change: a household member who shares the
detail keeps it."""

from django.db import transaction

from bookings.models import Booking, BookingMessage
from enquiries.models import ContactEmail, ContactPhone, Notification
from helpline.models import Callback
from privacy.records import person_ids


def _pending(ids, old, new):
    Notification.objects.filter(enquiry__contact__in=ids, status="pending",
                                recipient=old).update(recipient=new)
    BookingMessage.objects.filter(booking__contact__in=ids, status="pending",
                                  recipient=old).update(recipient=new)


def _replace_detail(model, field, ids, old, new, **extra):
    """The person's row holding `old` now holds `new` (or goes, if they already hold `new`)."""
    for row in model.objects.filter(contact__in=ids, **{field: old}):
        if model.objects.filter(contact=row.contact_id, **{field: new}).exists():
            row.delete()
        else:
            setattr(row, field, new)
            for name, value in extra.items():
                setattr(row, name, value)
            row.save()


@transaction.atomic
def correct_email(contact, old, new):
    ids = person_ids(contact)
    _replace_detail(ContactEmail, "address", ids, old, new)
    Booking.objects.filter(contact__in=ids, email=old).update(email=new)
    _pending(ids, old, new)


@transaction.atomic
def correct_phone(contact, old, new, is_mobile):
    ids = person_ids(contact)
    _replace_detail(ContactPhone, "number", ids, old, new, is_mobile=is_mobile)
    Booking.objects.filter(contact__in=ids, phone=old).update(phone=new)
    Callback.objects.filter(contact__in=ids, phone=old).update(phone=new)
    _pending(ids, old, new)


def masked_email(address):
    return "…@" + address.rpartition("@")[2]
