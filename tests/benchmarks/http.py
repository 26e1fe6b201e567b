"""Benchmark: what a visitor waits for under load, measured with wrk. `make bench` runs it.

    .venv/bin/python -m tests.benchmarks.http [--duration 15] [--connections 10]

Builds a fresh `portal_bench_http` PostgreSQL database with the demo content (DATABASE_URL's
server, or the local one), starts the portal under gunicorn with production settings, its own
Redis and a Varnish running deploy/varnish/default.vcl, then measures:

  advice page, uncached        gunicorn, no fragment cache (FRAGMENT_CACHE=False)
  advice page, app caching     gunicorn, Redis fragment cache
  advice page, through Varnish  the same, behind Varnish
  search page                  gunicorn, Redis (searches are never shared)
  enquiry submitted            gunicorn, Redis: a new person's valid enquiry per request

and counts the queries per page in-process. Writes the table to docs/performance.md."""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import date
from pathlib import Path

from tests.caching.http import fetch
from tests.caching.stack import start_varnish
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
SEARCH = "/en/search/?q=adoption+support"
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


def bench_database(tmp):
    url = os.environ.get("DATABASE_URL", "postgres://portal:portal@127.0.0.1:5432/portal")
    if not url.startswith("postgres"):
        sys.exit("The benchmark runs on PostgreSQL: set DATABASE_URL to one.")
    return own_database(tmp, "bench_http", url)


def production_env(tmp, database_url, cache_url):
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": os.urandom(32).hex(), "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "False", "DATABASE_URL": database_url,
            "CONN_MAX_AGE": "60", "CACHE_URL": cache_url, "STATIC_ROOT": str(tmp / "static"),
            "ENQUIRY_RATE_LIMIT_IP": "100000000", "ENQUIRY_RATE_LIMIT_EMAIL": "100000000",
            "LOG_LEVEL": "WARNING"}


def wrk(url, duration, connections, script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s",
               "-H", "Accept-Encoding: gzip"]  # as browsers do; else Varnish unpacks every hit
    if script:
        command += ["-s", str(script)]
    subprocess.run([*command[:4], "-d3s", *command[5:], url], check=True, capture_output=True)
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


def query_counts(env, urls, form):
    form = {k: v for k, v in form.items() if k not in ("csrfmiddlewaretoken", "started")}
    form.update(token="6f1c1a38-9a1e-4c59-b1a5-4a0a8f1d2e3b", email="count@example.org",
                phone="07400123456")
    out = shell(env, COUNT_QUERIES.format(urls=json.dumps(urls), form=form))
    return json.loads(out.splitlines()[-1])


def machine():
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return (f"{os.cpu_count()} CPUs ({cpu.group(1) if cpu else platform.processor()}), "
            f"{memory // 1024 // 1024} GB RAM, {platform.system()} {platform.release()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--no-write", action="store_true", help="print, leave docs alone")
    args = parser.parse_args()
    for binary in ("redis-server", "varnishd", "wrk"):
        require(binary)
    tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
    redis_port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    database = bench_database(tmp)
    cached = production_env(tmp, database, f"redis://127.0.0.1:{redis_port}/0")
    uncached = {**cached, "FRAGMENT_CACHE": "False"}
    print("loading the demo content and collecting static files ...", flush=True)
    load_demo(cached)
    subprocess.run(MANAGE + ["collectstatic", "--no-input", "-v0"], cwd=ROOT, env=cached,
                   check=True)
    advice = shell(cached, "from cms.models import AdvicePage; print(AdvicePage.objects.live()"
                           ".filter(locale__language_code='en').first().url)")
    rows, processes = [], [redis]
    try:
        plain_port, app_port = free_port(), free_port()
        plain = gunicorn(uncached, plain_port, args.workers)
        app = gunicorn(cached, app_port, args.workers)
        processes += [plain, app]
        varnish, cache_port = start_varnish(app_port, tmp)
        processes.append(varnish)
        for port, process in ((plain_port, plain), (app_port, app), (cache_port, varnish)):
            wait_until_answering(f"http://127.0.0.1:{port}/health/", process)
        script, form = enquiry_script(tmp, app_port)
        runs = [
            ("Advice page, uncached", plain_port, advice, None),
            ("Advice page, app caching (Redis)", app_port, advice, None),
            ("Advice page, through Varnish", cache_port, advice, None),
            ("Search page", app_port, SEARCH, None),
            ("Enquiry submitted (POST)", app_port, "/en/enquire/", script),
        ]
        for name, port, path, lua in runs:
            print(f"wrk: {name} ...", flush=True)
            rows.append((name, wrk(f"http://127.0.0.1:{port}{path}", args.duration,
                                   args.connections, lua)))
        counts = query_counts(cached, {"advice": advice, "search": SEARCH}, form)
    finally:
        stop(*reversed(processes))
    report = render(rows, counts, args, machine())
    print(report)
    if not args.no_write:
        write_doc(report)
        print(f"written to {DOC.relative_to(ROOT)}")


def write_doc(report):
    """Replace the measured part of docs/performance.md and keep the reading of it below."""
    old = DOC.read_text() if DOC.exists() else ""
    kept = old[old.index(END):] if END in old else END + "\n"
    DOC.write_text(report.rstrip("\n") + "\n" + kept)


def render(rows, counts, args, machine_line):
    queries = [f"{counts['advice']['cold']}", f"{counts['advice']['warm']}", "0 on a hit",
               f"{counts['search']['warm']}", f"{counts['enquiry']['cold']}"]
    table = ["| request | requests/s | p50 ms | p99 ms | failed | queries per request |",
             "| --- | ---: | ---: | ---: | ---: | --- |"]
    for (name, result), query in zip(rows, queries, strict=True):
        failed = result["failed"] + (1 if result["errors"] else 0)
        table.append(f"| {name} | {result['rps']:,.0f} | {result['p50']:.1f} | "
                     f"{result['p99']:.1f} | {failed} | {query} |")
    return TEMPLATE.format(
        table="\n".join(table), machine=machine_line, day=date.today().isoformat(),
        duration=args.duration, connections=args.connections, workers=args.workers,
        python=platform.python_version())


TEMPLATE = """# Performance under load

Measured with `make bench` (tests/benchmarks/http.py) on {day}: wrk, 2 threads, {connections}
connections, {duration} s per row after a 3 s warm-up, accepting gzip as browsers do; gunicorn
with {workers} sync workers and production settings on PostgreSQL (demo content); Redis and
Varnish 7 on the same machine.
Machine: {machine}; Python {python}.
wrk shares the machine's CPUs with everything it measures, so the figures are a floor.

{table}

- **Uncached** renders every request in Python, navigation and footer included
  (`FRAGMENT_CACHE=False`); Wagtail's own site-root cache stays in Redis as in production.
- **App caching** keeps the navigation and footer per language in Redis (docs/caching.md), so a
  warm page skips their queries.
- **Through Varnish** a page is rendered once per change; Python is not involved on a hit.
- **Search** is never shared (a search may name a person) and runs on Wagtail's database
  search here; the search engine is measured in docs/search-benchmark.md.
- **Enquiry** stores a new person's enquiry, contact and queued notifications per request; the
  e-mails and SMS wait for the task worker, which is not running during this test.

Queries per request are counted in-process with the same settings: uncached with the fragments
cache empty, app caching with it warm. Repeat with `make bench` (needs PostgreSQL,
redis-server, varnish and wrk from Debian).
"""


if __name__ == "__main__":
    main()
