import datetime

import pytest

from directory.working_days import add_working_days, is_working_day

D = datetime.date


@pytest.mark.parametrize("start, days, due", [
    (D(2026, 11, 23), 5, D(2026, 11, 30)),   # Monday -> next Monday
    (D(2026, 11, 27), 1, D(2026, 11, 30)),   # Friday -> Monday
    (D(2026, 12, 24), 5, D(2027, 1, 5)),     # Christmas, Boxing Day (observed), New Year
    (D(2027, 3, 25), 2, D(2027, 3, 31)),     # Good Friday and Easter Monday
    (D(2027, 8, 27), 1, D(2027, 8, 31)),     # Late Summer bank holiday
])
def test_working_days_skip_weekends_and_bank_holidays_in_wales(start, days, due):
    assert add_working_days(start, days) == due


def test_scottish_only_holidays_are_working_days_in_wales():
    assert is_working_day(D(2027, 1, 4))   # 2 January observed is a holiday in Scotland only
    assert not is_working_day(D(2026, 12, 28))
