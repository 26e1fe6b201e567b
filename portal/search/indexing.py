"""Wagtail publish / unpublish / delete / move and privacy changes keep the engine's index
current, through the task queue and only after the change commits. Drafts never reach the
index: a document is built from the live page, and only for live, public pages.

Wagtail's database index needs none of this: Wagtail updates it itself on save.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.search.backends import engine


def _enqueue(page_ids_or_root, subtree=False):
    if not engine.enabled():
        return
    from portal.search.tasks import subtree_ids, sync_pages

    def run():
        ids = subtree_ids(page_ids_or_root) if subtree else list(page_ids_or_root)
        sync_pages.enqueue(ids)

    transaction.on_commit(run)


def _published(sender, instance, **kwargs):
    _enqueue([instance.pk])


def _unpublished(sender, instance, **kwargs):
    _enqueue([instance.pk])


def _deleted(sender, instance, **kwargs):
    if sender is Page:
        _enqueue([instance.pk])


def _moved(sender, instance, **kwargs):
    _enqueue(instance.pk, subtree=True)  # section and URL change for the whole subtree


def _restricted(sender, instance, **kwargs):
    _enqueue(instance.page_id, subtree=True)


def connect():
    page_published.connect(_published, dispatch_uid="search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="search_unpublished")
    post_delete.connect(_deleted, dispatch_uid="search_deleted")
    post_page_move.connect(_moved, dispatch_uid="search_moved")
    page_slug_changed.connect(_moved, dispatch_uid="search_slug_changed")
    for signal in (post_save, post_delete):
        signal.connect(_restricted, sender=PageViewRestriction, dispatch_uid=f"search_r_{signal}")
