"""How relations between two sides move over time: a dyad's events by day, week, month
or year, counted by quad class, with their intensity and a cooperation-conflict index.

    points = series("jirga.duckdb", "PAK", "AFG", interval="month")

A side is a country code ("PAK"), country and sector ("PAK GOV"), a registry name or
alias ("TTP"), or a Wikidata id. An event counts in the period holding the first day of
its date, and only when its date is at least as precise as the interval: an event dated
"2024" alone is left out of a monthly series rather than piled onto January. Periods
between the first and the last with no events are listed with zero counts.

**The cooperation-conflict index** of a period is

    (VC + 2·MC − VF − 2·MF) / (VC + 2·MC + VF + 2·MF)

where VC, MC, VF, MF count its verbal cooperation, material cooperation, verbal conflict
and material conflict events (quad classes 1 to 4). It runs from −1 (only conflict) to
+1 (only cooperation), 0 when they balance; material acts (aid, an attack) weigh twice as
much as statements about them (a promise, an accusation). None when no event of the
period has a quad class. Unlike the mean intensity it does not depend on how many
strongly worded events a period has, only on the balance of the kinds of act.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional

from jirga.analyse.query import EventQuery, make_query, opened
from jirga.store.query import INTERVALS


@dataclasses.dataclass(slots=True)
class Point:
    period: dt.date            # first day of the period
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    intensity_sum: float
    intensity_mean: Optional[float]
    index: Optional[float]

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["period"] = self.period.isoformat()
        return d


def coop_conflict_index(vc: int, mc: int, vf: int, mf: int) -> Optional[float]:
    """(VC + 2MC − VF − 2MF) / (VC + 2MC + VF + 2MF), or None without events (see above)."""
    weight = vc + 2 * mc + vf + 2 * mf
    return None if weight == 0 else round((vc + 2 * mc - vf - 2 * mf) / weight, 4)


def next_period(day: dt.date, interval: str) -> dt.date:
    """The first day of the period after the one starting on ``day``."""
    if interval == "day":
        return day + dt.timedelta(days=1)
    if interval == "week":
        return day + dt.timedelta(days=7)
    if interval == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return dt.date(day.year + 1, 1, 1)


def period_end(day: dt.date, interval: str) -> dt.date:
    """The last day of the period starting on ``day``."""
    return next_period(day, interval) - dt.timedelta(days=1)


def series(db, source: Optional[str] = None, target: Optional[str] = None, interval: str = "month",
           directed: Optional[bool] = None, query: Optional[EventQuery] = None, fill: bool = True,
           **filters) -> list[Point]:
    """The dyad's points, earliest first; no ``source``/``target``: every selected event.
    ``directed`` None keeps the query's (directed when there is no query)."""
    sides = {k: v for k, v in (("source", source), ("target", target)) if v is not None}
    if directed is not None or query is None:
        sides["directed"] = True if directed is None else directed
    q = make_query(query, **sides, **filters)
    with opened(db) as store:
        rows = store.series_rows(q, interval)
    points = [_point(r) for r in rows]
    return fill_gaps(points, interval) if fill else points


def _point(row) -> Point:
    period, n, vc, mc, vf, mf, total, mean = row
    if not isinstance(period, dt.date) or isinstance(period, dt.datetime):
        period = dt.date.fromisoformat(str(period)[:10])
    return Point(period, int(n), int(vc), int(mc), int(vf), int(mf), round(float(total or 0.0), 4),
                 None if mean is None else round(float(mean), 4), coop_conflict_index(int(vc), int(mc), int(vf), int(mf)))


def fill_gaps(points: list[Point], interval: str) -> list[Point]:
    """Every period from the first point's to the last, with zero counts where none."""
    if interval not in INTERVALS:
        raise ValueError(interval)
    if not points:
        return []
    have = {p.period: p for p in points}
    out, day = [], points[0].period
    while day <= points[-1].period:
        out.append(have.get(day) or Point(day, 0, 0, 0, 0, 0, 0.0, None, None))
        day = next_period(day, interval)
    return out


def series_frame(db, source: Optional[str] = None, target: Optional[str] = None, interval: str = "month",
                 directed: Optional[bool] = None, query: Optional[EventQuery] = None, **filters):
    """The points as a pandas DataFrame, ``period`` a datetime64 column."""
    from jirga.analyse.query import _pandas
    pd = _pandas()
    points = series(db, source, target, interval, directed, query, **filters)
    df = pd.DataFrame([dataclasses.astuple(p) for p in points],
                      columns=[f.name for f in dataclasses.fields(Point)])
    df["period"] = pd.to_datetime(df["period"])
    return df
