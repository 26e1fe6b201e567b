"""Sending stored messages one attempt at a time, for any model built on `OutgoingMessage`
(enquiries' Notification, bookings' BookingMessage): its delivery fields are what these steps
read and write.

Each attempt is claimed, sent and recorded in three steps, so no transaction stays open while
a provider is called. An attempt holds a lease (`attempt_started_at`): one older than
NOTIFICATION_LEASE_SECONDS belongs to a worker that died, and the message is taken again."""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.languages import LANGUAGES
from portal.retry import retry_at


class OutgoingMessage(models.Model):
    """To whom, in which language, and how each attempt went."""

    STATUSES = [("pending", _("Pending")), ("sent", _("Sent")), ("failed", _("Failed"))]
    MAX_ATTEMPTS = 5

    recipient = models.CharField(_("to"), max_length=254)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default="pending")
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    provider_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    attempt_started_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


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
