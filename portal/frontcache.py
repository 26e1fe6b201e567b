"""Purging the front cache (Varnish, or a CDN through Wagtail's other frontend-cache backends)
and the fragment cache after content changes.

Apps decide which pages a change touches (cms/frontcache.py); this module turns pages into URLs,
adds the sitemap, and after the change commits renews the content version and queues one purge
task, which retries if the front cache does not answer. See docs/caching.md."""

import logging
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Site

from portal import content_version
from portal.retry import retry_at

logger = logging.getLogger(__name__)
RETRY_DELAYS = [10, 60, 300]  # seconds; after that the page expires by FRONT_CACHE_SECONDS


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend, except that a failure raises so the task can retry."""

    def purge(self, url):
        parts = urlsplit(url)
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""])
        request = PurgeRequest(url=target, headers={"Host": parts.netloc,
                                                    "User-Agent": "adopt-cymru-purge"})
        with urlopen(request, timeout=settings.FRONT_CACHE_TIMEOUT):  # a timeout is an OSError
            pass


def enabled() -> bool:
    return bool(get_backends())


def page_urls(pages) -> set[str]:
    """Full URLs of the pages (Wagtail's get_cached_paths included) and every site's sitemap."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    for site in Site.objects.all():
        batch.add_url(f"{site.root_url}/sitemap.xml")
    return batch.urls


def after_commit(urls):
    """Renew the content version and purge `urls` once the current transaction commits."""
    urls = sorted(set(urls))
    content_version.renew()  # this process sees the change at once, even before it commits

    def run():
        content_version.renew()
        if urls and enabled():
            purge_urls.enqueue(urls)

    transaction.on_commit(run)


@task()
def purge_urls(urls: list[str], attempt: int = 0) -> str:
    failed = []
    for name, backend in get_backends().items():
        for url in urls:
            if not backend.invalidates_hostname(urlsplit(url).hostname):
                continue
            try:
                backend.purge(url)
            except OSError as error:
                logger.warning("purge of %s through %s failed: %s", url, name, error)
                failed.append(url)
    if not failed:
        return "purged"
    later = retry_at(RETRY_DELAYS, attempt + 1)
    if later is None:
        raise RuntimeError(f"{len(failed)} URLs were not purged")
    purge_urls.using(run_after=later).enqueue(sorted(set(failed)), attempt + 1)
    return "retrying"
