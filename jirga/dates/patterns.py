"""Lexicon and regular expressions for English time expressions.

``PATTERNS`` is shared: ``find`` spots spans with it and ``normalise`` re-matches a span
against its kind to read the value.
"""
from __future__ import annotations

import functools
import re

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

MON = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_MONFULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUMW = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
         r"sixty|seventy|eighty|ninety|a hundred|hundred|a couple of|a dozen|several|a few|few)")
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
_MOD = r"(?:early|earlier|late|later|mid|mid-|the end of|the beginning of|the start of|the middle of)"
REL = r"(?:last|next|this|past|coming|previous|current|following)"
PERIOD = r"(?:week|month|year|weekend|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal year)"
_PART = r"(?:morning|afternoon|evening|night)"


def _rx(p):
    return re.compile(p, re.I)


# (name, regex); tried in order, longest match per position wins
PATTERNS = [
    ("iso", _rx(r"\b\d{4}-\d{2}-\d{2}\b")),
    # '09.03.2018', '21/04/2019': day first with dots (as in South Asian and European
    # papers); with slashes only where the order is plain (``normalise``)
    ("numeric", _rx(rf"\b(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|[12]\d|3[01])\1{YEAR}\b")),
    ("time", _rx(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:local time|gmt|utc|[A-Z]{2,4}T))?")),
    ("clock", _rx(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s?(?:gmt|utc|local time)\b")),
    ("noonmid", _rx(r"\b(?:noon|midday|midnight)\b")),
    ("mdy", _rx(rf"\b(?:{_MOD}\s+)?{MON}\s+{_DAYN}(?:\s*,\s*|\s+){YEAR}\b")),
    ("dmy", _rx(rf"\b{_DAYN}\s+(?:of\s+)?{MON}(?:\s*,\s*|\s+){YEAR}\b")),
    ("md", _rx(rf"\b{MON}\s+{_DAYN}\b(?![:\d])")),
    ("dm", _rx(rf"\b{_DAYN}\s+(?:of\s+)?{_MONFULL}\b")),
    ("my", _rx(rf"\b(?:{_MOD}[\s-]+)?{_MONFULL}(?:\s+of)?,?\s+{YEAR}\b")),
    ("myrel", _rx(rf"\b(?:(?:early|late|mid)[\s-]+)?{_MONFULL}\s+(?:of\s+)?(?:last|this|next)\s+year\b")),
    ("relmonth", _rx(rf"\b(?:(?:early|late|mid)[\s-]+)?(?:last|next|this)\s+{_MONFULL}\b")),
    ("month", _rx(rf"\b(?:(?:early|late|mid)[\s-]+)?{_MONFULL}\b")),
    ("decade", _rx(r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]\d0|20\d0)s\b")),
    ("century", _rx(r"\b(?:(?:early|late|mid)[\s-]+)?(?:1[5-9]|2[01])(?:st|nd|rd|th)[\s-]+century\b")),
    ("quarter", _rx(rf"\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+{YEAR})?\b")),
    ("half", _rx(rf"\b(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:{YEAR}|this year|last year|next year)\b")),
    ("season", _rx(rf"\b(?:(?:last|next|this|early|late)\s+)?(?:spring|summer|autumn|winter)(?:\s+of)?\s+{YEAR}\b")),
    ("yearmod", _rx(rf"\b(?:{_MOD}[\s-]+){YEAR}\b")),
    ("year", _rx(rf"\b{YEAR}\b(?![-/]\d)(?!\s*(?:%|percent|people|troops|soldiers|km|kilometers|miles|tons|meters|metres))")),
    # 'earlier than usual' compares, 'a week before the vote' anchors on another event;
    # focus particles ('just six years ago') stay outside the span
    ("ago", _rx(rf"\b(?:(?:about|some|nearly|almost|more than|over)\s+)?{NUMW}\s+{UNIT}\s+(?:ago\b|earlier\b(?!\s+than)|before(?=\s*(?:[,.;:)]|$)))")),
    # a year or month told from the one just named ('the following year', 'a month later',
    # 'the year before'): ``find`` resolves it; 'next year' alone is the publication's, and
    # 'two years earlier' is read as 'ago' (above)
    ("anaphperiod", _rx(rf"\b(?:the\s+(?:next|following|previous|preceding)\s+(?:year|month)|"
                        rf"the\s+(?:year|month)\s+(?:before|after)(?=\s*[,.;:)])|"
                        rf"{NUMW}\s+(?:years?|months?)\s+(?:later|afterwards))\b")),
    ("relmod", _rx(rf"\b(?:{_MOD}\s+)(?:{REL}|the\s+{REL})\s+{PERIOD}\b")),
    ("rel", _rx(rf"\b(?:the\s+)?{REL}\s+{PERIOD}\b(?!\s+(?:old|long))")),
    # 'earlier in the week': a part of the period the news is in, as 'the end of the week'
    ("endof", _rx(r"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:earlier|later)\s+in)\s+(?:the\s+)?(?:year|month|week)\b")),
    # a day told from the day just named ('on the same day', 'the next day'): ``find`` resolves it
    ("anaphday", _rx(r"\b(?:(?:later|earlier)\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)(?=\s*[,.;:)]|\s+(?:and|but|when|as)\b))\b")),
    # days counted from the day just named ('two days later', 'a week afterwards'): ``find``
    ("anaphshift", _rx(rf"\b{NUMW}\s+(?:days?|weeks?)\s+(?:later|afterwards|after\s+that)\b")),
    ("durrel", _rx(rf"\b(?:the\s+)?(?:past|last|next|previous|coming|first|following)\s+{NUMW}?\s*{UNIT}\b")),
    # ages ('a 22-year-old son') are not time expressions
    ("durhy", _rx(rf"\b{NUMW}-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\b(?!-old)")),
    ("dur", _rx(rf"\b(?:(?:about|some|nearly|almost|more than|over|less than|at least|a mere)\s+)?{NUMW}\s+(?:more\s+)?{UNIT}\b")),
    ("recentunit", _rx(r"\b(?:recent|coming|past)\s+(?:days|weeks|months|years|decades)\b")),
    ("yearlong", _rx(r"\b(?:year|month|week|decade)-long\b")),
    ("wdpart", _rx(rf"\b(?:(?:last|next|this|early|late|overnight)\s+)?{_WD}(?:\s+(?:{_PART}|overnight))?\b")),
    # 'overnight' alone: the night before the DCT; not 'an overnight stay'
    ("overnight", _rx(r"(?<!\ban )\bovernight\b(?!\s+(?:success|stay|bag))")),
    # '(over|at|during) the weekend': the nearest weekend (the preposition is checked in find)
    ("weekend", _rx(r"\b(?:the\s+)?weekend\b")),
    ("daypart", _rx(rf"\b(?:today|yesterday|tomorrow|tonight|last night|this {_PART})(?:\s+{_PART})?\b")),
    ("ref", _rx(r"\b(?:now|currently|at present|nowadays|recently|lately|the past|the future|at the time|these days|at this time)\b")),
    ("set", _rx(r"\b(?:daily|weekly|monthly|annually|yearly|every\s+(?:day|week|month|year|morning|evening|night)|each\s+(?:day|week|month|year))\b")),
]

# Every match of a pattern holds one of its anchor words (a digit, a month, a unit of time, ...),
# and reaches at most ``REACH`` characters beyond it (22 in 11,861 gold and example texts): ``find``
# runs each pattern only around its anchors: a quarter of the time of scanning every text whole
# with every pattern. The anchors are found in one case-sensitive scan of the lowercased text
# (``ANCHOR_RX``), four times faster than a scan that ignores case.
REACH = 60
_ANCHOR_WORDS = {
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "unit": ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur"),
    "period": ("week", "month", "year", "quarter", "decade", "centur", "spring", "summer", "fall", "autumn",
               "winter"),
    "noon": ("noon", "midday", "midnight"),
    "quarter": ("quarter",),
    "half": ("half",),
    "long": ("-long",),
    "day": ("day",),
    "overnight": ("overnight",),
    "weekend": ("weekend",),
    "daypart": ("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"),
    "ref": ("now", "current", "present", "recent", "lately", "past", "future", "time", "days"),
    "set": ("daily", "weekly", "monthly", "annual", "yearly", "every", "each"),
}
ANCHOR_KINDS = ("digit", *_ANCHOR_WORDS)
ANCHOR_OF = {
    "iso": "digit", "numeric": "digit", "time": "digit", "clock": "digit", "noonmid": "noon",
    "mdy": "month", "dmy": "month", "md": "month", "dm": "month", "my": "month", "myrel": "month",
    "relmonth": "month", "month": "month", "decade": "digit", "century": "digit", "quarter": "quarter",
    "half": "half", "season": "digit", "yearmod": "digit", "year": "digit", "ago": "unit",
    "relmod": "period", "rel": "period", "endof": "unit", "anaphday": "day", "anaphshift": "unit",
    "anaphperiod": "unit",
    "durrel": "unit", "durhy": "unit", "dur": "unit", "recentunit": "unit", "yearlong": "long",
    "wdpart": "day", "overnight": "overnight", "weekend": "weekend", "daypart": "daypart", "ref": "ref",
    "set": "set",
}
# the longest word first, so that 'weekend' is one hit, whose kinds hold those of 'week'
ANCHOR_RX = re.compile(r"\d|" + "|".join(sorted({re.escape(w) for ws in _ANCHOR_WORDS.values() for w in ws},
                                                 key=lambda w: (-len(w), w))))
ANCHOR_RX_ANY_CASE = re.compile(ANCHOR_RX.pattern, re.I)


@functools.lru_cache(maxsize=None)
def anchor_kinds(hit: str) -> tuple[str, ...]:
    """The anchor kinds an ``ANCHOR_RX`` hit (lowercase) serves: 'weekend' is a unit, a period
    and a weekend; 'yesterday' a day and a part of one."""
    if hit.isdigit():
        return ("digit",)
    return tuple(kind for kind, words in _ANCHOR_WORDS.items() if any(w in hit for w in words))
