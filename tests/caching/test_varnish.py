"""A real Varnish, with the shipped configuration, in front of the portal under gunicorn:
public pages are served from the cache until a publish purges them; forms, staff pages and
responses that set cookies never are."""

import gzip
import json
import re

import pytest

from tests.caching.http import fetch
from tests.caching.stack import Stack
from tests.servers import own_database, shell

PAGES = """
import json
from cms.models import AdvicePage
from tests.helpers import page_of_type
pages = {}
for code in ("en", "cy"):
    page = page_of_type(AdvicePage, code)
    pages[code] = {"pk": page.pk, "url": page.url, "title": page.title,
                   "section": page.get_parent().url}
print(json.dumps(pages))
"""
# Publish a new title, then let the task worker send the purge, as it would in production.
PUBLISH = """
from django.core.management import call_command
from wagtail.models import Page
page = Page.objects.get(pk={pk}).specific
page.title = {title!r}
page.save_revision().publish()
call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("varnish")
    running = Stack(tmp, own_database(tmp, "varnish", content="demo")).start()
    running.pages = json.loads(shell(running.env, PAGES))
    yield running
    running.stop()


def through_cache(stack, path, **kwargs):
    return fetch(stack.cache_port, path, **kwargs)


def test_a_second_anonymous_request_is_a_hit(stack):
    url = stack.pages["en"]["section"]
    first = through_cache(stack, url)
    second = through_cache(stack, url, headers={"Cookie": "portal_language=cy; csrftoken=x"})
    assert first.status == second.status == 200
    assert first.header("X-Cache") == "MISS" and second.header("X-Cache") == "HIT"
    assert second.text == first.text
    # Caches further on get the browser lifetime, not the purged cache's.
    assert second.header("Cache-Control") == "public, max-age=60"


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml"])
def test_robots_and_the_sitemap_are_served_from_the_cache(stack, path):
    first = through_cache(stack, path)
    second = through_cache(stack, path, headers={"Cookie": "csrftoken=x"})
    assert first.status == second.status == 200
    assert second.header("X-Cache") == "HIT" and second.text == first.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_edit_shows_on_the_next_request_after_publishing(stack, language):
    page = stack.pages[language]
    variant = page["section"] + "?utm_source=tv"  # a purge drops every query-string variant
    for url in (page["url"], page["section"], variant):
        through_cache(stack, url)
        assert through_cache(stack, url).header("X-Cache") == "HIT"
    title = f"{page['title']} ({language} edit)"
    shell(stack.env, PUBLISH.format(pk=page["pk"], title=title))
    page_reply = through_cache(stack, page["url"])
    assert page_reply.header("X-Cache") == "MISS" and title in page_reply.text
    assert title in through_cache(stack, page["section"]).text  # the index listing it
    assert title in through_cache(stack, variant).text


@pytest.mark.parametrize("path", [
    "/en/enquire/", "/cy/ymholiad/",   # forms with CSRF tokens
    "/en/accounts/login/", "/cy/accounts/login/", "/admin/",  # staff pages
    "/language/cy/?next=/cy/",         # sets the language cookie
    "/en/search/?q=adopt",             # the reader's own words
])
def test_never_cached(stack, path):
    replies = [through_cache(stack, path) for _ in range(2)]
    assert [reply.header("X-Cache") for reply in replies] == ["MISS", "MISS"]
    assert {reply.header("Cache-Control") for reply in replies} == {"private, no-store"}


def test_a_response_that_sets_a_cookie_is_not_stored(stack):
    replies = [through_cache(stack, "/en/enquire/") for _ in range(2)]
    assert all("csrftoken=" in reply.header("Set-Cookie") for reply in replies)
    assert replies[0].header("X-Cache") == replies[1].header("X-Cache") == "MISS"


def test_signed_in_staff_bypass_the_cache(stack):
    url = stack.pages["en"]["url"]
    through_cache(stack, url)
    reply = through_cache(stack, url, headers={"Cookie": "sessionid=abc"})
    assert reply.header("X-Cache") == "MISS"


def test_only_hosts_in_the_purgers_acl_may_purge(stack):
    url = stack.pages["en"]["section"]
    through_cache(stack, url)
    refused = through_cache(stack, url, method="PURGE", source="127.0.0.2")
    assert refused.status == 405
    assert through_cache(stack, url).header("X-Cache") == "HIT"
    assert through_cache(stack, url, method="PURGE").status == 200  # 127.0.0.1, as the worker
    assert through_cache(stack, url).header("X-Cache") == "MISS"


GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@pytest.mark.parametrize("first_reader", ["gzip", "plain"])
def test_one_gzipped_copy_serves_every_reader(stack, first_reader):
    url = f"{stack.pages['cy']['url']}?utm_medium={first_reader}"  # a copy of its own
    packed_first = first_reader == "gzip"
    first = through_cache(stack, url, headers=GZIP if packed_first else {})
    packed = through_cache(stack, url, headers=GZIP)
    plain = through_cache(stack, url)
    assert first.header("X-Cache") == "MISS"
    assert packed.header("X-Cache") == plain.header("X-Cache") == "HIT"
    assert packed.header("Content-Encoding") == "gzip"
    assert plain.header("Content-Encoding") == ""  # unpacked by Varnish for this reader
    assert gzip.decompress(packed.body) == plain.body
    assert stack.pages["cy"]["title"].encode() in plain.body
    assert len(packed.body) < len(plain.body) / 2
    for reply in (packed, plain):
        assert "accept-encoding" in reply.header("Vary").lower()  # for caches further on


def test_a_form_through_the_cache_is_gzipped_with_a_fresh_csrf_token(stack):
    replies = [through_cache(stack, "/cy/ymholiad/", headers=GZIP) for _ in range(2)]
    assert [reply.header("X-Cache") for reply in replies] == ["MISS", "MISS"]
    assert all(reply.header("Content-Encoding") == "gzip" for reply in replies)
    tokens = [re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"',
                        gzip.decompress(reply.body)).group(1) for reply in replies]
    assert tokens[0] != tokens[1]
