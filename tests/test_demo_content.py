"""The demo site: realistic, genuinely bilingual, and safe to load twice."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from cms.models import AdvicePage, EventPage, Footer, NavigationMenu, StoryPage

pytestmark = pytest.mark.django_db


def pages_per_locale(model):
    return {code: model.objects.live().filter(locale__language_code=code).count()
            for code in ("en", "cy")}


def test_demo_has_a_full_site_in_both_languages():
    assert pages_per_locale(AdvicePage)["en"] >= 12
    assert pages_per_locale(AdvicePage) == {"en": pages_per_locale(AdvicePage)["en"],
                                            "cy": pages_per_locale(AdvicePage)["en"]}
    assert min(pages_per_locale(StoryPage).values()) >= 3
    events = EventPage.upcoming()
    assert events.filter(locale__language_code="cy").count() >= 5
    assert events.values("region").distinct().count() == 5
    for model in (NavigationMenu, Footer):
        assert model.objects.filter(locale__language_code="cy").exists()


def test_welsh_pages_are_written_in_welsh():
    cy = Locale.objects.get(language_code="cy")
    for english in AdvicePage.objects.filter(locale__language_code="en"):
        welsh = english.get_translation(cy)
        assert welsh.title != english.title
        assert welsh.slug != english.slug
        assert str(welsh.body) != str(english.body)
        assert not welsh.alias_of_id


def test_loading_the_demo_again_changes_no_counts():
    before = Page.objects.count(), NavigationMenu.objects.count(), Footer.objects.count()
    call_command("load_demo")
    after = Page.objects.count(), NavigationMenu.objects.count(), Footer.objects.count()
    assert before == after


def test_loading_the_campaign_demo_again_changes_no_counts():
    from campaigns.models import CampaignPage

    before = Page.objects.count(), CampaignPage.objects.filter(code="naw-2026").count()
    call_command("load_campaign_demo", stdout=io.StringIO())
    after = Page.objects.count(), CampaignPage.objects.filter(code="naw-2026").count()
    assert before == after == (before[0], 2)


def event_facts():
    return sorted(EventPage.objects.values_list(
        "translation_key", "locale__language_code", "venue", "venue_address", "start_date",
        "region_id", "agency_id"))


def test_welsh_events_have_welsh_venues_and_loading_again_keeps_them():
    before = event_facts()
    welsh = {row[2] for row in before if row[1] == "cy"}
    assert {"Canolfan y Celfyddydau Aberystwyth", "Hyb y Llyfrgell Ganolog"} <= welsh
    call_command("load_demo")
    assert event_facts() == before


def test_the_demo_gives_every_region_a_pdf_pack_in_each_language():
    from directory.models import Region

    for region in Region.objects.all():
        for document in (region.information_pack, region.information_pack_cy):
            assert document.collection.name == "Information packs"
            with document.file.open("rb") as pdf:
                assert pdf.read(5) == b"%PDF-"
        assert region.name_cy in region.information_pack_cy.title
    output = io.StringIO()
    call_command("load_demo_packs", stdout=output)  # again: nothing new
    assert "0 made" in output.getvalue()
