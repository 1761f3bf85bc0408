"""The dates Jirga writes (TIMEX3 values: a day ``2024-01-08``, a month ``2024-01``, a
year ``2024``, an ISO week ``2024-W02``) read as the calendar days they stand for.

One module, so that every stage reads "2024-01" the same way: a month is the days from
its first to its last; role lookups take a partial date at the middle of its period,
merging compares whole days. A leaf: it imports no other Jirga module.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional


def as_day(value: Optional[str]) -> Optional[dt.date]:
    """The date of a full-day value ("2024-01-08", or a datetime's day); None for a month,
    a year, a week or anything unreadable."""
    if not value or len(value) < 10 or "W" in value[:10]:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def first_day(value: Optional[str]) -> Optional[dt.date]:
    """The first calendar day of a coded date: "2024-01-08" itself, "2024-W08" its Monday,
    "2023-12" the 1st, "1967" 1 January; None for no date or one that does not read."""
    if not value:
        return None
    s = str(value)[:10]
    try:
        if len(s) == 10 and "W" not in s:
            return dt.date.fromisoformat(s)
        if len(s) == 8 and s[4:6] == "-W":
            return dt.date.fromisocalendar(int(s[:4]), int(s[6:]), 1)
        if len(s) == 7 and s[4] == "-":
            return dt.date(int(s[:4]), int(s[5:]), 1)
        if len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def middle(value) -> Optional[str]:
    """An ISO day standing for the whole period, for dated roles: a year's 1 July, a
    month's 15th, a day itself. A week or an unreadable value is returned as it is."""
    if not value:
        return None
    s = str(value)[:10]
    if len(s) == 4 and s.isdigit():
        return s + "-07-01"
    if len(s) == 7 and s[4] == "-" and "W" not in s:
        return s + "-15"
    return s


def week_days(value: Optional[str]) -> Optional[list[dt.date]]:
    """The seven days of an ISO week value ("2024-W02"), or None for anything else."""
    if not value or len(value) != 8 or value[4:6] != "-W" or not value[:4].isdigit() or not value[6:].isdigit():
        return None
    try:
        return [dt.date.fromisocalendar(int(value[:4]), int(value[6:]), d) for d in range(1, 8)]
    except ValueError:
        return None


def iso_week(day: dt.date) -> str:
    """The ISO week value that holds ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
