"""A live Welsh page means a translated Welsh page. The alias that locale synchronisation makes
of an English page, and a translation published with segments still in English, are live pages
that show English at a Welsh address: neither makes a campaign live (served, short-linked,
listed, accepted for attribution), and neither is in the sitemap or a page's hreflang."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from campaigns import attribution as campaign_choices
from campaigns.models import CampaignPage
from cms.models import AdvicePage, PartlyTranslatedPage
from enquiries import attribution
from tests.factories.pages import advice_page, campaign_page, locale

pytestmark = pytest.mark.django_db
ALTERNATE = '<link rel="alternate" hreflang='


def absolute(page):
    return f"http://testserver{page.url}"  # the sitemap names the request's own host


def welsh_alias(page):
    """The Welsh placeholder of `page`: the alias locale synchronisation makes."""
    existing = page.get_translations().filter(locale=locale("cy")).first()
    return existing or page.copy_for_translation(locale("cy"), alias=True)


def translate_in_localize(page, on_commit, translated=1.0, publish=True):
    """Translate `page` into Welsh in wagtail-localize's editor and publish it (or, unless
    `publish`, save it as a draft, as "Save draft" does), with this share of its segments
    translated (the rest stay English, as the editor allows). The editor publishes after
    commit: `on_commit` is pytest-django's django_capture_on_commit_callbacks."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source,
                                                              target_locale=locale("cy"))
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    for segment in segments[:round(len(segments) * translated)]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=locale("cy"), context=segment.context,
            defaults={"data": f"Cymraeg: {segment.string.data}"})
    with on_commit(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale("cy")).specific


def campaign_is_live(client, page, code):
    listed = client.get(page.get_parent().url).content.decode()
    return {"served": client.get(page.url).status_code == 200,
            "short link": client.get(f"/c/{code}/").status_code == 302,
            "attribution": attribution.known_code(code) == code,
            "listed": page.title in listed,
            "offered": code in dict(campaign_choices.choices("cy"))}


def test_an_alias_of_the_english_page_does_not_make_a_campaign_live(client):
    page = campaign_page("alias-2027", welsh=False)
    alias = welsh_alias(page)
    assert alias.live and alias.alias_of_id == page.pk  # live, but it is the English page
    assert client.get(alias.url).status_code == 404
    assert not any(campaign_is_live(client, page, "alias-2027").values())


def test_a_welsh_translation_with_english_left_in_it_does_not_make_a_campaign_live(
        client, django_capture_on_commit_callbacks):
    page = campaign_page("partly-2027", welsh=False)
    welsh_alias(page)
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks, translated=0.5)
    assert welsh.live and welsh.alias_of_id is None
    assert PartlyTranslatedPage.objects.get(page=welsh).segments_left > 0
    assert not any(campaign_is_live(client, page, "partly-2027").values())

    # The translator finishes and publishes again.
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks)
    assert not PartlyTranslatedPage.objects.filter(page=welsh).exists()
    assert welsh.title.startswith("Cymraeg: ")
    assert all(campaign_is_live(client, page, "partly-2027").values())
    assert client.get(welsh.url).status_code == 200


def test_an_advice_page_not_yet_in_welsh_keeps_its_notice_but_is_no_welsh_alternate(client):
    page = advice_page("Fostering to adopt", welsh=False)
    alias = welsh_alias(page)
    english = client.get(page.url).content.decode()
    assert f'{ALTERNATE}"en"' in english and f'{ALTERNATE}"cy"' not in english
    welsh = client.get(alias.url)
    assert welsh.status_code == 200  # the notice and the English body, as before
    assert f'{ALTERNATE}"cy"' not in welsh.content.decode()
    assert 'lang="en"' in welsh.content.decode()  # the English body is marked as English

    sitemap = client.get("/sitemap.xml").content.decode()
    assert absolute(page) in sitemap
    assert absolute(alias) not in sitemap
    assert f'hreflang="cy" href="{absolute(alias)}"' not in sitemap


def test_a_partly_translated_page_is_neither_in_the_sitemap_nor_an_alternate(
        client, django_capture_on_commit_callbacks):
    page = advice_page("Adopting siblings", welsh=False)
    welsh_alias(page)
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks, translated=0.5)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert absolute(welsh) not in sitemap
    assert f'{ALTERNATE}"cy"' not in client.get(page.url).content.decode()

    welsh = translate_in_localize(page, django_capture_on_commit_callbacks)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert absolute(welsh) in sitemap
    assert f'hreflang="cy" href="{absolute(welsh)}"' in sitemap
    assert f'{ALTERNATE}"cy"' in client.get(page.url).content.decode()


def test_the_demo_campaign_and_pages_are_real_welsh():
    """The demo's Welsh pages are written in Welsh, so none is held back."""
    assert not PartlyTranslatedPage.objects.exists()
    welsh = CampaignPage.objects.live().filter(locale__language_code="cy")
    assert welsh.exists() and not welsh.filter(alias_of__isnull=False).exists()
    assert AdvicePage.objects.live().filter(locale__language_code="cy",
                                            alias_of__isnull=True).exists()
