"""Pages for tests. Each factory adds a new English page (under a new parent of the right type
unless given one) and, unless `welsh=False`, its Welsh translation made as an editor makes one:
copy_for_translation, then Welsh fields, then publish, so it is a real page and not an alias.

`welsh` is True (Welsh title and summary derived from the English), a dict of Welsh fields, or
False. `live=False` leaves both languages as drafts; `welsh_live=False` only the Welsh."""

import datetime
import uuid

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from campaigns.models import CampaignIndexPage, CampaignPage
from cms.models import (
    AdvicePage,
    EventIndexPage,
    EventPage,
    HomePage,
    RegionPage,
    SectionIndexPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from tests.factories.people import agency, region


def locale(language):
    return Locale.objects.get(language_code=language)


def home(language="en"):
    """The home page the migrations create for each language."""
    return HomePage.objects.get(depth=2, locale__language_code=language)


def unique_slug(title):
    return f"{slugify(title)[:40]}-{uuid.uuid4().hex[:6]}"


def in_language(page, language):
    """The page itself (English) or its translation, as its specific type."""
    return page if language == "en" else page.get_translation(locale(language)).specific


def bilingual(model, parent, title, welsh=True, live=True, welsh_live=None, body="",
              **fields):
    """A new `model` page under `parent` and, unless welsh is False, its Welsh translation."""
    page = model(title=title, slug=fields.pop("slug", None) or unique_slug(title),
                 body=paragraph(body), live=live, **fields)
    parent.add_child(instance=page)
    _save(page, live)
    if welsh is not False:
        _translate(page, {} if welsh is True else welsh, live if welsh_live is None else welsh_live)
    return page


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")] if text else []


def _translate(page, fields, live):
    welsh, fields = page.copy_for_translation(locale("cy")).specific, dict(fields)
    title = fields.pop("title", f"{page.title} (Cymraeg)")
    welsh.title = title
    welsh.slug = fields.pop("slug", None) or unique_slug(title)
    welsh.intro = fields.pop("intro", f"{page.intro} (Cymraeg)" if page.intro else "")
    if "body" in fields:
        welsh.body = paragraph(fields.pop("body"))
    for name, value in fields.items():
        setattr(welsh, name, value)
    _save(welsh, live)


def _save(page, live):
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()  # publishing updates the database row, not this instance


def section_page(title="Adopting", parent=None, **options):
    return bilingual(SectionIndexPage, parent or home(), title, **options)


def advice_page(title="Who can adopt?", parent=None, topic="can-i-adopt", **options):
    """An advice page, in a new section of its own unless `parent` is given."""
    return bilingual(AdvicePage, parent or section_page(), title, topic=topic, **options)


def standard_page(title="About us", parent=None, **options):
    return bilingual(StandardPage, parent or home(), title, **options)


def region_page(region_slug="north-wales", parent=None, **options):
    """A regional service page titled with the region's own names."""
    service = region(region_slug)
    options.setdefault("welsh", {"title": service.name_cy})
    return bilingual(RegionPage, parent or section_page("Regional services"), service.name_en,
                     region=service, **options)


def story_index_page(title="Adopters' stories", parent=None, **options):
    return bilingual(StoryIndexPage, parent or home(), title, **options)


def story_page(title="Our family's story", parent=None, household="couple", region_slug=None,
               **options):
    return bilingual(StoryPage, parent or story_index_page(), title, household=household,
                     region=region(region_slug) if region_slug else None, **options)


def event_index_page(title="Events", parent=None, **options):
    return bilingual(EventIndexPage, parent or home(), title, **options)


def event_page(title="Information evening", parent=None, days_from_today=14,
               start=datetime.time(18, 30), end=datetime.time(20, 0), region_slug=None,
               agency_slug=None, **options):
    """An upcoming event (`days_from_today` ahead), in person unless `online=True`."""
    return bilingual(
        EventPage, parent or event_index_page(), title,
        start_date=timezone.localdate() + datetime.timedelta(days=days_from_today),
        start_time=start, end_time=end,
        region=region(region_slug) if region_slug else None,
        agency=agency(agency_slug) if agency_slug else None, **options)


def campaign_index_page(title="Campaigns", parent=None, **options):
    return bilingual(CampaignIndexPage, parent or home(), title, **options)


def campaign_page(code=None, title="Adoption Week: #YouCanAdopt", parent=None, stories=(),
                  myths=(), **options):
    """A campaign with a unique code unless given one; `stories` are StoryPages to show and
    `myths` (myth, fact) pairs."""
    return bilingual(
        CampaignPage, parent or campaign_index_page(), title,
        code=code or f"test-{uuid.uuid4().hex[:8]}",
        stories=[("story", story) for story in stories],
        myths=[("myth", {"myth": myth, "fact": fact}) for myth, fact in myths], **options)


FACTORIES = {
    SectionIndexPage: section_page, AdvicePage: advice_page, StoryIndexPage: story_index_page,
    StoryPage: story_page, EventIndexPage: event_index_page, EventPage: event_page,
    RegionPage: region_page, StandardPage: standard_page,
    CampaignIndexPage: campaign_index_page, CampaignPage: campaign_page,
}


def new_page(model, language="en") -> Page:
    """A new live page of `model` in both languages; the one in `language` is returned. The home
    page is not new: the migrations make the only one each language has."""
    if model is HomePage:
        return home(language)
    return in_language(FACTORIES[model](), language)


# A small "Can I adopt?" check: every answer's guidance names its question and answer, so a
# test can tell which guidance it is shown. `where` has a region answer and an outside one.
CHECK_QUESTIONS = [
    ("age", "How old are you?", "Faint yw'ch oed chi?",
     [("21-or-over", "21 or over", "21 neu'n hŷn"), ("under-21", "Under 21", "O dan 21")]),
    ("where", "Where do you live?", "Ble rydych chi'n byw?",
     [("north-wales", "North Wales", "Gogledd Cymru"),
      ("outside-wales", "Outside Wales", "Y tu allan i Gymru")]),
    ("pets", "Do you have pets?", "Oes gennych chi anifeiliaid anwes?",
     [("no", "No", "Nac oes"), ("yes", "Yes", "Oes")]),
]


def check_questions(language, questions=CHECK_QUESTIONS):
    """StreamField data for `questions` in `language`; guidance reads "Guidance <q>/<a>"
    (Welsh "Cyngor <q>/<a>")."""
    from eligibility.blocks import OUTSIDE_WALES

    word = "Cyngor" if language == "cy" else "Guidance"
    return [{"type": "question", "id": str(uuid.uuid4()), "value": {
        "key": key, "question": cy if language == "cy" else en, "hint": "",
        "answers": [{"type": "item", "id": str(uuid.uuid4()), "value": {
            "key": answer, "label": a_cy if language == "cy" else a_en,
            "guidance": f"<p>{word} {key}/{answer}</p>",
            "region": region(answer).pk if answer == "north-wales" else None,
            "leads_to": OUTSIDE_WALES if answer == OUTSIDE_WALES else ""}}
            for answer, a_en, a_cy in answers]}}
        for key, en, cy, answers in questions]


def eligibility_check_page(title="Check if you can adopt", parent=None, **options):
    from eligibility.models import EligibilityCheckPage

    options.setdefault("welsh", {"title": "Gwiriwch a allwch chi fabwysiadu",
                                 "questions": check_questions("cy")})
    return bilingual(EligibilityCheckPage, parent or section_page(), title,
                     questions=check_questions("en"), **options)
