"""Rate limits hold across app processes when they share Redis (CACHE_URL)."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[1]
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
