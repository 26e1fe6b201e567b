"""Working days in Wales: weekends and Welsh bank holidays don't count. Enquiries' first-response
deadlines and the helpline's opening hours both use them. Holidays come from the maintained
`holidays` package, not a hand-kept list."""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=32)
def wales_bank_holidays(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="WLS", years=year))


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in wales_bank_holidays(day.year)


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date `days` working days after `start` (start itself is day zero)."""
    day = start
    remaining = days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """How many working days come after `start`, up to and including `end` (the inverse of
    add_working_days)."""
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        count += is_working_day(day)
    return count
