"""The content status report: every page with its English and Welsh state, so that nothing
sits English-only (or Welsh-only, or with Welsh older than its English) unnoticed. Rows say the
right state for an alias, a partly translated page, a draft translation, a full translation, a
translation the English has moved on from, a page with no Welsh at all and a Welsh page with no
English; filters narrow;
the export has the words; a Welsh admin reads Welsh; only those who edit pages may look; and the
queries do not grow with the pages."""

import csv
import io
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from cms.models import StandardPage
from tests.campaigns.test_real_welsh import translate_in_localize, welsh_alias
from tests.factories.pages import (
    advice_page,
    locale,
    section_page,
    standard_page,
    unique_slug,
)
from tests.staff import ADMINISTRATOR, AGENT, MANAGER, MARKETING, TRANSLATOR, make_staff
from tests.test_permission_matrix import outcome
from tests.test_welsh_staff_screens import welsh_admin

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/content-status/"


def no_welsh(page):
    """`page` with no Welsh page at all (not even the alias locale synchronisation makes)."""
    page.get_translations().filter(locale=locale("cy")).delete()
    return page


@pytest.fixture
def pages(django_capture_on_commit_callbacks):
    """One page in each state, in a section of their own."""
    section = section_page("Status checks", welsh=False)
    welsh_alias(section)
    made = {
        "full": advice_page("Fully Welsh", parent=section),
        "draft": advice_page("Welsh in draft", parent=section, welsh_live=False),
        "alias": advice_page("English only", parent=section, welsh=False),
        "partly": advice_page("Half Welsh", parent=section, welsh=False),
        "none": no_welsh(advice_page("No Welsh yet", parent=section, welsh=False)),
        "english draft": advice_page("Not yet live", parent=section, live=False, welsh=False),
        "changed": standard_page("Being edited", parent=section),
    }
    welsh_alias(made["alias"])
    welsh_alias(made["partly"])
    translate_in_localize(made["partly"], django_capture_on_commit_callbacks, translated=0.5)
    made["outdated"] = advice_page("English moved on", parent=section, welsh=False)
    welsh_alias(made["outdated"])
    translate_in_localize(made["outdated"], django_capture_on_commit_callbacks)
    made["outdated"].save_revision().publish()  # new English, not yet in the Welsh
    made["welsh only"] = StandardPage(title="Tudalen Gymraeg yn unig", slug=unique_slug("cy"))
    welsh_alias(section).add_child(instance=made["welsh only"])
    made["welsh only"].save_revision().publish()
    no_welsh(made["english draft"])
    changed = made["changed"]
    changed.title = "Being edited"
    changed.intro = "A new introduction not yet published"
    changed.save_revision()
    made["section"] = section
    return made


def exported(client, **filters):
    """The report's CSV export: {title: row}."""
    response = client.get(REPORT, {**filters, "export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return {row[next(iter(row))]: row for row in csv.DictReader(io.StringIO(text))}


def test_each_row_says_the_english_and_welsh_state(client, pages):
    client.force_login(make_staff(MARKETING))
    rows = exported(client, section=pages["section"].pk)
    states = {title: (row["English"], row["Welsh"]) for title, row in rows.items()}
    assert states == {
        "Status checks": ("Live", "Alias of the English page (English shown)"),
        "Fully Welsh": ("Live", "Live in Welsh"),
        "Welsh in draft": ("Live", "Draft translation"),
        "English only": ("Live", "Alias of the English page (English shown)"),
        "Half Welsh": ("Live", "Live, partly untranslated"),
        "No Welsh yet": ("Live", "No Welsh page"),
        "Not yet live": ("Draft", "No Welsh page"),
        "Being edited": ("Live, with unpublished changes", "Live in Welsh"),
        "English moved on": ("Live", "Live, English changed since"),
        "Tudalen Gymraeg yn unig": ("No English page", "Live in Welsh"),
    }
    assert rows["Fully Welsh"]["Page type"] == "Advice page"
    assert rows["Being edited"]["Page type"] == "Standard page"
    assert rows["Fully Welsh"]["Last published"]
    assert not rows["Not yet live"]["Last published"]
    done, total = re.fullmatch(r"(\d+) of (\d+) segments translated",
                               rows["Half Welsh"]["Translation progress"]).groups()
    assert 0 < int(done) < int(total)
    assert rows["Fully Welsh"]["Translation progress"] == ""  # written in Welsh by hand


def test_the_listing_links_each_page_and_its_welsh(client, pages):
    client.force_login(make_staff(TRANSLATOR))
    response = client.get(REPORT, {"section": pages["section"].pk})
    assert response.status_code == 200
    html = response.content.decode()
    full = pages["full"]
    welsh = full.get_translation(locale("cy"))
    assert reverse("wagtailadmin_pages:edit", args=[full.pk]) in html
    assert 'name="welsh_state"' in html and 'name="locale"' not in html  # rows are English
    assert reverse("wagtailadmin_pages:edit", args=[welsh.pk]) in html
    assert reverse("wagtail_localize:submit_page_translation",
                   args=[pages["none"].pk]) in html  # no Welsh page: offer to translate
    source = TranslationSource.objects.get(object_id=pages["outdated"].translation_key)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[pages["welsh only"].pk]) in html
    for words in ("Live, partly untranslated", "Draft translation", "No Welsh page",
                  "Alias of the English page (English shown)", "Live in Welsh"):
        assert words in html


def test_filters_narrow_the_rows(client, pages):
    client.force_login(make_staff(ADMINISTRATOR))
    section = pages["section"].pk
    assert set(exported(client, section=section, welsh_state="partly")) == {"Half Welsh"}
    assert set(exported(client, section=section, welsh_state="draft")) == {"Welsh in draft"}
    assert set(exported(client, section=section, welsh_state="alias")) == {
        "Status checks", "English only"}
    assert set(exported(client, section=section, welsh_state="missing")) == {
        "Status checks", "Welsh in draft", "English only", "Half Welsh", "No Welsh yet",
        "Not yet live"}
    assert set(exported(client, section=section, welsh_state="outdated")) == {
        "English moved on"}
    assert set(exported(client, section=section, english_state="none")) == {
        "Tudalen Gymraeg yn unig"}
    assert set(exported(client, section=section, english_state="draft")) == {"Not yet live"}
    assert set(exported(client, section=section, english_state="changed")) == {"Being edited"}
    standard = ContentType.objects.get_for_model(StandardPage).pk
    assert set(exported(client, section=section, content_type=standard)) == {
        "Being edited", "Tudalen Gymraeg yn unig"}
    everywhere = exported(client, welsh_state="live")
    assert "Fully Welsh" in everywhere and "Half Welsh" not in everywhere
    assert len(everywhere) > 2  # the demo's Welsh pages are there too


def test_a_welsh_admin_reads_welsh_states_and_headings(client, pages):
    client.force_login(welsh_admin(MARKETING))
    html = client.get(REPORT, {"section": pages["section"].pk}).content.decode()
    assert "Byw yn Gymraeg" in html and "Live in Welsh" not in html
    assert "Cyfieithiad drafft" in html and "Statws y cynnwys" in html
    rows = exported(client, section=pages["section"].pk)
    row = rows["Half Welsh"]
    assert row["Saesneg"] == "Byw" and row["Math o dudalen"] == "Tudalen gyngor"
    assert row["Cymraeg"] == "Byw, heb gyfieithu’r cyfan"
    assert rows["English only"]["Cymraeg"] == "Arallenw o’r dudalen Saesneg (dangosir y Saesneg)"
    assert rows["No Welsh yet"]["Cymraeg"] == "Dim tudalen Gymraeg"
    assert rows["English moved on"]["Cymraeg"] == "Byw, ond mae’r Saesneg wedi newid ers hynny"
    assert rows["Tudalen Gymraeg yn unig"]["Saesneg"] == "Dim tudalen Saesneg"
    assert re.fullmatch(r"\d+ o \d+ segment wedi’u cyfieithu", row["Cynnydd y cyfieithu"])


def test_only_staff_who_edit_or_translate_pages_may_look(client):
    for role in (MARKETING, TRANSLATOR, ADMINISTRATOR):
        client.force_login(make_staff(role))
        assert client.get(REPORT).status_code == 200, role
        assert REPORT in client.get("/admin/").content.decode(), role  # under Reports
    for role in (AGENT, MANAGER, None):
        client.force_login(make_staff(role))
        assert outcome(client.get(REPORT)) == "refused", role
        if role:
            assert REPORT not in client.get("/admin/").content.decode(), role
    client.force_login(make_staff(MARKETING, profile=False))  # no staff profile
    assert outcome(client.get(REPORT)) == "refused"


def queries(client, url):
    headers = {"x-requested-with": "XMLHttpRequest"} if "/results/" in url else {}
    client.get(url, headers=headers)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("url", [REPORT, REPORT + "results/?welsh_state=missing",
                                 REPORT + "?export=csv", REPORT + "?export=xlsx"])
def test_queries_do_not_grow_with_the_pages(client, url):
    client.force_login(make_staff(MARKETING))
    section = section_page("Budget")

    def add_pages(count):
        for i in range(count):
            advice_page(f"Budget {i}", parent=section, welsh_live=i % 2 == 0)
            welsh_alias(no_welsh(advice_page(f"Budget alias {i}", parent=section, welsh=False)))

    add_pages(2)  # one of each state, a draft translation among them
    few = queries(client, url)
    add_pages(6)
    assert queries(client, url) == few
