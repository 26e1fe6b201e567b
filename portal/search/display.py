"""What a results page shows of each hit, read with the hits rather than page by page.

`PageText` keeps a page's summary and body as plain text; `texts()` returns them for a window
of hits (generic `Page` rows selected with their `search_text`) and makes the missing ones from
the specific pages in one go. Saving a page deletes its row (`forget`), so a changed page is
never shown with old text.
"""

from django.db.models.signals import post_save
from wagtail.models import Page

from portal.search.models import PageText
from portal.search.pages import SearchablePage


def texts(pages) -> dict[int, PageText]:
    """Summary and body of each page, by id; `pages` came with select_related("search_text")."""
    found, missing = {}, []
    for page in pages:
        try:
            found[page.pk] = page.search_text
        except PageText.DoesNotExist:
            missing.append(page.pk)
    if missing:
        made = [_text_of(page) for page in Page.objects.filter(pk__in=missing).specific()]
        PageText.objects.bulk_create(made, ignore_conflicts=True)  # another request's is the same
        found.update({text.page_id: text for text in made})
    return found


def _text_of(page) -> PageText:
    summary = page.search_summary() if isinstance(page, SearchablePage) else ""
    body = page.search_body() if isinstance(page, SearchablePage) else ""
    return PageText(page_id=page.pk, summary=" ".join(summary.split()), body=" ".join(body.split()))


def forget(sender, instance, **kwargs):
    if isinstance(instance, Page):
        PageText.objects.filter(page_id=instance.pk).delete()


def connect():
    post_save.connect(forget, dispatch_uid="search_page_text_forget")
