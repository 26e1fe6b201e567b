"""Is the line open? Working days in Wales (no weekends, no Welsh bank holidays) and the
OpeningHours staff set, in the line's own time zone."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from directory.working_days import is_working_day
from helpline.models import OpeningHours

LINE_ZONE = ZoneInfo("Europe/London")
CALLBACK_WITHIN = datetime.timedelta(hours=1)


def current_time() -> datetime.datetime:
    """Now; tests fix the clock with the HELPLINE_NOW setting (never set it in production)."""
    return getattr(settings, "HELPLINE_NOW", None) or timezone.now()


def _hours():
    return OpeningHours.objects.in_bulk(field_name="weekday")


def is_open(now: datetime.datetime, hours=None) -> bool:
    local = now.astimezone(LINE_ZONE)
    today = (hours if hours is not None else _hours()).get(local.weekday())
    return (today is not None and is_working_day(local.date())
            and today.opens <= local.time() < today.closes)


def next_opening(now: datetime.datetime, hours=None) -> datetime.datetime | None:
    """When the line next opens after `now` (None if no opening hours are set)."""
    hours = hours if hours is not None else _hours()
    local = now.astimezone(LINE_ZONE)
    for offset in range(15):
        day = local.date() + datetime.timedelta(days=offset)
        row = hours.get(day.weekday())
        if row is None or not is_working_day(day):
            continue
        opens = datetime.datetime.combine(day, row.opens, tzinfo=LINE_ZONE)
        if opens > local:
            return opens
    return None


def callback_due(now: datetime.datetime) -> datetime.datetime:
    """An hour from now if the line will be open then; otherwise when it next opens."""
    hours = _hours()
    due = now + CALLBACK_WITHIN
    if is_open(due, hours):
        return due
    return next_opening(now, hours) or due
