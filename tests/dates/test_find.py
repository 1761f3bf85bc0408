"""Spotting time expressions and reading their TIMEX3 values (``jirga.dates.find``)."""
import pytest

from hypothesis import given, strategies as st

from jirga.dates import find_timex, timex_document
from jirga.dates.find import _Cover
from jirga.model import Document
from tests.handmade import hand_doc


def one(text, dct):
    tx = find_timex(text, dct)
    assert tx, text
    return tx[0]


@pytest.mark.parametrize("text,dct,span,value", [
    ("Taliban leaders hosted meetings Tuesday.", "2024-12-24", "Tuesday", "2024-12-24"),
    ("The January 8 meeting was held in Kabul.", "2024-01-09", "January 8", "2024-01-08"),
    ("He met diplomats in Peshawar on December 16.", "2024-01-09", "December 16", "2023-12-16"),
    ("The Taliban invited him last month.", "2024-01-09", "last month", "2023-12"),
    ("Ali visited Kabul in September 2023.", "2024-12-24", "September 2023", "2023-09"),
    ("Delegations this week began talks.", "2024-01-09", "this week", "2024-W02"),
    ("Earlier this year, the envoy resigned.", "2024-05-09", "Earlier this year", "2024"),
    ("The truce collapsed three days ago.", "2024-01-09", "three days ago", "2024-01-06"),
    ("Talks lasted two weeks.", "2024-01-09", "two weeks", "P2W"),
    ("Officials currently deny it.", "2024-01-09", "currently", "PRESENT_REF"),
    ("The Taliban returned in August 2021.", "2024-01-09", "August 2021", "2021-08"),
    ("Tensions escalated last week.", "2024-07-03", "last week", "2024-W26"),
    ("A policy announced in October.", "2024-01-09", "October", "2023-10"),
])
def test_normalised_against_dct(text, dct, span, value):
    tx = one(text, dct)
    assert tx.text == span
    assert tx.value == value


def test_future_weekday():
    tx = one("The delegation will meet on Friday.", "2024-01-09")
    assert tx.value == "2024-01-12"


def test_no_dct_gives_underspecified_values():
    assert one("He arrived on Tuesday.", None).value.startswith("XXXX")


def test_modal_may_is_not_a_month():
    assert find_timex("Officials said they may reopen the crossing.", "2024-01-09") == []


@pytest.mark.parametrize("text,dct,found", [
    # phrases dateparser cannot read; the DCT 2023-12-20 is a Wednesday
    ("Troops killed 12 militants in the past 24 hours.", "2023-12-20", [("the past 24 hours", "PT24H")]),
    ("Militants attacked a border post overnight.", "2023-12-20", [("overnight", "2023-12-19TNI")]),
    ("The raid took place overnight Tuesday.", "2023-12-20", [("overnight Tuesday", "2023-12-19TNI")]),
    ("The shops will stay shut overnight.", "2023-12-20", [("overnight", "2023-12-20TNI")]),
    ("Guards shelled the village earlier this week.", "2023-12-20", [("earlier this week", "2023-W51")]),
    ("Earlier in the week the minister blamed the rebels.", "2023-12-20", [("Earlier in the week", "2023-W51")]),
    ("Prices rose later in the month.", "2023-12-20", [("later in the month", "2023-12")]),
    ("The strikes hit late on Monday.", "2023-12-20", [("Monday", "2023-12-18")]),
    ("Gunmen opened fire early Wednesday.", "2023-12-20", [("early Wednesday", "2023-12-20")]),
    ("Talks resumed in mid-December.", "2023-12-20", [("mid-December", "2023-12")]),
    ("Fighting flared over the weekend.", "2023-12-20", [("the weekend", "2023-W50-WE")]),
    ("The envoys will meet at the weekend.", "2023-12-20", [("the weekend", "2023-W51-WE")]),
    # not times: an age, a comparison, an anchor on another event, a stay
    ("His 22-year-old son was detained.", "2023-12-20", []),
    ("It was an overnight stay.", "2023-12-20", []),
    ("Winter came a month earlier than usual.", "2023-12-20", [("a month", "P1M")]),
    ("It came an hour before the vote.", "2023-12-20", [("an hour", "PT1H")]),
    ("Rebels left two days before, officials said.", "2023-12-20", [("two days before", "2023-12-18")]),
    ("He first went there just six years ago.", "2023-12-20", [("six years ago", "2017")]),
    # year ranges: both years, the short one completed from the first
    ("The drought of 1957-58 was severe.", "2023-12-20", [("1957", "1957"), ("58", "1958")]),
    ("Figures for 2023-12 were late.", "2023-12-20", []),
    # a month of a relative year
    ("His predecessor visited Kabul in September last year.", "2024-03-20", [("September last year", "2023-09")]),
    ("The law was passed in mid-May this year.", "2024-06-20", [("mid-May this year", "2024-05")]),
])
def test_phrases_without_dateparser(text, dct, found):
    assert [(t.text, t.value) for t in find_timex(text, dct)] == found


@pytest.mark.model
def test_ages_tagged_as_dates_by_spacy_are_dropped(parse):
    text = "Raymond Roth, 48, of Massapequa, was arrested on Tuesday."
    doc = parse(text, "2023-12-20")
    assert [t.text for t in find_timex(text, "2023-12-20", doc.parsed)] == ["Tuesday"]


# -- with a hand-built parse: the parse decides where the text alone cannot -----------------------

AGE = hand_doc("""
    0 Roth     PROPN NNP nsubjpass 5 Roth B-PERSON
    1 ,        PUNCT ,   punct     0 ,
    2 48       NUM   CD  appos     0 48 B-DATE
    3 ,        PUNCT ,   punct     0 ,
    4 was      AUX   VBD auxpass   5 be
    5 arrested VERB  VBN ROOT      5 arrest
    6 on       ADP   IN  prep      5 on
    7 Tuesday  PROPN NNP pobj      6 Tuesday B-DATE
    8 .        PUNCT .   punct     5 .
""")

FUTURE = hand_doc("""
    0 The        DET   DT  det   1 the
    1 delegation NOUN  NN  nsubj 3 delegation
    2 will       AUX   MD  aux   3 will
    3 meet       VERB  VB  ROOT  3 meet
    4 on         ADP   IN  prep  3 on
    5 Friday     PROPN NNP pobj  4 Friday B-DATE
    6 .          PUNCT .   punct 3 .
""")

MONEY = hand_doc("""
    0 They    PRON PRP nsubj  1 they
    1 paid    VERB VBD ROOT   1 pay
    2 2024    NUM  CD  nummod 3 2024 B-MONEY
    3 dollars NOUN NNS dobj   1 dollar I-MONEY
    4 .       PUNCT .  punct  1 .
""")


def test_find_timex_a_number_entity_is_an_age_not_a_date():
    assert [t.text for t in find_timex(AGE.text, "2023-12-20", AGE)] == ["Tuesday"]


def test_find_timex_future_from_the_parse():
    [tx] = find_timex(FUTURE.text, "2024-01-09", FUTURE)
    assert (tx.text, tx.value) == ("Friday", "2024-01-12")


def test_find_timex_a_year_inside_a_money_entity_is_no_date():
    assert find_timex(MONEY.text, "2024-01-09", MONEY) == []
    assert [t.value for t in find_timex(MONEY.text, "2024-01-09")] == ["2024"]     # without the parse it is


def test_find_timex_offsets_point_into_the_text():
    text = "On 8 January 2024 and again last week, envoys met."
    for t in find_timex(text, "2024-01-20"):
        assert text[t.start:t.end] == t.text
    assert [(t.text, t.value) for t in find_timex(text, "2024-01-20")] == [("8 January 2024", "2024-01-08"),
                                                                           ("last week", "2024-W02")]


def test_timex_document_fills_the_document():
    doc = Document(id="d", text=FUTURE.text, published="2024-01-09", parsed=FUTURE)
    timex_document(doc)
    assert [(t.text, t.type, t.value) for t in doc.timex] == [("Friday", "DATE", "2024-01-12")]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=12),
       st.integers(0, 70), st.integers(1, 12))
def test_cover_overlap_by_bisection_agrees_with_a_scan(items, s, n):
    spans = [(a, a + w, "x") for a, w in items]
    e = s + n
    assert _Cover(spans).overlaps(s, e) == any(not (e <= a or s >= b) for a, b, _ in spans)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=12))
def test_cover_added_intervals_stay_apart(items):
    taken, kept = _Cover([]), []
    for a, w in items:
        if not taken.overlaps(a, a + w):
            taken.add(a, a + w)
            kept.append((a, a + w))
        assert all(taken.overlaps(x, y) for x, y in kept)
    assert all(b <= c or d <= a for i, (a, b) in enumerate(kept) for c, d in kept[i + 1:])


def test_warm_dateparser_reads_a_phrase_before_the_first_document(monkeypatch):
    from jirga.dates import find
    seen = []
    monkeypatch.setattr(find.DateDataParser, "get_date_data", lambda self, phrase, *a, **kw: seen.append(phrase))
    find.warm_dateparser()
    assert seen == ["three days ago"]


def test_the_dates_stage_warms_dateparser_when_prepared(monkeypatch, data_res):
    import jirga.dates as dates
    calls = []
    monkeypatch.setattr(dates, "warm_dateparser", lambda: calls.append(1))
    dates.STAGE.prepare(data_res)
    assert calls == [1]


@pytest.mark.parametrize("text,expected", [
    # a day told from the day named just before it
    ("Rebels struck on March 3. On the same day, the army moved north.", ("the same day", "2023-03-03")),
    ("Rebels struck on March 3. Later that day, the army moved north.", ("Later that day", "2023-03-03")),
    ("Rebels struck on March 3. The next day, the army moved north.", ("The next day", "2023-03-04")),
    ("Rebels struck on March 3. The army had moved north the day before.", ("the day before", "2023-03-02")),
    ("Rebels struck on March 3. Two days later, the army moved north.", ("Two days later", "2023-03-05")),
    ("Rebels struck on Monday night. A week afterwards, the army moved north.", ("A week afterwards", "2023-03-13")),
])
def test_a_day_told_from_the_day_before_it(text, expected):
    got = [(t.text, t.value) for t in find_timex(text, "2023-03-10")]
    assert got[-1] == expected and got[-1] != got[0]


def test_a_day_told_from_no_day_is_left_out():
    # the publication day is no anchor for 'the next day'; 'the day before the vote' anchors on the vote
    assert find_timex("The next day, the army moved north.", "2023-03-10") == []
    assert find_timex("Two days later, the army moved north.", "2023-03-10") == []
    assert [t.text for t in find_timex("On March 3, the day before the vote, rebels struck.", "2023-03-10")] == ["March 3"]


@pytest.mark.parametrize("text,expected", [
    # a year or month told from the date named just before it, not from the publication
    ("In 2015 Tunisia signed a deal. The following year its premier visited Brussels.", ("The following year", "2016")),
    ("In 2015 Tunisia signed a deal. Two years later, its premier visited Brussels.", ("Two years later", "2017")),
    ("The army struck in March 2016. A month later, the rebels ambushed a convoy.", ("A month later", "2016-04")),
    ("The army struck in January 2016. The previous month, rebels had taken the town.", ("The previous month", "2015-12")),
    ("The army struck in 2016. The year before, rebels had taken the town.", ("The year before", "2015")),
])
def test_a_year_or_month_told_from_the_date_before_it(text, expected):
    got = [(t.text, t.value) for t in find_timex(text, "2023-03-10")]
    assert got[-1] == expected


def test_a_year_told_from_no_date_is_left_out():
    # 'the following year' of a story that names no year may be any; 'next year' is the publication's
    assert find_timex("The following year, the army moved north.", "2023-03-10") == []
    assert [(t.text, t.value) for t in find_timex("The army will move north next year.", "2023-03-10")] == [
        ("next year", "2024")]


@pytest.mark.model
def test_a_year_or_month_read_by_dateparser_keeps_its_precision(parse):
    # dateparser fills a bare year's month and day from the publication date
    text = "The kingdom was the first state to recognise the republic in 1777."
    doc = parse(text, "2018-04-05")
    assert [(t.text, t.value) for t in find_timex(text, "2018-04-05", doc.parsed)] == [("1777", "1777")]
