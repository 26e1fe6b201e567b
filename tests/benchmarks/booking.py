"""Benchmark: many people booking places on one event at once, against the running portal on
PostgreSQL, beside the enquiry one (tests/benchmarks/enquiry_intake.py).

    DATABASE_URL=postgres://... .venv/bin/python -m tests.benchmarks.booking \
        [--bookings 300] [--capacity 100] [--concurrency 16] [--workers 4]

Starts gunicorn and one task worker on a fresh `<name>_bookbench` database with the demo site,
opens one demo event for booking with `--capacity` places, fetches the form once per booking
(as a browser would), posts them all concurrently (one place each), then waits for the worker
to send every message. Prints bookings/s, latency percentiles, places booked against capacity
(over-booking must be zero) and how many messages were sent."""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from tests.benchmarks.enquiry_intake import ROOT, percentile

FILL_SECONDS = 3  # portal.forms.MIN_SECONDS_TO_FILL (importing it needs Django's settings)

FIELD = re.compile(r'name="(csrfmiddlewaretoken|token|started)" value="([^"]+)"')
OPEN_EVENT = """
from bookings.models import EventPlaces
from cms.models import EventPage
from django.utils import timezone
page = EventPage.objects.filter(start_date__gt=timezone.localdate(),
                                locale__language_code="en").first()
EventPage.objects.filter(translation_key=page.translation_key).update(booking_url="")
EventPlaces.objects.create(event_key=page.translation_key, capacity={capacity})
print(page.translation_key)
"""
COUNT = """
from django.db.models import Sum
from bookings.models import Booking, BookingMessage as M
b = Booking.objects.filter(status="booked")
print(Booking.objects.count(), b.aggregate(s=Sum("places"))["s"] or 0,
      Booking.objects.filter(status="waiting").count(), M.objects.count(),
      M.objects.filter(status="sent").count(), M.objects.filter(status="failed").count())
"""


def shell(env, code):
    return subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout


def fetch_form(base, key, n):
    import http.cookiejar

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    language = "cy" if n % 3 == 0 else "en"
    url = f"{base}/{language}/{'archebu' if language == 'cy' else 'book'}/{key}/"
    fields = dict(FIELD.findall(opener.open(url).read().decode()))
    data = {**fields, "first_name": f"Bench{n}", "last_name": "Prawf",
            "email": f"book{n}@example.org", "phone": f"07400 {200000 + n:06d}",
            "wants_sms": "on", "places": "1", "access_needs": ""}
    return opener, data, url


def fresh_database(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_bookbench" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}_bookbench"')
    return f"{base}/{name}_bookbench"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--capacity", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8124)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database.")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
           "DATABASE_URL": fresh_database(os.environ["DATABASE_URL"]),
           "ENQUIRY_RATE_LIMIT_IP": "1000000", "ENQUIRY_RATE_LIMIT_EMAIL": "1000000"}
    manage = [sys.executable, "manage.py"]
    subprocess.run(manage + ["migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(manage + ["load_demo"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    key = shell(env, OPEN_EVENT.format(capacity=args.capacity)).strip()
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
            forms = list(pool.map(lambda n: fetch_form(base, key, n), range(args.bookings)))
        time.sleep(FILL_SECONDS)  # as a person takes; sooner looks like a program
        began = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(lambda form: _post(*form), forms))
        elapsed = time.perf_counter() - began
        latencies = [r[0] for r in results]
        thanked = sum(1 for r in results
                      if r[1] == 200 and ("/diolch/" in r[2] or "/thank-you/" in r[2]))
        stored, booked, waiting, total, sent, failed, seconds = wait_for_messages(env, 300)
        print(f"bookings posted       {args.bookings} for {args.capacity} places, "
              f"{args.concurrency} concurrent clients, {args.workers} gunicorn workers")
        print(f"sustained             {args.bookings / elapsed:.1f} bookings/s")
        print(f"latency p50 / p95     {statistics.median(latencies) * 1000:.0f} ms / "
              f"{percentile(latencies, 0.95) * 1000:.0f} ms (max "
              f"{max(latencies) * 1000:.0f} ms)")
        print(f"thanked / stored      {thanked} / {stored}")
        print(f"places booked         {booked} of {args.capacity} "
              f"(over-booked {max(booked - args.capacity, 0)}); waiting list {waiting}")
        print(f"messages sent         {sent} of {total} (failed {failed}) after {seconds:.1f} s")
    finally:
        server.terminate()
        worker.terminate()
        server.wait()
        worker.wait()


def _post(opener, data, url):
    body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(url, data=body, headers={"Referer": url})
    started = time.perf_counter()
    response = opener.open(request)
    response.read()
    return time.perf_counter() - started, response.status, response.url


def wait_for_messages(env, timeout):
    began = time.perf_counter()
    while True:
        stored, booked, waiting, total, sent, failed = map(int, shell(env, COUNT).split())
        if sent + failed == total or time.perf_counter() - began > timeout:
            return stored, booked, waiting, total, sent, failed, time.perf_counter() - began
        time.sleep(1)


if __name__ == "__main__":
    main()
