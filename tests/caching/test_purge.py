"""Publishing, unpublishing, moving, renaming or deleting a page purges it in both languages with
the pages that list it, through the task queue after commit; a failed purge is retried."""

import pytest
from django.conf import settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page

from cms.models import NavigationMenu, RegionPage, StoryPage
from portal import content_version
from tests.factories.pages import (
    advice_page,
    campaign_page,
    event_page,
    in_language,
    region_page,
    section_page,
    story_page,
)
from tests.helpers import run_worker

pytestmark = pytest.mark.django_db


def both_languages(page):
    return {t.url for t in Page.objects.filter(translation_key=page.translation_key)}


def purged_after(purges, change, capture):
    with capture(execute=True):
        change()
    run_worker()
    return {path for _host, path in purges}


def test_publishing_purges_the_page_its_listings_and_the_sitemap_in_both_languages(
        purges, django_capture_on_commit_callbacks):
    page = advice_page()
    section = page.get_parent()

    def publish_edit():
        page.title = "Who can adopt? (updated)"
        page.save_revision().publish()

    paths = purged_after(purges, publish_edit, django_capture_on_commit_callbacks)
    assert both_languages(page) <= paths
    assert both_languages(section) <= paths  # the section index that lists it
    assert {"/en/", "/cy/", "/sitemap.xml"} <= paths
    assert {host for host, _path in purges} == {"localhost"}  # the site's own host name


def test_a_welsh_edit_purges_the_welsh_page_and_its_listings(
        purges, django_capture_on_commit_callbacks):
    page = in_language(advice_page(), "cy")
    paths = purged_after(purges, lambda: page.save_revision().publish(),
                         django_capture_on_commit_callbacks)
    assert {page.url, page.get_parent().url, "/cy/"} <= paths


def test_an_event_purges_its_regional_pages(purges, django_capture_on_commit_callbacks):
    region_page("north-wales")
    event = event_page(region_slug="north-wales")
    paths = purged_after(purges, event.unpublish, django_capture_on_commit_callbacks)
    regional = {p.url for p in RegionPage.objects.filter(region=event.region)}
    assert regional and regional <= paths
    assert both_languages(event) <= paths


def test_a_story_purges_the_campaigns_that_show_it(purges, django_capture_on_commit_callbacks):
    story = story_page()
    campaign = campaign_page(stories=[story])
    paths = purged_after(purges, lambda: StoryPage.objects.get(pk=story.pk)
                         .save_revision().publish(), django_capture_on_commit_callbacks)
    assert campaign.url in paths


def test_moving_purges_the_old_and_new_addresses(purges, django_capture_on_commit_callbacks):
    page = advice_page()
    old_url, old_section = page.url, page.get_parent()
    new_section = section_page("Adoption support")
    paths = purged_after(purges, lambda: page.move(new_section, pos="last-child"),
                         django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert {old_url, page.url, old_section.url, new_section.url} <= paths


def test_a_new_slug_purges_the_old_address(purges, django_capture_on_commit_callbacks):
    page = advice_page()
    old_url = page.url

    def rename():
        page.slug = "renamed-advice"
        page.save_revision().publish()

    paths = purged_after(purges, rename, django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert {old_url, page.url} <= paths


def test_deleting_purges_the_page(purges, django_capture_on_commit_callbacks):
    page = advice_page()
    url, section_url = page.url, page.get_parent().url
    paths = purged_after(purges, page.delete, django_capture_on_commit_callbacks)
    assert {url, section_url} <= paths


def test_a_navigation_edit_purges_every_page(purges, django_capture_on_commit_callbacks):
    menu = NavigationMenu.objects.get(locale=Locale.objects.get(language_code="cy"))
    paths = purged_after(purges, menu.save, django_capture_on_commit_callbacks)
    live = {p.url for p in Page.objects.live().filter(depth__gt=1)}
    assert live <= paths


def test_a_regional_phone_number_change_purges_every_page(purges,
                                                         django_capture_on_commit_callbacks):
    welsh_page = in_language(region_page("north-wales"), "cy")
    region = welsh_page.region

    def new_number():
        region.phone = "01234 567890"
        region.save()

    paths = purged_after(purges, new_number, django_capture_on_commit_callbacks)
    assert welsh_page.url in paths
    assert {p.url for p in Page.objects.live().filter(depth__gt=1)} <= paths


def test_nothing_is_purged_before_the_change_commits(purges, django_capture_on_commit_callbacks):
    page = advice_page()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision().publish()
    run_worker()
    assert callbacks and purges == []


def test_publishing_renews_the_content_version(django_capture_on_commit_callbacks):
    page = advice_page()
    before = content_version.current()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert content_version.current() != before


def test_a_purge_the_front_cache_refuses_is_retried(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"varnish": {
        "BACKEND": "portal.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}}
    page = advice_page()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    run_worker()
    results = DBTaskResult.objects.filter(task_path="portal.frontcache.purge_urls")
    first = results.get(args_kwargs__kwargs={}, status="SUCCESSFUL")
    assert first.return_value == "retrying"
    retry = results.get(status="READY")
    assert retry.args_kwargs["args"][1] == 1 and retry.run_after is not None
    assert set(retry.args_kwargs["args"][0]) == set(first.args_kwargs["args"][0])


def test_no_front_cache_configured_means_no_purge_tasks(django_capture_on_commit_callbacks):
    assert settings.WAGTAILFRONTENDCACHE == {}
    page = advice_page()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not DBTaskResult.objects.filter(task_path="portal.frontcache.purge_urls").exists()
