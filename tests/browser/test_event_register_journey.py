"""A regional worker opens their region's event, sees its bookings, takes the register by
keyboard (no script needed) and finds the attendance on the person's timeline; every staff
screen is axe-clean, in both admin languages."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe
from tests.browser.roles import signed_in
from tests.servers import shell
from tests.staff import REGIONAL

pytestmark = pytest.mark.browser

EVENT_WITH_BOOKING = """
import json, uuid
from bookings.places import NewBooking, book
from cms.models import EventPage
from directory.models import Region
from django.utils import timezone
page = EventPage.objects.filter(start_date__gt=timezone.localdate(),
                                locale__language_code="en").order_by("start_date").first()
EventPage.objects.filter(translation_key=page.translation_key).update(
    booking_url="", region=Region.objects.get(slug="north-wales"), agency=None)
page.refresh_from_db()
name = "Rhodri" + uuid.uuid4().hex[:4]
booking = book(NewBooking(event=page, first_name=name, last_name="Llwyd", language="cy",
                          places=1, email=name + "@example.org"))
print(json.dumps({"pks": list(EventPage.objects.filter(translation_key=page.translation_key)
                               .values_list("pk", flat=True)), "name": name, "booking": booking.pk,
                  "titles": list(EventPage.objects.filter(translation_key=page.translation_key)
                                 .values_list("title", flat=True))}))
"""


@pytest.mark.parametrize("language", ["cy", "en"])
def test_regional_worker_takes_the_register(portal, page, language):
    welsh = language == "cy"
    made = json.loads(shell(portal["env"], EVENT_WITH_BOOKING).splitlines()[-1])
    signed_in(page, portal, REGIONAL, region="north-wales", admin_language=language)
    page.goto(portal["base"] + "/admin/bookings/")
    assert run_axe(page) == []
    page.click(", ".join(f"main a[href='/admin/bookings/{pk}/']" for pk in made["pks"]))
    expect(page.locator("main")).to_contain_text(made["name"])
    expect(page.locator("main")).to_contain_text("Wedi archebu" if welsh else "Booked")
    assert run_axe(page) == []
    page.click("text=" + ("Cymryd y gofrestr" if welsh else "Take the register"))
    assert run_axe(page) == []
    radio = page.locator(f"input[name='b{made['booking']}'][value='yes']")
    radio.focus()
    page.keyboard.press("Space")  # by keyboard, as on a tablet's keyboard or a switch
    assert radio.is_checked()
    box = page.locator(f"label[for='{radio.get_attribute('id')}']").bounding_box()
    assert box["height"] >= 44  # a large target for a finger
    page.click("text=" + ("Cadw’r gofrestr" if welsh else "Save the register"))
    expect(page.locator(".messages")).to_contain_text(
        "Cofrestr wedi’i chadw" if welsh else "Register saved")
    expect(page.locator("main")).to_contain_text("Wedi dod" if welsh else "Attended")
    page.click(f"text={made['name']} Llwyd")
    expect(page.locator(".contact-timeline")).to_contain_text("Wedi dod: " if welsh
                                                              else "Attended: ")
    timeline = page.locator(".contact-timeline").inner_text()
    assert any(title in timeline for title in made["titles"])
    assert run_axe(page) == []
    page.goto(portal["base"] + f"/admin/bookings/{made['pks'][0]}/message/")
    page.click("main form button[type=submit]")
    expect(page.locator("main")).to_contain_text(
        "Rhowch y neges yn Gymraeg" if welsh else "Enter the message in Welsh")
    assert run_axe(page) == []
