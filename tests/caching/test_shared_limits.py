"""Two app processes sharing Redis enforce one enquiry limit between them: a client cannot get
twice the limit by landing on different servers."""

import os
import re

import pytest

from tests.caching.http import fetch
from tests.servers import free_port, gunicorn, own_database, stop
from tests.servers import wait_until_answering as wait
from tests.test_shared_rate_limits import redis_url

LIMIT = 3


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    url = redis_url()
    tmp = tmp_path_factory.mktemp("limits")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
           "DATABASE_URL": own_database(tmp, "limits"), "CACHE_URL": url,
           "CACHE_KEY_PREFIX": f"limits-{os.getpid()}-{free_port()}-",
           "ENQUIRY_RATE_LIMIT_IP": str(LIMIT)}
    ports = [free_port(), free_port()]
    servers = [gunicorn(env, port, workers=1) for port in ports]
    try:
        for port, server in zip(ports, servers, strict=True):
            wait(f"http://127.0.0.1:{port}/health/", server)
        yield ports
    finally:
        stop(*servers)


def test_the_limit_holds_across_two_app_processes(two_servers):
    first, second = two_servers
    form = fetch(first, "/en/enquire/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    cookie = re.search(r"csrftoken=([^;]+)", form.header("Set-Cookie")).group(1)
    headers = {"Cookie": f"csrftoken={cookie}",
               "Content-Type": "application/x-www-form-urlencoded"}
    statuses = [fetch(port, "/en/enquire/", "POST", headers,
                      f"csrfmiddlewaretoken={token}").status
                for port in (first, second, first, second, first)]
    # Each process alone has seen no more than 3; together they have seen 5.
    assert statuses[:LIMIT] == [400] * LIMIT  # counted, then refused as incomplete
    assert statuses[LIMIT:] == [429, 429]
