"""Welsh wherever the portal shows a name: every Welsh page of the demo site, and every Welsh
.ics file, names venues, agencies and regions in Welsh where a Welsh name exists."""

import html

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from cms.demo.site import load_site
from cms.models import EventPage, RegionPage
from directory.bilingual import name_order
from directory.models import Agency, Region
from tests.cms_events.test_ics import prop, unescape

pytestmark = pytest.mark.django_db


def english_only_names():
    """English names of the demo's venues, agencies and regions that have a distinct Welsh one."""
    names = set()
    for event in load_site()["events"]:
        for field in ("venue", "venue_address"):
            en, cy = event["en"].get(field, ""), event["cy"].get(field, "")
            if en and en != cy:
                names.add(en)
    for model in (Agency, Region):
        names |= {place.name_en for place in model.objects.all() if place.name_cy != place.name_en}
    return names


def welsh_pages():
    return Page.objects.live().filter(locale__language_code="cy", depth__gt=1).specific()


def calendar_text(client, event):
    response = client.get(event.url + "calendr/")
    assert response.status_code == 200
    return response.content.decode("utf-8")


def test_the_demo_has_english_names_to_look_for():
    names = english_only_names()
    assert {"Central Library Hub", "Aberystwyth Arts Centre", "Adopting Together"} <= names


def test_no_welsh_page_or_welsh_calendar_file_shows_an_english_name(client):
    names, found = english_only_names(), []
    for page in welsh_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        texts = {page.url: html.unescape(response.content.decode())}
        if isinstance(page, EventPage):
            texts[page.url + "calendr/"] = unescape(
                "\r\n".join(prop(calendar_text(client, page), key)
                            for key in ("SUMMARY", "DESCRIPTION", "LOCATION")))
        found += [(url, name) for url, text in texts.items() for name in names if name in text]
    assert not found


def welsh_demo_event(english_slug):
    english = EventPage.objects.get(slug=english_slug, locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code="cy")).specific


def test_the_welsh_calendar_file_gives_the_welsh_venue_and_address(client):
    text = calendar_text(client, welsh_demo_event("information-evening-cardiff"))
    assert unescape(prop(text, "LOCATION")) == "Hyb y Llyfrgell Ganolog, Yr Ais, Caerdydd CF10 1FL"


def test_the_welsh_calendar_file_names_who_runs_the_event_in_welsh(client):
    text = calendar_text(client, welsh_demo_event("webinar-siblings-and-older-children"))
    description = unescape(prop(text, "DESCRIPTION"))
    assert ("Yn cael ei gynnal gan: Mabwysiadu Gyda’n Gilydd, "
            "Gwasanaeth Mabwysiadu Gogledd Cymru") in description


def test_a_welsh_region_page_lists_its_councils_by_their_welsh_names(client):
    page = RegionPage.objects.get(region__slug="north-wales", locale__language_code="cy")
    councils = [council.name for council in client.get(page.url).context["councils"]]
    assert councils == ["Conwy", "Gwynedd", "Sir Ddinbych", "Sir y Fflint", "Wrecsam", "Ynys Môn"]


def test_a_name_with_no_welsh_falls_back_to_english():
    agency = Agency.objects.get(slug="st-davids")
    agency.name_cy = ""
    agency.save()
    assert agency.name_in("cy") == agency.name_en
    with translation.override("cy"):
        assert agency.name == agency.name_en
        ordered = list(Agency.objects.order_by(name_order()).values_list("slug", flat=True))
    # Sorted by the English name where the Welsh is empty: "St David's…" comes last.
    assert ordered[-1] == "st-davids"


@pytest.mark.parametrize("language, first, last", [("en", "Blaenau Gwent", "Wrexham"),
                                                   ("cy", "Abertawe", "Ynys Môn")])
def test_the_enquiry_forms_list_councils_and_agencies_by_their_names_in_the_readers_language(
        language, first, last):
    from enquiries.forms import EnquiryForm
    from helpline.staff.forms import RaiseEnquiryForm

    with translation.override(language):
        for form in (EnquiryForm(), RaiseEnquiryForm()):
            names = [name for code, name in form.fields["council"].choices[1:-1]]
            assert (names[0], names[-1]) == (first, last)
            assert "Bro Morgannwg" in names if language == "cy" else "Vale of Glamorgan" in names
        agencies = [str(name) for _, name in EnquiryForm().fields["agency"].choices][1:]
        expected = Agency.objects.filter(accepts_enquiries=True).order_by(name_order())
        assert agencies == [agency.name_in(language) for agency in expected]
