"""Booking a place without an account or JavaScript, in English and in Welsh: the form, the
confirmation by email (with the .ics, parsed by `icalendar`) and by SMS through the fake
Twilio API, cancelling with the link in the message, and a waiting-list place offered and
taken."""

import datetime
from urllib.parse import urlparse

import icalendar
import pytest
from wagtail.models import Locale

from bookings import places
from bookings.models import Booking, BookingMessage
from portal.forms import SentByAPerson
from tests.bookings.helpers import book, event, form, manage_link, new_booking, send_all
from tests.enquiries.helpers import started

pytestmark = pytest.mark.django_db


def test_the_event_page_offers_a_place_and_the_form_works_without_javascript(client):
    page = event(capacity=20)
    html = client.get(page.url).content.decode()
    assert "20 places left." in html and "Book a place" in html
    form = client.get(f"/en/book/{page.translation_key}/").content.decode()
    assert 'name="first_name"' in form and "Language of the session" in form
    assert "<script" not in form.split("<form", 1)[1].split("</form>", 1)[0]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_book_get_email_with_ics_and_sms_then_cancel_with_the_link(
        client, inbox, twilio_api, django_capture_on_commit_callbacks, language):
    page = event(capacity=10, online=True, join_link="https://meet.example.org/abc")
    welsh = language == "cy"
    booking = book(client, django_capture_on_commit_callbacks, page, language, places="2")
    assert booking.status == "booked" and booking.language == language
    assert not inbox.to("sian@example.org") and not twilio_api.requests  # after commit only
    send_all()

    [confirmation] = inbox.to("sian@example.org")
    body = confirmation.get_body(("plain",)).get_content()
    assert ("Annwyl Siân" if welsh else "Dear Siân") in body
    assert ("Eich lle:" if welsh else "Your place:") in confirmation["Subject"]
    assert "https://meet.example.org/abc" in body
    [attachment] = [part for part in confirmation.iter_attachments()]
    assert attachment.get_content_type() == "text/calendar"
    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    [entry] = calendar.walk("VEVENT")
    assert str(entry["UID"]) == f"event-{page.translation_key}@adopt.cymru"
    title = page.get_translation(Locale.objects.get(language_code=language)).title
    assert str(entry["SUMMARY"]) == title
    assert "https://meet.example.org/abc" in str(entry["DESCRIPTION"])
    assert entry.decoded("DTSTART").date() == page.start_date

    [sms] = twilio_api.requests
    assert sms["form"]["To"] == ["+447400123456"]
    text = sms["form"]["Body"][0]
    assert ("wedi'i gadarnhau" if welsh else "is confirmed") in text
    assert "https://meet.example.org/abc" in text

    # The public page never shows the join link.
    assert "meet.example.org" not in client.get(page.url).content.decode()

    link = urlparse(manage_link(confirmation)).path
    assert link.startswith(f"/{language}/{'archeb' if welsh else 'booking'}/")
    page_html = client.get(link).content.decode()
    assert ("Eich archeb" if welsh else "Your booking") in page_html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, {"action": "cancel"})
    booking.refresh_from_db()
    assert booking.status == "cancelled" and booking.ended_reason == "booker"
    send_all()
    cancelled = inbox.to("sian@example.org")[-1]
    assert ("wedi'i chanslo" if welsh else "cancelled") in cancelled["Subject"]
    assert set(BookingMessage.objects.values_list("status", flat=True)) == {"sent"}


def test_a_waiting_list_place_is_offered_when_one_is_freed_and_taken(
        client, inbox, twilio_api, django_capture_on_commit_callbacks):
    page = event(capacity=1, online=True, join_link="https://meet.example.org/xyz")
    first = book(client, django_capture_on_commit_callbacks, page, "en",
                 email="first@example.org", phone="", wants_sms="")
    assert "This event is full." in client.get(page.url).content.decode()
    waiting = book(client, django_capture_on_commit_callbacks, page, "cy",
                   first_name="Gwenllïan", email="second@example.org")
    assert (first.status, waiting.status) == ("booked", "waiting")
    send_all()
    [on_list] = inbox.to("second@example.org")
    assert "rhestr aros" in on_list["Subject"]
    assert "meet.example.org" not in on_list.get_body(("plain",)).get_content()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(urlparse(manage_link(inbox.to("first@example.org")[0])).path,
                    {"action": "cancel"})
    waiting.refresh_from_db()
    assert waiting.status == "offered" and waiting.offer_expires_at > waiting.offered_at
    send_all()
    offer = inbox.to("second@example.org")[-1]
    assert "Mae lle ar gael i chi" in offer["Subject"]
    assert any("mae lle ar gael i chi" in r["form"]["Body"][0] for r in twilio_api.requests)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(urlparse(manage_link(offer)).path, {"action": "accept"})
    assert "Chi piau’r lle" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "booked"
    send_all()
    confirmation = inbox.to("second@example.org")[-1]
    assert "https://meet.example.org/xyz" in confirmation.get_body(("plain",)).get_content()


def test_an_unanswered_offer_passes_to_the_next_person(django_capture_on_commit_callbacks):
    page = event(capacity=1)
    held = new_booking(page, "held@example.org")
    second = new_booking(page, "second@example.org")
    third = new_booking(page, "third@example.org")
    places.cancel(held)
    second.refresh_from_db()
    assert second.status == "offered"
    later = second.offer_expires_at + datetime.timedelta(minutes=1)
    assert places.lapse_offers(later) == 1
    second.refresh_from_db()
    third.refresh_from_db()
    assert (second.status, second.ended_reason, third.status) == (
        "cancelled", "offer-lapsed", "offered")
    assert not second.messages.filter(purpose="cancelled").exists()


def test_a_double_submit_makes_one_booking(client, django_capture_on_commit_callbacks):
    page = event(capacity=5)
    token = "8d5bd1ea-0d6a-4b8e-9a43-0f0b3f3f6a11"
    book(client, django_capture_on_commit_callbacks, page, token=token)
    book(client, django_capture_on_commit_callbacks, page, token=token)
    assert Booking.objects.filter(event_key=page.translation_key).count() == 1


def test_errors_are_in_the_readers_language_in_the_portals_layout(client):
    page = event(capacity=5)
    response = client.post(f"/cy/archebu/{page.translation_key}/",
                           {"first_name": "", "places": "99", "phone": "not a phone"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mae problem wedi codi" in html and "govuk-error-summary" in html
    assert "Rhowch eich enw cyntaf" in html
    assert not Booking.objects.exists()


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("sent", [
    lambda: {"website": "https://spam.example"}, lambda: {"started": "forged"},
    lambda: {"started": started(seconds_ago=0, salt=SentByAPerson.started_salt)}],
    ids=["honeypot filled", "forged start", "too fast"])
def test_a_booking_sent_by_a_program_takes_no_place(client, language, sent):
    page = event(capacity=1)
    slug = "archebu" if language == "cy" else "book"
    response = client.post(f"/{language}/{slug}/{page.translation_key}/", form(**sent()))
    html = response.content.decode()
    assert response.status_code == 400
    assert ("Gwiriwch eich atebion, yna anfonwch y ffurflen eto." if language == "cy"
            else "Please check your answers, then send the form again.") in html
    assert 'value="Siân"' in html  # the answers are kept for the person to send again
    assert not Booking.objects.exists()
    assert places.free_places(page.translation_key) == 1


def test_a_past_event_or_one_booked_elsewhere_offers_no_form(client):
    past = event(capacity=5, days_from_today=-1)
    assert "Book a place" not in client.get(past.url).content.decode()
    assert client.get(f"/en/book/{past.translation_key}/").status_code == 404
    elsewhere = event(booking_url="https://tickets.example.org/e/1")
    html = client.get(elsewhere.url).content.decode()
    assert "https://tickets.example.org/e/1" in html
    assert client.get(f"/en/book/{elsewhere.translation_key}/").status_code == 404
    assert client.get("/en/booking/not-a-real-token/").status_code == 404


def test_more_places_need_them_free_and_fewer_pass_them_on():
    page = event(capacity=3)
    first = new_booking(page, "first@example.org", places=2)
    waiting = new_booking(page, "waiting@example.org", places=2)
    with pytest.raises(places.NotEnoughPlaces):
        places.change(first, 3 + 1)
    places.change(first, 1)
    waiting.refresh_from_db()
    assert waiting.status == "offered"
    with pytest.raises(places.NotEnoughPlaces):  # an offer cannot grow past what is free
        places.change(waiting, 3)
    assert places.held(page.translation_key) == 3
