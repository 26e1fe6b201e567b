"""Taking, changing and giving up places, and the waiting list.

Every change to who holds places on an event happens in one transaction that first locks the
event's EventPlaces row (select_for_update), so two bookings racing for the last place are
decided one after the other: exactly one gets it. Messages are stored in the same transaction
and sent after commit (bookings.messages, bookings.tasks).

The waiting list is served in order of joining: when places are freed, each waiting booking
in turn is offered a place if its number of places fits what is free (a request for more
than is free waits while smaller ones behind it are offered). An offer holds the places for
EventPlaces.offer_hours; an unanswered offer lapses (lapse_offers(), run from cron) and the
places pass on."""

import datetime
import uuid
from dataclasses import dataclass, field

import phonenumbers
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from bookings import messages
from bookings.models import Booking, EventPlaces
from cms.models import EventPage
from enquiries.intake import NewEnquiry, receive
from enquiries.models.enquiry import INFORMATION_EVENT
from enquiries.people import find_or_create_contact, to_e164


class NotEnoughPlaces(Exception):
    def __init__(self, free):
        super().__init__(f"only {free} places free")
        self.free = free


@dataclass(frozen=True)
class NewBooking:
    event: EventPage
    first_name: str
    last_name: str
    language: str
    places: int = 1
    email: str = ""
    phone: phonenumbers.PhoneNumber | None = None
    wants_sms: bool = False
    access_needs: str = ""
    token: uuid.UUID = field(default_factory=uuid.uuid4)


def places_for(key) -> EventPlaces | None:
    return EventPlaces.objects.filter(event_key=key).first()


def held(key) -> int:
    """Places taken: booked, or held for someone offered them."""
    return (Booking.objects.filter(event_key=key, status__in=Booking.HOLDING)
            .aggregate(total=Sum("places"))["total"] or 0)


def free_places(key, places: EventPlaces | None = None) -> int | None:
    """Places still free, or None when there is no limit."""
    places = places if places is not None else places_for(key)
    if places is None or places.capacity is None:
        return None
    return max(places.capacity - held(key), 0)


def _lock(key) -> EventPlaces:
    """The event's places row, locked until the transaction ends (made on first booking)."""
    EventPlaces.objects.get_or_create(event_key=key)
    return EventPlaces.objects.select_for_update().get(event_key=key)


def book(new: NewBooking) -> Booking:
    """Stores the booking (booked, or on the waiting list when the places are gone). A
    resubmission of the same form returns the first booking."""
    existing = Booking.objects.filter(submission_token=new.token).first()
    if existing:
        return existing
    try:
        return _create(new)
    except IntegrityError:
        existing = Booking.objects.filter(submission_token=new.token).first()
        if existing:  # the same form arrived twice at once
            return existing
        raise


@transaction.atomic
def _create(new: NewBooking) -> Booking:
    event = new.event
    contact = find_or_create_contact(first_name=new.first_name, last_name=new.last_name,
                                     language=new.language, email=new.email, phone=new.phone)
    enquiry = None
    if not contact.enquiries.exists():  # demand: the region hears of someone new
        enquiry = receive(NewEnquiry(
            first_name=new.first_name, last_name=new.last_name, language=new.language,
            interest=INFORMATION_EVENT, contact_method="email" if new.email else "phone",
            email=new.email, phone=new.phone, contact=contact, token=new.token,
            source="an event booking", event_region=event.region, event_agency=event.agency,
            for_event=True, notify_enquirer=False,
            message=f"Booked {new.places} place(s) on “{event.title}”."))
    booking = Booking(
        event_key=event.translation_key, contact=contact, enquiry=enquiry,
        first_name=new.first_name, last_name=new.last_name, email=new.email,
        phone=to_e164(new.phone) if new.phone else "", places=new.places,
        access_needs=new.access_needs, language=new.language, wants_sms=new.wants_sms,
        submission_token=new.token)
    places = _lock(event.translation_key)  # held from here to commit: keep what follows short
    free = free_places(event.translation_key, places)
    if free is not None and new.places > free:
        booking.status, booking.queued_at = "waiting", timezone.now()
    booking.save()
    messages.plan(booking, "confirmation" if booking.status == "booked" else "waiting", event)
    return booking


@transaction.atomic
def change(booking: Booking, places: int) -> Booking:
    """A new number of places. More than before needs them free; fewer frees the rest."""
    _lock(booking.event_key)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == "cancelled" or places == booking.places:
        return booking
    if booking.status in Booking.HOLDING and places > booking.places:
        free = free_places(booking.event_key)
        if free is not None and places - booking.places > free:
            raise NotEnoughPlaces(free)
    booking.places = places
    booking.save(update_fields=["places", "updated_at"])
    messages.plan(booking, "changed")
    _offer_free_places(booking.event_key)
    return booking


@transaction.atomic
def cancel(booking: Booking, reason: str = "booker") -> Booking:
    _lock(booking.event_key)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == "cancelled":
        return booking
    booking.status, booking.ended_reason = "cancelled", reason
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["status", "ended_reason", "cancelled_at", "updated_at"])
    if reason != "offer-lapsed":
        messages.plan(booking, "cancelled")
    _offer_free_places(booking.event_key)
    return booking


@transaction.atomic
def accept_offer(booking: Booking) -> bool:
    """The offered place is taken (True), or the offer had already ended (False)."""
    _lock(booking.event_key)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == "booked":
        return True
    if booking.status != "offered" or booking.offer_expires_at <= timezone.now():
        return False
    booking.status = "booked"
    booking.save(update_fields=["status", "updated_at"])
    messages.plan(booking, "confirmation")
    return True


def _offer_free_places(key):
    """Offers what is free to those waiting, in order (called with the places row locked)."""
    places = EventPlaces.objects.get(event_key=key)
    free = free_places(key, places)
    if not free:
        return
    now = timezone.now()
    waiting = Booking.objects.filter(event_key=key, status="waiting").order_by("queued_at", "id")
    for booking in waiting.select_for_update():
        if booking.places > free:
            continue
        booking.status, booking.offered_at = "offered", now
        booking.offer_expires_at = now + datetime.timedelta(hours=places.offer_hours)
        booking.save(update_fields=["status", "offered_at", "offer_expires_at", "updated_at"])
        messages.plan(booking, "place-offered")
        free -= booking.places
        if not free:
            return


def lapse_offers(now: datetime.datetime | None = None) -> int:
    """Offers nobody took in time end, and their places pass on. Returns how many ended."""
    now = now or timezone.now()
    ended = 0
    for booking in Booking.objects.filter(status="offered", offer_expires_at__lte=now):
        if cancel(booking, reason="offer-lapsed").ended_reason == "offer-lapsed":
            ended += 1
    return ended
