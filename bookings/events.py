"""The event a booking is for: its page in the reader's language, and when it starts."""

import datetime

from django.utils import timezone

from cms import ics
from cms.models import EventPage


def event_page(key, language: str) -> EventPage | None:
    """The live, public page of event `key` in `language`, else in any language."""
    pages = (EventPage.objects.live().public().filter(translation_key=key)
             .select_related("region", "agency", "locale").defer_streamfields())
    found = list(pages)
    return next((p for p in found if p.locale.language_code == language),
                found[0] if found else None)


def starts_at(event: EventPage) -> datetime.datetime:
    return ics.local_times(event.start_date, event.start_time, event.end_time)[0]


def is_bookable(event: EventPage) -> bool:
    """Booked here: not past, and no external booking site named by the editor."""
    return not event.booking_url and starts_at(event) > timezone.now()
