"""Calendar arithmetic against the document creation time (DCT).

News prefers the past: a bare 'December 16' or 'Tuesday' is the latest such day not
after the DCT, unless the phrase is governed by a future verb (``Ctx.future``).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from jirga.dates.patterns import NUMWORDS, SEASONS, UNIT_CODES, VAGUE_NUMS


def parse_dct(dct) -> Optional[dt.date]:
    if not dct:
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    try:
        return dt.date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def num(s: str) -> Optional[float]:
    s = s.lower().strip()
    if s in VAGUE_NUMS:
        return None
    if s in NUMWORDS:
        return NUMWORDS[s]
    try:
        return float(s)
    except ValueError:
        return None


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + (d.month - 1) + n
    return m // 12, m % 12 + 1


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def duration(n: Optional[float], unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    if unit == "decade":
        return f"P{fmt_num(n * 10)}Y" if n is not None else "PXDE"
    if unit == "century":
        return f"P{fmt_num(n * 100)}Y" if n is not None else "PXCE"
    if unit == "fortnight":
        return f"P{fmt_num(n * 2)}W" if n is not None else "PXW"
    t, c = UNIT_CODES[unit]
    return f"P{t}{fmt_num(n) if n is not None else 'X'}{c}"


class Ctx:
    def __init__(self, dct: Optional[dt.date], future: bool):
        self.dct, self.future = dct, future


def resolve_md(ctx: Ctx, month: int, day: Optional[int]) -> str:
    d = ctx.dct
    if d is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    y = d.year
    if day:
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            return f"XXXX-{month:02d}-{day:02d}"
        if not ctx.future and cand > d:
            y -= 1
        elif ctx.future and cand < d:
            y += 1
        return f"{y}-{month:02d}-{day:02d}"
    if not ctx.future and month > d.month:
        y -= 1
    elif ctx.future and month < d.month:
        y += 1
    return f"{y}-{month:02d}"


def resolve_weekday(ctx: Ctx, wd: int, rel: str = "") -> str:
    d = ctx.dct
    if d is None:
        return "XXXX-WXX-" + str(wd + 1)
    diff = (d.weekday() - wd) % 7
    past = d - dt.timedelta(days=diff)
    if rel == "last":
        past = past if diff else past - dt.timedelta(days=7)
        return past.isoformat()
    if rel == "next" or (ctx.future and rel != "last"):
        ahead = (wd - d.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return (d + dt.timedelta(days=ahead)).isoformat()
    if rel == "this":
        # 'this Friday': the one in the DCT's week
        return (d + dt.timedelta(days=wd - d.weekday())).isoformat()
    return past.isoformat()


def shift(ctx: Ctx, rel: str) -> int:
    rel = rel.lower()
    if rel in ("last", "past", "previous"):
        return -1
    if rel in ("next", "coming", "following"):
        return 1
    return 0


def rel_period(ctx: Ctx, rel: str, period: str) -> Optional[tuple[str, str]]:
    d = ctx.dct
    period = period.lower()
    k = shift(ctx, rel)
    if d is None:
        return "DATE", "XXXX"
    if period == "week":
        return "DATE", iso_week(d + dt.timedelta(days=7 * k))
    if period == "weekend":
        return "DATE", iso_week(d + dt.timedelta(days=7 * k)) + "-WE"
    if period == "month":
        y, m = add_months(d, k)
        return "DATE", f"{y}-{m:02d}"
    if period in ("year", "fiscal year"):
        return "DATE", str(d.year + k)
    if period == "quarter":
        q = (d.month - 1) // 3 + k
        y = d.year + q // 4
        return "DATE", f"{y}-Q{q % 4 + 1}"
    if period == "decade":
        return "DATE", str((d.year // 10 + k))
    if period == "century":
        return "DATE", str(d.year // 100 + k)
    if period in SEASONS:
        s = SEASONS[period]
        y = d.year + k
        return "DATE", f"{y}-{s}"
    return None
