"""A manager's day: read the demand dashboard's chart and its numbers, then follow a tile to
the enquiries it counts. In English and in Welsh (the manager's admin language); axe finds
nothing on each screen. `SCREENSHOTS=1` saves the screens for docs/day-manager.md."""

import json
import os

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, run_axe
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

MANAGER = "Managers"
# Two enquiries today: one overdue in North Wales, one on time in Western Bay.
MAKE_ENQUIRIES = """
import json, datetime
from django.utils import timezone
from directory.models import LocalAuthority
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Enquiry

def enquiry(council, name):
    return receive(NewEnquiry(first_name=name, last_name="Dashboard", email=f"{name}@example.org",
                              language="cy", interest="adopting", contact_method="email",
                              local_authority=LocalAuthority.objects.get(gss_code=council)))

# A year of answered enquiries across the regions, so the chart has something to draw.
import random
spread = random.Random(14)
for i in range(60):
    council = spread.choice(["W06000002", "W06000011", "W06000015", "W06000022", "W06000010"])
    made = enquiry(council, f"Blwyddyn{i}")
    when = timezone.now() - datetime.timedelta(days=spread.randint(1, 330))
    Enquiry.objects.filter(pk=made.pk).update(
        created_at=when, first_responded_at=when + datetime.timedelta(days=2), status="contacted")
late, fresh = enquiry("W06000002", "Heledd"), enquiry("W06000011", "Iolo")
Enquiry.objects.filter(pk=late.pk).update(
    first_response_due=timezone.localdate() - datetime.timedelta(days=2))
print(json.dumps({"late": late.reference, "fresh": fresh.reference}))
"""


@pytest.fixture(scope="module")
def enquiries(portal):
    return json.loads(shell(portal["env"], MAKE_ENQUIRIES))


def screenshot(page, name):
    if os.environ.get("SCREENSHOTS") == "1":
        page.screenshot(path=str(ROOT / "docs" / "img" / name), full_page=True)


@pytest.mark.parametrize("admin_language", ["en", "cy"])
def test_a_manager_reads_the_chart_and_follows_a_tile(portal, page, enquiries, admin_language):
    signed_in(page, portal, MANAGER, admin_language=admin_language)
    page.goto(portal["base"] + "/admin/demand/")
    assert page.locator("html").get_attribute("lang") == admin_language
    expect(page.locator("#at-a-glance")).to_have_text(
        {"en": "At a glance", "cy": "Cipolwg"}[admin_language])
    chart = page.locator("svg[data-testid=trend-chart]")
    expect(chart).to_be_visible()
    assert chart.get_attribute("role") == "img"
    assert chart.locator("title").first.text_content().strip()
    assert chart.locator("polyline").count() == 5  # a line per region
    numbers = page.locator("[data-testid=trend-table]")
    assert numbers.locator("tbody tr").count() == 6  # five regions and all enquiries
    assert numbers.locator("thead th").count() == 13  # twelve months, every one shown
    assert run_axe(page) == []
    screenshot(page, f"day-manager-dashboard-{admin_language}.png")
    if os.environ.get("SCREENSHOTS") == "1":
        page.locator(".ac-chart").screenshot(
            path=str(ROOT / "docs" / "img" / f"day-manager-chart-{admin_language}.png"))

    region_tile = page.locator("[data-tile=region-north-wales]")
    assert "region=north-wales" in region_tile.get_attribute("href")
    page.locator("[data-tile=overdue]").click()
    page.wait_for_url("**/admin/enquiries/?overdue=1&created_from=*")
    listing = page.locator("main").inner_text()
    assert enquiries["late"] in listing and enquiries["fresh"] not in listing
    assert run_axe(page) == []  # the filter toggle's count is in its name (portal/templates)
    screenshot(page, f"day-manager-overdue-{admin_language}.png")

    page.go_back()
    region_tile.click()
    page.wait_for_url("**/admin/enquiries/?region=north-wales&created_from=*")
    listing = page.locator("main").inner_text()
    assert enquiries["late"] in listing
    if page.locator("[name=region]").count():  # the queue's region filter (national staff)
        assert enquiries["fresh"] not in listing
