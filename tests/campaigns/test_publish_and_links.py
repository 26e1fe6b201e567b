"""A campaign goes live in both languages or not at all; short links and social previews."""

import pytest

from enquiries import attribution
from tests.factories.pages import campaign_page, locale

pytestmark = pytest.mark.django_db


def test_a_campaign_live_in_one_language_only_is_not_live_anywhere(client):
    page = campaign_page("spring-2027", welsh_live=False)
    welsh = page.get_translation(locale("cy"))
    assert page.live and not welsh.live
    assert client.get(page.url).status_code == 404
    assert attribution.known_code("spring-2027") == ""
    assert client.get("/c/spring-2027/").status_code == 404

    welsh.specific.save_revision().publish()
    assert client.get(page.url).status_code == 200
    assert client.get(welsh.url).status_code == 200
    assert attribution.known_code("spring-2027") == "spring-2027"


def test_unpublishing_one_language_takes_the_campaign_down_in_both(client):
    page = campaign_page("summer-2027")
    page.get_translation(locale("cy")).unpublish()
    assert client.get(page.url).status_code == 404


def test_short_links_land_in_the_readers_language_with_source_and_medium(client):
    page = campaign_page("test-week")
    welsh = page.get_translation(locale("cy"))
    response = client.get("/c/test-week/", {"s": "Facebook", "m": "social"},
                          HTTP_ACCEPT_LANGUAGE="cy")
    assert response.status_code == 302
    assert response["Location"] == f"{welsh.url}?source=facebook&medium=social"
    english = client.get("/c/test-week/", {"s": "<script>"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english["Location"] == page.url  # a bad source is dropped, not passed on
    assert "Set-Cookie" not in response.headers


def test_the_call_to_enquire_carries_the_attribution(client):
    page = campaign_page("test-week")
    html = client.get(page.url, {"source": "poster", "medium": "print"}).content.decode()
    assert 'href="/en/enquire/?campaign=test-week&amp;source=poster&amp;medium=print"' in html


def test_social_previews_speak_each_language(client):
    page = campaign_page("test-week", social_title="#YouCanAdopt this National Adoption Week",
                         welsh={"social_title": "#GallwchChiFabwysiadu yr wythnos hon"})
    welsh = page.get_translation(locale("cy"))
    english_html = client.get(page.url).content.decode()
    welsh_html = client.get(welsh.url).content.decode()
    assert '<meta property="og:title" content="#YouCanAdopt this National Adoption Week">' \
        in english_html
    assert 'property="og:locale" content="cy_GB"' in welsh_html
    assert "#GallwchChiFabwysiadu" in welsh_html
    assert f'<meta property="og:url" content="http://localhost{welsh.url}">' in welsh_html


def test_a_scheduled_campaign_goes_live_in_both_languages_when_its_time_comes(client):
    import time
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    page = campaign_page("autumn-2027", welsh_live=False)
    page.unpublish()
    soon = timezone.now() + timedelta(seconds=2)
    for version in (page, page.get_translation(locale("cy")).specific):
        version.go_live_at = soon
        version.save_revision().publish()  # scheduled, not live
    page.refresh_from_db()
    assert not page.live and client.get(page.url).status_code == 404

    time.sleep(max(0, (soon - timezone.now()).total_seconds()) + 0.1)
    call_command("publish_scheduled", verbosity=0)
    assert client.get(page.url).status_code == 200
