"""A campaign's sign-off, as the editor, the reviewer and the translator do it. The editor is
not offered "Publish" and submits the English page; the reviewer approves it, and the campaign
is still not live (English alone is not a campaign); the translator, in a Welsh admin, submits
the Welsh page from the translation editor, where the Welsh language check sends it back with
a comment, takes it again and approves it; then `/en/`, `/cy/` and the short link answer in
the right language."""

import json
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

# A new campaign in English (a draft) and its Welsh translation saved as a draft in
# wagtail-localize, every segment translated.
MAKE_CAMPAIGN = """
import json
from wagtail.models import Locale
from wagtail_localize.models import (StringSegment, StringTranslation, Translation,
                                     TranslationSource)
from campaigns.models import CampaignIndexPage, CampaignPage
index = CampaignIndexPage.objects.filter(locale__language_code="en").first()
page = CampaignPage(title="Summer open evenings", slug="summer-{key}", code="summer-{key}",
                    intro="Come and meet us.", live=False)
index.add_child(instance=page)
page.save_revision()
welsh = Locale.objects.get(language_code="cy")
source, _ = TranslationSource.get_or_create_from_instance(page)
translation = Translation.objects.create(source=source, target_locale=welsh)
words = {{"Summer open evenings": "Nosweithiau agored yr haf",
         "Come and meet us.": "Dewch i’n cwrdd.", "summer-{key}": "haf-{key}"}}
for segment in StringSegment.objects.filter(source=source).select_related("string"):
    StringTranslation.objects.create(translation_of=segment.string, locale=welsh,
                                     context=segment.context,
                                     data=words.get(segment.string.data, "Cymraeg"))
translation.save_target(publish=False)
cy = page.get_translation(welsh)
print(json.dumps({{"en": page.pk, "cy": cy.pk, "en_url": page.get_url(), "cy_url": cy.get_url()}}))
"""
STATE = """
from wagtail.models import Page
page = Page.objects.get(pk={pk})
print(page.live, page.workflow_states.order_by("-pk").first().status)
"""
JOIN_REVIEWERS = """
from django.contrib.auth.models import Group, User
User.objects.get(pk={id}).groups.add(Group.objects.get(name="Campaign reviewers"))
"""


def status(page, url, **headers):
    return page.request.get(url, headers=headers, max_redirects=0).status


def test_a_campaign_goes_live_only_through_both_checks(portal, page, browser):
    base, key = portal["base"], uuid.uuid4().hex[:6]
    pages = json.loads(shell(portal["env"], MAKE_CAMPAIGN.format(key=key)))
    english_url, welsh_url = base + pages["en_url"], base + pages["cy_url"]

    # The editor: no "Publish" for a campaign, only a submission to sign-off.
    signed_in(page, portal, "Marketing editors")
    page.goto(f"{base}/admin/pages/{pages['en']}/edit/")
    assert page.locator('button[name="action-publish"]').count() == 0
    page.locator('button[name="action-submit"]').dispatch_event("click")  # in the action menu
    expect(page.locator(".messages")).to_contain_text("submitted")

    # The reviewer approves the English page: it is live, but the campaign is not.
    reviewer_context = browser.new_context()
    reviewer = reviewer_context.new_page()
    user = signed_in(reviewer, portal, "Marketing editors")
    shell(portal["env"], JOIN_REVIEWERS.format(id=user["id"]))
    reviewer.goto(f"{base}/admin/pages/{pages['en']}/edit/")
    reviewer.locator('button[data-workflow-action-name="approve"]'
                     ':not([data-workflow-action-modal-url])').dispatch_event("click")
    expect(reviewer.locator(".messages")).to_contain_text("updated")
    reviewer_context.close()
    assert shell(portal["env"], STATE.format(pk=pages["en"])) == "True approved"
    assert status(page, english_url) == 404

    # The translator, whose admin is in Welsh, submits the Welsh page from the translation
    # editor; the check finds a mistake and sends it back with a comment; the translator sees
    # the comment there, resubmits, and the check is approved.
    translator_context = browser.new_context()
    translator = translator_context.new_page()
    signed_in(translator, portal, "Translators", admin_language="cy")
    translator.goto(f"{base}/admin/pages/{pages['cy']}/edit/")
    panel = translator.locator(".sign-off-panel")
    expect(panel).to_contain_text("Cymeradwyaeth yr ymgyrch yn Gymraeg")
    panel.locator('button[name="sign-off-submit"]').click()
    expect(translator.locator(".messages")).to_contain_text("Wedi’i chyflwyno i")
    expect(panel).to_contain_text("Yn aros am: Gwiriad iaith Gymraeg.")
    send_back = panel.locator("form", has_text="Gofyn am newidiadau")
    send_back.get_by_label("Sylw").fill("Mae angen treiglad yn y teitl")
    send_back.locator("button").click()
    expect(panel).to_contain_text(
        "Gofynnwyd am newidiadau yn “Gwiriad iaith Gymraeg”: Mae angen treiglad yn y teitl")
    assert shell(portal["env"], STATE.format(pk=pages["cy"])) == "False needs_changes"
    panel.locator('button[name="sign-off-submit"]').click()  # the same sign-off, resumed
    expect(panel).to_contain_text("Yn aros am: Gwiriad iaith Gymraeg.")
    panel.locator("form", has_text="Cymeradwyo").first.locator("button").click()
    translator.wait_for_load_state()
    translator_context.close()

    # Both languages are up, each in its own words, and the short link finds them.
    assert status(page, english_url) == 200 and status(page, welsh_url) == 200
    page.goto(welsh_url)
    expect(page.locator("h1")).to_contain_text("Nosweithiau agored yr haf")
    page.goto(english_url)
    expect(page.locator("h1")).to_contain_text("Summer open evenings")
    welsh_reader = browser.new_context(locale="cy-GB", extra_http_headers={
        "Accept-Language": "cy"})
    short = welsh_reader.new_page()
    short.goto(f"{base}/c/summer-{key}/")
    assert short.url.startswith(welsh_url)
    welsh_reader.close()
