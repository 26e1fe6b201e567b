"""Benchmark: public search on a large synthetic bilingual corpus, per backend.

    .venv/bin/python -m tests.benchmarks.search --pages 5000 [--repeats 5] [--seed 1] [--reuse]
    ELASTICSEARCH_URL=http://127.0.0.1:9250 .venv/bin/python -m tests.benchmarks.search --pages 5000
    DATABASE_URL=postgres://... ELASTICSEARCH_URL=... .venv/bin/python -m tests.benchmarks.search

Builds a throwaway database (a SQLite file in /tmp, or `<name>_search_bench` beside the
PostgreSQL database in DATABASE_URL; never the developer's own), loads the demo site, adds
`--pages` synthetic pages (half English, half Welsh, under the demo sections) written from the
demo content's own words, so Welsh pages carry real mutated forms. Then, for Wagtail's database
search and (when ELASTICSEARCH_URL is set) the engine, in a throwaway index dropped afterwards:
indexing throughput, query latency p50/p95 through `service.run` over the relevance queries,
and how many relevance queries (tests/search/relevance.py) still find their page in the top 3.
Prints a markdown table; docs/search-benchmark.md records a run."""

import argparse
import io
import logging
import os
import random
import re
import statistics
import sys
import time
import uuid
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQLITE_PATH = "/tmp/adopt-cymru-search-bench.sqlite3"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
TAG = re.compile(r"<[^>]+>")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000, help="synthetic pages, both languages")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes over the queries")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", action="store_true",
                        help="keep the throwaway database of an earlier run, built and indexed")
    args = parser.parse_args()
    engine_url = os.environ.get("ELASTICSEARCH_URL", "").rstrip("/")
    url, reused = throwaway_database(os.environ.get("DATABASE_URL", ""), args.reuse)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    logging.getLogger("opensearch").setLevel(logging.ERROR)  # the first alias lookup 404s
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from tests.search.relevance import RELEVANCE

    settings.ELASTICSEARCH_URL = ""  # nothing reaches the engine while the corpus is built
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if not reused:
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
        build_corpus(args.pages, args.seed)
    total = count_pages()
    print(f"{connection.vendor}: {total} pages, {'reused' if reused else 'built'} in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)

    def update_index():
        return (0.0, None) if reused else timed(lambda: call_command("update_index", verbosity=0))

    rows = [measure("database", RELEVANCE, args.repeats, update_index, total)]
    if engine_url:
        from portal.search import index

        settings.ELASTICSEARCH_URL = engine_url
        settings.SEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:10]}"
        try:
            rows.append(measure("engine", RELEVANCE, args.repeats, lambda: engine_rebuild(index),
                                total))
        finally:
            index.drop()
    report(rows, connection.vendor, total, args)


def throwaway_database(url, reuse=False):
    """(URL, reused) of a database that is never the developer's: a SQLite file in /tmp by
    default. Fresh, unless `reuse` and an earlier run left it (built and indexed: see main)."""
    if not url.startswith("postgres"):
        if reuse and Path(SQLITE_PATH).exists():
            return f"sqlite:///{SQLITE_PATH}", True
        Path(SQLITE_PATH).unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_PATH}", False
    import psycopg

    base, name = url.rsplit("/", 1)
    bench = f"{name}_search_bench"
    try:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [bench])
            if reuse and found.fetchone():
                return f"{base}/{bench}", True
            conn.execute(f'DROP DATABASE IF EXISTS "{bench}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{bench}"')
    except psycopg.errors.InsufficientPrivilege:
        sys.exit(f"The role in DATABASE_URL needs CREATEDB to make {bench}.")
    return f"{base}/{bench}", False


def vocabulary():
    """Every word of the demo content, per language, repeated as often as the content uses it."""
    from cms.demo.site import load_site

    site = load_site()
    entries = [site["home"], *site["sections"], site["indexes"]["stories"],
               site["indexes"]["events"], *site["advice"], *site["stories"], *site["events"],
               *site["standard"]]
    return {code: [w for entry in entries for text in strings(entry[code])
                   for w in WORD.findall(unescape(TAG.sub(" ", text)))]
            for code in ("en", "cy")}


def strings(value, key=""):
    """The text in a page's content data: not slugs or links, nor block type names."""
    if isinstance(value, str):
        return [] if key in {"slug", "url"} else [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(v, k)]
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return strings(value[1], value[0])  # a (block type, value) pair
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings(v, key)]
    return []


def build_corpus(count, seed):
    """`count` pages, alternately English and Welsh, spread over the demo's section pages."""
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import Locale

    from cms.demo.site import load_site
    from cms.models import AdvicePage, SectionIndexPage, StandardPage

    rng = random.Random(seed)
    words = vocabulary()
    slugs = [entry["en"]["slug"] for entry in load_site()["sections"]]
    english = list(SectionIndexPage.objects.filter(slug__in=slugs, locale__language_code="en"))
    welsh = Locale.objects.get(language_code="cy")
    parents = {"en": english, "cy": [section.get_translation(welsh) for section in english]}
    topics = [code for code, _label in AdvicePage.TOPICS]

    def sentence(code, low, high):
        return " ".join(rng.choice(words[code]) for _ in range(rng.randint(low, high)))

    for n in range(count):
        code = "en" if n % 2 == 0 else "cy"
        title = sentence(code, 2, 6).capitalize()
        fields = {
            "title": title,
            "slug": f"bench-{n}",
            "intro": sentence(code, 12, 25) + ".",
            "body": [("heading", sentence(code, 2, 5).capitalize())] + [
                ("paragraph", f"<p>{sentence(code, 40, 90)}.</p>") for _ in range(rng.randint(2, 4))
            ],
            "locale_id": parents[code][0].locale_id,
            "live": True,
        }
        page = (AdvicePage(topic=rng.choice(topics), **fields) if n % 3 else StandardPage(**fields))
        parents[code][n // 2 % len(parents[code])].add_child(instance=page)
    # Saves queued one search-index and one reference-index update each; the timed rebuilds
    # below do the indexing, so drop them as load_demo does.
    DBTaskResult.objects.filter(status="READY").delete()
    return count


def count_pages():
    from wagtail.models import Page

    return Page.objects.live().public().filter(depth__gt=1).count()


def timed(action):
    began = time.perf_counter()
    action()
    return time.perf_counter() - began, None


def engine_rebuild(index):
    began = time.perf_counter()
    result = index.rebuild()
    return time.perf_counter() - began, result["indexed"]


def measure(name, relevance, repeats, reindex, total):
    from portal.search import service

    seconds, indexed = reindex()
    indexed = indexed or total
    found, misses, fallbacks = 0, [], 0
    for language, text, expected in relevance:  # also the warm-up pass
        outcome = service.run(text, language, record=False)
        assert outcome.backend == name, f"{name} asked, {outcome.backend} answered"
        urls = [hit.url for hit in outcome.hits]
        if expected in urls[:3]:
            found += 1
        else:
            rank = urls.index(expected) + 1 if expected in urls else f">{len(urls)}"
            misses.append(f"{language} “{text}” → {expected} at {rank}")
    latencies = []
    for _ in range(repeats):
        for language, text, _expected in relevance:
            began = time.perf_counter()
            outcome = service.run(text, language, record=False)
            latencies.append(time.perf_counter() - began)
            fallbacks += outcome.fell_back
    return {"backend": name, "seconds": seconds, "indexed": indexed,
            "p50": statistics.median(latencies) * 1000,
            "p95": percentile(latencies, 0.95) * 1000, "queries": len(latencies),
            "found": found, "of": len(relevance), "misses": misses, "fallbacks": fallbacks}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(rows, vendor, total, args):
    print(f"\n{total} live pages ({args.pages} synthetic, seed {args.seed}) on {vendor}, "
          f"{os.cpu_count()} CPUs; latency over {rows[0]['queries']} searches "
          f"({rows[0]['of']} queries × {args.repeats}).\n")
    print("| backend | indexing | pages/s | p50 | p95 | relevance (top 3) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        indexing = (f"{r['indexed']} pages in {r['seconds']:.1f} s | "
                    f"{r['indexed'] / r['seconds']:.0f}") if r["seconds"] else "reused | –"
        print(f"| {r['backend']} | {indexing} | {r['p50']:.1f} ms | {r['p95']:.1f} ms | "
              f"{r['found']}/{r['of']} |")
    for r in rows:
        if r["fallbacks"]:
            print(f"\n{r['backend']}: {r['fallbacks']} searches fell back to the database")
        if r["misses"]:
            print(f"\n{r['backend']} misses:\n" + "\n".join(f"- {m}" for m in r["misses"]))


if __name__ == "__main__":
    main()
