"""Switching language keeps what the reader was doing: their search, and the campaign that
brought them to the enquiry form. Other query parameters are not carried."""

import re
from html import unescape

import pytest

from tests.factories.pages import campaign_page

pytestmark = pytest.mark.django_db


def switch(client, path, params):
    html = client.get(path, params).content.decode()
    href = unescape(re.search(r'class="ac-language-toggle" href="([^"]+)"', html).group(1))
    return client.get(href)["Location"]


def test_the_search_is_kept(client):
    assert switch(client, "/en/search/", {"q": "Siân ŵyr", "page": "2"}) == (
        "/cy/chwilio/?q=Si%C3%A2n+%C5%B5yr")
    assert switch(client, "/cy/chwilio/", {"q": "adoption"}) == "/en/search/?q=adoption"


def test_campaign_attribution_is_kept_on_the_enquiry_form(client):
    campaign_page("test-week")
    target = switch(client, "/en/enquire/", {"campaign": "test-week", "source": "facebook",
                                            "medium": "social", "utm_other": "x"})
    assert target == "/cy/ymholiad/?campaign=test-week&source=facebook&medium=social"
    html = client.get(target).content.decode()
    assert 'name="campaign_code" value="test-week"' in html
    assert 'name="campaign_source" value="facebook"' in html
