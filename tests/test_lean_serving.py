"""What pages skip per request (cms/routing.py, portal/restrictions.py, portal/sites.py) still
answers as Wagtail would: the right page at any depth, drafts and unknown paths as 404, a
restriction made at any time enforced at once, and a site edit seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from cms import models as cms
from portal import content_version
from tests.helpers import page_of_type

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_live_page_is_found_at_its_address(client, language):
    home = cms.HomePage.objects.get(locale__language_code=language)
    for page in Page.objects.live().descendant_of(home).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk


def test_a_page_is_found_in_two_queries_at_any_depth(client):
    advice = page_of_type(cms.AdvicePage, "en")
    section = advice.get_parent()
    client.get(advice.url)
    counts = []
    for url in (section.url, advice.url):
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts.append(sum('"wagtailcore_page"."url_path" IN' in q["sql"] for q in queries))
    assert counts == [1, 1]


def test_drafts_and_unknown_addresses_are_not_found(client):
    advice = page_of_type(cms.AdvicePage, "en")
    url = advice.url
    advice.unpublish()
    assert client.get(url).status_code == 404
    assert client.get(url + "no-such-page/").status_code == 404
    assert client.get("/en/no-such-section/no-such-page/").status_code == 404


def test_the_breadcrumbs_name_every_page_above(client):
    advice = page_of_type(cms.AdvicePage, "en")
    html = client.get(advice.url).content.decode()
    trail = html[html.index('class="govuk-breadcrumbs"'):html.index("</nav>", html.index(
        'class="govuk-breadcrumbs"'))]
    assert advice.get_parent().title in trail and 'href="/en/"' in trail


def test_an_event_keeps_its_calendar_file(client):
    event = page_of_type(cms.EventPage, "en")
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")


def test_a_restriction_is_enforced_from_the_moment_it_is_made(client):
    advice = page_of_type(cms.AdvicePage, "en")
    assert client.get(advice.url).status_code == 200  # "no restrictions" is now known
    PageViewRestriction.objects.create(page=advice.get_parent(), restriction_type="password",
                                       password="secret")
    response = client.get(advice.url)
    assert response.status_code == 200 and b'name="password"' in response.content
    assert advice.title.encode() not in response.content.split(b"<main")[-1]


def test_a_site_edit_is_seen_at_once(client):
    advice = page_of_type(cms.AdvicePage, "en")
    client.get(advice.url)
    before = content_version.current()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed for the test"
    site.save()
    assert content_version.current() != before
