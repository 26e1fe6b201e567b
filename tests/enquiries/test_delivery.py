"""Notifications are never stuck: an attempt holds a lease, a lost or stale one is taken again,
staff can resend anything not delivered, and /health/ says when the queue is falling behind."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from enquiries import notify, tasks
from enquiries.models import AuditEntry, EnquiryEvent, Notification
from portal import queue
from tests.factories.people import enquiry as new_enquiry
from tests.helpers import run_worker, with_mfa

pytestmark = pytest.mark.django_db


def ago(seconds):
    return timezone.now() - datetime.timedelta(seconds=seconds)


def left_by_a_dead_worker(notification, settings):
    """What a worker killed mid-send leaves: one attempt started, longer ago than the lease."""
    Notification.objects.filter(pk=notification.pk).update(
        attempts=1, attempt_started_at=ago(settings.NOTIFICATION_LEASE_SECONDS + 1))


def test_a_live_attempt_is_not_taken_twice_but_a_stale_one_is(settings):
    notification = new_enquiry().notifications.first()
    Notification.objects.filter(pk=notification.pk).update(attempts=1,
                                                           attempt_started_at=ago(5))
    assert notify.claim(notification.pk) is None  # another worker is sending it
    left_by_a_dead_worker(notification, settings)
    taken = notify.claim(notification.pk)
    assert taken.attempts == 2 and taken.attempt_started_at > ago(5)


def test_the_sweep_takes_back_lost_notifications_and_tasks_left_running(settings):
    stale, lost = new_enquiry().notifications.order_by("pk")
    waiting = new_enquiry().notifications.first()
    left_by_a_dead_worker(stale, settings)
    Notification.objects.filter(pk=lost.pk).update(  # due long ago, and no task will come
        next_attempt_at=ago(settings.NOTIFICATION_LEASE_SECONDS + 1))
    task = tasks.send_notification.enqueue(waiting.pk)
    DBTaskResult.objects.filter(pk=task.id).update(
        status="RUNNING", started_at=ago(settings.TASK_LEASE_SECONDS + 1))

    assert queue.sweep() == {"tasks": 1, "notifications": 2, "booking_messages": 0,
                            "pruned": 0}
    assert queue.sweep() == {"tasks": 0, "notifications": 0, "booking_messages": 0,
                            "pruned": 0}  # none taken twice
    assert DBTaskResult.objects.get(pk=task.id).status == "READY"
    run_worker()
    assert {n.status for n in Notification.objects.filter(pk__in=[stale.pk, lost.pk,
                                                                   waiting.pk])} == {"sent"}
    assert len(mail.outbox) == 3


def test_staff_can_resend_a_notification_still_pending(client, settings,
                                                      django_capture_on_commit_callbacks):
    enquiry = new_enquiry()
    stuck = enquiry.notifications.first()
    left_by_a_dead_worker(stuck, settings)
    manager = User.objects.create_superuser("manager", password="x" * 16)
    with_mfa(manager)
    client.force_login(manager)
    html = client.get(f"/admin/enquiries/{enquiry.pk}/").content.decode()
    assert html.count("Send again") == 2  # both are pending: neither has been delivered

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/enquiries/{enquiry.pk}/retry/", {"notification": stuck.pk})
    assert EnquiryEvent.objects.filter(enquiry=enquiry, kind="note",
                                       text__contains="again").exists()
    assert AuditEntry.objects.filter(action="retry", object_id=enquiry.pk).exists()
    run_worker()
    stuck.refresh_from_db()
    assert (stuck.status, stuck.attempts) == ("sent", 1)
    assert [m.to for m in mail.outbox] == [[stuck.recipient]]


def test_a_sent_notification_is_not_sent_again(client, django_capture_on_commit_callbacks):
    enquiry = new_enquiry()
    sent = enquiry.notifications.first()
    Notification.objects.filter(pk=sent.pk).update(status="sent")
    manager = User.objects.create_superuser("manager", password="x" * 16)
    with_mfa(manager)
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/enquiries/{enquiry.pk}/retry/", {"notification": sent.pk})
    run_worker()
    assert not mail.outbox
    assert not AuditEntry.objects.filter(action="retry", object_id=enquiry.pk).exists()


def test_health_reports_the_queue_and_degrades_past_the_thresholds(client, settings):
    enquiry = new_enquiry()
    assert client.get("/health/").json()["status"] == "ok"

    waited = settings.HEALTH_NOTIFICATION_AGE_SECONDS + 60
    enquiry.notifications.update(created_at=ago(waited))
    response = client.get("/health/")
    body = response.json()
    assert response.status_code == 200  # the site still serves; the queue is behind
    assert body["status"] == "degraded" and body["checks"]["notifications"] == "degraded"
    assert body["queue"]["pending_notifications"] == 2
    assert body["queue"]["oldest_pending_notification_seconds"] >= waited

    enquiry.notifications.update(status="sent")
    task = tasks.send_notification.enqueue(enquiry.notifications.first().pk)
    DBTaskResult.objects.filter(pk=task.id).update(
        status="RUNNING", started_at=ago(settings.TASK_LEASE_SECONDS + 1))
    body = client.get("/health/").json()
    assert body["checks"] == {**body["checks"], "notifications": "ok", "tasks": "degraded"}
    assert body["queue"]["stale_tasks"] == 1

    DBTaskResult.objects.filter(pk=task.id).update(status="READY")
    ready = DBTaskResult.objects.ready().count()
    settings.HEALTH_READY_TASKS = ready
    assert client.get("/health/").json()["status"] == "ok"
    settings.HEALTH_READY_TASKS = ready - 1
    body = client.get("/health/").json()
    assert (body["status"], body["queue"]["ready_tasks"]) == ("degraded", ready)


def test_the_sweep_deletes_finished_task_results_past_their_keeping_time(settings):
    def finished(status, days_ago):
        task = tasks.send_notification.enqueue(0)
        DBTaskResult.objects.filter(pk=task.id).update(
            status=status, finished_at=timezone.now() - datetime.timedelta(days=days_ago))
        return str(task.id)

    kept = [finished("SUCCESSFUL", settings.TASK_RESULT_DAYS - 1),
            finished("FAILED", settings.TASK_RESULT_DAYS + 1),  # failures are kept longer
            str(tasks.send_notification.enqueue(0).id)]  # still to run
    gone = [finished("SUCCESSFUL", settings.TASK_RESULT_DAYS + 1),
            finished("FAILED", settings.FAILED_TASK_RESULT_DAYS + 1)]
    assert queue.sweep()["pruned"] == 2
    left = {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}
    assert set(kept) <= left and not set(gone) & left
