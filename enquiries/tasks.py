"""Background work, run by django-tasks (database backend) after the enquiry is committed."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from enquiries import notify
from enquiries.models import Notification
from portal import outbox


@task()
def send_notification(notification_id: int) -> str:
    return outbox.send(send_notification, Notification.objects.select_related(
        "enquiry__region", "enquiry__agency"), notification_id, notify.deliver)


def enqueue_after_commit(notifications):
    ids = [n.pk for n in notifications]
    transaction.on_commit(lambda: [send_notification.enqueue(pk) for pk in ids])


def retry(notification: Notification):
    """Staff asked to send a notification that was not delivered (failed, or still pending):
    a fresh round of attempts, now. A live attempt by a worker keeps its lease."""
    stale = notify.lease_expired_before()
    Notification.objects.filter(pk=notification.pk, attempt_started_at__lt=stale).update(
        attempt_started_at=None)
    Notification.objects.filter(pk=notification.pk).exclude(status="sent").update(
        status="pending", attempts=0, next_attempt_at=timezone.now())
    enqueue_after_commit([notification])


def requeue_lost() -> int:
    """Pending notifications that no task will pick up (portal.outbox.requeue_lost)."""
    return outbox.requeue_lost(Notification, send_notification)


def health():
    """For /health/: how many notifications wait, and how long the oldest has waited."""
    pending = Notification.objects.filter(status="pending")
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    age = int((timezone.now() - oldest).total_seconds()) if oldest else None
    degraded = age is not None and age > settings.HEALTH_NOTIFICATION_AGE_SECONDS
    return ("degraded" if degraded else "ok"), {"pending_notifications": pending.count(),
                                                "oldest_pending_notification_seconds": age}
