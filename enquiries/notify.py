"""What we tell people about an enquiry, in their language, and the sending of it.

Notifications are planned inside the enquiry's transaction (so they are stored with it) and
sent by a background task after commit; a failing provider (a timeout included) is retried with
back-off and, after the last attempt, left as a failed record that staff can see. No transaction
is open while a provider is called: each attempt is claimed in one statement, sent, then
recorded in another, so a hung send never holds a lock that intake needs."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

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
        "service": enquiry.agency or enquiry.region,
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


def claim(notification: Notification) -> bool:
    """Count the attempt before it starts, in one short statement. False when the notification
    is no longer pending or another attempt has been counted since it was read."""
    counted = Notification.objects.filter(
        pk=notification.pk, status="pending", attempts=notification.attempts,
    ).update(attempts=F("attempts") + 1)
    if counted:
        notification.attempts += 1
    return bool(counted)


def attempt(notification: Notification) -> datetime.datetime | None:
    """Try to send once. Returns when to try next, or None when done (sent or failed).
    Call it outside any transaction: the provider may take its whole timeout."""
    if notification.status != "pending" or not claim(notification):
        return None
    try:
        notification.provider_id = deliver(notification) or ""
    except Exception as error:  # noqa: BLE001 - any failure, a timeout included, is retried
        notification.last_error = f"{type(error).__name__}: {error}"[:2000]
        delays = settings.NOTIFICATION_RETRY_DELAYS[:Notification.MAX_ATTEMPTS - 1]
        later = retry_at(delays, notification.attempts)
        if later is None:
            notification.status = "failed"
        notification.save(update_fields=["last_error", "status"])
        return later
    notification.status = "sent"
    notification.sent_at = timezone.now()
    notification.save(update_fields=["provider_id", "status", "sent_at"])
    return None
