"""TIMEX3 date values as calendar days (``jirga/periods.py``): one reading for every stage."""
import datetime as dt

import pytest

from jirga.periods import as_day, first_day, middle


@pytest.mark.parametrize("date,iso", [("2024", "2024-07-01"), ("2024-03", "2024-03-15"),
                                      ("2024-03-05T10:00", "2024-03-05"), (None, None), ("", None),
                                      ("2024-W02", "2024-W02")])
def test_middle_partial_dates_take_the_middle_of_their_period(date, iso):
    assert middle(date) == iso


@pytest.mark.parametrize("value,day", [("2024-01-08", dt.date(2024, 1, 8)),
                                       ("2024-01-08T23:10", dt.date(2024, 1, 8)),
                                       ("2024-01", None), ("2024", None), ("2024-W02", None),
                                       ("2024-02-30", None), (None, None), ("", None)])
def test_as_day_reads_full_days_only(value, day):
    assert as_day(value) == day


def test_month_means_the_same_in_role_lookups_and_merging():
    # the old helpers disagreed: the 1st for merging, the 15th for roles
    assert as_day("2024-01") is None and middle("2024-01") == "2024-01-15"


def test_week_days_and_iso_week():
    from jirga.periods import iso_week, week_days
    assert week_days("2024-W02") == [dt.date(2024, 1, 8) + dt.timedelta(days=k) for k in range(7)]
    assert week_days("2024-01") is None and week_days("2024-W99") is None and week_days(None) is None
    assert iso_week(dt.date(2024, 1, 10)) == "2024-W02" and iso_week(dt.date(2021, 1, 1)) == "2020-W53"


@pytest.mark.parametrize("value, day", [
    ("2024-01-08", dt.date(2024, 1, 8)), ("2024-W08", dt.date(2024, 2, 19)), ("2023-12", dt.date(2023, 12, 1)),
    ("1967", dt.date(1967, 1, 1)), ("2024-01-08T10:00:00", dt.date(2024, 1, 8)), (None, None), ("", None),
    ("2023-13", None), ("2024-W60", None), ("soon", None)])
def test_first_day_of_each_kind_of_date(value, day):
    assert first_day(value) == day
