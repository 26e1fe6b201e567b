"""Profile: where a search page's time goes, rendered in-process, and how many it renders a second.

    .venv/bin/python -m tests.benchmarks.search_profile [--requests 300] [--top 15] [--no-cache]
    DATABASE_URL=postgres://... .venv/bin/python -m tests.benchmarks.search_profile

Builds a throwaway database with the demo content (a SQLite file in /tmp, or
`<name>_search_profile` beside the PostgreSQL database in DATABASE_URL), kept between runs
unless `--fresh`. Then, on the database backend (or the engine when ELASTICSEARCH_URL is set),
for each search URL: renders it through Django's test client `--requests` times, once timed
alone (requests per second, one process) and once under cProfile, and prints the profile's top
entries by cumulative and by own time. The page furniture's fragment cache is on, as in
production; `--no-cache` turns the search-results cache off to measure a search nobody has just
made (the popular-search counter is written either way, as for a reader).
docs/search-profile.md records a run."""

import argparse
import cProfile
import io
import os
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQLITE_PATH = "/tmp/adopt-cymru-search-profile.sqlite3"
# A regular expression on the file path: the search app, and the templates and ORM it drives.
VIEW_CODE = r"portal/search/|django/template/|django/db/models/|wagtail/search/"
SHORTEN = re.compile(rf"(?<=\s)\S*/(site-packages|python3\.\d+)/|{re.escape(str(ROOT))}/")
URLS = ["/en/search/?q=adoption+support", "/cy/chwilio/?q=fabwysiadu"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300, help="renders per URL and mode")
    parser.add_argument("--top", type=int, default=15, help="profile entries to print")
    parser.add_argument("--no-cache", action="store_true", help="search-results cache off")
    parser.add_argument("--fresh", action="store_true", help="rebuild the throwaway database")
    parser.add_argument("--url", action="append", help="a search URL (repeatable)")
    args = parser.parse_args()
    fresh = prepare_database(os.environ.get("DATABASE_URL", ""), args.fresh)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    settings.ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    dummy = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    override_settings(CACHES={
        **settings.CACHES, "fragments": {**locmem, "LOCATION": "fragments"},
        "search": dummy if args.no_cache else {**locmem, "LOCATION": "search"},
    }).enable()
    if fresh:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
    client = Client()
    print(f"{connection.vendor}, {os.cpu_count()} CPUs, search cache "
          f"{'off' if args.no_cache else 'on'}, {args.requests} requests per URL\n")
    for url in args.url or URLS:
        assert client.get(url).status_code == 200  # warm per-process caches
        began = time.perf_counter()
        for _ in range(args.requests):
            client.get(url)
        seconds = time.perf_counter() - began
        print(f"## {url}\n\n{args.requests / seconds:.1f} requests/s "
              f"({1000 * seconds / args.requests:.2f} ms each), in one process\n")
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            client.get(url)
        profile.disable()
        # Cumulative time below the middleware: the view and what it calls.
        for order, where in (("cumulative", VIEW_CODE), ("tottime", "")):
            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out).sort_stats(order)
            stats.print_stats(*([where] if where else []), args.top)
            print(f"top {args.top} by {order}{' in ' + where if where else ''}:\n"
                  f"```\n{table(out.getvalue())}\n```\n")


def table(printed: str) -> str:
    """pstats' own listing from its header line on, with paths from the project or
    site-packages on (drops the preamble)."""
    lines = printed.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    return "\n".join(SHORTEN.sub("", line.rstrip()) for line in lines[start:] if line.strip())


def prepare_database(url: str, fresh: bool) -> bool:
    """Point DATABASE_URL at the throwaway database; True when it must be (re)built."""
    if not url.startswith("postgres"):
        path = Path(SQLITE_PATH)
        if fresh:
            path.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        return not path.exists()
    import psycopg

    base, name = url.rsplit("/", 1)
    target = f"{name}_search_profile"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [target]).fetchone()
        if fresh or not exists:
            conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{target}"')
    os.environ["DATABASE_URL"] = f"{base}/{target}"
    return bool(fresh or not exists)


if __name__ == "__main__":
    main()
