"""The regional worker's job, in a real browser, with the admin in English and in Welsh: open the
queue and find the most overdue first, record a first response, close one with a reason,
assign two to a colleague at once, and export the queue. axe finds nothing on each screen."""

import json
import os

import pytest

from tests.browser.conftest import run_axe
from tests.browser.roles import make_role_user, signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

REGIONAL = "Regional staff"
MAKE_QUEUE = """
import datetime, json
from django.utils import timezone
from directory.models import LocalAuthority
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Enquiry

def enquiry(name, days_overdue):
    made = receive(NewEnquiry(first_name=name, last_name="Queue", email=f"{name}@example.org",
                              language="cy", interest="adopting", contact_method="email",
                              local_authority=LocalAuthority.objects.get(gss_code="W06000002")))
    Enquiry.objects.filter(pk=made.pk).update(
        first_response_due=timezone.localdate() - datetime.timedelta(days=days_overdue))
    return [made.pk, made.reference]

print(json.dumps({key: enquiry(f"{key}{OFFSET}", days) for key, days in [
    ("oldest", OFFSET + 40), ("older", OFFSET + 30), ("soon", -10), ("later", -11)]}))
"""


def queue_of(portal, offset):
    return json.loads(shell(portal["env"], MAKE_QUEUE.replace("OFFSET", str(offset))))


def screenshot(page, name):
    if os.environ.get("SCREENSHOTS") == "1":
        page.screenshot(path=f"docs/img/{name}.png", full_page=True)


def no_axe_problems(page):
    assert run_axe(page) == [], page.url


@pytest.mark.parametrize("language,offset", [("en", 400), ("cy", 300)])
def test_a_regional_worker_works_the_queue(portal, page, language, offset):
    base = portal["base"]
    queue = queue_of(portal, offset)
    colleague = make_role_user(portal, REGIONAL, region="north-wales", first_name="Mali")
    signed_in(page, portal, REGIONAL, region="north-wales", admin_language=language)

    # The queue opens with the most overdue first, marked in words.
    page.goto(base + "/admin/enquiries/")
    first = page.locator("table.listing tbody tr").first
    assert queue["oldest"][1] in first.inner_text()
    assert "enquiry--overdue" in (first.get_attribute("class") or "")
    assert first.locator(".enquiry-overdue").count() == 1
    no_axe_problems(page)
    screenshot(page, f"regional-queue-{language}")

    # Record a first response on it (its own page).
    page.click(f"text={queue['oldest'][1]}")
    page.wait_for_url(f"**/admin/enquiries/{queue['oldest'][0]}/")
    no_axe_problems(page)
    page.click(f"form[action$='/{queue['oldest'][0]}/first-response/'] button")
    assert page.locator(f"form[action$='/{queue['oldest'][0]}/first-response/']").count() == 0

    # Close the next with a reason.
    page.goto(f"{base}/admin/enquiries/{queue['older'][0]}/")
    page.select_option("select[name=status]", "closed")
    page.fill("input[name=closed_reason]", "Moved to England")
    page.click(f"form[action$='/{queue['older'][0]}/status/'] button")
    page.wait_for_url(f"**/admin/enquiries/{queue['older'][0]}/")
    assert "Moved to England" in page.locator("main").inner_text()

    # Back in the queue, the closed and answered ones no longer lead it.
    page.goto(base + "/admin/enquiries/")
    lead = page.locator("table.listing tbody tr").first.inner_text()
    assert queue["oldest"][1] not in lead and queue["older"][1] not in lead

    # Assign two at once to a colleague.
    page.goto(base + "/admin/enquiries/?q=Queue&ordering=first_response_due")
    for key in ("soon", "later"):
        page.check(f"#select-{queue[key][0]}")
    page.select_option("select[name=action]", "assign")
    page.select_option("select[name=assignee]", str(colleague["id"]))
    page.click("#enquiry-bulk button[type=submit]")
    page.wait_for_load_state()
    for key in ("soon", "later"):
        row = page.locator("table.listing tbody tr", has_text=queue[key][1])
        assert "Mali Prawf" in row.inner_text()
    assert page.locator(".messages .success").count() == 1
    no_axe_problems(page)
    screenshot(page, f"regional-bulk-{language}")

    # Export what the queue shows, headings in the worker's language.
    export = page.request.get(base + "/admin/enquiries/?q=Queue&export=csv")
    assert export.ok
    text = export.text()
    assert queue["soon"][1] in text and "Mali Prawf" in text
    assert text.lstrip("\ufeff").startswith("Cyfeirnod" if language == "cy" else "Reference")
