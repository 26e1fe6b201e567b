"""Every provider call gives up within its timeout when the provider accepts a connection and
never answers (tests/loopback.py), and the work is retried by the one retry policy: the front
cache purge, search indexing and queries, and media on object storage."""

import os
import subprocess

import pytest
from django_tasks_db.models import DBTaskResult

from portal.frontcache import purge_urls
from portal.search.backends import engine
from portal.search.backends.base import Query, SearchUnavailable
from portal.search.tasks import sync_pages
from tests.loopback import SilentServer
from tests.servers import MANAGE, ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture
def hung():
    server = SilentServer()
    yield server
    server.close()


def queued(task_name):
    return [r.args_kwargs["args"] for r in DBTaskResult.objects.filter(
        task_path__endswith=task_name, status="READY")]


def test_a_hung_front_cache_times_out_and_the_purge_is_retried(settings, hung):
    settings.FRONT_CACHE_TIMEOUT = 1
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "portal.frontcache.VarnishBackend",
                                                 "LOCATION": hung.url}}
    url = "http://localhost/en/advice/"
    assert purge_urls.call([url]) == "retrying"
    assert hung.connections == 1
    assert queued("purge_urls") == [[[url], 1]]


def test_a_hung_search_engine_times_out_queries_fall_back_and_indexing_is_retried(
        settings, hung):
    settings.ELASTICSEARCH_URL = hung.url
    settings.SEARCH_TIMEOUT, settings.SEARCH_INDEX_TIMEOUT = 0.5, 1
    with pytest.raises(SearchUnavailable):
        engine.search(Query(text="adoption", language="en"))
    assert sync_pages.call([1]) == "retrying"
    assert queued("sync_pages") == [[[1], 1]]


def test_a_hung_object_store_times_out(hung):
    """The settings give boto3 the media timeouts: a save fails instead of waiting for ever."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
           "MEDIA_BUCKET": "media", "MEDIA_ENDPOINT_URL": hung.url, "MEDIA_REGION": "eu-west-2",
           "MEDIA_CONNECT_TIMEOUT": "1", "MEDIA_READ_TIMEOUT": "1",
           "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
    code = ("from django.core.files.base import ContentFile\n"
            "from django.core.files.storage import default_storage\n"
            "try:\n    default_storage.save('hung.txt', ContentFile(b'x'))\n"
            "except Exception as error:\n    print(type(error).__name__)\n")
    result = subprocess.run(MANAGE + ["shell", "--no-imports", "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)  # a guard, not a speed
    assert result.stdout.strip() in {"ReadTimeoutError", "ConnectTimeoutError"}, result.stderr
    assert hung.connections >= 1
