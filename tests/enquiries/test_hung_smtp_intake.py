"""Intake never waits on the worker. The portal runs as in production, as separate processes on
one database of the run's engine (an SQLite file with the embedded default, or PostgreSQL):
gunicorn, and `manage.py db_worker` sending mail to an SMTP server that accepts connections and
never answers. While the worker is stuck in a send, new enquiries are stored and thanked; once
the server behaves, every notification is delivered exactly once.

The servers' SQLite busy timeout is shorter than the hung send, so a worker that held a lock
across the send (as it once did) would make these submissions fail with "database is locked"."""

import http.cookiejar
import json
import os
import re
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from django.conf import settings

from tests.enquiries.helpers import form_data
from tests.enquiries.test_provider_faults import text_of
from tests.loopback import SmtpServer
from tests.servers import MANAGE, ROOT, free_port, gunicorn, own_database, stop
from tests.servers import wait_until_answering as wait

EMAIL_TIMEOUT = 3  # seconds each hung send takes to fail
ENQUIRIES = 6
WORKER_SETTINGS = """from portal.settings.test import *  # noqa: F403
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST, EMAIL_PORT, EMAIL_TIMEOUT = "127.0.0.1", {port}, {timeout}
NOTIFICATION_RETRY_DELAYS = [1, 1, 1, 1]
"""


@pytest.fixture
def portal(tmp_path):
    """(base URL, database URL, SMTP server) of a portal whose worker is stuck on a send."""
    smtp = SmtpServer(mode="silent")
    (tmp_path / "fault_settings.py").write_text(
        WORKER_SETTINGS.format(port=smtp.port, timeout=EMAIL_TIMEOUT))
    database = own_database(tmp_path, "hung_smtp")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "fault_settings", "DATABASE_URL": database,
           "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
           "SECRET_KEY": settings.SECRET_KEY, "SQLITE_TIMEOUT": "1",
           "ENQUIRY_RATE_LIMIT_IP": "1000", "CACHE_KEY_PREFIX": f"hung-{free_port()}-"}
    port = free_port()
    web = gunicorn(env, port, workers=2)
    worker = subprocess.Popen(MANAGE + ["db_worker", "--interval", "0.2", "--no-startup-delay"],
                              cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        wait(f"http://127.0.0.1:{port}/health/", web)
        yield f"http://127.0.0.1:{port}", database, smtp
    finally:
        stop(web, worker)
        smtp.close()


def send_enquiry(base, number):
    """Fill in the form as a person would (own cookies, CSRF token); returns the reference the
    thank-you page shows."""
    browser = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = browser.open(f"{base}/en/enquire/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = form_data(language="en", email=f"person{number}@example.org",
                     csrfmiddlewaretoken=token)
    with browser.open(f"{base}/en/enquire/", urllib.parse.urlencode(data).encode(),
                      timeout=30) as response:
        assert response.status == 200
        thanks = response.read().decode()
    return re.search(r"<strong>(AC-[A-Z0-9-]+)</strong>", thanks).group(1)


def rows(database, sql):
    if database.startswith("sqlite"):
        with sqlite3.connect(database.removeprefix("sqlite:///")) as connection:
            return connection.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(database) as connection:
        return connection.execute(sql).fetchall()


def wait_for(condition, what, seconds=180):
    """Poll until `condition()` holds; a guard against hanging, not a measure of speed."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for {what}")
        time.sleep(0.5)


NOTIFICATIONS = """SELECT e.reference, n.channel, n.recipient, n.status, n.attempts, n.last_error
FROM enquiries_notification n JOIN enquiries_enquiry e ON e.id = n.enquiry_id"""


def test_intake_goes_on_while_the_worker_is_stuck_in_a_send(portal):
    base, database, smtp = portal
    references = [send_enquiry(base, 0)]
    assert smtp.connected.wait(120), "the worker never tried to send"
    # The worker is now inside a send that will not be answered.
    references += [send_enquiry(base, number) for number in range(1, ENQUIRIES)]
    stored = {reference for (reference,) in rows(database, "SELECT reference FROM "
                                                           "enquiries_enquiry")}
    assert stored == set(references)

    def timed_out():
        return any(status == "pending" and attempts and "timed out" in error
                   for _r, _c, _to, status, attempts, error in rows(database, NOTIFICATIONS))

    wait_for(timed_out, "a timed-out attempt marked for retry")
    smtp.mode = "answer"
    wait_for(lambda: all(row[3] != "pending" for row in rows(database, NOTIFICATIONS)),
             "every notification to be sent")
    notifications = rows(database, NOTIFICATIONS)
    assert {row[3] for row in notifications} == {"sent"}, json.dumps(notifications)
    emails = [row for row in notifications if row[1] == "email"]
    assert len(emails) == 2 * ENQUIRIES
    for reference, _channel, recipient, *_rest in emails:
        texts = [text_of(data) for data in smtp.received_by(recipient)]
        assert sum(reference in text for text in texts) == 1, (reference, recipient)
    assert len(smtp.messages) == len(emails)
