"""The events listing: filters by region, agency, session language and online / in person,
done in the database, tolerant of bad input, in both languages."""

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from cms.events import EventFilterForm
from cms.models import EventPage
from tests.cms_events.helpers import (
    ABERYSTWYTH,
    CAERNARFON,
    CARDIFF,
    EARLY_PERMANENCE,
    INTRO_WEBINAR,
    SIBLINGS,
    SWANSEA,
    build_listing,
)
from tests.factories.pages import in_language

pytestmark = pytest.mark.django_db

ALL = {CARDIFF, INTRO_WEBINAR, CAERNARFON, SWANSEA, EARLY_PERMANENCE, SIBLINGS, ABERYSTWYTH}


@pytest.fixture
def index():
    """A new events index with the seven events of tests/cms_events/helpers.py."""
    return build_listing()


def listing(client, index, query="", language="en"):
    response = client.get(in_language(index, language).url + query)
    assert response.status_code == 200
    return response


def slugs(response):
    return {page.slug for page in response.context["events"]}


def test_the_demo_slugs_are_as_expected():
    """This one specifies the demo's events; the other tests here build their own."""
    assert set(EventPage.upcoming().filter(locale__language_code="en")
               .values_list("slug", flat=True)) == ALL


def test_no_filters_lists_every_upcoming_event(client, index):
    response = listing(client, index)
    assert slugs(response) == ALL
    html = response.content.decode()
    assert "Events found: 7" in html
    assert f'action="{index.url}"' in html and 'method="get"' in html
    assert "Clear filters" not in html  # nothing to clear


@pytest.mark.parametrize(("query", "expected"), [
    ("?region=north-wales", {CAERNARFON, SIBLINGS}),
    ("?region=mid-west-wales", {EARLY_PERMANENCE, ABERYSTWYTH}),
    ("?agency=adopting-together", {SIBLINGS}),
    ("?agency=st-davids", set()),
    ("?language=cy", {CAERNARFON, SWANSEA}),  # bilingual sessions count for either language
    ("?language=en", ALL - {CAERNARFON}),
    ("?attend=online", {INTRO_WEBINAR, EARLY_PERMANENCE, SIBLINGS}),
    ("?attend=in-person", {CARDIFF, CAERNARFON, SWANSEA, ABERYSTWYTH}),
])
def test_each_filter(client, index, query, expected):
    response = listing(client, index, query)
    assert slugs(response) == expected
    assert f"Events found: {len(expected)}" in response.content.decode()


@pytest.mark.parametrize(("query", "expected"), [
    ("?region=north-wales&attend=online", {SIBLINGS}),
    ("?region=north-wales&language=cy", {CAERNARFON}),
    ("?region=mid-west-wales&attend=in-person&language=en", {ABERYSTWYTH}),
    ("?region=north-wales&agency=adopting-together&attend=online&language=en", {SIBLINGS}),
    ("?language=cy&attend=in-person", {CAERNARFON, SWANSEA}),
])
def test_filters_combine(client, index, query, expected):
    assert slugs(listing(client, index, query)) == expected


@pytest.mark.parametrize("query", [
    "?region=atlantis&agency=nobody&language=fr&attend=maybe",
    "?region=%00&agency=%27%3B--&language=%F0%9F%98%80&attend=",
    "?region=" + "x" * 5000,
    "?region=north-wales&region=&language=cy&language=cy",
    "?unknown=1&page=999",
])
def test_invalid_values_are_ignored(client, index, query):
    response = listing(client, index, query)
    assert response.status_code == 200
    if "north-wales" not in query:
        assert slugs(response) == ALL


def test_an_invalid_value_does_not_drop_the_valid_ones(client, index):
    response = listing(client, index, "?region=north-wales&attend=sometimes&language=klingon")
    assert slugs(response) == {CAERNARFON, SIBLINGS}
    html = response.content.decode()
    assert '<option value="north-wales" selected>' in html
    assert 'name="attend" type="radio" value="" checked' in html  # "Either" stays chosen


def test_the_form_keeps_the_chosen_values(client, index):
    html = listing(client, index,
                   "?region=western-bay&agency=st-davids&language=cy&attend=in-person"
                   ).content.decode()
    assert '<option value="western-bay" selected>' in html
    assert '<option value="st-davids" selected>' in html
    assert 'name="language" type="radio" value="cy" checked' in html
    assert 'name="attend" type="radio" value="in-person" checked' in html
    assert html.count(" selected>") == 2 and html.count(" checked>") == 2


def test_govuk_markup_without_javascript(client, index):
    html = listing(client, index).content.decode()
    for marker in ('class="govuk-select" id="events-region" name="region"',
                   'class="govuk-select" id="events-agency" name="agency"',
                   'class="govuk-radios__input"', 'class="govuk-fieldset__legend',
                   '<button type="submit" class="govuk-button"',
                   '<label class="govuk-label govuk-label--s" for="events-region">'):
        assert marker in html


def test_the_agency_list_offers_voluntary_agencies_not_support_charities(client, index):
    html = listing(client, index).content.decode()
    assert 'value="adopting-together"' in html and 'value="st-davids"' in html
    assert 'value="adoption-uk-cymru"' not in html


def test_no_events_match(client, index):
    response = listing(client, index, "?region=south-east-wales&attend=in-person")
    html = response.content.decode()
    assert slugs(response) == set()
    assert "Events found: 0" in html
    assert "No events match your filters." in html
    assert f'href="{index.url}">Clear filters</a>' in html


def test_listing_items_show_who_runs_them_and_link_to_a_calendar_file(client, index):
    html = listing(client, index, "?agency=adopting-together").content.decode()
    assert "Adopting Together · North Wales" in html
    siblings = EventPage.objects.child_of(index).get(slug=SIBLINGS)
    assert f'href="{siblings.url}calendar/"' in html
    assert "Add to calendar" in html


def test_filtering_happens_in_the_database(index):
    events = EventPage.upcoming().child_of(index)
    form = EventFilterForm({"region": "north-wales", "attend": "online"}, events)
    filtered = form.filter(events)
    assert isinstance(filtered, QuerySet)
    sql = str(filtered.query)
    assert "region_id" in sql and '"online"' in sql


def test_the_welsh_listing_speaks_welsh(client, index):
    response = listing(client, index, "?region=north-wales&attend=online", language="cy")
    html = response.content.decode()
    assert '<html lang="cy"' in html
    assert {page.locale.language_code for page in response.context["events"]} == {"cy"}
    assert len(response.context["events"]) == 1
    # Welsh names of regions and agencies, and strings the catalogue already has.
    assert "Gwasanaeth Mabwysiadu Gogledd Cymru" in html
    assert "Mabwysiadu Gyda’n Gilydd" in html
    assert "Iaith y sesiwn" in html and "Ar-lein" in html and "Pob rhanbarth" in html
    assert "Digwyddiadau i ddod" in html
    siblings = in_language(EventPage.objects.child_of(index).get(slug=SIBLINGS), "cy")
    assert f'href="{siblings.url}calendr/"' in html


def test_the_welsh_listing_speaks_welsh_everywhere(client, index):
    html = listing(client, index, "?region=south-east-wales&attend=in-person",
                   language="cy").content.decode()
    for english in ("Filter events", "Adoption agency", "All agencies", "Any language",
                    "Online or in person", "In person", "Apply filters", "Clear filters",
                    "Events found", "No events match", "Bilingual sessions are shown"):
        assert english not in html, english
    for welsh in ("Hidlo digwyddiadau", "Wyneb yn wyneb", "Digwyddiadau a ganfuwyd: 0"):
        assert welsh in html, welsh


def test_welsh_add_to_calendar_link(client, index):
    html = listing(client, index, language="cy").content.decode()
    assert "Ychwanegu at y calendr" in html and "Add to calendar" not in html


def test_no_query_explosion_with_many_events(client, index):
    url = index.url + "?language=en"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        assert client.get(url).status_code == 200
    source = EventPage.objects.child_of(index).get(slug=SIBLINGS)  # has a region and an agency
    for number in range(30):
        index.add_child(instance=EventPage(
            title=f"Extra event {number}", slug=f"extra-event-{number}",
            start_date=source.start_date, start_time=source.start_time,
            online=bool(number % 2), venue="Hall", region=source.region, agency=source.agency,
        ))
    client.get(url)
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert len(response.context["events"]) == 6 + 30
    assert len(after) == len(before), "\n".join(q["sql"][:200] for q in after)
