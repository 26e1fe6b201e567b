"""An empty database is already bilingual, and every page speaks the reader's language."""

import re

import pytest
from wagtail.models import Locale, Page, Site

from cms.models import HomePage
from tests.factories.pages import advice_page, in_language, new_page
from tests.helpers import PAGE_TYPES

pytestmark = pytest.mark.django_db


def test_migrations_create_both_locales_homes_and_site():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "cy"}
    homes = HomePage.objects.filter(depth=2)
    assert {home.locale.language_code for home in homes} == {"en", "cy"}
    assert len({home.translation_key for home in homes}) == 1
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "en"


@pytest.mark.parametrize("cookie, expected", [(None, "/en/"), ("cy", "/cy/"), ("en", "/en/")])
def test_root_redirects_to_a_language(client, cookie, expected):
    if cookie:
        client.cookies["portal_language"] = cookie
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_follows_the_browser_language_when_nothing_was_chosen(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="cy-GB,cy;q=0.9")
    assert response["Location"] == "/cy/"


def test_choosing_a_language_remembers_it_and_goes_to_that_page(client):
    welsh = in_language(advice_page(), "cy")
    response = client.get(f"/language/cy/?next={welsh.url}")
    assert response.status_code == 302
    assert response["Location"] == welsh.url
    assert response.cookies["portal_language"].value == "cy"
    assert client.get("/")["Location"] == "/cy/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/en/x/", ""])
def test_language_choice_never_redirects_off_site_or_into_the_other_language(client, target):
    response = client.get("/language/cy/", {"next": target})
    assert response["Location"] == "/cy/"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_page_type_renders_in_both_languages(client, model, language):
    page = new_page(model, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    other = "cy" if language == "en" else "en"
    translation = page.get_translation(Locale.objects.get(language_code=other))
    label = "Cymraeg" if other == "cy" else "English"
    toggle = re.search(r'<a class="ac-language-toggle" href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert toggle.group(2) == label
    assert toggle.group(1).endswith(translation.url.replace("/", "%2F")) or (
        translation.url in toggle.group(1)
    )
    for code, url in ((language, page.url), (other, translation.url)):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{url}">' in html


def test_toggle_leads_to_the_same_page_in_the_other_language(client):
    english = advice_page()
    welsh = english.get_translation(Locale.objects.get(language_code="cy"))
    html = client.get(english.url).content.decode()
    href = re.search(r'class="ac-language-toggle" href="([^"]+)"', html).group(1)
    assert client.get(href.replace("&amp;", "&"))["Location"] == welsh.url


def test_sitemap_lists_both_languages_with_alternates(client):
    english = advice_page()
    xml = client.get("/sitemap.xml").content.decode()
    welsh = english.get_translation(Locale.objects.get(language_code="cy"))
    for url in (english.url, welsh.url):
        assert f"<loc>http://testserver{url}</loc>" in xml
    assert f'hreflang="cy" href="http://testserver{welsh.url}"' in xml
    assert f'hreflang="en" href="http://testserver{english.url}"' in xml
    live = Page.objects.live().public().filter(depth__gt=1).count()
    assert xml.count("<loc>") == live
