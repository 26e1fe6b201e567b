"""Benchmark: the retention job on a large table of enquiries.

    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal_bench_retention \
        .venv/bin/python -m tests.benchmarks.retention --enquiries 100000 [--batch-size 500]

DATABASE_URL names a throwaway database called `*_bench_retention`: it is dropped, created,
migrated, filled and dropped again (--keep keeps it). Each enquiry has its own contact with an
email address and its "received" event; half are older than the schedule's "no further
contact" period, half are recent. Prints the fill time, then the dry run's and the run's time,
batches, rows anonymised and the process's peak resident memory (ru_maxrss) before and after."""

import argparse
import datetime
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQLITE_PATH = "/tmp/portal-bench-retention.sqlite3"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--enquiries", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if url and not url.rsplit("/", 1)[1].endswith("_bench_retention"):
        sys.exit("DATABASE_URL must name a throwaway database called *_bench_retention.")
    os.environ["DATABASE_URL"] = url or f"sqlite:///{SQLITE_PATH}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.dashboard import recreate

    if url:
        recreate(url)
    else:
        Path(SQLITE_PATH).unlink(missing_ok=True)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from privacy import retention

    try:
        call_command("migrate", verbosity=0)
        began = time.perf_counter()
        fill(args.enquiries)
        print(f"{connection.vendor}: {args.enquiries} enquiries written in "
              f"{time.perf_counter() - began:.0f} s", file=sys.stderr)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        began = time.perf_counter()
        dry = retention.apply(dry_run=True)["enquiry-no-contact"]
        dry_s = time.perf_counter() - began
        began = time.perf_counter()
        done = retention.apply(batch_size=args.batch_size)["enquiry-no-contact"]
        run_s = time.perf_counter() - began
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"| database | enquiries | due | dry run | run | batches of {args.batch_size} "
              f"| anonymised | rows/s | peak RSS before / after |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(f"| {connection.vendor} | {args.enquiries:,} | {dry.count:,} | {dry_s:.1f} s "
              f"| {run_s:.1f} s | {done.batches} | {done.count:,} | {done.count / run_s:,.0f} "
              f"| {rss_before // 1024} / {rss_after // 1024} MiB |")
    finally:
        connection.close()
        if url and not args.keep:
            recreate(url, create=False)


def fill(count):
    """`count` enquiries, each with its contact, email and "received" event; every other one
    dated three years ago."""
    from django.utils import timezone

    from directory.models import Region
    from enquiries.models import Contact, ContactEmail, Enquiry, EnquiryEvent

    regions = list(Region.objects.order_by("pk"))
    now = timezone.now()
    old = now - datetime.timedelta(days=3 * 365)
    contacts = Contact.objects.bulk_create(
        [Contact(first_name=f"Bench{n}", last_name="Prawf") for n in range(count)],
        batch_size=5000)
    ContactEmail.objects.bulk_create(
        [ContactEmail(contact=c, address=f"bench{c.pk}@example.org") for c in contacts],
        batch_size=5000)
    created_at = Enquiry._meta.get_field("created_at")
    at = EnquiryEvent._meta.get_field("at")
    created_at.auto_now_add = at.auto_now_add = False
    try:
        enquiries = Enquiry.objects.bulk_create(
            [Enquiry(reference=f"BR{n:010d}", contact=c, first_name=c.first_name,
                     last_name=c.last_name, language="en", interest="adopting",
                     contact_method="email", privacy_notice_version="2025-01",
                     region=regions[n % len(regions)], route="council",
                     routing_reason="Benchmark data.", created_at=old if n % 2 else now,
                     first_response_due=(old if n % 2 else now).date())
             for n, c in enumerate(contacts)], batch_size=5000)
        EnquiryEvent.objects.bulk_create(
            [EnquiryEvent(enquiry=e, kind="received", text="Received.", at=e.created_at)
             for e in enquiries], batch_size=5000)
    finally:
        created_at.auto_now_add = at.auto_now_add = True
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


if __name__ == "__main__":
    main()
