"""Phrase -> TIMEX3 (type, value), resolved against the document date."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from jirga.dates.patterns import (MONTHS, PARTS, PATTERNS, SEASONS, WEEKDAYS, NUMW, PERIOD,
                                  REL, UNIT, YEAR)
from jirga.dates.resolve import (Ctx, add_months, duration, num, parse_dct, rel_period,
                                 resolve_md, resolve_weekday, shift, iso_week)


def normalise(phrase: str, dct, future: bool = False, kind: Optional[str] = None) -> Optional[tuple[str, str]]:
    """(type, value) of a time phrase, or None when it cannot be read."""
    ctx = Ctx(parse_dct(dct), future)
    p = " ".join(phrase.lower().replace("’", "'").split())
    p = re.sub(r"'s$", "", p).strip(" ,'")
    if not p:
        return None
    kinds = [kind] if kind else [k for k, _ in PATTERNS]
    table = dict(PATTERNS)
    for q in dict.fromkeys((p, p.rstrip("."), re.sub(r"^the ", "", p.rstrip(".")))):
        for k in kinds:
            if table[k].fullmatch(q):
                out = _norm_kind(k, q, ctx)
                if out:
                    return out
    return None


def _numeric(p: str) -> Optional[tuple[str, str]]:
    """'09.03.2018' -> 2018-03-09: dots put the day first. Slashes are written both ways
    (day first in most of the world, month first in the US): only a part over 12 tells which;
    otherwise only the year is sure."""
    a, sep, b, _, y = re.match(r"(\d+)([./])(\d+)([./])(\d{4})", p).groups()
    a, b = int(a), int(b)
    if sep == "." or a > 12:
        day, mon = a, b
    elif b > 12:
        day, mon = b, a
    else:
        return "DATE", y
    if not 1 <= mon <= 12:
        return None
    return "DATE", f"{y}-{mon:02d}-{day:02d}"


def _norm_kind(k: str, p: str, ctx: Ctx) -> Optional[tuple[str, str]]:
    d = ctx.dct
    pw = p.replace("-", " ")
    if k == "iso":
        return "DATE", p
    if k == "numeric":
        return _numeric(p)
    if k in ("time", "clock", "noonmid"):
        if k == "noonmid":
            h, mi = (0 if "midnight" in p else 12), 0
        else:
            m = re.match(r"(\d{1,2})(?::(\d\d))?\s?(a\.m\.|p\.m\.|am|pm)?", p)
            h, mi = int(m.group(1)), int(m.group(2) or 0)
            ap = (m.group(3) or "").replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
        day = d.isoformat() if d else "XXXX-XX-XX"
        return "TIME", f"{day}T{h:02d}:{mi:02d}"
    if k in ("mdy", "dmy", "md", "dm"):
        mon = next(MONTHS[w.strip(".")] for w in re.findall(r"[a-z]+\.?", p) if w.strip(".") in MONTHS)
        day = int(re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", p).group(1))
        yr = re.search(YEAR, p)
        if yr:
            return "DATE", f"{yr.group(0)}-{mon:02d}-{day:02d}"
        return "DATE", resolve_md(ctx, mon, day)
    if k == "my":
        mon = next(MONTHS[w.strip(".")] for w in re.findall(r"[a-z]+\.?", p) if w.strip(".") in MONTHS)
        yr = re.search(YEAR, p).group(0)
        return "DATE", f"{yr}-{mon:02d}"
    if k == "myrel":                # 'September last year'
        mon = next(MONTHS[w.strip(".")] for w in re.findall(r"[a-z]+\.?", pw) if w.strip(".") in MONTHS)
        if d is None:
            return "DATE", f"XXXX-{mon:02d}"
        return "DATE", f"{d.year + shift(ctx, p.split()[-2])}-{mon:02d}"
    if k in ("month", "relmonth"):
        words = re.findall(r"[a-z]+\.?", pw)
        mon = next((MONTHS[w.strip(".")] for w in words if w.strip(".") in MONTHS and w not in ("may", "mar")), None)
        if mon is None:
            if "may" in words:
                mon = 5
            elif "march" in words:
                mon = 3
            else:
                return None
        if "last" in words and d:
            y = d.year - 1 if mon >= d.month else d.year
            return "DATE", f"{y}-{mon:02d}"
        if "next" in words and d:
            y = d.year + 1 if mon <= d.month else d.year
            return "DATE", f"{y}-{mon:02d}"
        if "this" in words and d:
            return "DATE", f"{d.year}-{mon:02d}"
        return "DATE", resolve_md(ctx, mon, None)
    if k == "decade":
        y = re.search(r"(\d{3})0s", p).group(1)
        return "DATE", y
    if k == "century":
        n = int(re.search(r"(\d\d)(?:st|nd|rd|th)", p).group(1))
        return "DATE", f"{n - 1:02d}"
    if k == "quarter":
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}[re.search(r"(first|second|third|fourth|final|last|1st|2nd|3rd|4th)", p).group(1)]
        yr = re.search(YEAR, p)
        if yr:
            y = int(yr.group(0))
        elif d:
            y = d.year if q <= (d.month - 1) // 3 + 1 or ctx.future else d.year - 1
        else:
            return "DATE", f"XXXX-Q{q}"
        return "DATE", f"{y}-Q{q}"
    if k == "half":
        h = 1 if "first" in p else 2
        yr = re.search(YEAR, p)
        y = int(yr.group(0)) if yr else ((d.year + shift(ctx, p.split()[-2])) if d else None)
        return "DATE", f"{y}-H{h}" if y else f"XXXX-H{h}"
    if k == "season":
        s = next(v for w, v in SEASONS.items() if w in p)
        return "DATE", f"{re.search(YEAR, p).group(0)}-{s}"
    if k in ("year", "yearmod"):
        return "DATE", re.search(YEAR, p).group(0)
    if k == "ago":
        m = re.search(rf"({NUMW})\s+({UNIT})", p)
        n = num(m.group(1))
        unit = m.group(2).rstrip("s")
        if d is None:
            return "DATE", "XXXX"
        if n is None:
            return "DATE", "PAST_REF"
        n = int(n)
        if unit.startswith("day"):
            return "DATE", (d - dt.timedelta(days=n)).isoformat()
        if unit.startswith("week"):
            return "DATE", iso_week(d - dt.timedelta(days=7 * n))
        if unit.startswith("month"):
            y, mo = add_months(d, -n)
            return "DATE", f"{y}-{mo:02d}"
        if unit.startswith("year"):
            return "DATE", str(d.year - n)
        if unit.startswith("decade"):
            return "DATE", str(d.year - 10 * n)[:3]
        if unit.startswith("centur"):
            return "DATE", str(d.year - 100 * n)[:2]
        return "TIME", d.isoformat()
    if k in ("rel", "relmod"):
        m = re.search(rf"({REL})\s+({PERIOD})$", p)
        if not m:
            return None
        rel, period = m.group(1), m.group(2)
        if rel == "past" and period in ("decade", "century"):
            return "DURATION", duration(1, period)
        if rel in ("following", "next") and p.startswith("the ") and period in ("decade", "century"):
            return "DURATION", duration(1, period)
        return rel_period(ctx, rel, period)
    if k == "endof":
        for period in ("year", "month", "week"):
            if p.endswith(period):
                return rel_period(ctx, "this", period)
    if k in ("durrel", "dur", "durhy"):
        m = re.search(rf"({NUMW})?[\s-]*({UNIT}|second|minute|hour|day|week|month|year|decade)\b", p.replace("-long", "").replace("-old", ""))
        if not m:
            return None
        n = num(m.group(1)) if m.group(1) else None
        if m.group(1) is None and not m.group(2).endswith("s"):
            n = 1
        return "DURATION", duration(n, m.group(2))
    if k == "recentunit":
        return "DURATION", duration(None, p.split()[-1])
    if k == "yearlong":
        return "DURATION", duration(1, p.split("-")[0])
    if k == "wdpart":
        words = p.split()
        rel = words[0] if words[0] in ("last", "next", "this") else ""
        wd = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
        val = resolve_weekday(ctx, wd, rel)
        part = next((PARTS[w] for w in words if w in PARTS), None)
        if part:
            return "TIME", f"{val}T{part}"
        return "DATE", val
    if k == "daypart":
        words = p.split()
        if d is None:
            base = "XXXX-XX-XX"
        elif words[0] == "yesterday" or p.startswith("last night"):
            base = (d - dt.timedelta(days=1)).isoformat()
        elif words[0] == "tomorrow":
            base = (d + dt.timedelta(days=1)).isoformat()
        else:
            base = d.isoformat()
        part = next((PARTS[w] for w in words if w in PARTS), None)
        if words[0] == "tonight":
            part = "NI"
        if part:
            return "TIME", f"{base}T{part}"
        return "DATE", base
    if k == "overnight":
        if d is None:
            return "TIME", "XXXX-XX-XXTNI"
        night = d if ctx.future else d - dt.timedelta(days=1)
        return "TIME", f"{night.isoformat()}TNI"
    if k == "weekend":
        if d is None:
            return "DATE", "XXXX-WXX-WE"
        back = d.weekday() < 5 and not ctx.future
        return "DATE", iso_week(d - dt.timedelta(days=7 * back)) + "-WE"
    if k == "ref":
        if p in ("now", "currently", "at present", "nowadays", "these days", "at this time"):
            return "DATE", "PRESENT_REF"
        if p == "the future":
            return "DATE", "FUTURE_REF"
        return "DATE", "PAST_REF"
    if k == "set":
        if "morning" in p:
            return "SET", "XXXX-XX-XXTMO"
        if "evening" in p:
            return "SET", "XXXX-XX-XXTEV"
        if "night" in p:
            return "SET", "XXXX-XX-XXTNI"
        for w, v in (("da", "P1D"), ("week", "P1W"), ("month", "P1M"), ("year", "P1Y"), ("annual", "P1Y")):
            if w in p:
                return "SET", v
    return None
