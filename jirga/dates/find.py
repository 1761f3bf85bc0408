"""Spotting time expressions: our own patterns first, then spaCy DATE/TIME entities
the patterns missed. dateparser is a last resort for those entities only, on one short
phrase with ``RELATIVE_BASE`` set to the DCT.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from itertools import accumulate
from typing import Optional

from dateparser.date import DateDataParser

from jirga.dates.normalise import normalise
from jirga.dates.patterns import ANCHOR_KINDS, ANCHOR_OF, ANCHOR_RX, ANCHOR_RX_ANY_CASE, MON, NUMWORDS, PATTERNS, REACH, anchor_kinds
from jirga.dates.resolve import parse_dct
from jirga.model import Document, Timex

log = logging.getLogger("jirga")

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


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each anchor kind, the stretches of ``text`` within ``REACH`` of one of its words,
    joined where they meet."""
    low, rx = text.lower(), ANCHOR_RX
    if len(low) != len(text):     # a letter whose lowercase is longer ('İ'): offsets would shift
        low, rx = text, ANCHOR_RX_ANY_CASE
    out: dict[str, list[list[int]]] = {kind: [] for kind in ANCHOR_KINDS}
    for m in rx.finditer(low):
        lo, hi = max(0, m.start() - REACH), m.end() + REACH
        for kind in anchor_kinds(m.group(0).lower()):
            spans = out[kind]
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    return {kind: [(lo, min(hi, len(text))) for lo, hi in spans] for kind, spans in out.items()}


def pattern_matches(text: str):
    """(name, match) of every ``PATTERNS`` match in ``text``, as a scan of the whole text finds
    them, scanning only around each pattern's anchor words (``ANCHOR_OF``). A window starts
    ``REACH`` characters before its first anchor, so no match of the whole text straddles
    its start, and ``\\b`` and look-behinds still see the text before it."""
    windows = _windows(text)
    for name, rx in PATTERNS:
        for lo, hi in windows[ANCHOR_OF[name]]:
            yield from ((name, m) for m in rx.finditer(text, lo, hi))


def find_timex(text: str, dct: Optional[str], parsed=None) -> list[Timex]:
    """TIMEX3 expressions in ``text`` normalised against ``dct`` (ISO date or None)."""
    spans: list[tuple[int, int, str]] = []
    for name, m in pattern_matches(text):
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
        if name == "weekend" and not re.search(r"\b(?:over|at|during|on)\s+$", text[max(0, s - 8):s], re.I):
            continue
        if name == "year" and parsed is not None:
            sp = parsed.char_span(s, e)
            if sp is not None and sp[0].ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT", "ORG", "PRODUCT", "LAW"):
                continue
        spans.append((s, e, name))
    fixed = _year_ranges(text, spans)
    # spaCy entities the patterns did not cover
    if parsed is not None:
        covered = _Cover(spans)
        for ent in parsed.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if covered.overlaps(s, e):
                continue
            if re.fullmatch(r"\d{1,3}", ent.text.strip()):
                continue            # an age or a count ('Roth, 48, of ...'), not a date
            spans.append((s, e, "ent"))
    # longest first, no overlaps
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen: list[tuple[int, int, str]] = []
    taken = _Cover([])
    for s, e, k in spans:
        if taken.overlaps(s, e):
            continue
        taken.add(s, e)
        chosen.append((s, e, k))
    chosen.sort()
    out = []
    for s, e, k in chosen:
        phrase = text[s:e]
        if k in ("anaphday", "anaphshift", "anaphperiod"):
            res = (_anaphoric_period if k == "anaphperiod" else _anaphoric_day)(phrase, out, dct)
            if res is not None:
                out.append(Timex(text=phrase, start=s, end=e, type="DATE", value=res))
            continue
        fut = _is_future(text, s, parsed)
        res = fixed.get((s, e)) or normalise(phrase, dct, fut, None if k == "ent" else k)
        if res is None and k == "ent":
            res = _dateparser(phrase, dct, fut)
        if res is None:
            continue
        typ, val = res
        out.append(Timex(text=phrase, start=s, end=e, type=typ, value=val))
    return out


def _anaphoric_day(phrase: str, before: list[Timex], dct: Optional[str]) -> Optional[str]:
    """'the same day', 'the next day', 'the day before', 'two days later': the day named
    last before the phrase (a news story tells its days in order), moved by the phrase's offset; None when
    no day was named before (the publication day is no anchor: 'the next day' of a story
    with no day told may be any)."""
    # a day, or a part of one ('Thursday night': 2025-10-09TNI)
    base = next((t.value[:10] for t in reversed(before) if t.type in ("DATE", "TIME")
                 and re.match(r"\d{4}-\d\d-\d\d(?:$|T)", t.value)), None)
    day = parse_dct(base) if base else None
    if day is None:
        return None
    low = phrase.lower()
    shift = re.match(r"(\S+)\s+(day|week)s?\s+(?:later|afterwards|after\s+that)$", " ".join(low.split()))
    if shift:       # 'two days later', 'a week afterwards'
        n = int(shift.group(1)) if shift.group(1).isdigit() else NUMWORDS.get(shift.group(1))
        if n is None:
            return None
        return (day + dt.timedelta(days=n * (7 if shift.group(2) == "week" else 1))).isoformat()
    offset = 1 if re.search(r"next|following|after", low) else -1 if re.search(r"previous|before", low) else 0
    return (day + dt.timedelta(days=offset)).isoformat()


def _anaphoric_period(phrase: str, before: list[Timex], dct: Optional[str]) -> Optional[str]:
    """'the following year', 'a month later', 'the year before': the year (or month) of the
    date named last before the phrase, moved by the phrase's count; None when none was named
    (the publication date is no anchor: 'the following year' of a story that names no year
    may be any), or when a month is asked of a bare year."""
    low = " ".join(phrase.lower().split())
    unit = "month" if "month" in low else "year"
    base = next((t.value for t in reversed(before) if t.type == "DATE"
                 and re.match(r"\d{4}-\d\d" if unit == "month" else r"\d{4}(?:$|-)", t.value or "")), None)
    if base is None:
        return None
    m = re.match(r"(\S+(?:\s+of)?)\s+(?:years?|months?)\s+(?:later|afterwards)$", low)
    n = (int(m.group(1)) if m.group(1).isdigit() else NUMWORDS.get(m.group(1))) if m else 1
    if n is None:
        return None
    if re.search(r"previous|preceding|before", low):
        n = -n
    year = int(base[:4])
    if unit == "year":
        return f"{year + n:04d}"
    months = year * 12 + int(base[5:7]) - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


class _Cover:
    """Character intervals with an overlap test by bisection, so that a document's many
    time expressions are not each compared with all the others. ``add`` keeps the
    intervals apart; those given at the start may overlap each other."""

    def __init__(self, spans):
        items = sorted((s, e) for s, e, *_ in spans)
        self.starts = [s for s, _ in items]
        self.reach = list(accumulate((e for _, e in items), max, initial=-1))[1:]

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)         # the intervals that start before ``e``
        return i > 0 and self.reach[i - 1] > s

    def add(self, s: int, e: int) -> None:
        """Add an interval that overlaps none held: among apart intervals the running
        maximum of ends is each one's own end, so nothing after it changes."""
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.reach.insert(i, e)


_RANGE_RX = re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d|\d\d)\b(?![-/]\d)")


def _year_ranges(text: str, spans: list) -> dict:
    """Add both years of a range ('1957-58', '2009-2010') to ``spans``; {span: value} for
    the short second year, whose century comes from the first."""
    fixed = {}
    for m in _RANGE_RX.finditer(text):
        y1, y2 = m.group(1), m.group(2)
        full = y1[:2] + y2 if len(y2) == 2 else y2
        if not 0 < int(full) - int(y1) < 100:
            continue                # '2023-12' is a month, not a range
        spans.append((m.start(1), m.end(1), "year"))
        spans.append((m.start(2), m.end(2), "year" if len(y2) == 4 else "ent"))
        fixed[(m.start(2), m.end(2))] = ("DATE", full)
    return fixed


def _dateparser(phrase: str, dct, future: bool) -> Optional[tuple[str, str]]:
    d = parse_dct(dct)
    if d is None or len(phrase.split()) > 6 or not re.search(r"[A-Za-z0-9]", phrase):
        return None
    words = phrase.lower().split()
    if any(w in words for w in ("we", "the", "a")) and not re.search(MON, phrase, re.I):
        return None
    try:
        got = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(d.year, d.month, d.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": False, "REQUIRE_PARTS": []}).get_date_data(phrase)
    except (ValueError, OverflowError, TypeError, AttributeError) as exc:
        log.debug("dateparser cannot read %r: %s", phrase, exc)   # an unread phrase is no date
        return None
    r = got.date_obj if got is not None else None
    if r is None:
        return None
    # dateparser fills the parts a phrase leaves out from the base date ('1777' -> 1777-04-05):
    # a year or a month is written as one
    if got.period == "year":
        return "DATE", f"{r.year:04d}"
    if got.period == "month":
        return "DATE", f"{r.year:04d}-{r.month:02d}"
    return "DATE", r.date().isoformat()


def warm_dateparser() -> None:
    """Parse one phrase, so that dateparser's one-time set-up is done."""
    _dateparser("three days ago", "2024-01-09", False)


def timex_document(doc: Document, res=None) -> None:
    """Fill ``doc.timex`` with the document's time expressions."""
    doc.timex = find_timex(doc.text, doc.published, doc.parsed)
