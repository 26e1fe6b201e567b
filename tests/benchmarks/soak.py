"""Soak benchmark: enquiries at a steady rate for several minutes while the mail server flaps.

    [DATABASE_URL=postgres://...] .venv/bin/python -m tests.benchmarks.soak \
        [--minutes 3] [--rate 2] [--up 30] [--down 20]

Starts gunicorn (2 workers) and one `manage.py run_worker` on a fresh database (`<name>_bench`
beside DATABASE_URL's when it is PostgreSQL, else a file SQLite in a temporary directory), with
mail going to an SMTP server on loopback that records every message and flaps: --up seconds
answering, then --down seconds down, the down phases alternating between resetting every
connection at once ("refuse") and accepting it and never saying a word ("silent"). Enquiries go
through the real form (fetched, the bot check waited out, posted) at --rate a second from a few
threads; each post's latency and whether it showed the thank-you page (and which reference) are
kept. Then the mail server comes up for good and the queue is given --drain seconds to empty.

Prints submitted, thanked, stored (thanked references found in the database), notifications
planned / delivered / failed / pending, messages received and duplicates (a notification's
message received more than once: same recipients and subject, which carries the reference), and
intake latency p50 / p95 / max. Exits 1 if an enquiry that was thanked is not stored, or if a
message was received twice."""

import argparse
import email
import email.header
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.benchmarks.enquiry_intake import fetch_form, fresh_database, percentile, submit
from tests.loopback import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"<strong>([A-Z0-9-]{4,12})</strong>")
BOT_CHECK_SECONDS = 3.2  # a person takes longer than the bot check's minimum


class FlappingSmtp(SmtpServer):
    """A recording SMTP server that goes down and comes back on a timetable (`flap`)."""

    def __init__(self):
        super().__init__(mode="answer")
        self.phases = []  # (seconds since start, mode)
        self.stopped = threading.Event()

    def flap(self, up, down, began):
        downs = ["refuse", "silent"]
        while not self.stopped.wait(up):
            mode = downs[0]
            downs.reverse()
            self.set_mode(mode, began)
            if self.stopped.wait(down):
                break
            self.set_mode("answer", began)

    def set_mode(self, mode, began):
        with self.lock:
            self.mode = mode
            self.phases.append((round(time.perf_counter() - began, 1), mode))

    def up_for_good(self, began):
        self.stopped.set()
        self.set_mode("answer", began)
        self.released.set()  # let silent connections go: their clients have long timed out


def one_enquiry(base, n, due):
    """Fetch the form at `due`, wait out the bot check, post it; what the person saw."""
    time.sleep(max(0.0, due - time.perf_counter()))
    result = {"n": n, "thanked": False, "reference": None, "latency": None, "error": None}
    try:
        opener, data = fetch_form(base, n)
        data.pop("wants_sms", None)  # mail only: SMS goes to the console backend here
        time.sleep(BOT_CHECK_SECONDS)
        latency, status, url, html = submit(base, opener, data)
        result["latency"] = latency
        match = REFERENCE.search(html)
        if status == 200 and "thank-you" in url and match:
            result.update(thanked=True, reference=match.group(1))
        else:
            result["error"] = f"{status} {url}"
    except urllib.error.HTTPError as error:
        result["error"] = f"HTTP {error.code}"
    except OSError as error:
        result["error"] = repr(error)
    return result


def database_figures(env, references):
    code = (
        "import json, sys\n"
        "from enquiries.models import Enquiry, Notification as N\n"
        "refs = json.load(sys.stdin)\n"
        "found = set(Enquiry.objects.filter(reference__in=refs).values_list('reference',"
        " flat=True))\n"
        "email = N.objects.filter(channel='email')\n"
        "print(json.dumps({'enquiries': Enquiry.objects.count(),"
        " 'missing': sorted(set(refs) - found), 'planned': email.count(),"
        " 'sent': email.filter(status='sent').count(),"
        " 'failed': email.filter(status='failed').count(),"
        " 'pending': email.filter(status='pending').count(),"
        " 'attempts': sum(email.values_list('attempts', flat=True))}))\n"
    )
    out = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
                         cwd=ROOT, env=env, input=json.dumps(references), capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def message_key(recipients, data):
    subject = email.message_from_string(data).get("Subject", "")
    decoded = "".join(part.decode(charset or "ascii") if isinstance(part, bytes) else part
                      for part, charset in email.header.decode_header(subject))
    return tuple(sorted(recipients)), " ".join(decoded.split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument("--rate", type=float, default=2, help="enquiries a second")
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--up", type=float, default=30, help="seconds the mail server is up")
    parser.add_argument("--down", type=float, default=20, help="seconds it is down each time")
    parser.add_argument("--drain", type=float, default=300, help="most seconds to wait after")
    parser.add_argument("--port", type=int, default=8124)
    args = parser.parse_args()

    smtp = FlappingSmtp()
    url = os.environ.get("DATABASE_URL", "")
    scratch = tempfile.TemporaryDirectory(prefix="soak-")
    database = (fresh_database(url) if url.startswith("postgres")
                else f"sqlite:///{scratch.name}/soak.sqlite3")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.benchmarks.soak_settings",
           "DATABASE_URL": database, "SOAK_SMTP_PORT": str(smtp.port),
           "ENQUIRY_RATE_LIMIT_IP": "1000000", "ENQUIRY_RATE_LIMIT_EMAIL": "1000000",
           "WORKER_SWEEP_SECONDS": "10", "LOG_LEVEL": "WARNING"}
    manage = [sys.executable, "manage.py"]
    subprocess.run(manage + ["migrate", "-v0"], cwd=ROOT, env=env, check=True)
    base = f"http://127.0.0.1:{args.port}"
    log = open(Path(scratch.name) / "worker.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "portal.wsgi", "-b",
                               f"127.0.0.1:{args.port}", "-w", "2", "--log-level", "warning"],
                              cwd=ROOT, env=env)
    worker = subprocess.Popen(manage + ["run_worker", "--interval", "0.2"], cwd=ROOT, env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        count = int(args.minutes * 60 * args.rate)
        began = time.perf_counter()
        threading.Thread(target=smtp.flap, args=[args.up, args.down, began], daemon=True).start()
        with ThreadPoolExecutor(args.threads) as pool:
            results = list(pool.map(
                lambda n: one_enquiry(base, n, began + n / args.rate), range(count)))
        posting = time.perf_counter() - began
        smtp.up_for_good(began)
        thanked = [r["reference"] for r in results if r["thanked"]]
        drained = time.perf_counter()
        while True:
            figures = database_figures(env, thanked)
            if not figures["pending"] or time.perf_counter() - drained > args.drain:
                break
            time.sleep(2)
        drain_seconds = time.perf_counter() - drained
    finally:
        server.terminate()
        worker.terminate()
        server.wait()
        worker.wait()
        log.close()
        smtp.close()

    with smtp.lock:
        keys = Counter(message_key(recipients, data) for recipients, data in smtp.messages)
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    latencies = [r["latency"] for r in results if r["latency"] is not None]
    errors = Counter(r["error"] for r in results if r["error"])
    kind = "PostgreSQL" if url.startswith("postgres") else "SQLite (file)"
    print(f"run                   {count} enquiries at {args.rate}/s over {posting:.0f} s from "
          f"{args.threads} threads; gunicorn -w 2, one run_worker, {kind}")
    print(f"mail server           up {args.up:.0f} s / down {args.down:.0f} s; phases "
          + ", ".join(f"{t:.0f}s {mode}" for t, mode in smtp.phases))
    print(f"submitted             {count}")
    print(f"thanked               {len(thanked)}" + (f" (not: {dict(errors)})" if errors else ""))
    print(f"stored                {len(thanked) - len(figures['missing'])} of the thanked "
          f"(missing {len(figures['missing'])}); {figures['enquiries']} enquiries in the database")
    print(f"email notifications   planned {figures['planned']}, delivered {figures['sent']}, "
          f"failed {figures['failed']}, pending {figures['pending']} "
          f"({figures['attempts']} attempts; drained {drain_seconds:.0f} s after the last post)")
    print(f"messages received     {sum(keys.values())} ({len(keys)} distinct)")
    print(f"duplicates            {duplicates}")
    if latencies:
        print(f"intake latency        p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")
    if figures["missing"]:
        print(f"FAILED: thanked but not stored: {figures['missing']}")
    if duplicates:
        print("FAILED: a message was received more than once")
    sys.exit(1 if figures["missing"] or duplicates else 0)


if __name__ == "__main__":
    main()
