"""The pages Varnish serves when the portal cannot (portal/static_errors.py): current with the
catalogue, in both languages, and allowed by the VCL's CSP."""

import pytest

from portal import static_errors
from tests.servers import ROOT

PAGES = [(status, language) for status in static_errors.PAGES for language in ("en", "cy")]


@pytest.mark.parametrize("status, language", PAGES)
def test_the_shipped_page_is_current(status, language):
    shipped = static_errors.DIRECTORY / static_errors.filename(status, language)
    assert shipped.read_text() == static_errors.render(status, language), (
        "run manage.py build_error_pages")


@pytest.mark.parametrize("status, language", PAGES)
def test_each_page_speaks_its_language_first_and_offers_the_other(status, language):
    html = static_errors.render(status, language)
    other = "cy" if language == "en" else "en"
    assert f'<html lang="{language}">' in html
    assert f'<div id="{other}" lang="{other}">' in html
    assert html.index("<h1>") < html.index(f'<div id="{other}"')
    assert "<script" not in html and "http" not in html  # nothing from anywhere else


def test_the_vcl_allows_exactly_the_inlined_stylesheet():
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    assert vcl.count(f"style-src {static_errors.style_hash()}") == 2
