"""The test factories make what an editor would: a real Welsh translation, drafts when asked,
and slugs that never collide."""

import pytest

from tests.factories import people
from tests.factories.pages import advice_page, campaign_page, in_language, locale, new_page
from tests.helpers import PAGE_TYPES

pytestmark = pytest.mark.django_db


def test_the_welsh_version_is_a_published_translation_not_an_alias():
    english = advice_page("Who can adopt?", welsh={"title": "Pwy all fabwysiadu?"})
    welsh = in_language(english, "cy")
    assert (welsh.locale, welsh.translation_key) == (locale("cy"), english.translation_key)
    assert welsh.alias_of_id is None and welsh.live and welsh.last_published_at
    assert welsh.title == "Pwy all fabwysiadu?" and welsh.slug != english.slug
    assert welsh.get_parent().specific == in_language(english.get_parent().specific, "cy")


def test_drafts_and_english_only_pages_when_asked():
    draft = advice_page(live=False)
    assert not draft.live and not in_language(draft, "cy").live
    assert advice_page(welsh=False).get_translation_or_none(locale("cy")) is None
    campaign = campaign_page(welsh_live=False)
    assert campaign.live and not in_language(campaign, "cy").live


def test_pages_with_one_title_get_their_own_slugs_and_a_new_section_unless_given_one():
    first = advice_page("Who can adopt?")
    beside = advice_page("Who can adopt?", parent=first.get_parent())
    elsewhere = advice_page("Who can adopt?")
    assert len({first.slug, beside.slug, elsewhere.slug}) == 3
    assert beside.get_parent() == first.get_parent() != elsewhere.get_parent()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_a_page_of_each_type_in_each_language(model):
    for language in ("en", "cy"):
        page = new_page(model, language)
        assert type(page) is model and page.live and page.locale == locale(language)


def test_each_enquiry_is_a_new_person_routed_to_the_region_asked_for():
    first, second = people.enquiry("north-wales"), people.enquiry("north-wales")
    assert first.region == second.region == people.region("north-wales")
    assert first.contact_id != second.contact_id
    assert people.enquiry(council_code=None).route == "outside-wales"
