"""A time phrase to its TIMEX3 type and value against the publication date (``jirga/dates/normalise.py``).
The publication date (DCT) below is Wednesday 10 January 2024."""
import pytest

from jirga.dates.normalise import normalise

DCT = "2024-01-10"


@pytest.mark.parametrize("phrase,value", [
    ("2024-01-08", ("DATE", "2024-01-08")),
    ("3 p.m.", ("TIME", "2024-01-10T15:00")), ("10:30 GMT", ("TIME", "2024-01-10T10:30")),
    ("noon", ("TIME", "2024-01-10T12:00")), ("midnight", ("TIME", "2024-01-10T00:00")),
    ("January 8, 2024", ("DATE", "2024-01-08")), ("8 January 2024", ("DATE", "2024-01-08")),
    ("December 16", ("DATE", "2023-12-16")), ("16 December", ("DATE", "2023-12-16")),
    ("September 2023", ("DATE", "2023-09")), ("mid-May 2024", ("DATE", "2024-05")),
    ("September last year", ("DATE", "2023-09")), ("last March", ("DATE", "2023-03")),
    ("this March", ("DATE", "2024-03")), ("October", ("DATE", "2023-10")),
    ("the 1990s", ("DATE", "199")), ("the 21st century", ("DATE", "20")),
    ("the second quarter of 2023", ("DATE", "2023-Q2")), ("the first quarter", ("DATE", "2024-Q1")),
    ("the first half of 2024", ("DATE", "2024-H1")), ("the second half of next year", ("DATE", "2025-H2")),
    ("summer 2022", ("DATE", "2022-SU")), ("early 2020", ("DATE", "2020")),
    ("three days ago", ("DATE", "2024-01-07")), ("two weeks ago", ("DATE", "2023-W52")),
    ("six months ago", ("DATE", "2023-07")), ("a decade ago", ("DATE", "201")),
    ("several years ago", ("DATE", "PAST_REF")),
    ("last week", ("DATE", "2024-W01")), ("next month", ("DATE", "2024-02")), ("this year", ("DATE", "2024")),
    ("last weekend", ("DATE", "2024-W01-WE")), ("the end of the year", ("DATE", "2024")),
    ("the past decade", ("DURATION", "P10Y")), ("the past 24 hours", ("DURATION", "PT24H")),
    ("two weeks", ("DURATION", "P2W")), ("10-day", ("DURATION", "P10D")), ("year-long", ("DURATION", "P1Y")),
    ("recent weeks", ("DURATION", "PXW")),
    ("last Tuesday", ("DATE", "2024-01-09")), ("next Friday", ("DATE", "2024-01-12")),
    ("this Friday", ("DATE", "2024-01-12")), ("Friday morning", ("TIME", "2024-01-05TMO")),
    ("Tuesday's", ("DATE", "2024-01-09")),
    ("yesterday", ("DATE", "2024-01-09")), ("tomorrow evening", ("TIME", "2024-01-11TEV")),
    ("tonight", ("TIME", "2024-01-10TNI")), ("last night", ("TIME", "2024-01-09TNI")),
    ("overnight", ("TIME", "2024-01-09TNI")), ("the weekend", ("DATE", "2024-W01-WE")),
    ("now", ("DATE", "PRESENT_REF")), ("the future", ("DATE", "FUTURE_REF")), ("recently", ("DATE", "PAST_REF")),
    ("daily", ("SET", "P1D")), ("every morning", ("SET", "XXXX-XX-XXTMO")), ("annually", ("SET", "P1Y")),
])
def test_normalise_against_the_dct(phrase, value):
    assert normalise(phrase, DCT) == value


@pytest.mark.parametrize("phrase,value", [
    ("December 16", ("DATE", "XXXX-12-16")), ("last March", ("DATE", "XXXX-03")),
    ("three days ago", ("DATE", "XXXX")), ("last Tuesday", ("DATE", "XXXX-WXX-2")),
    ("yesterday", ("DATE", "XXXX-XX-XX")), ("3 p.m.", ("TIME", "XXXX-XX-XXT15:00")),
    ("September 2023", ("DATE", "2023-09")), ("two weeks", ("DURATION", "P2W")),
])
def test_normalise_without_a_dct_is_underspecified(phrase, value):
    assert normalise(phrase, None) == value


def test_normalise_future_reads_forward():
    assert normalise("Friday", DCT, future=True) == ("DATE", "2024-01-12")
    assert normalise("December 16", DCT, future=True) == ("DATE", "2024-12-16")
    assert normalise("overnight", DCT, future=True) == ("TIME", "2024-01-10TNI")
    assert normalise("the weekend", DCT, future=True) == ("DATE", "2024-W02-WE")


def test_normalise_kind_restricts_the_pattern():
    assert normalise("2024", DCT, kind="year") == ("DATE", "2024")
    assert normalise("2024", DCT, kind="iso") is None


def test_normalise_unreadable_phrases_are_none():
    for phrase in ("gibberish", "", " , ", "the"):
        assert normalise(phrase, DCT) is None


def test_normalise_last_year():
    # this assertion was part of test_precision in tests/test_dates.py
    assert normalise("last year", "2024-01-09") == ("DATE", "2023")


@pytest.mark.xfail(strict=True, reason="'last quarter' is read as the fourth quarter (the 'quarter' pattern "
                                       "takes 'last' as an ordinal): 2023-Q4 in May 2024, 2024-Q4 in November")
@pytest.mark.parametrize("dct,value", [("2024-05-10", "2024-Q1"), ("2024-11-10", "2024-Q3")])
def test_normalise_last_quarter_is_the_previous_quarter(dct, value):
    assert normalise("last quarter", dct) == ("DATE", value)


@pytest.mark.parametrize("phrase,value", [
    ("09.03.2018", "2018-03-09"),       # dots: day first
    ("21/04/2019", "2019-04-21"),       # a day over 12 tells the order
    ("4/21/2019", "2019-04-21"),
    ("04/05/2019", "2019"),             # either order: only the year is sure
])
def test_numeric_dates_read_day_first_with_dots(phrase, value):
    assert normalise(phrase, "2019-06-01") == ("DATE", value)
