"""Benchmark: the demand dashboard, the public response-time page and the walled staff screens
(enquiry list, helpline search by name and by reference, a contact's page) on years of
enquiries.

    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal_bench_dashboard \
        .venv/bin/python -m tests.benchmarks.dashboard --per-year 20000 --years 5 [--repeats 20]
    .venv/bin/python -m tests.benchmarks.dashboard --per-year 20000 --years 5   # SQLite in /tmp

DATABASE_URL names the throwaway database itself (`*_bench_dashboard`): it is dropped,
created, migrated, filled and, unless --keep, dropped again. Without DATABASE_URL a SQLite file
in /tmp is used. Enquiries (and their contacts) are written with bulk_create, spread over the
last --years years and the five regions; then each page is requested once to warm up and timed
--repeats times through Django's test Client, signed in as national or regional staff with MFA.
Prints a markdown table: median and p95 ms, SQL queries per request. On PostgreSQL, prints
EXPLAIN ANALYZE of the slowest query of any request slower than 300 ms (of all with --explain)."""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQLITE_PATH = "/tmp/portal-bench-dashboard.sqlite3"
SLOW_MS = 300  # a request slower than this (median) gets its slowest query EXPLAINed
INTERESTS = {"adopting": 60, "support": 12, "birth-family": 8, "adopted-adult": 8,
             "step-parent": 6, "inter-country": 2, "professional": 4}
HEARD = {"search": 30, "social": 20, "tv-radio": 8, "event": 6, "friend": 14, "council": 8,
         "campaign": 10, "other": 4}
CAMPAIGNS = [("", "", ""), ("autumn-stories", "facebook", "social"),
             ("older-children", "instagram", "social"), ("siblings-week", "poster", "print"),
             ("radio-cymru", "radio", "broadcast"), ("newsletter", "email", "email")]
CAMPAIGN_WEIGHTS = [70, 10, 6, 5, 5, 4]
REGION_WEIGHTS = [30, 22, 20, 16, 12]  # roughly by population


def pick(weights):
    return random.choices(list(weights), weights=list(weights.values()))[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-year", type=int, default=20000, help="enquiries a year")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=20, help="timed requests per page")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN every slowest query")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if url and not url.rsplit("/", 1)[1].endswith("_bench_dashboard"):
        sys.exit("DATABASE_URL must name a throwaway database called *_bench_dashboard.")
    os.environ["DATABASE_URL"] = url or f"sqlite:///{SQLITE_PATH}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    sys.path.insert(0, str(ROOT))
    recreate(url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        began = time.perf_counter()
        total = fill(args.per_year, args.years, args.seed)
        print(f"{connection.vendor}: {total} enquiries over {args.years} years written in "
              f"{time.perf_counter() - began:.0f} s", file=sys.stderr)
        rows = measure(args.repeats)
        report(rows, connection.vendor, total)
        for who, path, median, *_rest, slowest in rows:
            if connection.vendor == "postgresql" and (args.explain or median > SLOW_MS):
                explain(who, path, slowest)
    finally:
        connection.close()
        if not args.keep:
            recreate(url, create=False)


def recreate(url, create=True):
    """Drop (and create) the throwaway database: the one named in `url`, or the SQLite file."""
    if not url:
        Path(SQLITE_PATH).unlink(missing_ok=True)
        return
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


def fill(per_year, years, seed):
    """`per_year * years` enquiries and one contact each, created_at set explicitly."""
    from django.db import connection
    from django.utils import timezone

    from directory.models import Region
    from directory.working_days import add_working_days
    from enquiries.models import Contact, Enquiry

    random.seed(seed)
    regions = list(Region.objects.order_by("pk"))
    now = timezone.now()
    count = per_year * years
    contacts = Contact.objects.bulk_create(
        [Contact(first_name=f"Bench{n}", last_name="Prawf",
                 preferred_language="cy" if random.random() < 0.25 else "en")
         for n in range(count)], batch_size=5000)
    created_field = Enquiry._meta.get_field("created_at")
    created_field.auto_now_add = False  # keep our created_at rather than now()
    due = {}
    enquiries = []
    # Demand grows over the years (later dates a little likelier); rows go in in date order,
    # as the real table fills, so the heap is correlated with created_at as it would be.
    moments = sorted(now - datetime.timedelta(days=years * 365 * (1 - random.random() ** 0.8),
                                              seconds=random.randrange(86400))
                     for _ in range(count))
    for n, (contact, created) in enumerate(zip(contacts, moments, strict=True)):
        region = random.choices(regions, weights=REGION_WEIGHTS)[0]
        day = timezone.localdate(created)
        key = (day, region.first_response_days)
        if key not in due:
            due[key] = add_working_days(day, region.first_response_days)
        answered = None
        if random.random() < 0.92:  # most answered within 0-10 days, skewed early
            answered = created + datetime.timedelta(hours=random.triangular(0, 240, 24))
            answered = answered if answered < now else None
        code, source, medium = random.choices(CAMPAIGNS, weights=CAMPAIGN_WEIGHTS)[0]
        enquiries.append(Enquiry(
            reference=f"BD{n:010d}", contact=contact, language=contact.preferred_language,
            interest=pick(INTERESTS), heard_about="campaign" if code else pick(HEARD),
            campaign_code=code, campaign_source=source, campaign_medium=medium,
            contact_method=random.choice(["email", "phone", "either"]),
            privacy_notice_version="2025-01", region=region, route="council",
            routing_reason="Benchmark data.", created_at=created,
            first_response_due=due[key], first_responded_at=answered))
    try:
        Enquiry.objects.bulk_create(enquiries, batch_size=5000)
    finally:
        created_field.auto_now_add = True
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # as autovacuum would have, in a live database
            cursor.execute("ANALYZE enquiries_enquiry")
    return Enquiry.objects.count()


def staff_client(region_slug=None):
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from directory.models import Region
    from enquiries import access
    from tests.helpers import with_mfa

    user = User.objects.create_user(f"bench-{region_slug or 'national'}", password="x" * 16)
    user.groups.add(*Group.objects.filter(name__in=["Managers", "Helpline agents"]))
    access.set_wall(user, Region.objects.get(slug=region_slug) if region_slug else None)
    with_mfa(user)
    client = Client()
    client.force_login(user)
    return client


def measure(repeats):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory.models import Region
    from enquiries.models import Enquiry

    national = staff_client()
    biggest = Region.objects.order_by("pk").first()  # REGION_WEIGHTS[0]: the busiest region
    regional = staff_client(biggest.slug)
    theirs = Enquiry.objects.filter(region=biggest).order_by("pk").first()
    cases = [
             (f"regional ({biggest.slug})", regional, "/admin/enquiries/"),
             (f"regional ({biggest.slug})", regional, "/admin/enquiries/?overdue=1"),
             (f"regional ({biggest.slug})", regional, "/admin/helpline/?q=Bench4242"),
             (f"regional ({biggest.slug})", regional, f"/admin/helpline/?q={theirs.reference}"),
             (f"regional ({biggest.slug})", regional,
              f"/admin/helpline/contacts/{theirs.contact_id}/"),
             ("national", national, "/admin/helpline/?q=Bench4242"),
             ("national", national, "/admin/demand/?period=month"),
             ("national", national, "/admin/demand/?period=week"),
             ("national", national, "/admin/demand/?period=month&format=csv"),
             (f"regional ({biggest.slug})", regional, "/admin/demand/"),
             ("public", Client(), "/en/response-times/")]
    rows = []
    for who, client, path in cases:
        response = client.get(path)  # warm up
        assert response.status_code == 200, (path, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        captured = queries.captured_queries  # read now: each request clears the query log
        sql_ms = sum(float(q["time"]) for q in captured) * 1000
        slowest = max(captured, key=lambda q: float(q["time"]))["sql"]
        times = []
        for _ in range(repeats):
            began = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - began) * 1000)
        rows.append((who, path, statistics.median(times), statistics.quantiles(times, n=20)[-1],
                     len(captured), sql_ms, slowest))
    return rows


def report(rows, vendor, total):
    print(f"\n{vendor}, {total} enquiries\n")
    print("| Viewer | Request | Median ms | p95 ms | SQL queries | SQL ms (one request) |")
    print("|---|---|--:|--:|--:|--:|")
    for who, path, median, p95, queries, sql_ms, _slowest in rows:
        print(f"| {who} | `{path}` | {median:.0f} | {p95:.0f} | {queries} | {sql_ms:.0f} |")


def explain(who, path, sql):
    """EXPLAIN ANALYZE of a request's slowest query (as sent, parameters inlined)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        plan = "\n".join(line for (line,) in cursor.fetchall())
    print(f"\n{who} {path}, slowest query:\n{sql}\n\n{plan}")


if __name__ == "__main__":
    main()
