"""Each event page offers an .ics file (RFC 5545) in its own language."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import EventPage
from tests.cms_events.helpers import CARDIFF, SIBLINGS, build_event
from tests.cms_events.test_ics import prop, unescape
from tests.factories.pages import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def siblings():
    """An online webinar run by an agency for a region, with a booking link."""
    return build_event(SIBLINGS)


@pytest.fixture
def cardiff():
    """An in-person evening at a venue."""
    return build_event(CARDIFF)


def welsh(page):
    return in_language(page, "cy")


def download(client, page):
    response = client.get(page.url + ("calendr/" if page.locale.language_code == "cy"
                                      else "calendar/"))
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


def test_headers(client, siblings):
    response, _text = download(client, siblings)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="webinar-siblings-and-older-children.ics"')
    response, _text = download(client, welsh(siblings))
    assert response["Content-Disposition"] == (
        'attachment; filename="gweminar-brodyr-a-chwiorydd-a-phlant-hyn.ics"')


def test_one_event_in_english(client, siblings):
    _response, text = download(client, siblings)
    assert text.count("BEGIN:VEVENT") == 1 and "\n" not in text.replace("\r\n", "")
    assert unescape(prop(text, "SUMMARY")) == siblings.title
    assert prop(text, "LOCATION") == "Online"
    assert prop(text, "URL") == f"http://testserver{siblings.url}"
    description = unescape(prop(text, "DESCRIPTION"))
    assert description.startswith(siblings.intro)
    assert f"Book a place: {siblings.booking_url}" in description
    assert f"More information: http://testserver{siblings.url}" in description


def test_the_welsh_event_is_in_welsh(client, siblings):
    page = welsh(siblings)
    _response, text = download(client, page)
    summary = "Gweminar: mabwysiadu brodyr a chwiorydd, a phlant hŷn"
    assert unescape(prop(text, "SUMMARY")) == summary
    assert prop(text, "LOCATION") == "Ar-lein"
    assert unescape(prop(text, "DESCRIPTION")).startswith(page.intro)  # with ŷ and ’, exactly
    assert page.url.startswith("/cy/") and prop(text, "URL") == f"http://testserver{page.url}"


def test_the_welsh_description_has_no_english(client, siblings):
    _response, text = download(client, welsh(siblings))
    description = unescape(prop(text, "DESCRIPTION"))
    assert "Book a place" not in description and "More information" not in description


def test_a_long_welsh_title_with_circumflexes_folds_safely(client, cardiff):
    page = welsh(cardiff)
    page.title = ("Gŵyl wybodaeth: dewch i’r tŷ cwrdd am sgwrs am fabwysiadu plant hŷn, "
                  "brodyr a chwiorydd; ŵyr ac wyresau; croeso i bawb")
    page.save()
    _response, text = download(client, page)
    assert max(len(line) for line in text.encode("utf-8").split(b"\r\n")) <= 75
    assert unescape(prop(text, "SUMMARY")) == page.title


def test_the_uid_is_the_same_for_both_languages_and_differs_between_events(client, siblings,
                                                                          cardiff):
    uid = prop(download(client, siblings)[1], "UID")
    assert uid == f"event-{siblings.translation_key}@adopt.cymru"
    assert prop(download(client, welsh(siblings))[1], "UID") == uid
    assert prop(download(client, cardiff)[1], "UID") != uid


def test_local_times_are_written_in_utc(client, cardiff):
    _response, text = download(client, cardiff)
    local = datetime.datetime.combine(cardiff.start_date, cardiff.start_time,
                                      tzinfo=ZoneInfo("Europe/London"))
    assert prop(text, "DTSTART") == local.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert prop(text, "DTSTAMP") == cardiff.last_published_at.astimezone(datetime.UTC).strftime(
        "%Y%m%dT%H%M%SZ")


@pytest.mark.parametrize(("day", "expected_start", "expected_end"), [
    (datetime.date(2027, 7, 1), "20270701T173000Z", "20270701T193000Z"),  # BST, no end time
    (datetime.date(2027, 1, 14), "20270114T183000Z", "20270114T203000Z"),  # GMT, no end time
])
def test_bst_and_gmt_dates(client, cardiff, day, expected_start, expected_end):
    cardiff.start_date, cardiff.end_time = day, None
    cardiff.save()
    _response, text = download(client, cardiff)
    assert (prop(text, "DTSTART"), prop(text, "DTEND")) == (expected_start, expected_end)


def test_an_in_person_event_gives_its_venue(client, cardiff):
    _response, text = download(client, cardiff)
    assert unescape(prop(text, "LOCATION")) == "Central Library Hub, Cardiff"
    assert prop(text, "LOCATION") == "Central Library Hub\\, Cardiff"


def test_the_event_page_links_to_its_calendar_file(client, siblings):
    html = client.get(siblings.url).content.decode()
    assert f'href="{siblings.url}calendar/" type="text/calendar"' in html
    assert "Run by" in html and "Adopting Together" in html and "North Wales" in html
    html = client.get(welsh(siblings).url).content.decode()
    assert f'href="{welsh(siblings).url}calendr/"' in html


def test_other_sub_paths_are_not_found(client, siblings):
    assert client.get(siblings.url + "calendar/extra/").status_code == 404
    assert client.get(siblings.url + "nothing/").status_code == 404


def test_a_draft_event_has_no_calendar_file(client, siblings):
    url = siblings.url + "calendar/"
    siblings.unpublish()
    assert client.get(url).status_code == 404


def test_the_calendar_file_costs_few_queries(client, siblings):
    url = siblings.url + "calendar/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) <= 12, "\n".join(q["sql"][:200] for q in queries)


def test_events_of_both_languages_are_upcoming(siblings):
    assert EventPage.upcoming().filter(translation_key=siblings.translation_key).count() == 2


def test_the_venue_and_address_are_in_each_pages_own_language(client, cardiff):
    cardiff.venue, cardiff.venue_address = "Central Library Hub", "The Hayes, Cardiff CF10 1FL"
    cardiff.save_revision().publish()
    page = welsh(cardiff)
    page.venue, page.venue_address = "Hyb y Llyfrgell Ganolog", "Yr Ais, Caerdydd CF10 1FL"
    page.save_revision().publish()
    _response, text = download(client, cardiff)
    assert unescape(prop(text, "LOCATION")) == "Central Library Hub, The Hayes, Cardiff CF10 1FL"
    _response, text = download(client, page)
    assert unescape(prop(text, "LOCATION")) == "Hyb y Llyfrgell Ganolog, Yr Ais, Caerdydd CF10 1FL"
    html = client.get(page.url).content.decode()
    assert "Hyb y Llyfrgell Ganolog" in html and "Yr Ais, Caerdydd CF10 1FL" in html
    assert "Central Library" not in html and "The Hayes" not in html


def test_the_calendar_file_says_who_runs_the_event_in_its_language(client, siblings):
    _response, text = download(client, siblings)
    assert "Run by: Adopting Together, North Wales Adoption Service" in unescape(
        prop(text, "DESCRIPTION"))
    _response, text = download(client, welsh(siblings))
    assert ("Yn cael ei gynnal gan: Mabwysiadu Gyda’n Gilydd, Gwasanaeth Mabwysiadu Gogledd "
            "Cymru") in unescape(prop(text, "DESCRIPTION"))
