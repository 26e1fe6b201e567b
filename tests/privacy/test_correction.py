"""Correcting an email or phone everywhere it is held for the person, and only for them: a
household member who shares it keeps it. Bad input gets a clear error in the reader's
language; the audit holds no full address."""

import html

import pytest
from wagtail.users.models import UserProfile

from bookings.models import Booking, BookingMessage
from enquiries.models import AuditEntry, ContactEmail, ContactPhone, Notification
from helpline.models import Callback
from tests.privacy.conftest import SHARED_EMAIL, SHARED_PHONE
from tests.staff import INFORMATION_GOVERNANCE, REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def url(contact):
    return f"/admin/data-protection/{contact.pk}/correct/"


def confirmations(enquiry):
    return Notification.objects.filter(enquiry=enquiry, purpose="confirmation",
                                       channel="email").values_list("recipient", flat=True)


def test_an_email_is_corrected_everywhere_for_the_person_only(client, household):
    sian, tom = household.sian, household.tom
    Notification.objects.filter(enquiry=sian.enquiry).update(status="pending")
    sent = Notification.objects.filter(enquiry=tom.enquiry)
    sent.update(status="pending")
    user = make_staff(INFORMATION_GOVERNANCE)
    client.force_login(user)
    assert client.get(url(sian.contact)).status_code == 200
    response = client.post(url(sian.contact), {"detail": f"email:{SHARED_EMAIL}",
                                               "new": " Sian.Jones@Example.cymru "})
    assert response.status_code == 302
    new = "sian.jones@example.cymru"
    assert list(sian.contact.emails.values_list("address", flat=True)) == [new]
    assert Booking.objects.get(pk=sian.booking.pk).email == new
    assert set(BookingMessage.objects.filter(booking=sian.booking)
               .values_list("recipient", flat=True)) == {new}
    assert set(confirmations(sian.enquiry)) == {new}
    # Tom keeps the shared address everywhere.
    assert list(tom.contact.emails.values_list("address", flat=True)) == [SHARED_EMAIL]
    assert Booking.objects.get(pk=tom.booking.pk).email == SHARED_EMAIL
    assert set(BookingMessage.objects.filter(booking=tom.booking)
               .values_list("recipient", flat=True)) == {SHARED_EMAIL}
    assert set(confirmations(tom.enquiry)) == {SHARED_EMAIL}
    entry = AuditEntry.objects.get(user=user, action="correct-contact")
    assert entry.contact_id == sian.contact.pk
    assert entry.detail == "email corrected: …@example.org → …@example.cymru"
    assert "jones" not in entry.detail


def test_a_sent_message_keeps_the_address_it_went_to(client, household):
    sian = household.sian
    BookingMessage.objects.filter(booking=sian.booking).update(status="sent")
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    client.post(url(sian.contact), {"detail": f"email:{SHARED_EMAIL}",
                                    "new": "sian@example.cymru"})
    assert BookingMessage.objects.get(booking=sian.booking).recipient == SHARED_EMAIL


def test_a_phone_is_corrected_in_e164_for_the_person_only(client, household):
    sian, tom = household.sian, household.tom
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    response = client.post(url(sian.contact), {"detail": f"phone:{SHARED_PHONE}",
                                               "new": "07400 654321"})
    assert response.status_code == 302
    new = "+447400654321"
    phone = ContactPhone.objects.get(contact=sian.contact)
    assert (phone.number, phone.is_mobile) == (new, True)
    assert Booking.objects.get(pk=sian.booking.pk).phone == new
    assert Callback.objects.get(pk=sian.callback.pk).phone == new
    assert ContactPhone.objects.get(contact=tom.contact).number == SHARED_PHONE
    assert Booking.objects.get(pk=tom.booking.pk).phone == SHARED_PHONE
    assert Callback.objects.get(pk=tom.callback.pk).phone == SHARED_PHONE
    assert AuditEntry.objects.get(action="correct-contact").detail == "phone corrected"


def test_correcting_to_a_detail_they_already_hold_leaves_one(client, household):
    sian = household.sian.contact
    sian.emails.create(address="second@example.org")
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    client.post(url(sian), {"detail": f"email:{SHARED_EMAIL}", "new": "second@example.org"})
    assert list(ContactEmail.objects.filter(contact=sian).values_list("address", flat=True)) \
        == ["second@example.org"]


@pytest.mark.parametrize("language,detail,new,error", [
    ("en", "phone", "12345", "Enter a phone number, like 029 2018 0000, 07400 765432"),
    ("cy", "phone", "12345", "Rhowch rif ffôn, fel 029 2018 0000, 07400 765432"),
    ("en", "email", "not an email", "Enter an email address like name@example.org."),
    ("cy", "email", "not an email", "Rhowch gyfeiriad e-bost fel enw@example.org."),
    ("cy", "email", "", "Rhowch y cyfeiriad e-bost neu’r rhif ffôn cywir."),
    ("cy", "email", SHARED_EMAIL, "Mae hynny yr un fath â’r manylyn sy’n cael ei gadw nawr."),
])
def test_bad_input_gets_a_clear_error_in_the_readers_language(client, household, language,
                                                              detail, new, error):
    sian = household.sian.contact
    user = make_staff(INFORMATION_GOVERNANCE)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    old = SHARED_EMAIL if detail == "email" else SHARED_PHONE
    response = client.post(url(sian), {"detail": f"{detail}:{old}", "new": new})
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert error in page
    assert f'lang="{language}"' in page
    assert ContactEmail.objects.filter(contact=sian, address=SHARED_EMAIL).exists()
    assert not AuditEntry.objects.filter(action="correct-contact").exists()


def test_a_detail_of_someone_else_cannot_be_chosen(client, household):
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    response = client.post(url(household.sian.contact), {"detail": "email:other@example.org",
                                                         "new": "x@example.org"})
    assert "Choose one of this person's emails or phones." in html.unescape(
        response.content.decode())


def test_regional_staff_are_refused(client, household):
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert client.get(url(household.sian.contact)).status_code == 302
