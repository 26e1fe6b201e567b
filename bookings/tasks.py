"""Background work, run by django-tasks after the booking is committed: each message is sent
in attempts claimed, sent and recorded by portal.outbox (retries with back-off, leases)."""

from django.db import transaction
from django_tasks import task

from bookings import messages
from bookings.models import BookingMessage
from portal import outbox


@task()
def send_booking_message(message_id: int) -> str:
    return outbox.send(send_booking_message, BookingMessage.objects.select_related("booking"),
                       message_id, messages.deliver)


def enqueue_after_commit(planned):
    ids = [m.pk for m in planned]
    if ids:
        transaction.on_commit(lambda: [send_booking_message.enqueue(pk) for pk in ids])


def requeue_lost() -> int:
    return outbox.requeue_lost(BookingMessage, send_booking_message)

