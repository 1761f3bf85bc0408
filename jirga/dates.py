"""Time expressions: found, normalised to TimeML TIMEX3 values against the publication
date (document creation time, DCT), and used to date events.

Finding: our own patterns first (weekdays, month-day, relative weeks/months/years,
'X ago', durations, sets, clock times), then spaCy DATE/TIME entities the patterns
missed. Normalising is ours; dateparser is used only as a last resort on one short
phrase with ``RELATIVE_BASE`` set to the DCT and ``PREFER_DATES_FROM='past'``.
News prefers the past: 'Tuesday' or 'December 16' is the latest such day not after the
DCT, unless the governing verb is in the future ('will meet on Friday').
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Iterator, Optional

from jirga.model import Document, Reject, Timex

REQUIRES = ("parsed",)
PROVIDES = ("timex", "events.date")

NO_DCT_NOTE = "no publication date: event dates left empty where the text gives none"

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
            "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12}
VAGUE_NUMS = {"several", "few", "a few", "some", "many", "the next few", "a number of"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNIT_CODES = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
              "week": ("", "W"), "fortnight": ("", "W2"), "month": ("", "M"), "year": ("", "Y"),
              "decade": ("", "DE"), "century": ("", "CE")}

_MON = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_MONFULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMW = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
         r"sixty|seventy|eighty|ninety|a hundred|hundred|a couple of|a dozen|several|a few|few)")
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MOD = r"(?:early|earlier|late|later|mid|mid-|the end of|the beginning of|the start of|the middle of)"
_REL = r"(?:last|next|this|past|coming|previous|current|following)"
_PERIOD = r"(?:week|month|year|weekend|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal year)"
_PART = r"(?:morning|afternoon|evening|night)"


def _rx(p):
    return re.compile(p, re.I)


# (name, regex); tried in order, longest match per position wins
PATTERNS = [
    ("iso", _rx(r"\b\d{4}-\d{2}-\d{2}\b")),
    ("time", _rx(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:local time|gmt|utc|[A-Z]{2,4}T))?")),
    ("clock", _rx(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s?(?:gmt|utc|local time)\b")),
    ("noonmid", _rx(r"\b(?:noon|midday|midnight)\b")),
    ("mdy", _rx(rf"\b(?:{_MOD}\s+)?{_MON}\s+{_DAYN}(?:\s*,\s*|\s+){_YEAR}\b")),
    ("dmy", _rx(rf"\b{_DAYN}\s+(?:of\s+)?{_MON}(?:\s*,\s*|\s+){_YEAR}\b")),
    ("md", _rx(rf"\b{_MON}\s+{_DAYN}\b(?![:\d])")),
    ("dm", _rx(rf"\b{_DAYN}\s+(?:of\s+)?{_MONFULL}\b")),
    ("my", _rx(rf"\b(?:{_MOD}[\s-]+)?{_MONFULL}(?:\s+of)?,?\s+{_YEAR}\b")),
    ("relmonth", _rx(rf"\b(?:(?:early|late|mid)[\s-]+)?(?:last|next|this)\s+{_MONFULL}\b")),
    ("month", _rx(rf"\b(?:(?:early|late|mid)[\s-]+)?{_MONFULL}\b")),
    ("decade", _rx(r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]\d0|20\d0)s\b")),
    ("century", _rx(r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[5-9]|2[01])(?:st|nd|rd|th)[\s-]+century\b")),
    ("quarter", _rx(rf"\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+{_YEAR})?\b")),
    ("half", _rx(rf"\b(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:{_YEAR}|this year|last year|next year)\b")),
    ("season", _rx(rf"\b(?:(?:last|next|this|early|late)\s+)?(?:spring|summer|autumn|winter)(?:\s+of)?\s+{_YEAR}\b")),
    ("yearmod", _rx(rf"\b(?:{_MOD}[\s-]+){_YEAR}\b")),
    ("year", _rx(rf"\b{_YEAR}\b(?![-/]\d)(?!\s*(?:%|percent|people|troops|soldiers|km|kilometers|miles|tons|meters|metres))")),
    ("ago", _rx(rf"\b(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?{_NUMW}\s+{_UNIT}\s+(?:ago|earlier|before)\b")),
    ("relmod", _rx(rf"\b(?:{_MOD}\s+)(?:{_REL}|the\s+{_REL})\s+{_PERIOD}\b")),
    ("rel", _rx(rf"\b(?:the\s+)?{_REL}\s+{_PERIOD}\b(?!\s+(?:old|long))")),
    ("endof", _rx(r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?(?:year|month|week)\b")),
    ("durrel", _rx(rf"\b(?:the\s+)?(?:past|last|next|previous|coming|first|following)\s+{_NUMW}?\s*{_UNIT}\b")),
    ("durhy", _rx(rf"\b{_NUMW}-(?:second|minute|hour|day|week|month|year|decade)(?:-long|-old)?\b")),
    ("dur", _rx(rf"\b(?:(?:about|some|nearly|almost|more than|over|less than|at least|a mere|only|just)\s+)?{_NUMW}\s+(?:more\s+)?{_UNIT}\b")),
    ("recentunit", _rx(r"\b(?:recent|coming|past)\s+(?:days|weeks|months|years|decades)\b")),
    ("yearlong", _rx(r"\b(?:year|month|week|decade)-long\b")),
    ("wdpart", _rx(rf"\b(?:(?:last|next|this|early|late)\s+)?{_WD}(?:\s+{_PART})?\b")),
    ("daypart", _rx(rf"\b(?:today|yesterday|tomorrow|tonight|last night|this {_PART})(?:\s+{_PART})?\b")),
    ("ref", _rx(r"\b(?:now|currently|at present|nowadays|recently|lately|the past|the future|at the time|these days|at this time)\b")),
    ("set", _rx(r"\b(?:daily|weekly|monthly|annually|yearly|every\s+(?:day|week|month|year|morning|evening|night)|each\s+(?:day|week|month|year))\b")),
]

_NONTIME_MAY = re.compile(r"\bmay\b", re.I)


# ---------------------------------------------------------------------------
def _parse_dct(dct) -> Optional[dt.date]:
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


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _num(s: str) -> Optional[float]:
    s = s.lower().strip()
    if s in VAGUE_NUMS:
        return None
    if s in NUMWORDS:
        return NUMWORDS[s]
    try:
        return float(s)
    except ValueError:
        return None


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + (d.month - 1) + n
    return m // 12, m % 12 + 1


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _duration(n: Optional[float], unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    if unit == "decade":
        return f"P{_fmt_num(n * 10)}Y" if n is not None else "PXDE"
    if unit == "century":
        return f"P{_fmt_num(n * 100)}Y" if n is not None else "PXCE"
    if unit == "fortnight":
        return f"P{_fmt_num(n * 2)}W" if n is not None else "PXW"
    t, c = UNIT_CODES[unit]
    return f"P{t}{_fmt_num(n) if n is not None else 'X'}{c}"


class _Ctx:
    def __init__(self, dct: Optional[dt.date], future: bool):
        self.dct, self.future = dct, future


def _resolve_md(ctx: _Ctx, month: int, day: Optional[int]) -> str:
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


def _resolve_weekday(ctx: _Ctx, wd: int, rel: str = "") -> str:
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


def _shift(ctx: _Ctx, rel: str) -> int:
    rel = rel.lower()
    if rel in ("last", "past", "previous"):
        return -1
    if rel in ("next", "coming", "following"):
        return 1
    return 0


def _rel_period(ctx: _Ctx, rel: str, period: str) -> Optional[tuple[str, str]]:
    d = ctx.dct
    period = period.lower()
    k = _shift(ctx, rel)
    if d is None:
        return "DATE", "XXXX"
    if period == "week":
        return "DATE", _week(d + dt.timedelta(days=7 * k))
    if period == "weekend":
        return "DATE", _week(d + dt.timedelta(days=7 * k)) + "-WE"
    if period == "month":
        y, m = _add_months(d, k)
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


def normalise(phrase: str, dct, future: bool = False, kind: Optional[str] = None) -> Optional[tuple[str, str]]:
    """(type, value) of a time phrase, or None when it cannot be read."""
    ctx = _Ctx(_parse_dct(dct), future)
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


def _norm_kind(k: str, p: str, ctx: _Ctx) -> Optional[tuple[str, str]]:
    d = ctx.dct
    pw = p.replace("-", " ")
    if k == "iso":
        return "DATE", p
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
        yr = re.search(_YEAR, p)
        if yr:
            return "DATE", f"{yr.group(0)}-{mon:02d}-{day:02d}"
        return "DATE", _resolve_md(ctx, mon, day)
    if k == "my":
        mon = next(MONTHS[w.strip(".")] for w in re.findall(r"[a-z]+\.?", p) if w.strip(".") in MONTHS)
        yr = re.search(_YEAR, p).group(0)
        return "DATE", f"{yr}-{mon:02d}"
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
        return "DATE", _resolve_md(ctx, mon, None)
    if k == "decade":
        y = re.search(r"(\d{3})0s", p).group(1)
        return "DATE", y
    if k == "century":
        n = int(re.search(r"(\d\d)(?:st|nd|rd|th)", p).group(1))
        return "DATE", f"{n - 1:02d}"
    if k == "quarter":
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}[re.search(r"(first|second|third|fourth|final|last|1st|2nd|3rd|4th)", p).group(1)]
        yr = re.search(_YEAR, p)
        if yr:
            y = int(yr.group(0))
        elif d:
            y = d.year if q <= (d.month - 1) // 3 + 1 or ctx.future else d.year - 1
        else:
            return "DATE", f"XXXX-Q{q}"
        return "DATE", f"{y}-Q{q}"
    if k == "half":
        h = 1 if "first" in p else 2
        yr = re.search(_YEAR, p)
        y = int(yr.group(0)) if yr else ((d.year + _shift(ctx, p.split()[-2])) if d else None)
        return "DATE", f"{y}-H{h}" if y else f"XXXX-H{h}"
    if k == "season":
        s = next(v for w, v in SEASONS.items() if w in p)
        return "DATE", f"{re.search(_YEAR, p).group(0)}-{s}"
    if k in ("year", "yearmod"):
        return "DATE", re.search(_YEAR, p).group(0)
    if k == "ago":
        m = re.search(rf"({_NUMW})\s+({_UNIT})", p)
        n = _num(m.group(1))
        unit = m.group(2).rstrip("s")
        if d is None:
            return "DATE", "XXXX"
        if n is None:
            return "DATE", "PAST_REF"
        n = int(n)
        if unit.startswith("day"):
            return "DATE", (d - dt.timedelta(days=n)).isoformat()
        if unit.startswith("week"):
            return "DATE", _week(d - dt.timedelta(days=7 * n))
        if unit.startswith("month"):
            y, mo = _add_months(d, -n)
            return "DATE", f"{y}-{mo:02d}"
        if unit.startswith("year"):
            return "DATE", str(d.year - n)
        if unit.startswith("decade"):
            return "DATE", str(d.year - 10 * n)[:3]
        if unit.startswith("centur"):
            return "DATE", str(d.year - 100 * n)[:2]
        return "TIME", d.isoformat()
    if k in ("rel", "relmod"):
        m = re.search(rf"({_REL})\s+({_PERIOD})$", p)
        if not m:
            return None
        rel, period = m.group(1), m.group(2)
        if rel == "past" and period in ("decade", "century"):
            return "DURATION", _duration(1, period)
        if rel in ("following", "next") and p.startswith("the ") and period in ("decade", "century"):
            return "DURATION", _duration(1, period)
        return _rel_period(ctx, rel, period)
    if k == "endof":
        for period in ("year", "month", "week"):
            if p.endswith(period):
                return _rel_period(ctx, "this", period)
    if k in ("durrel", "dur", "durhy"):
        m = re.search(rf"({_NUMW})?[\s-]*({_UNIT}|second|minute|hour|day|week|month|year|decade)\b", p.replace("-long", "").replace("-old", ""))
        if not m:
            return None
        n = _num(m.group(1)) if m.group(1) else None
        if m.group(1) is None and not m.group(2).endswith("s"):
            n = 1
        return "DURATION", _duration(n, m.group(2))
    if k == "recentunit":
        return "DURATION", _duration(None, p.split()[-1])
    if k == "yearlong":
        return "DURATION", _duration(1, p.split("-")[0])
    if k == "wdpart":
        words = p.split()
        rel = words[0] if words[0] in ("last", "next", "this") else ""
        wd = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
        val = _resolve_weekday(ctx, wd, rel)
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


# ---------------------------------------------------------------------------
_FUTURE_RX = re.compile(r"\b(?:will|shall|'ll|going to|is to|are to|plans? to|scheduled|due to|expected to|set to|next)\b", re.I)


def _is_future(text: str, start: int, parsed) -> bool:
    if parsed is not None:
        span = parsed.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            t = span[0]
            for _ in range(4):
                if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                    break
                t = t.head
            kids = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
            if any(k in ("will", "shall", "'ll", "wo") for k in kids):
                return True
            if t.tag_ == "VB" and "to" in kids and t.head.lemma_ in ("plan", "schedule", "expect", "due", "set", "hope", "intend", "aim"):
                return True
            if t.tag_ == "VBG" and any(k in ("is", "are", "'s", "'re") for k in kids):
                return True  # 'is meeting on Friday'
            return False
    left = text[max(0, start - 60):start]
    left = re.split(r"[.;!?]\s", left)[-1]
    return bool(_FUTURE_RX.search(left))


def _may_is_modal(text: str, m) -> bool:
    if m.group(0).lower().strip() != "may":
        return False
    return not (text[m.start()].isupper())


def find_timex(text: str, dct: Optional[str], parsed=None) -> list[Timex]:
    """TIMEX3 expressions in ``text`` normalised against ``dct`` (ISO date or None)."""
    spans: list[tuple[int, int, str]] = []
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if name in ("month", "relmonth") and re.fullmatch(r"(?:early |late |mid-?)?(?:may|march)", m.group(0).lower()):
                # 'may' the verb; 'march' the verb/noun: only capitalised mid-sentence
                word = re.search(r"(may|march)", m.group(0), re.I)
                if not word.group(0)[0].isupper():
                    continue
                if parsed is not None:
                    sp = parsed.char_span(s + word.start(), s + word.end())
                    if sp is not None and sp[0].tag_ in ("MD", "VB", "VBP", "VBZ"):
                        continue
            if name == "dur" and re.fullmatch(r"(?:a|an|one)\s+\w+", m.group(0).lower()) is None:
                pass
            if name == "year" and parsed is not None:
                sp = parsed.char_span(s, e)
                if sp is not None and sp[0].ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT", "ORG", "PRODUCT", "LAW"):
                    continue
            spans.append((s, e, name))
    # spaCy entities the patterns did not cover
    if parsed is not None:
        for ent in parsed.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(not (e <= a or s >= b) for a, b, _ in spans):
                continue
            spans.append((s, e, "ent"))
    # longest first, no overlaps
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen: list[tuple[int, int, str]] = []
    for s, e, k in spans:
        if any(not (e <= a or s >= b) for a, b, _ in chosen):
            continue
        chosen.append((s, e, k))
    chosen.sort()
    out = []
    for s, e, k in chosen:
        phrase = text[s:e]
        fut = _is_future(text, s, parsed)
        res = normalise(phrase, dct, fut, None if k == "ent" else k)
        if res is None and k == "ent":
            res = _dateparser(phrase, dct, fut)
        if res is None:
            continue
        typ, val = res
        out.append(Timex(text=phrase, start=s, end=e, type=typ, value=val))
    return out


def _dateparser(phrase: str, dct, future: bool) -> Optional[tuple[str, str]]:
    d = _parse_dct(dct)
    if d is None or len(phrase.split()) > 6 or not re.search(r"[A-Za-z0-9]", phrase):
        return None
    words = phrase.lower().split()
    if any(w in words for w in ("we", "the", "a")) and not re.search(_MON, phrase, re.I):
        return None
    try:
        import dateparser
    except ImportError:
        return None
    try:
        r = dateparser.parse(phrase, languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(d.year, d.month, d.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": False, "REQUIRE_PARTS": []})
    except Exception:
        return None
    if r is None:
        return None
    return "DATE", r.date().isoformat()


# ---------------------------------------------------------------------------
def precision_of(value: str) -> Optional[tuple[str, str]]:
    """Event date and precision for a TIMEX3 value, or None if it names no calendar period."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0), "day"
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        return m.group(0), "week"
    m = re.match(r"^(\d{4})-(\d{2})$", value)
    if m:
        return value, "month"
    m = re.match(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$", value)
    if m:
        return m.group(1), "year"
    return None


def timex_document(doc: Document, res=None) -> list[Timex]:
    doc.timex = find_timex(doc.text, doc.published, doc.parsed)
    return doc.timex


def date_events(doc: Document, res=None) -> None:
    """Date ``doc.events`` from the time expression attached to each trigger's own clause,
    else the publication date; the rule lives in ``jirga.dating``."""
    from jirga.dating import date_events as _date_events
    _date_events(doc, res)


def process(docs: Iterable[Document], res) -> Iterator[Document]:
    for doc in docs:
        if not doc.rejects:
            try:
                timex_document(doc, res)
                date_events(doc, res)
            except Exception as exc:
                doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "dates", "E403",
                                          f"date resolution failed: {type(exc).__name__}: {exc}"))
        yield doc
