"""Text messages from a contact's page: stored as an Interaction first, sent after commit by
the task queue through the real twilio Client, and kept up to date by Twilio's delivery
status callbacks (which may arrive late or out of order)."""

from django.conf import settings
from django.db import transaction
from django_tasks import task

from helpline.models import Interaction
from helpline.voice.security import public_url
from portal.twilio import CONSOLE_ID_PREFIX, SmsError, send_sms

# Where a message stands; later states never give way to earlier ones.
SMS_RANK = {"queued": 0, "accepted": 0, "sending": 1, "sent": 2, "delivered": 3,
            "undelivered": 3, "failed": 3}


def send_to_contact(contact, template, phone, language, agent, region=None,
                    agency=None) -> Interaction:
    message = Interaction.objects.create(
        kind="sms", direction="out", contact=contact, to_number=phone, language=language,
        status="queued", agent=agent, region=region, agency=agency,
        notes=template.render(language, contact))
    transaction.on_commit(lambda: send_sms_interaction.enqueue(message.pk))
    return message


@task()
def send_sms_interaction(interaction_id: int) -> str:
    message = Interaction.objects.get(pk=interaction_id, kind="sms")
    if message.twilio_sid or message.status != "queued":
        return message.status  # already handed to Twilio
    try:
        sid = send_sms(message.to_number, message.notes,
                       status_callback=public_url("/twilio/sms/status/"))
    except SmsError as error:
        Interaction.objects.filter(pk=message.pk).update(status="failed",
                                                         follow_up=f"Not sent: {error}"[:500])
        return "failed"
    # Twilio reports delivery later; the console backend only logged it, and nothing will.
    logged = sid.startswith(CONSOLE_ID_PREFIX)
    Interaction.objects.filter(pk=message.pk, twilio_sid__isnull=True).update(
        twilio_sid=sid, **({"status": "sent"} if logged else {}))
    return "logged" if logged else "sent"


def sends_to_phones() -> bool:
    """False in development, where the console backend logs texts instead of sending them."""
    return settings.SMS_BACKEND != "console"


def only_logged(message) -> bool:
    """A text the development console backend wrote to the log instead of sending."""
    return bool(message.twilio_sid and message.twilio_sid.startswith(CONSOLE_ID_PREFIX))


def record_status(message_sid: str, status: str) -> None:
    """Apply a delivery status callback, never moving a message back."""
    if status not in SMS_RANK:
        return
    with transaction.atomic():
        message = Interaction.objects.select_for_update().filter(
            twilio_sid=message_sid, kind="sms").first()
        if message and SMS_RANK[status] > SMS_RANK.get(message.status, 0):
            message.status = status
            message.save(update_fields=["status"])
