"""Search index upkeep, run by the task worker after the change is committed."""

from django_tasks import task
from opensearchpy.exceptions import OpenSearchException
from wagtail.models import Page

from portal.retry import retry_at
from portal.search import index, results_cache

RETRY_DELAYS = [10, 60, 300]  # seconds; after that `manage.py rebuild_search_index` repairs


@task()
def sync_pages(page_ids: list[int], attempt: int = 0) -> str:
    try:
        index.sync(page_ids)
    except OpenSearchException:
        later = retry_at(RETRY_DELAYS, attempt + 1)
        if later is None:
            raise
        sync_pages.using(run_after=later).enqueue(page_ids, attempt + 1)
        return "retrying"
    results_cache.bump()  # the engine answers differently now
    return "synced"


def subtree_ids(page_id: int) -> list[int]:
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return [page_id]
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
