"""A person with one of every kind of record, and a household member who shares their email
(and their phone), with records of their own. Twilio's REST API is a local fake."""

import uuid
from types import SimpleNamespace

import pytest
from django.utils import timezone

from bookings.models import Booking, BookingMessage
from enquiries.models import EnquiryEvent
from helpline.models import Callback, Interaction
from privacy.models import LegalHold
from tests.factories import people
from tests.fakes import ACCOUNT, FakeTwilioApi

SHARED_EMAIL, SHARED_PHONE = "teulu.jones@example.org", "+447400123456"


@pytest.fixture
def twilio_api(settings):
    api = FakeTwilioApi()
    settings.TWILIO_API_BASE = api.url
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN = ACCOUNT, "token"
    yield api
    api.close()


def records_of(contact, enquiry, tag, twilio_api):
    """One of every kind of record for `contact`, each holding `tag` so it can be found."""
    EnquiryEvent.objects.create(enquiry=enquiry, kind="note", text=f"Event note {tag}")
    call = Interaction.objects.create(contact=contact, kind="call", notes=f"Call notes {tag}",
                                      from_number=SHARED_PHONE)
    Interaction.objects.create(contact=contact, kind="note", notes=f"Staff note {tag}")
    Interaction.objects.create(contact=contact, kind="sms", direction="out",
                               to_number=SHARED_PHONE, notes=f"Text message {tag}")
    voicemail = Interaction.objects.create(
        contact=contact, kind="voicemail", from_number=SHARED_PHONE,
        recording_url=twilio_api.add_recording(f"RE{tag}", f"AUDIO {tag}".encode()))
    booking = Booking.objects.create(event_key=uuid.uuid4(), contact=contact,
                                     first_name=contact.first_name, last_name=contact.last_name,
                                     email=SHARED_EMAIL, phone=SHARED_PHONE, language="en",
                                     access_needs=f"Access needs {tag}")
    BookingMessage.objects.create(booking=booking, channel="email", purpose="staff-message",
                                  recipient=SHARED_EMAIL, language="en",
                                  subject=f"Subject {tag}", body=f"Booking message {tag}")
    callback = Callback.objects.create(contact=contact, phone=SHARED_PHONE,
                                       due_at=timezone.now(), note=f"Callback note {tag}")
    hold = LegalHold.objects.create(contact=contact, reason=f"Hold reason {tag}")
    return SimpleNamespace(contact=contact, enquiry=enquiry, call=call, voicemail=voicemail,
                           booking=booking, callback=callback, hold=hold)


@pytest.fixture
def household(twilio_api):
    """Siân (Welsh) and her partner Tom, who share an email and a phone."""
    first = people.enquiry(first_name="Siân", last_name="Jones", language="cy",
                           email=SHARED_EMAIL, phone=SHARED_PHONE, message="Message SIAN")
    second = people.enquiry(first_name="Tom", last_name="Jones", language="en",
                            email=SHARED_EMAIL, phone=SHARED_PHONE, message="Message TOM")
    assert first.contact_id != second.contact_id  # matched on name and detail
    return SimpleNamespace(
        sian=records_of(first.contact, first, "SIAN", twilio_api),
        tom=records_of(second.contact, second, "TOM", twilio_api))
