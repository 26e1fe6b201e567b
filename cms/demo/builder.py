"""Builds the bilingual demo site from the data files in cms/demo/pages (read and checked by
cms.demo.site); campaigns.demo uses its upsert too. Safe to run again: pages are found by slug
(English) and translation key (Welsh) and updated in place."""

import uuid
from datetime import timedelta

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from cms.demo.site import load_site
from cms.models import (
    AdvicePage,
    EventIndexPage,
    EventPage,
    Footer,
    HomePage,
    NavigationMenu,
    RegionPage,
    SectionIndexPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from directory.models import Agency, Region

# Sent with `builder` once the site is built, so that apps built on cms add their own demo
# pages with the same builder (cms names none of them).
demo_built = Signal()


def stream(blocks):
    """Turn (block type, value) pairs into StreamField data with stable-looking ids."""
    data = []
    for block_type, value in blocks:
        if block_type == "accordion":
            value = {
                "heading": value.get("heading", ""),
                "items": [{"type": "item", "value": item, "id": str(uuid.uuid4())}
                          for item in value["items"]],
            }
        elif block_type == "call_to_action":
            value = {"page": None, "text": "", **value}
        data.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return data


def page_fields(text):
    fields = {k: v for k, v in text.items() if k != "body"}
    if "body" in text:
        fields["body"] = stream(text["body"])
    return fields


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.en = Locale.objects.get(language_code="en")
        self.cy = Locale.objects.get(language_code="cy")
        self.home = HomePage.objects.get(locale=self.en, depth=2)
        self.pages = {}  # key -> English page, for navigation and footer links

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def publish(self, page, fields):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        return page

    def upsert(self, model, parent, text, shared=None):
        """Create or update an English page and its Welsh translation; return the English."""
        shared = shared or {}
        en_fields = {**page_fields(text["en"]), **shared}
        page = model.objects.child_of(parent).filter(slug=text["en"]["slug"]).first()
        if page is None:
            page = model(**en_fields)
            parent.add_child(instance=page)
        self.publish(page, en_fields)
        welsh = page.get_translation_or_none(self.cy)
        if welsh is None:
            welsh = page.copy_for_translation(self.cy)
        self.publish(welsh.specific, {**page_fields(text["cy"]), **shared})
        return page

    @transaction.atomic
    def build(self):
        site = load_site()
        self.build_home(site["home"])
        for entry in site["sections"]:
            self.pages[entry["key"]] = self.upsert(SectionIndexPage, self.home, entry)
        self.build_regions(site["indexes"]["regions"])
        self.build_inboxes()
        for entry in site["advice"]:
            parent = self.pages[entry["section"]]
            self.pages[entry["key"]] = self.upsert(
                AdvicePage, parent, entry, {"topic": entry["topic"]}
            )
        self.build_stories(site["indexes"]["stories"], site["stories"])
        self.build_events(site["indexes"]["events"], site["events"])
        for entry in site["standard"]:
            self.pages[entry["key"]] = self.upsert(StandardPage, self.home, entry)
        self.build_snippets(site["navigation"], site["footer"])
        demo_built.send(sender=DemoBuilder, builder=self)
        self.log(f"Demo site ready: {Page.objects.filter(depth__gt=1).count()} pages.")

    def build_home(self, text):
        self.publish(self.home, page_fields(text["en"]))
        welsh = self.home.get_translation(self.cy).specific
        self.publish(welsh, {**page_fields(text["cy"]), "slug": welsh.slug})

    def build_regions(self, text):
        region_intro = {code: text[code].pop("region_intro") for code in ("en", "cy")}
        index = self.upsert(SectionIndexPage, self.home, text)
        self.pages["regions"] = index
        for region in Region.objects.all():
            names = {"en": region.name_en, "cy": region.name_cy}
            page_text = {code: {"slug": slugify(name), "title": name, "intro": region_intro[code]}
                         for code, name in names.items()}
            self.upsert(RegionPage, index, page_text, {"region": region})

    def build_inboxes(self):
        """An example enquiries inbox for every region and agency that has none (the deploy
        check refuses blank ones; a real deployment sets the services' own addresses)."""
        for model in (Region, Agency):
            for place in model.objects.filter(email=""):
                place.email = f"enquiries.{place.slug}@example.org"
                place.save(update_fields=["email"])

    def build_stories(self, index_text, entries):
        index = self.upsert(StoryIndexPage, self.home, index_text)
        self.pages["stories"] = index
        regions = Region.objects.in_bulk(field_name="slug")
        for entry in entries:
            shared = {"household": entry["household"], "region": regions.get(entry["region"])}
            self.upsert(StoryPage, index, entry, shared)

    def build_events(self, index_text, entries):
        index = self.upsert(EventIndexPage, self.home, index_text)
        self.pages["events"] = index
        regions = Region.objects.in_bulk(field_name="slug")
        agencies = Agency.objects.in_bulk(field_name="slug")
        today = timezone.localdate()
        for entry in entries:
            shared = {
                "start_date": today + timedelta(days=entry["days_from_today"]),
                "start_time": entry["start"],
                "end_time": entry["end"],
                "online": entry["online"],
                "session_language": entry["session_language"],
                "region": regions.get(entry["region"]),
                "agency": agencies.get(entry.get("agency")),
                "booking_url": entry["booking_url"],
            }
            self.upsert(EventPage, index, entry, shared)

    def build_snippets(self, navigation, footer):
        nav = {code: [(link["label"], self.pages[link["page"]])
                      for link in navigation[code]["links"]] for code in ("en", "cy")}
        footer_links = {
            code: [(self.pages[key].get_translation(locale).title
                    if code == "cy" else self.pages[key].title, self.pages[key])
                   for key in footer["links"]]
            for code, locale in (("en", self.en), ("cy", self.cy))
        }
        for model, links, extra in (
            (NavigationMenu, nav, {}),
            (Footer, footer_links, {code: {"text": footer[code]["text"]}
                                    for code in ("en", "cy")}),
        ):
            source = None
            for code, locale in (("en", self.en), ("cy", self.cy)):
                values = {
                    "links": [
                        {"type": "link", "id": str(uuid.uuid4()),
                         "value": {"label": label,
                                   "page": (page if code == "en"
                                            else page.get_translation(locale)).pk}}
                        for label, page in links[code]
                    ],
                    **{k: f"<p>{v}</p>" for k, v in extra.get(code, {}).items()},
                }
                lookup = {"locale": locale}
                if source is not None:
                    lookup["translation_key"] = source.translation_key
                snippet = model.objects.filter(locale=locale).first() or model(**lookup)
                for name, value in values.items():
                    setattr(snippet, name, value)
                if source is not None:
                    snippet.translation_key = source.translation_key
                snippet.save()
                source = source or snippet
