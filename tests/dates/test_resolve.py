"""Calendar arithmetic against the publication date (``jirga/dates/resolve.py``).
Ctx dates below are Wednesday 10 January 2024."""
import datetime as dt

import pytest

from jirga.dates.resolve import (Ctx, add_months, duration, iso_week, num, parse_dct, rel_period,
                                 resolve_md, resolve_weekday, shift)

WED = dt.date(2024, 1, 10)
PAST, FUTURE, NONE = Ctx(WED, False), Ctx(WED, True), Ctx(None, False)


def test_parse_dct_accepts_dates_datetimes_and_iso_prefixes():
    assert parse_dct("2024-01-10T10:00:00Z") == WED
    assert parse_dct(dt.datetime(2024, 1, 10, 5)) == WED and parse_dct(WED) == WED
    assert parse_dct("junk") is None and parse_dct("") is None and parse_dct(None) is None


def test_iso_week_across_year_ends():
    assert iso_week(dt.date(2024, 12, 30)) == "2025-W01"
    assert iso_week(dt.date(2023, 1, 1)) == "2022-W52"
    assert iso_week(WED) == "2024-W02"


@pytest.mark.parametrize("word,value", [("a dozen", 12), ("ten", 10), ("2.5", 2.5), ("An", 1),
                                        ("several", None), ("a few", None), ("x", None)])
def test_num_words_and_digits(word, value):
    assert num(word) == value


def test_add_months_crosses_years():
    assert add_months(dt.date(2024, 1, 31), -1) == (2023, 12)
    assert add_months(dt.date(2024, 12, 1), 1) == (2025, 1)
    assert add_months(dt.date(2024, 3, 1), -15) == (2022, 12)


@pytest.mark.parametrize("n,unit,value", [(2, "decades", "P20Y"), (None, "decade", "PXDE"), (1.5, "hours", "PT1.5H"),
                                          (3, "days", "P3D"), (None, "weeks", "PXW"), (2, "fortnights", "P4W"),
                                          (1, "centuries", "P100Y"), (30, "minutes", "PT30M"), (1, "Year", "P1Y")])
def test_duration_values(n, unit, value):
    assert duration(n, unit) == value


def test_resolve_md_prefers_the_past_unless_future():
    assert resolve_md(PAST, 12, 16) == "2023-12-16"
    assert resolve_md(FUTURE, 12, 16) == "2024-12-16"
    assert resolve_md(PAST, 1, 10) == "2024-01-10"            # the DCT itself
    assert resolve_md(PAST, 3, None) == "2023-03" and resolve_md(FUTURE, 1, None) == "2024-01"


def test_resolve_md_impossible_day_and_no_dct_are_underspecified():
    assert resolve_md(PAST, 2, 30) == "XXXX-02-30"
    assert resolve_md(NONE, 3, None) == "XXXX-03" and resolve_md(NONE, 3, 4) == "XXXX-03-04"


@pytest.mark.parametrize("ctx,wd,rel,value", [
    (PAST, 2, "", "2024-01-10"), (PAST, 1, "", "2024-01-09"), (PAST, 4, "", "2024-01-05"),
    (PAST, 2, "last", "2024-01-03"), (PAST, 1, "last", "2024-01-09"),
    (PAST, 2, "next", "2024-01-17"), (PAST, 4, "next", "2024-01-12"),
    (FUTURE, 2, "", "2024-01-10"), (FUTURE, 0, "", "2024-01-15"),
    (PAST, 4, "this", "2024-01-12"), (PAST, 0, "this", "2024-01-08"),
    (NONE, 0, "", "XXXX-WXX-1"),
])
def test_resolve_weekday(ctx, wd, rel, value):
    assert resolve_weekday(ctx, wd, rel) == value


def test_shift_direction_words():
    assert [shift(PAST, w) for w in ("Last", "past", "previous", "next", "coming", "following", "this")] == \
        [-1, -1, -1, 1, 1, 1, 0]


@pytest.mark.parametrize("rel,period,value", [
    ("last", "week", ("DATE", "2024-W01")), ("next", "weekend", ("DATE", "2024-W03-WE")),
    ("last", "month", ("DATE", "2023-12")), ("next", "fiscal year", ("DATE", "2025")),
    ("last", "quarter", ("DATE", "2023-Q4")), ("this", "quarter", ("DATE", "2024-Q1")),
    ("next", "decade", ("DATE", "203")), ("this", "century", ("DATE", "20")),
    ("last", "summer", ("DATE", "2023-SU")), ("last", "fortnight", None),
])
def test_rel_period(rel, period, value):
    assert rel_period(PAST, rel, period) == value


def test_rel_period_without_a_dct():
    assert rel_period(NONE, "last", "week") == ("DATE", "XXXX")
