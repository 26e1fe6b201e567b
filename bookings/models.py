"""Places on information events, the people who booked them, and what we tell them.

EventPlaces: one row per real event, keyed by the event page's `translation_key`, so the
English and Welsh pages share one capacity, one list of bookings and one waiting list. It is
also the row that booking locks (select_for_update) so two people never take the last place.
- capacity: places in all (null = unlimited); join_link: the online session's link, shown only
  in the confirmation and reminders, never on the public page; offer_hours: how long a freed
  place is held for the person offered it.

Booking: one person's booking of `places` on one event (`event_key`).
- status:
  booked     holds `places`; counts against capacity.
  waiting    on the waiting list, in order of `queued_at` (then id); holds nothing.
  offered    a freed place is held for them until `offer_expires_at`; counts against capacity.
             Accepting makes it booked; an unanswered offer lapses (cancelled, ended_reason
             "offer-lapsed") and the place passes to the next person waiting.
  cancelled  holds nothing; `ended_reason` says why (booker, offer-lapsed, staff).
- attended: null until staff take the register, then True or False (booked bookings only);
  attendance_by / attendance_at: who last marked it, and when (the person's timeline shows it).
- contact: the one enquiries.Contact for the person (find_or_create_contact); enquiry: the
  demand enquiry made for a booker who had no enquiry (null otherwise); first/last name,
  email, phone (E.164), language (the booker's: every message to them is in it) and
  wants_sms are as given on this booking.
- token: random, unguessable, in the link of every message (cancel or change the booking);
  submission_token: one filling-in of the form, so a double submit makes one booking.

BookingMessage: every email or SMS about a booking, stored before it is sent and sent after
commit by bookings.tasks (claim, lease, record, retry with back-off, as enquiries'
Notification). purpose: confirmation, waiting (on the list), place-offered, reminder-2d,
reminder-2h, changed, cancelled, staff-message. One message per booking, channel and purpose,
except "changed" and "staff-message" which may repeat; staff messages carry their own
subject and body.

BookingMessageTemplate: the words of each message, in English and Welsh, edited by editors
(a snippet), with {placeholders} filled in at sending."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.models import EventPage
from portal.languages import LANGUAGES
from portal.outbox import OutgoingMessage

CHANNELS = [("email", _("Email")), ("sms", _("SMS"))]
PURPOSES = [
    ("confirmation", _("Place confirmed")),
    ("waiting", _("On the waiting list")),
    ("place-offered", _("Place offered from the waiting list")),
    ("reminder-2d", _("Reminder two days before")),
    ("reminder-2h", _("Reminder two hours before")),
    ("changed", _("Booking changed")),
    ("cancelled", _("Booking cancelled")),
    ("staff-message", _("Message from staff")),
]
REPEATABLE_PURPOSES = ("changed", "staff-message")


def new_token() -> str:
    return secrets.token_urlsafe(24)


class EventPlaces(models.Model):
    event_key = models.UUIDField(_("event"), unique=True,
                                 help_text=_("The event page's translation key."))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True,
        help_text=_("How many places in all. Leave empty for no limit."))
    join_link = models.URLField(
        _("join link"), blank=True,
        help_text=_("For an online event: sent only in the confirmation and reminders."))
    offer_hours = models.PositiveSmallIntegerField(
        _("hours to accept an offered place"), default=48)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("event places")
        verbose_name_plural = _("event places")

    def __str__(self):
        page = (EventPage.objects.filter(translation_key=self.event_key)
                .order_by("locale_id").first())
        return f"{page.title} ({page.start_date:%d/%m/%Y})" if page else str(self.event_key)


class Booking(models.Model):
    STATUSES = [("booked", _("Booked")), ("waiting", _("Waiting list")),
                ("offered", _("Place offered")), ("cancelled", _("Cancelled"))]
    HOLDING = ("booked", "offered")  # statuses that count against capacity
    ENDINGS = [("booker", _("Cancelled by the booker")),
               ("offer-lapsed", _("Offered place not taken in time")),
               ("staff", _("Cancelled by staff"))]

    event_key = models.UUIDField(_("event"), db_index=True)
    contact = models.ForeignKey("enquiries.Contact", on_delete=models.PROTECT,
                                related_name="bookings", verbose_name=_("contact"))
    enquiry = models.ForeignKey("enquiries.Enquiry", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="bookings",
                                verbose_name=_("demand enquiry"))
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("surname"), max_length=100)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number (E.164)"), max_length=20, blank=True)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    access_needs = models.TextField(_("access needs"), blank=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    wants_sms = models.BooleanField(_("texts wanted"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default="booked")
    ended_reason = models.CharField(_("why it ended"), max_length=20, choices=ENDINGS,
                                    blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    attendance_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("register taken by"))
    attendance_at = models.DateTimeField(_("register taken"), null=True, blank=True)
    queued_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    offered_at = models.DateTimeField(_("place offered"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer ends"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    submission_token = models.UUIDField(unique=True, null=True, editable=False)
    created_at = models.DateTimeField(_("booked on"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Set by the retention schedule or an erasure (privacy.anonymise): who it was is gone.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        indexes = [models.Index(fields=["event_key", "status", "queued_at"])]
        permissions = [("export_booking", _("Can export an event's bookings")),
                       ("message_booking", _("Can message all bookers of an event")),
                       ("set_event_places", _("Can set an event's places and join link"))]
        constraints = [models.CheckConstraint(condition=Q(places__gte=1),
                                              name="booking_at_least_one_place")]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.places}, {self.status})"


class BookingMessage(OutgoingMessage):
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="messages",
                                verbose_name=_("booking"))
    channel = models.CharField(_("sent by"), max_length=10, choices=CHANNELS)
    purpose = models.CharField(_("purpose"), max_length=20, choices=PURPOSES)
    # Staff messages only: their own words (other purposes use BookingMessageTemplate).
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("message"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("booking message")
        verbose_name_plural = _("booking messages")
        constraints = [models.UniqueConstraint(
            fields=["booking", "channel", "purpose"], name="one_booking_message_per_purpose",
            condition=~Q(purpose__in=REPEATABLE_PURPOSES))]

    def __str__(self):
        return f"{self.booking_id} {self.purpose} {self.channel} ({self.status})"


class BookingMessageTemplate(models.Model):
    """The words of one message, in both languages. Placeholders in {braces}: {first_name},
    {event}, {date}, {time}, {where}, {places}, {session_language}, {join_link},
    {manage_link}, {offer_ends}; an unknown one is left as it is written."""

    purpose = models.CharField(_("purpose"), max_length=20,
                               choices=[p for p in PURPOSES if p[0] != "staff-message"])
    channel = models.CharField(_("sent by"), max_length=10, choices=CHANNELS)
    subject = models.CharField(_("subject (English)"), max_length=200, blank=True,
                               help_text=_("Emails only."))
    subject_cy = models.CharField(_("subject (Welsh)"), max_length=200, blank=True,
                                  help_text=_("Emails only."))
    body = models.TextField(_("message (English)"))
    body_cy = models.TextField(_("message (Welsh)"))

    class Meta:
        ordering = ["purpose", "channel"]
        verbose_name = _("booking message template")
        verbose_name_plural = _("booking message templates")
        constraints = [models.UniqueConstraint(fields=["purpose", "channel"],
                                               name="one_booking_template_per_message")]

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.get_channel_display()})"
