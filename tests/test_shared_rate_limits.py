"""Rate limits hold across app processes: when they share Redis (CACHE_URL), and without it,
when they share the database."""

import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

from tests.conftest import service_missing
from tests.servers import (
    ROOT,
    free_port,
    gunicorn,
    own_database,
    stop,
    wait_until_answering,
)

HIT = """
import django, os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
django.setup()
from portal.ratelimit import allow
print(sum(allow("shared-test", sys.argv[1], 10, 3600) for _ in range(8)))
"""


def redis_url():
    url = os.environ.get("REDIS_URL", "")
    if not url:
        service_missing("REDIS_URL is not set (start redis-server; .ci/run does)")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        service_missing(f"Redis does not answer at {url}")
    return url


def test_two_processes_share_one_limit():
    url = redis_url()
    key = f"client-{uuid.uuid4()}"
    env = {**os.environ, "CACHE_URL": url}
    processes = [subprocess.Popen([sys.executable, "-c", HIT, key], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, text=True) for _ in range(2)]
    allowed = [int(p.communicate(timeout=60)[0].strip()) for p in processes]
    assert sum(allowed) == 10  # 16 hits, limit 10, counted once across both processes


def test_behind_varnish_the_reader_is_counted_not_the_proxy(settings, rf):
    from portal.ratelimit import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="127.0.0.1")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1  # Varnish appended the address it saw; the rest is forged
    assert client_ip(request) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: the header is not trusted
    assert client_ip(request) == "127.0.0.1"


def test_without_redis_processes_share_one_limit_in_the_database(tmp_path):
    """The embedded default: the counters live in the database cache, and its incr holds when
    three processes count at once."""
    env = {**os.environ, "DATABASE_URL": own_database(tmp_path, "ratelimit_hits"),
           "CACHE_URL": ""}
    key = f"client-{uuid.uuid4()}"
    processes = [subprocess.Popen([sys.executable, "-c", HIT, key], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, text=True) for _ in range(3)]
    allowed = [int(p.communicate(timeout=120)[0].strip()) for p in processes]
    assert sum(allowed) == 10  # 24 hits, limit 10, counted once across three processes


def test_without_redis_the_enquiry_limit_holds_across_gunicorn_workers(tmp_path):
    """Three gunicorn workers on one database and no Redis: of limit + 1 posts from one address,
    sent at once, exactly one is refused."""
    limit = 6
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "CACHE_URL": "",
           "DATABASE_URL": own_database(tmp_path, "ratelimit_http"),
           "ENQUIRY_RATE_LIMIT_IP": str(limit)}
    port = free_port()
    server = gunicorn(env, port, workers=3)
    form_url = f"http://127.0.0.1:{port}/en/enquire/"
    try:
        wait_until_answering(form_url, server)
        with urllib.request.urlopen(form_url, timeout=10) as response:
            cookie = response.headers["Set-Cookie"].split(";", 1)[0]
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"',
                              response.read().decode()).group(1)

        def post(_):
            request = urllib.request.Request(
                form_url, data=urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode(),
                headers={"Cookie": cookie, "Referer": form_url})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    return response.status
            except urllib.error.HTTPError as error:
                return error.code

        with ThreadPoolExecutor(limit + 1) as pool:
            statuses = list(pool.map(post, range(limit + 1)))
    finally:
        stop(server)
    assert sorted(statuses).count(429) == 1, statuses
