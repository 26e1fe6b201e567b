"""Search tests run once per backend: Wagtail's database search, and the engine at
$ELASTICSEARCH_URL (a real OpenSearch node; `scripts/elasticsearch.sh start` prints one)."""

import os
import urllib.request
import uuid

import pytest
from django.utils.text import slugify
from wagtail.models import Locale, Page

from cms.models import StandardPage
from portal.search import index, service
from tests.conftest import service_missing
from tests.helpers import run_worker


def engine_url() -> str:
    url = os.environ.get("ELASTICSEARCH_URL", "").rstrip("/")
    if not url:
        service_missing("ELASTICSEARCH_URL is not set (scripts/elasticsearch.sh start)")
    try:
        urllib.request.urlopen(f"{url}/_cluster/health", timeout=5).read()
    except OSError as error:
        service_missing(f"no search engine answers at {url}: {error}")
    return url


@pytest.fixture
def use_engine(settings):
    """Point the portal at the real engine with an index of its own, dropped afterwards."""
    settings.ELASTICSEARCH_URL = engine_url()
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"
    # The engine's answers are under test here, not its speed: a loaded machine must not make
    # a query fall back to the database (tests/test_provider_timeouts.py tests the timeout).
    settings.SEARCH_TIMEOUT = 10
    yield
    index.drop()


@pytest.fixture(params=["database", "engine"])
def backend(request, settings, django_capture_on_commit_callbacks):
    """A `Search` helper on one backend; call `.reindex()` after creating pages."""
    if request.param == "engine":
        request.getfixturevalue("use_engine")
    else:
        settings.ELASTICSEARCH_URL = ""
    return Search(request.param)


class Search:
    def __init__(self, name):
        self.name = name

    def reindex(self):
        run_worker()  # Wagtail's own index updates wait in the task queue
        if self.name == "engine":
            index.rebuild()

    def __call__(self, text, language="en", section="", page=1):
        outcome = service.run(text, language, section=section, page=page)
        assert outcome.backend == self.name and not outcome.fell_back
        return outcome

    def urls(self, text, language="en", **kwargs):
        return [hit.url for hit in self(text, language, **kwargs).hits]

    def all_urls(self, text, language="en"):
        """Every result, through all the pages of results."""
        first = self(text, language)
        return [hit.url for number in range(1, first.pages + 1)
                for hit in self(text, language, page=number).hits]


def home(language) -> Page:
    return Page.objects.get(depth=2, locale__language_code=language)


def make_page(language, title, intro="", body="", parent=None, publish=True):
    """A standard page with one paragraph, published under the language's home page."""
    parent = parent or home(language)
    page = StandardPage(
        title=title,
        slug=slugify(f"{title}-{uuid.uuid4().hex[:6]}"),
        intro=intro,
        body=[("paragraph", f"<p>{body}</p>")] if body else [],
        locale=Locale.objects.get(language_code=language),
        live=publish,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page
