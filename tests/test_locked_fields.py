"""Facts that must not differ between languages are synchronised and locked: the translation
editor offers no override for them (wagtail-localize's overridable segments)."""

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import OverridableSegment, TranslationSource

from campaigns.models import CampaignPage
from cms.models import AdvicePage, EventPage, RegionPage, StoryPage
from tests.helpers import PAGE_TYPES, page_of_type

pytestmark = pytest.mark.django_db

LOCKED = {
    "show_in_menus",  # every page
    "code", "hero_image", "stories", "show_events",  # campaigns
    "start_date", "start_time", "end_time", "online", "session_language",  # events
    "region", "agency", "topic", "household",
}
# Synchronised but a translator may point them elsewhere (a Welsh booking form or share image).
OVERRIDABLE = {"booking_url", "social_image"}


def overridable_paths(page):
    source, _created = TranslationSource.update_or_create_from_instance(page)
    return set(OverridableSegment.objects.filter(source=source)
               .values_list("context__path", flat=True))


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_synchronised_field_is_locked_or_known_to_be_overridable(model):
    synchronised = [field for field in get_translatable_fields(model)
                    if isinstance(field, SynchronizedField)]
    for field in synchronised:
        if field.field_name in LOCKED:
            assert not field.overridable, f"{model.__name__}.{field.field_name}"
        else:
            assert field.field_name in OVERRIDABLE, f"{model.__name__}.{field.field_name}"


def test_an_event_offers_no_override_for_its_date_region_or_agency():
    event = EventPage.objects.filter(locale__language_code="en", agency__isnull=False,
                                     region__isnull=False).first()
    paths = overridable_paths(event)
    assert not paths & LOCKED
    assert "booking_url" in paths  # still overridable, so the check above can see segments


def test_an_events_venue_is_translated_not_synchronised():
    event = EventPage.objects.filter(locale__language_code="en").exclude(venue_address="").first()
    source, _created = TranslationSource.update_or_create_from_instance(event)
    strings = set(source.stringsegment_set.values_list("context__path", flat=True))
    assert {"venue", "venue_address"} <= strings
    assert not {"venue", "venue_address"} & overridable_paths(event)


@pytest.mark.parametrize("model", [CampaignPage, StoryPage, RegionPage, AdvicePage],
                         ids=lambda model: model.__name__)
def test_other_pages_offer_no_override_for_their_locked_fields(model):
    page = page_of_type(model, "en")
    assert not overridable_paths(page) & LOCKED
