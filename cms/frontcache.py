"""Which cached pages a content change touches; portal.frontcache purges them after commit.

A changed page is purged in every language together with the pages that list it: its ancestors
(section and listing indexes, the home page), for an event the regional pages of its region,
and whatever other apps register with `also_purge` (campaign pages showing a story or events).
A navigation or footer edit touches every page, and so does an edit to the regions or agencies
that pages show (phone numbers, names, the events filter): those purge every page."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from portal import content_version, frontcache

_finders = []


def also_purge(finder):
    """Register finder(specific_page) -> pages that show the page besides its ancestors."""
    _finders.append(finder)
    return finder


@also_purge
def _regional_pages(page):
    from cms.models import EventPage, RegionPage

    if isinstance(page, EventPage) and page.region_id:
        return RegionPage.objects.filter(region_id=page.region_id)
    return []


def touched_pages(page) -> list[Page]:
    translations = list(Page.objects.filter(translation_key=page.translation_key))
    pages = {p.pk: p for p in translations}
    for translation in translations:
        pages.update((p.pk, p) for p in translation.get_ancestors().filter(depth__gt=1))
    specific = page.specific
    for finder in _finders:
        pages.update((p.pk, p) for p in finder(specific))
    return list(pages.values())


def _descendant_urls(page) -> set[str]:
    return frontcache.page_urls(Page.objects.descendant_of(page, inclusive=True))


def _purge(compute_urls):
    """Fragments are renewed after every change; URLs are worked out only when a front cache
    is configured (bulk publishes, such as the demo load, skip the look-ups)."""
    frontcache.after_commit(compute_urls() if frontcache.enabled() else ())


def _changed(sender, instance, **kwargs):
    _purge(lambda: frontcache.page_urls(touched_pages(instance)))


def _before_move(sender, instance, parent_page_before, **kwargs):
    # The old addresses, computed while they are still the page's.
    _purge(lambda: _descendant_urls(instance)
           | frontcache.page_urls(touched_pages(parent_page_before)))


def _after_move(sender, instance, **kwargs):
    _purge(lambda: _descendant_urls(instance) | frontcache.page_urls(touched_pages(instance)))


def _slug_changed(sender, instance, instance_before, **kwargs):
    def urls():
        new_prefix, old_prefix = instance.get_full_url(), instance_before.get_full_url()
        new = _descendant_urls(instance)
        return new | {url.replace(new_prefix, old_prefix, 1) for url in new
                      if new_prefix and old_prefix}

    _purge(urls)


def _shown_everywhere_changed(sender, instance, **kwargs):
    _purge(lambda: frontcache.page_urls(Page.objects.live().filter(depth__gt=1)))


def _page_created(sender, instance, created, **kwargs):
    # A new live page needs no publish when it is an alias (wagtail-localize's placeholder),
    # yet it changes which versions of a page exist.
    if created and isinstance(instance, Page):
        content_version.renew_now_and_after_commit()


def connect():
    from cms.models import Footer, NavigationMenu
    from directory.models import Agency, Region
    from retention.models import RetentionRule

    post_save.connect(_page_created, dispatch_uid="frontcache_page_created")
    page_published.connect(_changed, dispatch_uid="frontcache_published")
    page_unpublished.connect(_changed, dispatch_uid="frontcache_unpublished")  # and deleted
    pre_page_move.connect(_before_move, dispatch_uid="frontcache_before_move")
    post_page_move.connect(_after_move, dispatch_uid="frontcache_after_move")
    page_slug_changed.connect(_slug_changed, dispatch_uid="frontcache_slug_changed")
    for model in (NavigationMenu, Footer, Region, Agency, RetentionRule):
        for signal in (post_save, post_delete):
            signal.connect(_shown_everywhere_changed, sender=model,
                           dispatch_uid=f"frontcache_{model.__name__}_{signal}")
