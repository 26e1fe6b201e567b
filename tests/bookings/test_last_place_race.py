"""Concurrent bookings for the last place give exactly one place: real threads, each with its
own PostgreSQL connection, racing through bookings.places.book (select_for_update on the
event's EventPlaces row). SQLite has no row locks and one writer at a time: PostgreSQL only.

The threads must see the event, so it is committed (no test transaction); the test removes
every row it made afterwards, leaving the demo database as it found it."""

import threading
import uuid

import pytest
from django.db import connection, connections
from django_tasks_db.models import DBTaskResult

from bookings import places
from bookings.models import Booking, EventPlaces
from bookings.places import NewBooking
from enquiries.models import Contact, Enquiry
from tests.factories import pages

RACERS = 12


@pytest.fixture
def committed_event(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("row locks are PostgreSQL's (set DATABASE_URL)")
        page = pages.event_page(title=f"Race {uuid.uuid4().hex[:6]}", region_slug="north-wales")
        EventPlaces.objects.create(event_key=page.translation_key, capacity=3)
        yield page
        key = page.translation_key
        contacts = list(Booking.objects.filter(event_key=key).values_list("contact", flat=True))
        Booking.objects.filter(event_key=key).delete()
        Enquiry.objects.filter(contact__in=contacts).delete()
        Contact.objects.filter(pk__in=contacts).delete()
        EventPlaces.objects.filter(event_key=key).delete()
        DBTaskResult.objects.filter(task_path__startswith="bookings.").delete()
        DBTaskResult.objects.filter(task_path__startswith="enquiries.").delete()
        for translation in page.get_translations(inclusive=True):
            translation.delete()


def racer(page, n, barrier, outcomes):
    try:
        barrier.wait()
        booking = places.book(NewBooking(event=page, first_name=f"Rasiwr{n}", last_name="Prawf",
                                         language="cy" if n % 2 else "en",
                                         email=f"racer{n}-{uuid.uuid4().hex[:6]}@example.org"))
        outcomes.append(booking.status)
    except Exception as error:  # noqa: BLE001 - reported by the test
        outcomes.append(repr(error))
    finally:
        connections.close_all()


def test_racing_for_the_last_place_gives_exactly_one(committed_event, django_db_blocker):
    page = committed_event
    django_db_blocker.unblock()
    for n in range(2):
        places.book(NewBooking(event=page, first_name=f"Cynnar{n}", last_name="Prawf",
                               language="en", email=f"early{n}-{uuid.uuid4().hex[:6]}@example.org"))
    barrier, outcomes = threading.Barrier(RACERS), []
    threads = [threading.Thread(target=racer, args=(page, n, barrier, outcomes))
               for n in range(RACERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["booked"] + ["waiting"] * (RACERS - 1), outcomes
    assert places.held(page.translation_key) == 3
    assert places.free_places(page.translation_key) == 0
    django_db_blocker.restore()


@pytest.mark.django_db  # also makes pytest-django set up the database for the race above
def test_only_booked_and_offered_places_are_held():
    page = pages.event_page()
    EventPlaces.objects.create(event_key=page.translation_key, capacity=10)
    for status, count in [("booked", 2), ("offered", 3), ("waiting", 4), ("cancelled", 5)]:
        booking = places.book(NewBooking(event=page, first_name="Elin", last_name=status,
                                         language="en", places=count,
                                         email=f"{status}@example.org"))
        Booking.objects.filter(pk=booking.pk).update(status=status)
    assert places.held(page.translation_key) == 5
    assert places.free_places(page.translation_key) == 5
