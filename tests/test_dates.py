import pytest

from jirga.dates import NO_DCT_NOTE, find_timex, normalise, precision_of


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


def test_precision():
    assert precision_of("2024-01-08") == ("2024-01-08", "day")
    assert precision_of("2024-W02") == ("2024-W02", "week")
    assert precision_of("2023-12") == ("2023-12", "month")
    assert precision_of("2024") == ("2024", "year")
    assert precision_of("P2W") is None
    assert normalise("last year", "2024-01-09") == ("DATE", "2023")


@pytest.mark.model
def test_date_events(parse, res):
    from jirga.dates import date_events, timex_document
    from jirga.model import Event, Span
    text = "The January 8 meeting involved Rehman. The minister spoke to reporters."
    doc = parse(text, "2024-01-09")
    s0, s1 = doc.sentences[0], doc.sentences[1]
    i, j = text.index("meeting"), text.index("spoke")
    doc.events = [Event(doc.id, "a", "CONSULT", s0, Span(i, i + 7, "meeting")),
                  Event(doc.id, "b", "CONSULT", s1, Span(j, j + 5, "spoke"))]
    timex_document(doc, res)
    date_events(doc, res)
    assert (doc.events[0].date, doc.events[0].date_precision) == ("2024-01-08", "day")
    assert (doc.events[1].date, doc.events[1].date_precision) == ("2024-01-09", "day")
    assert doc.notes == []


@pytest.mark.model
def test_no_publication_date_noted(parse, res):
    from jirga.dates import date_events
    from jirga.model import Event, Span
    text = "The minister spoke to reporters."
    doc = parse(text, None)
    j = text.index("spoke")
    doc.events = [Event(doc.id, "b", "CONSULT", doc.sentences[0], Span(j, j + 5, "spoke"))]
    date_events(doc, res)
    assert doc.events[0].date is None
    assert doc.notes == [NO_DCT_NOTE]
