"""Background work, run by django-tasks (database backend) after the enquiry is committed."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from enquiries import notify
from enquiries.models import Notification


@task()
def send_notification(notification_id: int) -> str:
    notification = notify.claim(notification_id)
    if notification is None:
        return "not due, taken or done"
    try:
        provider_id = notify.deliver(notification)
    except Exception as error:  # noqa: BLE001 - record any failure and retry
        later = notify.record_failure(notification, error)
        if later is not None:
            send_notification.using(run_after=later).enqueue(notification_id)
        return "failed" if later is None else "retrying"
    except BaseException:  # the worker is stopping: the attempt goes back, unmade
        notify.release(notification)
        raise
    notify.record_sent(notification, provider_id)
    return "sent"


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
    """Pending notifications that no task will pick up: an attempt that outlived its lease (the
    worker was killed), or one due for longer than a lease with none started (its task was
    lost). Each gets a fresh task; the claim makes duplicates harmless."""
    stale = notify.lease_expired_before()
    lost = Notification.objects.filter(status="pending", attempt_started_at__lt=stale) | (
        Notification.objects.filter(status="pending", attempt_started_at__isnull=True,
                                    next_attempt_at__lt=stale))
    taken = 0
    for pk in list(lost.values_list("pk", flat=True)):
        if lost.filter(pk=pk).update(attempt_started_at=None, next_attempt_at=timezone.now()):
            send_notification.enqueue(pk)
            taken += 1
    return taken


def health():
    """For /health/: how many notifications wait, and how long the oldest has waited."""
    pending = Notification.objects.filter(status="pending")
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    age = int((timezone.now() - oldest).total_seconds()) if oldest else None
    degraded = age is not None and age > settings.HEALTH_NOTIFICATION_AGE_SECONDS
    return ("degraded" if degraded else "ok"), {"pending_notifications": pending.count(),
                                                "oldest_pending_notification_seconds": age}
