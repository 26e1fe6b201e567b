"""Benchmark: concurrent enquiries against the running portal on PostgreSQL.

    DATABASE_URL=postgres://... .venv/bin/python -m tests.benchmarks.enquiry_intake \
        [--enquiries 400] [--concurrency 16] [--workers 4]

Starts gunicorn and one task worker on a fresh `<name>_bench` database, fetches the form once
per enquiry (as a browser would), waits out the bot check, posts them all concurrently, then
waits for the worker to send every notification. Prints sustained enquiries/s, latency
percentiles, and how many enquiries were stored and notifications sent."""

import argparse
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r'name="(csrfmiddlewaretoken|token|started)" value="([^"]+)"')
COUNCILS = ["W06000001", "W06000008", "W06000011", "W06000015", "W06000018", "W06000023"]


def fetch_form(base, n):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(f"{base}/en/enquire/").read().decode()
    fields = dict(FIELD.findall(html))
    data = {**fields, "first_name": f"Bench{n}", "last_name": "Prawf",
            "email": f"bench{n}@example.org", "phone": f"07400 {100000 + n:06d}",
            "language": "cy" if n % 3 == 0 else "en", "contact_method": "email",
            "wants_sms": "on", "council": COUNCILS[n % len(COUNCILS)], "interest": "adopting",
            "household": "couple", "privacy": "on", "message": "Hoffem wybod mwy."}
    return opener, data


def submit(base, opener, data):
    body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(f"{base}/en/enquire/", data=body,
                                     headers={"Referer": f"{base}/en/enquire/"})
    started = time.perf_counter()
    response = opener.open(request)
    html = response.read().decode(errors="replace")
    return time.perf_counter() - started, response.status, response.url, html


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--enquiries", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8123)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database.")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
           "DATABASE_URL": fresh_database(os.environ["DATABASE_URL"]),
           "ENQUIRY_RATE_LIMIT_IP": "1000000", "ENQUIRY_RATE_LIMIT_EMAIL": "1000000"}
    manage = [sys.executable, "manage.py"]
    subprocess.run(manage + ["migrate", "-v0"], cwd=ROOT, env=env, check=True)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "portal.wsgi", "-b",
                               f"127.0.0.1:{args.port}", "-w", str(args.workers),
                               "--log-level", "warning"], cwd=ROOT, env=env)
    worker = subprocess.Popen(manage + ["run_worker", "--interval", "0.2"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with ThreadPoolExecutor(args.concurrency) as pool:
            forms = list(pool.map(lambda n: fetch_form(base, n), range(args.enquiries)))
        time.sleep(3.2)  # a person takes longer than the bot check's minimum
        began = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(lambda form: submit(base, *form), forms))
        elapsed = time.perf_counter() - began
        latencies = [r[0] for r in results]
        confirmed = sum(1 for r in results if r[1] == 200 and "thank-you" in r[2])
        counts = wait_for_notifications(env, timeout=300)
        print(f"enquiries posted      {args.enquiries} with {args.concurrency} concurrent clients,"
              f" {args.workers} gunicorn workers")
        print(f"sustained             {args.enquiries / elapsed:.1f} enquiries/s")
        print(f"latency p50 / p95     {statistics.median(latencies) * 1000:.0f} ms / "
              f"{percentile(latencies, 0.95) * 1000:.0f} ms (max "
              f"{max(latencies) * 1000:.0f} ms)")
        print(f"confirmed to user     {confirmed}")
        print(f"stored                {counts['enquiries']}")
        print(f"notifications sent    {counts['sent']} of {counts['total']} "
              f"(failed {counts['failed']}) after {counts['seconds']:.1f} s")
    finally:
        server.terminate()
        worker.terminate()
        server.wait()
        worker.wait()


def fresh_database(url):
    """A new, empty `<name>_bench` database beside the one in DATABASE_URL."""
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_bench" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}_bench"')
    return f"{base}/{name}_bench"


def wait_for_notifications(env, timeout):
    code = ("from enquiries.models import Enquiry, Notification as N;"
            "print(Enquiry.objects.count(), N.objects.count(),"
            " N.objects.filter(status='sent').count(), N.objects.filter(status='failed').count())")
    began = time.perf_counter()
    while True:
        out = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
                             cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        enquiries, total, sent, failed = map(int, out.stdout.split())
        if sent + failed == total or time.perf_counter() - began > timeout:
            return {"enquiries": enquiries, "total": total, "sent": sent, "failed": failed,
                    "seconds": time.perf_counter() - began}
        time.sleep(1)


if __name__ == "__main__":
    main()
