"""Erasing a person: a preview, a reason, refused on hold, then everything of theirs goes or
is kept only as counts, with an audit entry; their household member is untouched."""

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from bookings.models import Booking
from enquiries.models import AuditEntry, Contact, Enquiry
from helpline.models import Interaction
from privacy.models import LegalHold
from tests.staff import INFORMATION_GOVERNANCE, REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def url(contact):
    return f"/admin/data-protection/{contact.pk}/erase/"


@pytest.fixture
def lead(client):
    user = make_staff(INFORMATION_GOVERNANCE)
    client.force_login(user)
    return user


def test_the_preview_lists_what_goes_and_a_reason_is_needed(client, lead, household):
    sian = household.sian.contact
    page = client.get(url(sian)).content.decode()
    assert "teulu.jones@example.org" in page and household.sian.enquiry.reference in page
    assert "on a legal hold" in page
    response = client.post(url(sian), {"reason": ""})
    assert response.status_code == 400
    assert "Give the reason: it is kept in the audit trail." in response.content.decode()
    assert Contact.objects.get(pk=sian.pk).anonymised_at is None


def test_erasure_is_refused_on_hold_then_done_when_it_is_lifted(client, lead, household,
                                                                twilio_api):
    sian, tom = household.sian, household.tom
    refused = client.post(url(sian.contact), {"reason": "She asked on the phone"})
    assert refused.status_code == 400 and "on a legal hold" in refused.content.decode()
    assert Contact.objects.get(pk=sian.contact.pk).anonymised_at is None
    LegalHold.objects.filter(pk=sian.hold.pk).update(lifted_at=timezone.now())
    done = client.post(url(sian.contact), {"reason": "She asked on the phone"})
    assert done.status_code == 302
    person = Contact.objects.get(pk=sian.contact.pk)
    assert (person.first_name, person.anonymised_at is not None) == ("", True)
    assert not person.emails.exists() and not person.phones.exists()
    enquiry = Enquiry.objects.get(pk=sian.enquiry.pk)
    assert (enquiry.first_name, enquiry.message, enquiry.region_id) == (
        "", "", sian.enquiry.region_id)
    assert not Interaction.objects.filter(contact=person).exists()
    assert not Interaction.objects.filter(notes__contains="SIAN").exists()
    assert Booking.objects.get(pk=sian.booking.pk).email == ""
    assert "RESIAN" not in twilio_api.recordings and "RETOM" in twilio_api.recordings
    entry = AuditEntry.objects.get(action="erase", contact_id=person.pk)
    assert entry.detail == "She asked on the phone" and entry.user_id == lead.pk
    # Tom shares the email and phone, and keeps everything.
    tom_now = Contact.objects.get(pk=tom.contact.pk)
    assert tom_now.first_name == "Tom" and tom_now.emails.exists()
    assert Interaction.objects.filter(contact=tom_now, notes__contains="TOM").count() == 3


def test_welsh_staff_read_the_refusal_in_welsh(client, household):
    user = make_staff(INFORMATION_GOVERNANCE)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "cy"
    profile.save()
    client.force_login(user)
    response = client.post(url(household.sian.contact), {"reason": ""})
    assert response.status_code == 400
    assert "Rhowch y rheswm" in response.content.decode()


def test_regional_staff_cannot_erase(client, household):
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    response = client.post(url(household.sian.contact), {"reason": "x"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert Contact.objects.get(pk=household.sian.contact.pk).anonymised_at is None
