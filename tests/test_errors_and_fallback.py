"""Bad input: branded errors in the right language, and pages not yet in Welsh."""

import pytest
from django.test import Client

from tests.factories.pages import locale, section_page, standard_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, title", [("en", "Page not found"),
                                             ("cy", "Heb ddod o hyd i’r dudalen")])
def test_unknown_url_gives_a_branded_404_in_that_language(client, language, title):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert title in html
    assert "ac-header" in html and "govuk-footer" in html


def test_server_error_is_branded_and_leaks_nothing(settings):
    from django.urls import path

    from portal import urls as portal_urls

    def explode(request):
        raise RuntimeError("secret-internal-detail")

    settings.ROOT_URLCONF = type("urls", (), {
        "urlpatterns": [path("cy/explode/", explode)] + portal_urls.urlpatterns,
        "handler500": portal_urls.handler500,
    })
    response = Client(raise_request_exception=False).get("/cy/explode/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="cy"' in html
    assert "secret-internal-detail" not in html and "Traceback" not in html
    assert "Mae’n ddrwg gennym" in html


def test_page_not_yet_translated_keeps_welsh_furniture_and_marks_english_body(client):
    page = standard_page("National Adoption Week 2026", parent=section_page(),
                         intro="What is happening this week.", welsh=False)
    alias = page.copy_for_translation(locale("cy"), alias=True)
    html = client.get(alias.url).content.decode()
    assert '<html lang="cy"' in html
    assert "Nid yw’r dudalen hon wedi’i chyfieithu i’r Gymraeg eto" in html
    assert '<div lang="en">' in html
    assert html.index('<div lang="en">') < html.index("National Adoption Week 2026</h1>")
    assert "Neidio i’r prif gynnwys" in html  # furniture stays Welsh
