"""The shared lexicon and regexes of time expressions (``jirga/dates/patterns.py``)."""
import re

import pytest

from jirga.dates.patterns import MON, MONTHS, NUMWORDS, PATTERNS, UNIT_CODES, WEEKDAYS

TABLE = dict(PATTERNS)


def test_patterns_names_are_unique_and_compiled_case_insensitive():
    names = [n for n, _ in PATTERNS]
    assert len(names) == len(set(names))
    assert all(rx.flags & re.I for _, rx in PATTERNS)


@pytest.mark.parametrize("kind,text", [
    ("iso", "2024-01-08"), ("time", "3 p.m."), ("time", "10:30 am local time"), ("clock", "14:00 GMT"),
    ("mdy", "Jan. 8, 2024"), ("mdy", "early January 8 2024"), ("dmy", "8th of January 2024"), ("md", "December 16"),
    ("dm", "16 December"), ("my", "mid-May 2024"), ("myrel", "September last year"), ("relmonth", "last March"),
    ("month", "October"), ("decade", "the early 1990s"), ("century", "21st century"),
    ("quarter", "the second quarter of 2023"), ("half", "first half of next year"), ("season", "summer 2022"),
    ("yearmod", "early 2020"), ("year", "2024"), ("ago", "about three days ago"), ("ago", "two days before"),
    ("relmod", "late last year"), ("rel", "next week"), ("endof", "the end of the month"),
    ("durrel", "the past 24 hours"), ("durhy", "10-day"), ("dur", "at least two weeks"),
    ("recentunit", "recent weeks"), ("yearlong", "year-long"), ("wdpart", "last Friday morning"),
    ("overnight", "overnight"), ("weekend", "the weekend"), ("daypart", "yesterday afternoon"),
    ("ref", "at present"), ("set", "every morning"),
])
def test_patterns_match_their_kind(kind, text):
    assert TABLE[kind].fullmatch(text)


@pytest.mark.parametrize("kind,text", [
    ("year", "2024 troops"), ("year", "in 2023-12"), ("year", "1750"), ("durhy", "a 22-year-old son"),
    ("ago", "a month earlier than usual"), ("ago", "an hour before the vote"), ("rel", "last week old"),
    ("md", "May 10:30"), ("overnight", "an overnight stay"), ("weekend", "weekends"),
])
def test_patterns_do_not_match_lookalikes(kind, text):
    assert TABLE[kind].search(text) is None


def test_patterns_year_in_running_text():
    assert TABLE["year"].search("elected in 2024.").group(0) == "2024"


def test_patterns_hyphenated_duration_in_running_text():
    assert TABLE["durhy"].search("a 10-day truce").group(0) == "10-day"


def test_patterns_ago_before_a_comma_is_a_time():
    ago = TABLE["ago"]
    assert ago.search("They left two days before, officials said").group(0) == "two days before"


def test_lexicon_tables_agree():
    assert MONTHS["sept"] == MONTHS["september"] == 9 and len({v for v in MONTHS.values()}) == 12
    assert WEEKDAYS["monday"] == 0 and WEEKDAYS["sunday"] == 6
    assert NUMWORDS["a dozen"] == 12 and NUMWORDS["twenty"] == 20
    assert UNIT_CODES["hour"] == ("T", "H") and UNIT_CODES["week"] == ("", "W")
    assert re.fullmatch(MON, "Sept.", re.I) and re.fullmatch(MON, "june", re.I) and not re.fullmatch(MON, "mon", re.I)
