"""When and where two reports can tell one event: compatible dates (with their precision and
bounds), the candidate dates a store lookup must cover, and compatible places (an area holds
the places in it)."""
from __future__ import annotations

import datetime as dt

from jirga.model import Report
from jirga.periods import as_day, iso_week, week_days

BOUND_DAYS = 7                      # how long before a report or publication an undated event may lie


def dates_compatible(x: str | None, y: str | None, days: int,
                     bound_x: bool = False, bound_y: bool = False) -> bool:
    """Two days no more than ``days`` apart; a week or month holding a day; a day that is
    only an upper bound (a report's or the publication's date: ``Report.date_bound``) and a
    day on or up to ``BOUND_DAYS`` before it; two such bounds whose weeks overlap."""
    if not x or not y:
        return x == y
    if (bound_x or bound_y) and len(x) == len(y) == 10:
        bound, other = (as_day(x), as_day(y)) if bound_x else (as_day(y), as_day(x))
        if bound is None or other is None:
            return False
        if bound_x and bound_y:   # two bounds: the weeks before them overlap
            return abs((bound - other).days) <= BOUND_DAYS
        return -days <= (bound - other).days <= BOUND_DAYS
    wx, wy = week_days(x), week_days(y)
    if wx or wy:   # "this week" holds its days and shares days with its months
        if wx and wy:
            return x == y
        week, other = (wx, y) if wx else (wy, x)
        return any(d.isoformat().startswith(other) or d.isoformat() == other for d in week) \
            if len(other) in (7, 10) else False
    if len(x) == len(y) == 10:
        a, b = as_day(x), as_day(y)
        return a is not None and b is not None and abs((a - b).days) <= days
    short, long_ = sorted((x, y), key=len)
    # A month may hold a day; a bare year is too vague to tie two reports together.
    return short == long_ or (len(short) == 7 and long_.startswith(short))


def head_dates(date: str | None, days: int) -> set[str | None]:
    """Every date ``x`` for which ``dates_compatible(x, date, days, ...)`` can hold, given
    the dates Jirga writes (day, ISO week, month, year) and either side a bound or not: the
    lookup keys of candidate clusters."""
    if not date:
        return {date}
    out = {date}
    if len(date) > 7:
        out.add(date[:7])  # a month holds its days
    day = as_day(date) if len(date) == 10 else None
    if day is not None:
        reach = max(days, BOUND_DAYS)
        out.update((day + dt.timedelta(days=k)).isoformat() for k in range(-reach, reach + 1))
        out.add(iso_week(day))                               # the week that holds it
    week = week_days(date)
    if week is not None:
        out.discard(date[:7])
        out.update(d.isoformat() for d in week)              # the days it holds
        out.update(d.isoformat()[:7] for d in week)          # the months it overlaps
    first = as_day(date + "-01") if len(date) == 7 else None
    if first is not None:
        out.update(f"{date}-{d:02d}" for d in range(1, 32))  # the days a month holds
        out.update(iso_week(first + dt.timedelta(days=k)) for k in (0, 7, 14, 21, 28, 30))
    return out


# Acts of saying: their place is where the words were spoken, which outlets seldom agree on
# (one gives the ministry's city, another the dateline, a third the scene of the news the
# words are about: "demanded the attackers' arrest" placed where the attack was). Who said
# what to whom on which day tells two such reports apart; a meeting's place still does.
SAYING_TYPES = frozenset({"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


def places_compatible(a: Report, b: Report) -> bool:
    """The same place, either unknown, or one an area that holds the other (a country or a
    first-level area: "in Khyber Pakhtunkhwa" and "in Bajaur district"); any places for
    acts of saying (``SAYING_TYPES``)."""
    if not a.place or not b.place or a.place == b.place or a.event_type in SAYING_TYPES:
        return True
    return (a.place_id is not None and a.place_id in b.place_within) or \
        (b.place_id is not None and b.place_id in a.place_within) or _near(a, b)


NEAR_CELLS = 2      # places at most two cells apart each way (about 20 km) may be one place


def _near(a: Report, b: Report) -> bool:
    """Two towns or districts a few kilometres apart (``model.grid_cell``): reports name the
    twin town across the border (Chaman, Spin Boldak) or the district's seat for a town in it."""
    x, y = _cell(a), _cell(b)
    return x is not None and y is not None and abs(x[0] - y[0]) <= NEAR_CELLS and abs(x[1] - y[1]) <= NEAR_CELLS


def _cell(r: Report) -> tuple[int, int] | None:
    for key in r.place_within:
        if key.startswith("@"):
            row, col = key[1:].split(",")
            return int(row), int(col)
    return None


def local_day(r: Report) -> tuple[str, str] | None:
    """(town or district, day) of a report placed below the first-level area and dated to
    the day by its text, else None."""
    if not (r.place_id and "~" in r.place_id and len(r.date or "") == 10) or r.date_bound:
        return None
    return r.place_id, r.date


def _loose_dates(a: Report, b: Report, days: int) -> bool:
    """Both dates only bound their events and lie more than ``days`` apart: the days do not
    tie the two reports, so a country in common is too little ('civilians killed' reported
    on Tuesday and on Thursday are two attacks as often as one); a named actor must be."""
    if not (a.date_bound and b.date_bound and a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    x, y = as_day(a.date), as_day(b.date)
    return x is None or y is None or abs((x - y).days) > days
