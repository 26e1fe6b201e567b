"""A marketing editor's day: upload an image to the library, make it a campaign's hero with a
description, save a draft (publishing goes through the "Campaign sign-off" workflow) and look
at the draft. In English and in Welsh (the editor's admin language); axe finds nothing on each
of our screens. `SCREENSHOTS=1` saves the screens for docs/day-editor.md."""

import io
import json
import os
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, run_axe
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

MARKETING = "Marketing editors"
# A new campaign, drafted under the demo's campaign index, with no hero yet.
MAKE_CAMPAIGN = """
from campaigns.models import CampaignIndexPage, CampaignPage
index = CampaignIndexPage.objects.filter(locale__language_code="en").first()
page = CampaignPage(title="Spring information evenings", slug="spring-{key}", code="spring-{key}",
                    live=False)
index.add_child(instance=page)
page.save_revision()
print(page.pk)
"""
HERO_OF_DRAFT = """
from campaigns.models import CampaignPage
draft = CampaignPage.objects.get(pk={pk}).get_latest_revision_as_object()
print(draft.hero_image.title if draft.hero_image else "", "|", draft.hero_alt)
"""


def png(path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), (0, 89, 79)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def screenshot(page, name):
    if os.environ.get("SCREENSHOTS") == "1":
        page.screenshot(path=str(ROOT / "docs" / "img" / name))


@pytest.mark.parametrize("admin_language", ["en", "cy"])
def test_an_editor_uploads_an_image_and_makes_it_a_campaigns_hero(portal, page, tmp_path,
                                                                  admin_language):
    base, key = portal["base"], uuid.uuid4().hex[:6]
    campaign = json.loads(shell(portal["env"], MAKE_CAMPAIGN.format(key=key)))
    title = f"Family on the beach {key}"
    signed_in(page, portal, MARKETING, admin_language=admin_language)

    page.goto(base + "/admin/images/add/")
    assert page.locator("html").get_attribute("lang") == admin_language
    page.fill("input[name=title]", title)
    page.set_input_files("input[name=file]", str(png(tmp_path / "beach.png")))
    assert run_axe(page) == []
    screenshot(page, f"day-editor-upload-{admin_language}.png")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/images/**")
    expect(page.locator("main")).to_contain_text(title)

    page.goto(f"{base}/admin/pages/{campaign}/edit/")
    assert run_axe(page) == []
    page.locator("#id_hero_image-chooser .unchosen button").click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(key)
    modal.locator(f'a[data-chooser-modal-choice][title$="{title}"]').click()
    expect(page.locator("#id_hero_image-title")).to_have_text(title)
    expect(modal).to_be_hidden()
    page.fill("#id_hero_alt", "A family walking on a beach at sunset")
    screenshot(page, f"day-editor-hero-{admin_language}.png")
    # "Save draft" (not the schedule's). Wait for the save's own page load: the editor's
    # autosave may already have stored a revision with the hero but without the description.
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    expect(page.locator(".messages")).to_be_visible()
    expect(page.locator("#id_hero_alt")).to_have_value("A family walking on a beach at sunset")
    assert shell(portal["env"], HERO_OF_DRAFT.format(pk=campaign)) == (
        f"{title} | A family walking on a beach at sunset")

    page.goto(f"{base}/admin/pages/{campaign}/view_draft/")
    hero = page.locator("img.ac-hero__image")
    expect(hero).to_have_attribute("alt", "A family walking on a beach at sunset")
    assert run_axe(page) == []
    screenshot(page, f"day-editor-draft-{admin_language}.png")
