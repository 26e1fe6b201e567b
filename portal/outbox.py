"""Sending stored messages one attempt at a time, for any model shaped like enquiries'
Notification (status pending/sent/failed, attempts, MAX_ATTEMPTS, last_error, provider_id,
sent_at, next_attempt_at, attempt_started_at).

Each attempt is claimed, sent and recorded in three steps, so no transaction stays open while
a provider is called. An attempt holds a lease (`attempt_started_at`): one older than
NOTIFICATION_LEASE_SECONDS belongs to a worker that died, and the message is taken again."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.retry import retry_at


def lease_expired_before() -> datetime.datetime:
    """Attempts that started before this belong to a worker that died."""
    return timezone.now() - datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS)


def claim(queryset, pk):
    """Take a message for one attempt, in a short transaction committed before anything is
    sent: pending, due, and not held by another worker's live lease. None otherwise.
    `queryset` is the model's manager or a queryset with the select_related sending needs."""
    model, now = queryset.model, timezone.now()
    with transaction.atomic():
        message = (queryset.select_for_update(of=("self",))
                   .filter(pk=pk, status="pending").first())
        if message is None or (message.next_attempt_at or now) > now:
            return None
        if message.attempt_started_at and message.attempt_started_at > lease_expired_before():
            return None
        if message.attempts >= model.MAX_ATTEMPTS:  # the last one never finished
            message.status, message.next_attempt_at = "failed", None
            message.attempt_started_at = None
            message.last_error = message.last_error or "The last attempt never ended"
            message.save()
            return None
        # Taken only if nobody took it since it was read (SQLite has no row locks).
        if not still_held(message).filter(attempts=message.attempts).update(
                attempts=message.attempts + 1, attempt_started_at=now):
            return None
        message.attempts += 1
        message.attempt_started_at = now
    return message


def still_held(message):
    return type(message).objects.filter(pk=message.pk, status="pending",
                                        attempt_started_at=message.attempt_started_at)


def record_sent(message, provider_id: str):
    type(message).objects.filter(pk=message.pk, status="pending").update(
        status="sent", sent_at=timezone.now(), provider_id=provider_id or "",
        attempt_started_at=None, next_attempt_at=None)


def record_failure(message, error: Exception) -> datetime.datetime | None:
    """Returns when to try next, or None when the attempts are spent (now failed)."""
    delays = settings.NOTIFICATION_RETRY_DELAYS[:type(message).MAX_ATTEMPTS - 1]
    later = retry_at(delays, message.attempts)
    still_held(message).update(
        status="pending" if later else "failed", next_attempt_at=later,
        attempt_started_at=None, last_error=f"{type(error).__name__}: {error}"[:2000])
    return later


def release(message):
    """The worker is stopping mid-send: give the attempt back, to be made again at once."""
    still_held(message).update(attempts=message.attempts - 1, attempt_started_at=None)


def send(task, queryset, pk, deliver) -> str:
    """One attempt at message `pk`: the body of a send task (`task` re-enqueues a retry)."""
    message = claim(queryset, pk)
    if message is None:
        return "not due, taken or done"
    try:
        provider_id = deliver(message)
    except Exception as error:  # noqa: BLE001 - record any failure and retry
        later = record_failure(message, error)
        if later is not None:
            task.using(run_after=later).enqueue(pk)
        return "failed" if later is None else "retrying"
    except BaseException:  # the worker is stopping: the attempt goes back, unmade
        release(message)
        raise
    record_sent(message, provider_id)
    return "sent"


def requeue_lost(model, task) -> int:
    """Pending messages that no task will pick up: an attempt that outlived its lease (the
    worker was killed), or one due for longer than a lease with none started (its task was
    lost). Each gets a fresh task; the claim makes duplicates harmless."""
    stale = lease_expired_before()
    lost = model.objects.filter(status="pending", attempt_started_at__lt=stale) | (
        model.objects.filter(status="pending", attempt_started_at__isnull=True,
                             next_attempt_at__lt=stale))
    taken = 0
    for pk in list(lost.values_list("pk", flat=True)):
        if lost.filter(pk=pk).update(attempt_started_at=None, next_attempt_at=timezone.now()):
            task.enqueue(pk)
            taken += 1
    return taken
