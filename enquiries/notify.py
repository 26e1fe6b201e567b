"""What we tell people about an enquiry, in their language, and the sending of it.

Notifications are planned inside the enquiry's transaction (so they are stored with it) and
sent by a background task after commit; a failing provider (a timeout included) is retried with
back-off and, after the last attempt, left as a failed record that staff can see. Each attempt
is claimed, sent and recorded in three steps, so no transaction stays open while a provider is
called (portal.outbox)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from enquiries import next_steps
from enquiries.models import Enquiry, Notification
from portal import outbox
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


def claim(notification_id: int) -> Notification | None:
    return outbox.claim(Notification.objects.select_related("enquiry__region", "enquiry__agency"),
                        notification_id)


# The attempt's steps are shared with other apps' messages (portal.outbox).
lease_expired_before = outbox.lease_expired_before
record_sent = outbox.record_sent
record_failure = outbox.record_failure
release = outbox.release
