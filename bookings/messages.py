"""What we tell a booker, in their language: planned (stored) inside the booking's
transaction, sent by bookings.tasks after commit.

The words come from BookingMessageTemplate (editors change them, in English and Welsh); the
seeded words in bookings/data/message_templates.json stand in for a template an editor has
deleted. Placeholders are filled by name only ({first_name}); anything else in braces is left
as written, so a mistyped placeholder can never stop a message being sent."""

import dataclasses
import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from bookings import events
from bookings.models import Booking, BookingMessage, BookingMessageTemplate, EventPlaces
from cms import ics
from enquiries.people import is_mobile, parse_phone
from portal.twilio import send_sms

SEEDED = Path(__file__).parent / "data" / "message_templates.json"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
WITH_JOIN_LINK = ("confirmation", "reminder-2d", "reminder-2h")
WITH_CALENDAR = ("confirmation",)


def plan(booking: Booking, purpose: str, event=None) -> list[BookingMessage]:
    """Stores the messages for `purpose` (email, and SMS if asked) and sends them after commit.
    A purpose already planned for this booking is not planned twice."""
    planned = []
    for channel, recipient in recipients(booking):
        message = BookingMessage(booking=booking, channel=channel, purpose=purpose,
                                 recipient=recipient, language=booking.language)
        try:
            with transaction.atomic():
                message.save()
        except IntegrityError:
            continue  # planned before (a reminder run twice)
        planned.append(message)
    from bookings.tasks import enqueue_after_commit  # tasks imports this module

    enqueue_after_commit(planned)
    return planned


def recipients(booking: Booking) -> list[tuple[str, str]]:
    found = [("email", booking.email)] if booking.email else []
    phone = parse_phone(booking.phone) if booking.phone and booking.wants_sms else None
    if phone is not None and is_mobile(phone):
        found.append(("sms", booking.phone))
    return found


@cache
def seeded() -> dict:
    return {(t["purpose"], t["channel"]): t for t in json.loads(SEEDED.read_text("utf-8"))}


def words(purpose: str, channel: str, language: str) -> tuple[str, str]:
    """(subject, body) as written, placeholders unfilled."""
    template = BookingMessageTemplate.objects.filter(purpose=purpose, channel=channel).first()
    fields = ({name: getattr(template, name) for name in ("subject", "subject_cy", "body",
                                                           "body_cy")}
              if template else seeded()[(purpose, channel)])
    suffix = "_cy" if language == "cy" else ""
    return (fields[f"subject{suffix}"] or fields["subject"],
            fields[f"body{suffix}"] or fields["body"])


def fill(text: str, values: dict) -> str:
    filled = PLACEHOLDER.sub(lambda m: str(values.get(m[1], m[0])), text)
    return re.sub(r"\n{3,}", "\n\n", filled).strip()


def manage_url(booking: Booking) -> str:
    with translation.override(booking.language):
        path = reverse("bookings:manage", kwargs={"token": booking.token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def values(message: BookingMessage, event) -> dict:
    """The placeholders' values, in the message's language (call inside its override)."""
    booking = message.booking
    places = EventPlaces.objects.filter(event_key=booking.event_key).first()
    start = events.starts_at(event)
    join = ""
    if event.online and places and places.join_link and message.purpose in WITH_JOIN_LINK:
        join = _("Join online: %(link)s") % {"link": places.join_link}
    return {
        "first_name": booking.first_name, "last_name": booking.last_name,
        "event": event.title, "places": booking.places,
        "date": formats.date_format(start, "l j F Y"), "time": start.strftime("%H:%M"),
        "where": _("Online") if event.online else event.location,
        "session_language": event.get_session_language_display(),
        "join_link": join, "manage_link": manage_url(booking),
        "offer_ends": (formats.date_format(booking.offer_expires_at.astimezone(ics.EVENT_TIME_ZONE),
                                           "l j F Y, H:i") if booking.offer_expires_at else ""),
    }


def render(message: BookingMessage) -> tuple[str, str, list]:
    """(subject, body, attachments) in the message's language."""
    booking = message.booking
    event = events.event_page(booking.event_key, message.language)
    with translation.override(message.language):
        if message.purpose == "staff-message":
            return message.subject, message.body, []
        subject, body = words(message.purpose, message.channel, message.language)
        if event is None:  # the page was unpublished: say what we can
            return fill(subject, {}), fill(body, {"manage_link": manage_url(booking)}), []
        filled = values(message, event)
        attachments = []
        if message.channel == "email" and message.purpose in WITH_CALENDAR:
            attachments.append((f"{event.slug}.ics", calendar_file(event, filled["join_link"]),
                                "text/calendar"))
        return fill(subject, filled), fill(body, filled), attachments


def calendar_file(event, join_line: str) -> str:
    entry = event.calendar_event()
    if join_line:  # only the booker's own copy carries the join link
        entry = dataclasses.replace(entry, description=f"{join_line}\n\n{entry.description}")
    return ics.render(entry)


def deliver(message: BookingMessage) -> str:
    subject, body, attachments = render(message)
    if message.channel == "sms":
        return send_sms(message.recipient, f"{subject}\n{body}" if subject else body)
    email = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [message.recipient])
    for attachment in attachments:
        email.attach(*attachment)
    email.send()
    return ""
