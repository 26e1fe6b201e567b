"""The retention job as a task, for a deployment that schedules through the task queue rather
than cron (the worker runs it like any other task)."""

from django_tasks import task

from privacy import retention


@task()
def apply_retention() -> dict:
    return {kind: outcome.count for kind, outcome in retention.apply().items()}
