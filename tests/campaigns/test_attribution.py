"""Enquiries are attributed to live campaigns only: valid, unknown and tampered codes."""

import pytest
from django.core.cache import caches

from enquiries.models import Enquiry
from tests.enquiries.helpers import form_data
from tests.factories.pages import campaign_page

pytestmark = pytest.mark.django_db
WELSH_TITLE = "Wythnos Prawf: #GallwchChiFabwysiadu"


@pytest.fixture(autouse=True)
def live_campaigns():
    caches["limits"].clear()  # rate limits
    campaign_page("test-week", welsh={"title": WELSH_TITLE})
    campaign_page("half-live", welsh_live=False)


def send(client, **fields):
    client.post("/en/enquire/", form_data(language="en", **fields))
    return Enquiry.objects.order_by("-pk").first()


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ({"campaign_code": "test-week", "campaign_source": "facebook",
          "campaign_medium": "social"}, ("test-week", "facebook", "social")),
        ({"campaign_code": "TEST-WEEK "}, ("test-week", "", "")),
        ({"campaign_code": "no-such-campaign", "campaign_source": "x"}, ("", "", "")),
        ({"campaign_code": "half-live"}, ("", "", "")),  # not live in Welsh yet
        ({"campaign_code": "<script>", "campaign_medium": "social"}, ("", "", "")),
        ({"campaign_code": "test-week", "campaign_source": "a b;c"}, ("test-week", "", "")),
        ({"campaign_code": "x" * 60}, ("", "", "")),  # too long: dropped, the form still goes
    ],
)
def test_only_live_campaign_codes_are_stored(client, sent, stored):
    enquiry = send(client, **sent)
    assert (enquiry.campaign_code, enquiry.campaign_source, enquiry.campaign_medium) == stored


def test_naming_the_campaign_in_the_form_attributes_it(client):
    enquiry = send(client, heard_about="campaign", heard_campaign="test-week")
    assert (enquiry.campaign_code, enquiry.campaign_medium) == ("test-week", "form")


def test_a_campaign_link_wins_over_the_campaign_named(client):
    campaign_page("other-2026")
    enquiry = send(client, heard_campaign="other-2026", campaign_code="test-week",
                   campaign_source="poster")
    assert (enquiry.campaign_code, enquiry.campaign_source) == ("test-week", "poster")


def test_the_form_offers_live_campaigns_in_the_pages_language(client):
    welsh = client.get("/cy/ymholiad/").content.decode()
    assert WELSH_TITLE in welsh
    assert 'value="half-live"' not in welsh


def test_a_campaign_link_fills_the_hidden_fields(client):
    html = client.get("/en/enquire/", {"campaign": "test-week", "source": "tv",
                                       "medium": "broadcast"}).content.decode()
    assert 'name="campaign_code" value="test-week"' in html
    assert 'name="campaign_source" value="tv"' in html
    tampered = client.get("/en/enquire/", {"campaign": "half-live"}).content.decode()
    assert 'name="campaign_code" value="half-live"' not in tampered
