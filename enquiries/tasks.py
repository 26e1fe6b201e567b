"""Background work, run by django-tasks (database backend) after the enquiry is committed."""

from django.db import transaction
from django_tasks import task

from enquiries.models import Notification
from enquiries.notify import attempt


@task()
def send_notification(notification_id: int) -> str:
    # No transaction here: attempt() claims, sends, then records, each write on its own.
    notification = (Notification.objects.select_related("enquiry__region", "enquiry__agency")
                    .filter(pk=notification_id).first())
    if notification is None:
        return "gone"
    later = attempt(notification)
    if later is not None:
        send_notification.using(run_after=later).enqueue(notification_id)
    return notification.status


def enqueue_after_commit(notifications):
    ids = [n.pk for n in notifications]
    transaction.on_commit(lambda: [send_notification.enqueue(pk) for pk in ids])


def retry(notification: Notification):
    """Staff asked to try a failed notification again: a fresh round of attempts."""
    notification.status, notification.attempts = "pending", 0
    notification.save(update_fields=["status", "attempts"])
    enqueue_after_commit([notification])
