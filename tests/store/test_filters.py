"""The event filter and the search keys (jirga/store/filters.py); the filters at work on
stored events are tested in test_query.py."""
import datetime as dt

import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import ActorRef
from jirga.store.filters import EventQuery, keys_text, period_start, side_needles, where


def test_period_start_maps_each_precision_to_its_first_day():
    assert period_start("2024-01-08", "day") == dt.date(2024, 1, 8)
    assert period_start("2024-W07", "week") == dt.date(2024, 2, 12)
    assert period_start("2024-03", "month") == dt.date(2024, 3, 1)
    assert period_start("2024", "year") == dt.date(2024, 1, 1)
    assert period_start(None, None) is None and period_start("2024-13", "month") is None


def test_side_needles_read_codes_names_wikidata_and_unresolved_labels():
    assert side_needles("PAK GOV") == ["\x1fcs:PAK GOV\x1f"]
    assert side_needles("PAK") == ["\x1fc:PAK\x1f", "\x1fn:pak\x1f"]
    assert side_needles("Q843") == ["\x1fq:Q843\x1f"]
    assert side_needles("? Zorblat Front") == ["\x1ft:zorblat front\x1f"]
    assert side_needles("Amir Khan Muttaqi") == ["\x1fn:amir khan muttaqi\x1f"]


@pytest.mark.parametrize("bad", [dict(quads="7"), dict(quads="x"), dict(start="yesterday"), dict(bbox="1,2,3"),
                                 dict(bbox="0,50,10,40"), dict(precision="hour")])
def test_event_query_refuses_bad_values_with_e610(bad):
    with pytest.raises(JirgaError) as exc:
        EventQuery(**bad)
    assert exc.value.code == errors.BAD_FILTER


def test_event_query_end_given_as_a_period_means_its_last_day():
    assert EventQuery(end="2024-02").end == dt.date(2024, 2, 29)
    assert EventQuery(end="2024").end == dt.date(2024, 12, 31)
    assert EventQuery(end="2024-W07").end == dt.date(2024, 2, 18)
    assert EventQuery(types="accuse, assault", quads="1,4").types == ("ACCUSE", "ASSAULT")


def test_keys_text_holds_every_key_of_every_mention_once():
    refs = [ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", "Q843"), ActorRef("militants", 9, 18)]
    assert keys_text(refs).split("\x1f")[1:-1] == ["c:PAK", "cs:PAK GOV", "n:pakistan", "q:Q843", "s:GOV",
                                                   "t:militants"]
    assert keys_text([]) == ""


def test_where_binds_every_value():
    clause, params = where(EventQuery(q="x'; DROP TABLE events; --", actor="Q843", start="2024-01"))
    assert "DROP" not in clause and "Q843" not in clause and "2024" not in clause
    assert params == [dt.date(2024, 1, 1), "\x1fq:Q843\x1f", "x'; drop table events; --"]
    assert where(EventQuery(factual=None)) == ("TRUE", [])
