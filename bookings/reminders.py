"""Reminders two days and two hours before an event, planned by a periodic job.

Each run plans the reminders now due for booked places (`plan_due`); the unique message per
booking, channel and purpose makes a second run (or two at once) plan nothing twice. A
reminder is only planned when the booking was made before its moment (someone who books an
hour before does not get a "two days before" message), and never after the event starts."""

import datetime

from django.utils import timezone

from bookings import events, messages
from bookings.models import Booking
from cms.models import EventPage

REMINDERS = [("reminder-2d", datetime.timedelta(days=2)),
             ("reminder-2h", datetime.timedelta(hours=2))]


def plan_due(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    soon = (EventPage.objects.live().filter(start_date__gte=(now - datetime.timedelta(days=1))
                                            .date(),
                                            start_date__lte=(now + datetime.timedelta(days=3))
                                            .date())
            .defer_streamfields())
    starts = {}
    for page in soon:
        starts.setdefault(page.translation_key, events.starts_at(page))
    planned = 0
    for key, start in starts.items():
        if start <= now:
            continue
        due = [(purpose, start - before) for purpose, before in REMINDERS
               if start - before <= now]
        if not due:
            continue
        purpose, moment = min(due, key=lambda pair: start - pair[1])  # the nearest one only
        for booking in Booking.objects.filter(event_key=key, status="booked",
                                              created_at__lt=moment):
            planned += len(messages.plan(booking, purpose))
    return planned
