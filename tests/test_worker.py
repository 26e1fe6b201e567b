"""The task worker as a real process: SIGTERM stops it within seconds and leaves nothing
RUNNING, and a worker killed with SIGKILL mid-send loses nothing: the next one takes the
attempt again once its lease has passed, and each message is delivered exactly once."""

import os
import signal
import subprocess
import time
from contextlib import closing

import pytest

from tests.servers import MANAGE, ROOT, own_database, shell
from tests.smtp import RecordingSmtp, SilentSmtp

LEASE = 2  # seconds, for tasks and notifications alike; the worker sweeps every second


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    url = own_database(tmp_path_factory.mktemp("worker"), "worker")
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
           "TEST_SMTP_PORT": "25", "NOTIFICATION_LEASE_SECONDS": str(LEASE),
           "TASK_LEASE_SECONDS": str(LEASE), "WORKER_SWEEP_SECONDS": "1",
           "WORKER_STOP_SECONDS": "2"}
    return env


@pytest.fixture
def smtp():
    servers = []

    def start(kind):
        servers.append(kind())
        return servers[-1]
    yield start
    for server in servers:
        server.close()


def rows(env, sql):
    url = env["DATABASE_URL"]
    if url.startswith("sqlite"):
        import sqlite3

        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
            return db.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql).fetchall()


def new_enquiry(env):
    """An enquiry through intake (two emails planned and queued); returns its id."""
    return int(shell(env, "from tests.factories.people import enquiry; print(enquiry().pk)"))


def notifications(env, enquiry_id):
    return rows(env, "SELECT recipient, status, attempts, attempt_started_at "
                     f"FROM enquiries_notification WHERE enquiry_id = {enquiry_id} "
                     "ORDER BY id")


def running_tasks(env):
    return rows(env, "SELECT id FROM django_tasks_database_dbtaskresult "
                     "WHERE status = 'RUNNING'")


def start_worker(env, smtp_server, **settings):
    """A worker sending mail to `smtp_server`, returned once it has started its loop."""
    worker = subprocess.Popen(
        MANAGE + ["run_worker", "--interval", "0.2", "--no-startup-delay"], cwd=ROOT,
        env={**env, "TEST_SMTP_PORT": str(smtp_server.port), **settings}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    for line in worker.stdout:
        if "Starting worker" in line:
            return worker
    raise AssertionError(f"the worker exited with {worker.wait()}")


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("gave up waiting")


def stopped_in(process, seconds):
    """SIGTERM the process; how long it took to exit (it must exit 0)."""
    began = time.monotonic()
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=seconds)
    assert process.returncode == 0, output
    return time.monotonic() - began


def test_a_worker_killed_mid_send_loses_nothing_and_sends_nothing_twice(env, smtp):
    enquiry = new_enquiry(env)
    hanging = smtp(SilentSmtp)
    worker = start_worker(env, hanging)
    wait_for(lambda: hanging.connections and running_tasks(env))
    worker.kill()  # SIGKILL in the middle of the first send
    worker.wait()
    assert [n[1:3] for n in notifications(env, enquiry)][0] == ("pending", 1)
    assert running_tasks(env)  # what the killed worker left behind

    answering = smtp(RecordingSmtp)
    worker = start_worker(env, answering)
    try:
        wait_for(lambda: {n[1] for n in notifications(env, enquiry)} == {"sent"})
    finally:
        stopped_in(worker, 10)
    recipients = sorted(to for message in answering.messages for to in message[0])
    assert recipients == sorted(n[0] for n in notifications(env, enquiry))  # once each
    assert [n[2] for n in notifications(env, enquiry)][0] == 2  # the killed attempt counted
    assert not running_tasks(env)


def test_sigterm_mid_send_stops_the_worker_and_gives_the_attempt_back(env, smtp):
    long_leases = {"NOTIFICATION_LEASE_SECONDS": "600", "TASK_LEASE_SECONDS": "600"}
    enquiry = new_enquiry(env)
    hanging = smtp(SilentSmtp)
    worker = start_worker(env, hanging, **long_leases)
    wait_for(lambda: hanging.connections and running_tasks(env))
    took = stopped_in(worker, 10)
    assert took < 2 + 3  # WORKER_STOP_SECONDS for the task, then out
    assert not running_tasks(env)
    first = notifications(env, enquiry)[0]
    assert first[1:] == ("pending", 0, None)  # released, as if never tried

    answering = smtp(RecordingSmtp)
    began = time.monotonic()
    worker = start_worker(env, answering, **long_leases)
    try:
        wait_for(lambda: {n[1] for n in notifications(env, enquiry)} == {"sent"})
    finally:
        stopped_in(worker, 10)
    assert len(answering.messages) == 2
    assert time.monotonic() - began < 20  # taken again at once, with no lease to wait out


def test_an_idle_worker_stops_at_once_on_sigterm(env, smtp):
    worker = start_worker(env, smtp(RecordingSmtp), WORKER_STOP_SECONDS="60")
    time.sleep(1)  # swept, waiting for work
    assert worker.poll() is None
    assert stopped_in(worker, 30) < 10  # far less than the 60 s a running task would get


@pytest.mark.django_db
def test_a_stop_signal_while_claiming_gives_the_claimed_task_back_unrun():
    """The signal can land while the worker commits its claim: nothing is raised into that
    commit, and the task it has just claimed goes back on the queue without running."""
    from django_tasks_db.models import DBTaskResult

    from portal.management.commands.run_worker import Worker
    from portal.search.tasks import sync_pages

    sync_pages.enqueue([])
    claimed = DBTaskResult.objects.get(task_path__endswith="sync_pages")
    claimed.claim("worker-1")
    worker = Worker(queue_names=["default"], interval=1, batch=False, backend_name="default",
                    startup_delay=False, max_tasks=None, worker_id="worker-1",
                    excluded_queue_names=[])
    worker.shutdown(signal.SIGTERM, None)  # returns: an idle worker is not interrupted
    assert not worker.running
    worker.run_task(claimed)
    claimed.refresh_from_db()
    assert (claimed.status, claimed.started_at, claimed.finished_at) == ("READY", None, None)
