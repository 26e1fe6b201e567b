"""`manage.py run_worker`: django_tasks_db's worker, made to stop when asked and to heal the queue.

- SIGTERM or SIGINT: an idle worker stops within one polling interval. Nothing is raised into
  it, as the signal may land while it commits the claim of a task; a task claimed just then is
  given back unrun. A busy worker lets its task finish for up to WORKER_STOP_SECONDS, then
  abandons it: the task is interrupted (even inside a hung socket read) and goes back to the
  queue as READY; a notification gives its attempt back. A second signal abandons the task at
  once.
- It sweeps the queue (portal.queue) when it starts and every WORKER_SWEEP_SECONDS, in a
  thread of its own, so a worker killed with SIGKILL loses nothing.
- No autoreload: a reloader's parent answers SIGTERM by killing its child with SIGKILL."""

import logging
import signal
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from portal import queue

logger = logging.getLogger("django_tasks_db")


class Stop(BaseException):
    """Raised into the worker (and its task, if any) when it must stop now."""


STOP_PATH = f"{Stop.__module__}.{Stop.__qualname__}"


class Worker(db_worker.Worker):
    def configure_signals(self):
        super().configure_signals()  # SIGTERM, SIGINT, SIGQUIT call self.shutdown
        signal.signal(signal.SIGALRM, self.time_is_up)

    def shutdown(self, signum, frame):
        if not self.running_task:
            self.running = False  # the loop ends after its sleep or its claim
            return
        if self.running:
            logger.warning("%s: finishing the current task (at most %ss)",
                           signal.strsignal(signum), settings.WORKER_STOP_SECONDS)
            self.running = False
            signal.setitimer(signal.ITIMER_REAL, settings.WORKER_STOP_SECONDS)
            return
        raise Stop  # asked a second time: abandon the task now

    def time_is_up(self, signum, frame):
        if self.running_task:
            logger.warning("The current task did not finish in time: abandoned")
            raise Stop

    def run_task(self, db_task_result):
        if not self.running:  # asked to stop while claiming it
            give_back(db_task_result.pk)
            return
        try:
            super().run_task(db_task_result)
        except DatabaseError:
            # Stop landed inside a database call, so the library could not record the end.
            if self.running:
                raise
            close_broken_connection()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        give_back(db_task_result.pk)


def give_back(pk):
    """Put a task this worker claimed, or abandoned, back on the queue for the next worker."""
    abandoned = Q(status=TaskResultStatus.FAILED, exception_class_path=STOP_PATH)
    DBTaskResult.objects.filter(Q(status=TaskResultStatus.RUNNING) | abandoned, pk=pk).update(
        status=TaskResultStatus.READY, started_at=None, finished_at=None,
        exception_class_path="", traceback="")


def close_broken_connection():
    try:
        connection.close()
    except DatabaseError:
        connection.connection = None  # the next query opens a new one


def sweep_once():
    try:
        healed = queue.sweep()
        if any(healed.values()):
            logger.warning("Put back on the queue after a dead worker: %s", healed)
    except Exception:  # noqa: BLE001 - try again at the next sweep
        logger.exception("Sweeping the queue failed")
    finally:
        connection.close()  # the sweep thread's own connection


def sweep_every(seconds):
    while True:
        time.sleep(seconds)
        sweep_once()


class Command(db_worker.Command):
    help = "Run the task worker: stops cleanly on SIGTERM and heals the queue (docs/enquiries.md)"

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay,
               max_tasks, worker_id, exclude_queues, **options):
        self.configure_logging(verbosity)
        worker = Worker(
            queue_names=queue_name.split(","), interval=interval, batch=batch,
            backend_name=backend_name, startup_delay=startup_delay, max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        worker.configure_signals()
        try:
            sweep_once()
            threading.Thread(target=sweep_every, args=[settings.WORKER_SWEEP_SECONDS],
                             daemon=True, name="queue-sweep").start()
            worker.run()
        except Stop:
            pass
        logger.info("Worker %s stopped", worker_id)
