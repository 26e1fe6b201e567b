"""A bilingual demo campaign (National Adoption Week), built by `manage.py load_campaign_demo`."""

from wagtail.models import Locale, Page

from campaigns.models import CampaignIndexPage, CampaignPage
from cms.models import StoryPage

CAMPAIGN = {
    "code": "naw-2026",
    "en": {
        "title": "National Adoption Week 2026: #YouCanAdopt",
        "slug": "national-adoption-week",
        "intro": "Thinking about adoption? Whoever you are, you could give a child a home.",
        "hero_alt": "",
        "social_title": "#YouCanAdopt this National Adoption Week",
        "social_description": "Find out if you could adopt in Wales and talk to us this week.",
        "myths": [
            ("You have to own your own home to adopt.",
             "You can rent or own; what matters is a stable, safe home."),
            ("You can’t adopt if you are single.",
             "Single people adopt in Wales every year."),
            ("You are too old to adopt.",
             "There is no upper age limit; you need the health and energy to parent."),
        ],
    },
    "cy": {
        "title": "Wythnos Mabwysiadu Genedlaethol 2026: #GallwchChiFabwysiadu",
        "slug": "wythnos-mabwysiadu-genedlaethol",
        "intro": "Yn meddwl am fabwysiadu? Pwy bynnag ydych chi, gallech chi roi cartref i "
                 "blentyn.",
        "hero_alt": "",
        "social_title": "#GallwchChiFabwysiadu yr Wythnos Mabwysiadu Genedlaethol hon",
        "social_description": "Dysgwch a allech chi fabwysiadu yng Nghymru a siaradwch â ni.",
        "myths": [
            ("Rhaid bod yn berchen ar eich cartref i fabwysiadu.",
             "Gallwch rentu neu fod yn berchen; yr hyn sy’n bwysig yw cartref sefydlog, diogel."),
            ("Allwch chi ddim mabwysiadu os ydych chi’n sengl.",
             "Mae pobl sengl yn mabwysiadu yng Nghymru bob blwyddyn."),
            ("Rydych chi’n rhy hen i fabwysiadu.",
             "Does dim terfyn oedran uchaf; mae angen yr iechyd a’r egni i fagu plentyn."),
        ],
    },
}


def _fields(text):
    myths = [("myth", {"myth": myth, "fact": fact}) for myth, fact in text["myths"]]
    return {**{k: v for k, v in text.items() if k != "myths"}, "myths": myths}


INDEX = {
    "en": {"title": "Campaigns", "slug": "campaigns",
           "intro": "#YouCanAdopt: our campaigns to find families for children in Wales."},
    "cy": {"title": "Ymgyrchoedd", "slug": "ymgyrchoedd",
           "intro": "#GallwchChiFabwysiadu: ein hymgyrchoedd i ddod o hyd i deuluoedd i blant "
                    "yng Nghymru."},
}


def build_index(en, cy) -> CampaignIndexPage:
    home = Page.objects.get(depth=2, locale=en)
    index = CampaignIndexPage.objects.filter(locale=en).first()
    if index is None:
        index = CampaignIndexPage(**INDEX["en"])
        home.add_child(instance=index)
        _publish(index, INDEX["en"])
    welsh = index.get_translation_or_none(cy) or index.copy_for_translation(cy)
    if not welsh.live:
        _publish(welsh.specific, INDEX["cy"])
    return index


def build(campaign=CAMPAIGN) -> CampaignPage:
    en, cy = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="cy")
    index = build_index(en, cy)
    page = CampaignPage.objects.filter(code=campaign["code"], locale=en).first()
    if page is None:
        page = CampaignPage(code=campaign["code"], **_fields(campaign["en"]))
        index.add_child(instance=page)
    stories = StoryPage.objects.live().filter(locale=en)[:2]
    shared = {"stories": [("story", story) for story in stories]}
    _publish(page, {**_fields(campaign["en"]), **shared})
    welsh = page.get_translation_or_none(cy) or page.copy_for_translation(cy)
    _publish(welsh.specific, {**_fields(campaign["cy"]), **shared})
    return page


def _publish(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
