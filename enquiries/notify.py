"""What we tell people about an enquiry, in their language, and the sending of it.

Notifications are planned inside the enquiry's transaction (so they are stored with it) and
sent by a background task after commit; a failing provider (a timeout included) is retried with
back-off and, after the last attempt, left as a failed record that staff can see. Each attempt
is claimed, sent and recorded in three steps, so no transaction stays open while a provider is
called."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from enquiries import next_steps
from enquiries.models import Enquiry, Notification
from portal.retry import retry_at
from portal.twilio import send_sms


def plan_notifications(enquiry: Enquiry, email: str, mobile: str) -> list[Notification]:
    planned = []
    if email:
        planned.append(Notification(enquiry=enquiry, channel="email", purpose="confirmation",
                                    recipient=email, language=enquiry.language))
    if mobile and enquiry.wants_sms:
        planned.append(Notification(enquiry=enquiry, channel="sms", purpose="confirmation",
                                    recipient=mobile, language=enquiry.language))
    inbox = (enquiry.agency and enquiry.agency.email) or (
        enquiry.region and enquiry.region.email) or settings.NATIONAL_ENQUIRIES_EMAIL
    # Staff alerts go in English and Welsh in one message: the inbox is shared.
    planned.append(Notification(enquiry=enquiry, channel="email", purpose="region-alert",
                                recipient=inbox, language="cy"))
    return Notification.objects.bulk_create(planned)


def render_message(notification: Notification) -> tuple[str, str]:
    """(subject, body) in the notification's language."""
    enquiry = notification.enquiry
    context = {
        "enquiry": enquiry,
        **next_steps.context(enquiry, notification.language),
        "admin_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/enquiries/{enquiry.pk}/",
    }
    template = f"enquiries/messages/{notification.purpose}_{notification.channel}.txt"
    with translation.override(notification.language):
        text = render_to_string(template, context).strip()
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip()


def deliver(notification: Notification) -> str:
    subject, body = render_message(notification)
    if notification.channel == "sms":
        return send_sms(notification.recipient, f"{subject}\n{body}" if body else subject)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [notification.recipient])
    return ""


def lease_expired_before() -> datetime.datetime:
    """Attempts that started before this belong to a worker that died."""
    return timezone.now() - datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS)


def claim(notification_id: int) -> Notification | None:
    """Take a notification for one attempt, in a short transaction committed before anything
    is sent: pending, due, and not held by another worker's live lease. None otherwise."""
    now = timezone.now()
    with transaction.atomic():
        notification = (Notification.objects.select_for_update(of=("self",))
                        .select_related("enquiry__region", "enquiry__agency")
                        .filter(pk=notification_id, status="pending").first())
        if notification is None or (notification.next_attempt_at or now) > now:
            return None
        if notification.attempt_started_at and (
                notification.attempt_started_at > lease_expired_before()):
            return None
        if notification.attempts >= Notification.MAX_ATTEMPTS:  # the last one never finished
            notification.status, notification.next_attempt_at = "failed", None
            notification.attempt_started_at = None
            notification.last_error = notification.last_error or "The last attempt never ended"
            notification.save()
            return None
        # Taken only if nobody took it since it was read (SQLite has no row locks).
        if not _still_held(notification).filter(attempts=notification.attempts).update(
                attempts=notification.attempts + 1, attempt_started_at=now):
            return None
        notification.attempts += 1
        notification.attempt_started_at = now
    return notification


def _still_held(notification: Notification):
    return Notification.objects.filter(pk=notification.pk, status="pending",
                                       attempt_started_at=notification.attempt_started_at)


def record_sent(notification: Notification, provider_id: str):
    Notification.objects.filter(pk=notification.pk, status="pending").update(
        status="sent", sent_at=timezone.now(), provider_id=provider_id or "",
        attempt_started_at=None, next_attempt_at=None)


def record_failure(notification: Notification, error: Exception) -> datetime.datetime | None:
    """Returns when to try next, or None when the attempts are spent (now failed)."""
    delays = settings.NOTIFICATION_RETRY_DELAYS[:Notification.MAX_ATTEMPTS - 1]
    later = retry_at(delays, notification.attempts)
    _still_held(notification).update(
        status="pending" if later else "failed", next_attempt_at=later,
        attempt_started_at=None, last_error=f"{type(error).__name__}: {error}"[:2000])
    return later


def release(notification: Notification):
    """The worker is stopping mid-send: give the attempt back, to be made again at once."""
    _still_held(notification).update(attempts=notification.attempts - 1,
                                     attempt_started_at=None)
