"""Opening hours with a fixed clock: working days in Wales and the staff-set hours."""

import datetime

import pytest

from helpline.models import OpeningHours
from helpline.voice.hours import callback_due, is_open, next_opening
from tests.helpline.conftest import CHRISTMAS, EVENING, LONDON, OPEN

pytestmark = pytest.mark.django_db


def at(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(("when", "expected"), [
    (OPEN, True),
    (at(2026, 12, 2, 9, 0), True),
    (at(2026, 12, 2, 8, 59), False),
    (at(2026, 12, 2, 17, 0), False),
    (EVENING, False),
    (at(2026, 12, 5, 11, 0), False),  # Saturday
    (CHRISTMAS, False),
    (at(2026, 8, 31, 11, 0), False),  # summer bank holiday (England and Wales)
    (at(2026, 8, 3, 11, 0), True),  # Scotland's summer bank holiday is a working day here
    (datetime.datetime(2026, 7, 1, 8, 30, tzinfo=datetime.UTC), True),  # 09:30 BST
])
def test_is_open(when, expected):
    assert is_open(when) is expected


def test_hours_staff_change_apply_at_once():
    OpeningHours.objects.filter(weekday=2).update(closes=datetime.time(20))
    assert is_open(EVENING)


def test_next_opening_skips_weekends_and_bank_holidays():
    assert next_opening(at(2026, 12, 4, 18, 0)) == at(2026, 12, 7, 9, 0)  # Fri -> Mon
    assert next_opening(at(2026, 12, 24, 18, 0)) == at(2026, 12, 29, 9, 0)  # Christmas, Boxing
    assert next_opening(at(2026, 12, 2, 7, 0)) == at(2026, 12, 2, 9, 0)


def test_callbacks_are_due_within_an_hour_when_open_else_at_opening():
    assert callback_due(OPEN) == OPEN + datetime.timedelta(hours=1)
    assert callback_due(at(2026, 12, 2, 16, 30)) == at(2026, 12, 3, 9, 0)
    assert callback_due(EVENING) == at(2026, 12, 3, 9, 0)


def test_no_hours_set_means_closed_and_an_hour_from_now():
    OpeningHours.objects.all().delete()
    assert not is_open(OPEN)
    assert callback_due(OPEN) == OPEN + datetime.timedelta(hours=1)
