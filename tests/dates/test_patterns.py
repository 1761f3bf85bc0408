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


def test_every_pattern_has_anchor_words_its_examples_hold():
    from jirga.dates.patterns import ANCHOR_KINDS, ANCHOR_OF, ANCHOR_RX, anchor_kinds
    assert set(ANCHOR_OF) == set(TABLE) and set(ANCHOR_OF.values()) <= set(ANCHOR_KINDS)
    for kind, text in [("iso", "2024-01-08"), ("mdy", "Jan. 8, 2024"), ("ago", "about three days ago"),
                       ("relmod", "late last year"), ("wdpart", "last Friday morning"), ("ref", "at present"),
                       ("set", "every morning"), ("daypart", "yesterday afternoon"), ("noonmid", "midnight"),
                       ("weekend", "the weekend"), ("rel", "next weekend")]:
        assert TABLE[kind].fullmatch(text), kind
        assert any(ANCHOR_OF[kind] in anchor_kinds(m.group(0)) for m in ANCHOR_RX.finditer(text.lower())), kind


def _texts():
    import json
    from tests.conftest import EXAMPLES, GOLD, SEEDS
    paths = sorted(EXAMPLES.rglob("*.*")) + sorted(SEEDS.glob("*"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]
    for name in ("timex_te3_platinum.jsonl", "geo_geowebnews.jsonl"):
        if (GOLD / name).is_file():
            with open(GOLD / name, encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def test_scanning_around_anchors_finds_what_a_scan_of_the_whole_text_finds():
    from jirga.dates.find import pattern_matches
    texts = _texts()
    assert len(texts) > 5
    # and texts made to test the windows' edges: a match at the very start and end, anchors
    # far apart and close together, long runs of white space
    texts += ["2024", "on Monday", "x" * 200 + " last   week " + "y" * 200 + " 3 p.m.",
              "the end of the\n\n   month, two days later, the next day, mid-May 2024",
              "İstanbul, 3 March 2024: talks in İzmir next week"]   # lowercase longer than the text
    for text in texts:
        whole = sorted((name, m.span()) for name, rx in PATTERNS for m in rx.finditer(text))
        assert sorted((name, m.span()) for name, m in pattern_matches(text)) == whole
