"""axe on the publishing screens of #16, with the admin in English and in Welsh: the content
status report, and the sign-off panel above wagtail-localize's translation editor (the panel
only: the editor itself is wagtail-localize's)."""

import json
import uuid

import pytest

from tests.browser.conftest import AXE, run_axe, wait_until_still
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

# A campaign with its Welsh translation saved as a draft in wagtail-localize.
MAKE_DRAFT = """
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from campaigns.models import CampaignIndexPage, CampaignPage
index = CampaignIndexPage.objects.filter(locale__language_code="en").first()
page = CampaignPage(title="Autumn evenings", slug="autumn-{key}", code="autumn-{key}", live=False)
index.add_child(instance=page)
page.save_revision()
source, _ = TranslationSource.get_or_create_from_instance(page)
translation = Translation.objects.create(source=source,
                                         target_locale=Locale.objects.get(language_code="cy"))
translation.save_target(publish=False)
print(page.get_translation(translation.target_locale).pk)
"""


def axe_on(page, selector):
    """Violations inside one element (what is ours on a screen that is mostly not)."""
    wait_until_still(page)
    page.evaluate(AXE.read_text())
    result = page.evaluate("""selector => axe.run(document.querySelector(selector), {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}
    })""", selector)
    return [f"{v['id']}: {v['help']}" for v in result["violations"]]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_axe_finds_nothing_on_the_publishing_screens(portal, page, language):
    base = portal["base"]
    welsh = json.loads(shell(portal["env"], MAKE_DRAFT.format(key=uuid.uuid4().hex[:6])))
    signed_in(page, portal, "Translators", admin_language=language)

    for url in ("/admin/reports/content-status/",
                "/admin/reports/content-status/?welsh_state=missing"):
        assert page.goto(base + url).status == 200
        assert page.locator("html").get_attribute("lang") == language
        assert run_axe(page) == [], url

    assert page.goto(f"{base}/admin/pages/{welsh}/edit/").status == 200
    assert page.locator(".sign-off-panel button[name=sign-off-submit]").count() == 1
    assert axe_on(page, ".sign-off-panel") == []
    page.locator(".sign-off-panel button[name=sign-off-submit]").click()
    page.wait_for_load_state()
    assert page.locator(".sign-off-panel form").count() >= 2  # approve, request changes
    assert axe_on(page, ".sign-off-panel") == []
