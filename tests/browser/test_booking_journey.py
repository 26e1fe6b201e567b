"""A person books a place on an event in Welsh and in English, then cancels it from the
page the link in the messages opens; every page is axe-clean, errors included."""

import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe
from tests.servers import shell

pytestmark = pytest.mark.browser

OPEN_EVENT = """
from bookings.models import EventPlaces
from cms.models import EventPage
from django.utils import timezone
page = EventPage.objects.filter(start_date__gt=timezone.localdate(),
                                locale__language_code="en").order_by("start_date").last()
EventPage.objects.filter(translation_key=page.translation_key).update(booking_url="")
EventPlaces.objects.get_or_create(event_key=page.translation_key, defaults={"capacity": 40})
print("|".join(p.url for p in EventPage.objects.filter(translation_key=page.translation_key)
               .order_by("locale__language_code")))
"""


@pytest.fixture(scope="module")
def event_urls(portal):
    urls = shell(portal["env"], OPEN_EVENT).splitlines()[-1].split("|")
    return dict(zip(["cy", "en"], urls, strict=True))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_book_a_place_then_cancel_it(portal, page, event_urls, language):
    welsh = language == "cy"
    page.goto(portal["base"] + event_urls[language])
    assert run_axe(page) == []
    page.click("text=" + ("Archebwch le" if welsh else "Book a place"))
    opened = time.monotonic()
    assert run_axe(page) == []
    page.click("main form button[type=submit]")
    summary = page.locator(".govuk-error-summary")
    assert ("Mae problem wedi codi" if welsh else "There is a problem") in summary.inner_text()
    assert run_axe(page) == []
    page.fill("#id_first_name", "Gwenllïan" if welsh else "Rhys")
    page.fill("#id_last_name", "Llŷr")
    page.fill("#id_email", f"book-{language}@example.org")
    page.select_option("#id_places", "2")
    page.fill("#id_access_needs", "Dolen sain, os gwelwch yn dda.")
    # A person takes longer than the bot check's minimum (portal.forms.MIN_SECONDS_TO_FILL).
    page.wait_for_timeout(max(0, 3100 - (time.monotonic() - opened) * 1000))
    page.click("main form button[type=submit]")
    expect(page.locator(".govuk-panel--confirmation")).to_be_visible()
    assert run_axe(page) == []
    page.click("text=" + ("Newid neu ganslo eich archeb" if welsh
                          else "Change or cancel your booking"))
    assert run_axe(page) == []
    page.click("text=" + ("Canslo’r archeb" if welsh else "Cancel booking"))
    assert ("Wedi’i chanslo" if welsh else "Cancelled") in page.locator(
        "#booking-status").inner_text()
    assert run_axe(page) == []
