"""Benchmark: what a visitor waits for under load, measured with wrk. `make bench` runs it.

    .venv/bin/python -m tests.benchmarks.http [--duration 15] [--rounds 3] [--databases ...]

For each database engine (SQLite, the embedded default, and PostgreSQL: a `bench_http` database
on DATABASE_URL's server, or the local one) it loads the demo content, starts the portal under
gunicorn with production settings, its own Redis and a Varnish running
deploy/varnish/default.vcl, and beside them the yardsticks of tests/benchmarks/reference.py:
wagtail/bakerydemo on the same engine (skipped when BAKERYDEMO_DIR is not set) and nginx
serving the bytes Varnish serves. It then measures, in alternating rounds:

  advice page, uncached        gunicorn with the embedded defaults: no front cache, no Redis
  reference blog page          bakerydemo's gunicorn
  search, English and Welsh    gunicorn, Redis (searches are never shared)
  reference search             bakerydemo's search page
  advice page, through Varnish  behind Varnish, against nginx static serving the same bytes
  advice page, app caching     gunicorn, Redis fragment cache
  enquiry submitted            gunicorn, Redis: a new person's valid enquiry per request

and counts the queries per page in-process. Writes the tables to docs/performance.md."""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

from tests.benchmarks import reference
from tests.caching.http import fetch
from tests.caching.stack import start_varnish
from tests.search.relevance import RELEVANCE
from tests.servers import (
    MANAGE,
    ROOT,
    free_port,
    gunicorn,
    load_demo,
    own_database,
    shell,
    stop,
    wait_until_answering,
)

DOC = ROOT / "docs" / "performance.md"
END = "<!-- end of measured figures: the text below is kept by `make bench` -->"
LUA = Path(__file__).with_name("post_enquiry.lua")
SEARCHES_LUA = Path(__file__).with_name("search_queries.lua")
SEARCH = "/en/search/?q=adoption+support"
SEARCH_CY = "/cy/chwilio/?q=fabwysiadu"
ENGINES = {"sqlite": "SQLite (the embedded default)", "postgres": "PostgreSQL 15"}
COUNT_QUERIES = """
import json
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.core import signing
from django.utils import timezone
from enquiries.forms import SIGNER_SALT
client = Client()
def count(method, url, **data):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or None)
    assert response.status_code == (302 if method == "post" else 200), response.status_code
    return len(queries)
urls = json.loads({urls!r})
counts = {{}}
for name, url in urls.items():
    count("get", url)  # per-process look-ups (site root, content types) warm
    caches["fragments"].clear()
    counts[name] = {{"cold": count("get", url), "warm": count("get", url)}}
started = signing.TimestampSigner(salt=SIGNER_SALT).sign(str(timezone.now().timestamp() - 60))
form = {form!r}
form["started"] = started
counts["enquiry"] = {{"cold": count("post", "/en/enquire/", **form)}}
print(json.dumps(counts))
"""


def require(binary):
    path = shutil.which(binary) or shutil.which(binary, path="/usr/sbin")
    if not path:
        sys.exit(f"{binary} is missing: apt-get install -y postgresql redis-server varnish wrk")
    return path


def bench_databases(tmp, engine):
    """Fresh databases for our site and the reference: an SQLite file each, or PostgreSQL
    `bench_http` and `bench_bakerydemo` on DATABASE_URL's server."""
    if engine == "sqlite":
        return f"sqlite:///{tmp}/bench.sqlite3", f"sqlite:///{tmp}/bakerydemo.sqlite3"
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = "postgres://portal:portal@127.0.0.1:5432/portal"
    server = url.rsplit("/", 1)[0] + "/bench"
    return (own_database(tmp, "http", server, content="empty"),
            own_database(tmp, "bakerydemo", server, content="empty"))


def production_env(tmp, database_url, cache_url):
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": os.urandom(32).hex(), "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "False", "DATABASE_URL": database_url,
            "CONN_MAX_AGE": "60", "CACHE_URL": cache_url, "STATIC_ROOT": str(tmp / "static"),
            "ENQUIRY_RATE_LIMIT_IP": "100000000", "ENQUIRY_RATE_LIMIT_EMAIL": "100000000",
            "LOG_LEVEL": "WARNING"}


def wrk(url, duration, connections, script=None, warm_up=True):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s",
               "-H", "Accept-Encoding: gzip"]  # as browsers do; else Varnish unpacks every hit
    if script:
        command += ["-s", str(script)]
    if warm_up:
        subprocess.run([*command[:3], "-d3s", *command[4:], url], check=True, capture_output=True)
    out = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    failures = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"\s50%\s+([\d.]+\w+)", out).group(1)),
        "p99": to_ms(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1)),
        "failed": int(failures.group(1)) if failures else 0,
        "errors": errors.group(1) if errors else "",
    }


def prime(name, url):
    try:
        urllib.request.urlopen(url, timeout=60).close()
    except urllib.error.HTTPError as error:
        sys.exit(f"{name}: {url} answered {error.code}, not 200")


def to_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def enquiry_script(tmp, port):
    """A wrk script posting a fresh valid enquiry per request, with a real CSRF pair and a
    start time old enough to pass the bot check."""
    form = fetch(port, "/en/enquire/")
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|started)" value="([^"]+)"', form.text))
    cookie = re.search(r"(csrftoken=[^;]+)", form.header("Set-Cookie")).group(1)
    data = {**fields, "token": "TOKEN", "first_name": "Bench", "last_name": "Prawf",
            "email": "bench-THREAD-NUMBER@example.org", "phone": "074THREADNUMBER",
            "language": "en", "contact_method": "email", "council": "W06000015",
            "interest": "adopting", "household": "couple", "privacy": "on",
            "message": "Hoffem wybod mwy."}
    body = urllib.parse.urlencode(data, safe="TOKENUMBERHAD-@")
    script = tmp / "post_enquiry.lua"
    script.write_text(LUA.read_text().replace('"BODY"', json.dumps(body))
                      .replace('"COOKIE"', json.dumps(cookie)))
    time.sleep(4)  # the form's bot check wants a few seconds between showing and sending
    return script, data


def searches_script(tmp):
    """A wrk script asking the 40 relevance queries in turn (English and Welsh addresses)."""
    paths = [("/en/search/" if language == "en" else "/cy/chwilio/") + "?"
             + urllib.parse.urlencode({"q": text}) for language, text, _page in RELEVANCE]
    script = tmp / "search_queries.lua"
    lua_list = "{" + ", ".join(json.dumps(path) for path in paths) + "}"
    script.write_text(SEARCHES_LUA.read_text().replace("local paths = PATHS",
                                                       f"local paths = {lua_list}"))
    return script


def query_counts(env, urls, form):
    form = {k: v for k, v in form.items() if k not in ("csrfmiddlewaretoken", "started")}
    form.update(token="6f1c1a38-9a1e-4c59-b1a5-4a0a8f1d2e3b", email="count@example.org",
                phone="07400123456")
    out = shell(env, COUNT_QUERIES.format(urls=json.dumps(urls), form=form))
    return json.loads(out.splitlines()[-1])


def machine():
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return (f"{os.cpu_count()} CPUs ({cpu.group(1) if cpu else platform.processor()}), "
            f"{memory // 1024 // 1024} GB RAM, {platform.system()} {platform.release()}; "
            f"load average {load} at the start")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=15, help="seconds per row and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per site")
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres")
    parser.add_argument("--note", default="", help="a line for the doc, e.g. the machine's state")
    parser.add_argument("--no-write", action="store_true", help="print, leave docs alone")
    args = parser.parse_args()
    for binary in ("redis-server", "varnishd", "wrk", "nginx"):
        require(binary)
    machine_line = machine()
    tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
    bakery = reference.Bakerydemo(tmp)
    if skipped := bakery.missing():
        print(f"The reference rows are skipped: {skipped}. See docs/performance.md "
              "(scripts/bench-reference.sh) for how to get wagtail/bakerydemo.", flush=True)
    redis_port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    sections = []
    try:
        for number, engine in enumerate(args.databases.split(",")):
            where = tmp / engine
            where.mkdir()
            sections.append(measure(engine, where, args, f"redis://127.0.0.1:{redis_port}/"
                                    f"{number}", None if skipped else bakery))
    finally:
        stop(redis)
    report = render(sections, args, machine_line,
                    f"not measured ({skipped})" if skipped else bakery.version())
    print(report)
    if not args.no_write:
        write_doc(report)
        print(f"written to {DOC.relative_to(ROOT)}")


def measure(engine, tmp, args, cache_url, bakery):
    """Every row on one database engine, in `args.rounds` alternating rounds."""
    database, reference_database = bench_databases(tmp, engine)
    cached = production_env(tmp, database, cache_url)
    uncached = production_env(tmp, database, "")  # the embedded defaults: no Redis
    uncached["SEARCH_CACHE_SECONDS"] = "0"  # its searches are all new ones
    print(f"{engine}: loading the demo content and collecting static files ...", flush=True)
    load_demo(cached)
    subprocess.run(MANAGE + ["collectstatic", "--no-input", "-v0"], cwd=ROOT, env=cached,
                   check=True)
    advice = shell(cached, "from cms.models import AdvicePage; print(AdvicePage.objects.live()"
                           ".filter(locale__language_code='en').first().url)").strip()
    reference_env = None
    if bakery:
        print(f"{engine}: loading bakerydemo's demo data ...", flush=True)
        reference_env = bakery.load(reference_database)
    processes = []
    try:
        plain_port, app_port = free_port(), free_port()
        plain = gunicorn(uncached, plain_port, args.workers)
        app = gunicorn(cached, app_port, args.workers)
        processes += [plain, app]
        varnish, cache_port = start_varnish(app_port, tmp)
        processes.append(varnish)
        servers = [(plain_port, plain, "/health/"), (app_port, app, "/health/"),
                   (cache_port, varnish, "/health/")]
        if bakery:
            bakery_port = free_port()
            processes.append(bakery.gunicorn(reference_env, bakery_port, args.workers))
            servers.append((bakery_port, processes[-1], "/"))
        for port, process, path in servers:
            wait_until_answering(f"http://127.0.0.1:{port}{path}", process)
        page = urllib.request.urlopen(f"http://127.0.0.1:{cache_port}{advice}").read()
        nginx, static_port = reference.start_nginx(page, args.workers)
        processes.append(nginx)
        wait_until_answering(f"http://127.0.0.1:{static_port}/", nginx)
        script, form = enquiry_script(tmp, app_port)
        runs = [("Advice page, uncached", plain_port, advice, None)]
        if bakery:
            runs.append(("Reference blog page", bakery_port, reference.BLOG, None))
        runs.append(("Search, English", app_port, SEARCH, None))
        if bakery:
            runs.append(("Reference search", bakery_port, reference.SEARCH, None))
        runs += [("Search, Welsh", app_port, SEARCH_CY, None),
                 ("Advice page, through Varnish", cache_port, advice, None),
                 ("nginx static, same bytes", static_port, "/", None),
                 ("Advice page, app caching (Redis)", app_port, advice, None),
                 ("Enquiry submitted (POST)", app_port, "/en/enquire/", script),
                 ("Search, 40 queries in turn, no results cache", plain_port, "/",
                  searches_script(tmp))]
        for name, port, path, lua in runs:
            if not lua:  # a first request renders images and fills caches outside the rounds
                prime(name, f"http://127.0.0.1:{port}{path}")
        results = {name: [] for name, *_ in runs}
        for number in range(args.rounds):
            for name, port, path, lua in runs:
                print(f"{engine}, round {number + 1}: {name} ...", flush=True)
                results[name].append(wrk(f"http://127.0.0.1:{port}{path}", args.duration,
                                         args.connections, lua, warm_up=number == 0))
        counts = query_counts(cached, {"advice": advice, "search": SEARCH,
                                       "search_cy": SEARCH_CY}, form)
        counts["plain"] = query_counts(uncached, {"advice": advice}, form)["advice"]
    finally:
        stop(*reversed(processes))
    return {"engine": engine, "results": results, "counts": counts, "bytes": len(page)}


def write_doc(report):
    """Replace the measured part of docs/performance.md and keep the reading of it below."""
    old = DOC.read_text() if DOC.exists() else ""
    kept = old[old.index(END):] if END in old else END + "\n"
    DOC.write_text(report.rstrip("\n") + "\n" + kept)


def render(sections, args, machine_line, reference_line):
    parts = []
    for section in sections:
        parts.append(f"### {ENGINES[section['engine']]}\n\n"
                     f"{reference.comparison_table(section['results'])}\n\n"
                     f"{detail_table(section)}")
    return TEMPLATE.format(
        sections="\n\n".join(parts), machine=machine_line, day=date.today().isoformat(),
        duration=args.duration, connections=args.connections, workers=args.workers,
        rounds=f"{args.rounds} alternating round{'s' if args.rounds != 1 else ''}",
        python=platform.python_version(), reference=reference_line,
        note=f"\n**{args.note}**\n" if args.note else "",
        bytes=f"{sections[0]['bytes']:,}" if sections else "?")


def detail_table(section):
    counts = section["counts"]
    queries = {"Advice page, uncached": counts["plain"]["warm"],
               "Advice page, app caching (Redis)": counts["advice"]["warm"],
               "Advice page, through Varnish": "0 on a hit",
               "Search, English": counts["search"]["warm"],
               "Search, Welsh": counts["search_cy"]["warm"],
               "Enquiry submitted (POST)": counts["enquiry"]["cold"]}
    table = ["| request | requests/s | each round | p50 ms | p99 ms | failed | queries |",
             "| --- | ---: | --- | ---: | ---: | ---: | --- |"]
    for name, rounds in section["results"].items():
        failed = sum(r["failed"] + (1 if r["errors"] else 0) for r in rounds)
        each = " · ".join(reference.rate(r["rps"]) for r in rounds)
        p50 = statistics.median(r["p50"] for r in rounds)
        p99 = statistics.median(r["p99"] for r in rounds)
        requests = reference.rate(reference.median(rounds))
        table.append(f"| {name} | {requests} | {each} | {p50:.1f} | {p99:.1f} | {failed} | "
                     f"{queries.get(name, '')} |")
    return "\n".join(table)


TEMPLATE = """# Performance under load

Measured with `make bench` (tests/benchmarks/http.py) on {day}: wrk, 2 threads, {connections}
connections, {rounds} of {duration} s per row (a 3 s warm-up before the
first); every site under gunicorn with {workers} sync workers and DEBUG off: ours with production
settings and the demo content, Redis and Varnish 7; the reference with its production settings
(whitenoise) and its demo data; nginx serving the {bytes} bytes of our advice page that Varnish
serves. Every request accepts gzip, as browsers do. Requests/s is the median of the rounds.
Reference: {reference}.
Machine: {machine}.
Python {python}.
wrk shares the machine's CPUs with everything it measures, so the figures are a floor.
{note}
{sections}

- **Ratios** are ours over the yardstick on the same engine and machine in the same run; the
  goals are issue #18's.
- **Uncached** renders every request in Python with the embedded defaults (no front cache, no
  Redis): each process keeps the site, the page's versions, navigation and footer under the
  content version, which it reads from the database once per request (docs/caching.md).
- **App caching** keeps the navigation and footer per language in Redis (docs/caching.md), so a
  warm page skips their queries.
- **Through Varnish** a page is rendered once per change; Python is not involved on a hit.
- **Search** is never shared (a search may name a person) and runs on Wagtail's database
  search here; the search engine is measured in docs/search-benchmark.md. wrk repeats one
  query, so after the first request the results cache (60 s, docs/search.md) answers it: these
  rows measure a popular search. **40 queries in turn** asks the relevance queries
  (tests/search/relevance.py, English and Welsh) one after another on the uncached server,
  whose results cache is off: every request is a new search (profiled in
  docs/search-profile.md).
- **Enquiry** stores a new person's enquiry, contact and queued notifications per request; the
  e-mails and SMS wait for the task worker, which is not running during this test.

Queries per request are counted in-process with the same settings, on a second request.
Repeat with `make bench` (needs PostgreSQL, redis-server, varnish, nginx and wrk from Debian;
the reference as below).
"""


if __name__ == "__main__":
    main()
