"""The task queue heals itself. A task left RUNNING for longer than TASK_LEASE_SECONDS belongs
to a worker that was killed, and goes back to the queue; apps add their own sweeps (enquiries:
notifications whose attempt outlived its lease). The sweep also deletes finished task results
past their keeping time (TASK_RESULT_DAYS, FAILED_TASK_RESULT_DAYS): their arguments name
people's records. `manage.py run_worker` sweeps when it starts and every WORKER_SWEEP_SECONDS;
`manage.py heal_queue` sweeps once, for cron."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

SWEEPS = {}


def register_sweep(name: str, sweep):
    """`sweep()` puts back on the queue what a dead worker left, and returns how many."""
    SWEEPS[name] = sweep


def stale_tasks():
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.TASK_LEASE_SECONDS)
    return DBTaskResult.objects.running().filter(started_at__lt=cutoff)


def requeue_stale_tasks() -> int:
    return stale_tasks().update(status=TaskResultStatus.READY)


def prune_finished_tasks() -> int:
    now = timezone.now()
    kept = {TaskResultStatus.SUCCESSFUL: settings.TASK_RESULT_DAYS,
            TaskResultStatus.FAILED: settings.FAILED_TASK_RESULT_DAYS}
    old = Q()
    for status, days in kept.items():
        old |= Q(status=status, finished_at__lt=now - datetime.timedelta(days=days))
    return DBTaskResult.objects.filter(old).delete()[0]


def sweep() -> dict[str, int]:
    """What each sweep put back, and the old results it deleted:
    {"tasks": 1, "notifications": 1, "pruned": 0}."""
    return {"tasks": requeue_stale_tasks(),
            **{name: run() for name, run in SWEEPS.items()},
            "pruned": prune_finished_tasks()}


def health():
    """The queue's state for /health/: degraded when tasks pile up or a worker died."""
    figures = {"ready_tasks": DBTaskResult.objects.ready().count(),
               "stale_tasks": stale_tasks().count()}
    degraded = figures["stale_tasks"] or figures["ready_tasks"] > settings.HEALTH_READY_TASKS
    return ("degraded" if degraded else "ok"), figures
