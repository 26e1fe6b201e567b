import re
import uuid

from bookings.models import Booking, EventPlaces
from bookings.places import NewBooking
from bookings.places import book as book_place
from portal.forms import SentByAPerson
from tests.enquiries.helpers import started
from tests.factories import pages
from tests.helpers import run_worker

LINK = re.compile(r"https?://\S+/(?:booking|archeb)/[\w-]+/")


def event(capacity=None, join_link="", **options):
    """An upcoming event in English and Welsh, with `capacity` places (None: no limit)."""
    page = pages.event_page(region_slug=options.pop("region_slug", "north-wales"), **options)
    EventPlaces.objects.create(event_key=page.translation_key, capacity=capacity,
                               join_link=join_link)
    return page


def form(**overrides):
    return {"first_name": "Siân", "last_name": "Ŵyn", "email": "sian@example.org",
            "phone": "07400 123456", "wants_sms": "on", "places": "1",
            "access_needs": "", "token": overrides.pop("token", None) or _token(),
            "started": started(salt=SentByAPerson.started_salt), "website": "", **overrides}


def _token():
    return str(uuid.uuid4())


def new_booking(page, address, places=1, language="en", **fields):
    """A booking through bookings.places, as the form makes one."""
    return book_place(NewBooking(event=page, first_name="Elin", last_name="Prawf",
                                 language=language, places=places, email=address, **fields))


def book(client, capture, page, language="en", **overrides):
    """Posts the booking form of `page` in `language`; the booking made."""
    slug = "archebu" if language == "cy" else "book"
    data = form(**overrides)
    with capture(execute=True):
        response = client.post(f"/{language}/{slug}/{page.translation_key}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Booking.objects.get(submission_token=data["token"])


def send_all():
    run_worker()


def manage_link(message):
    return LINK.search(message.get_body(("plain",)).get_content())[0]
