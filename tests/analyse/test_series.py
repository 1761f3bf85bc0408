"""Dyad time series and the cooperation-conflict index (jirga/analyse/series.py)."""
import datetime as dt

import pytest

import jirga.analyse as ja
from jirga.analyse.series import Point, coop_conflict_index, fill_gaps, next_period, period_end


def test_index_runs_from_only_conflict_to_only_cooperation():
    assert coop_conflict_index(0, 0, 3, 1) == -1.0
    assert coop_conflict_index(2, 1, 0, 0) == 1.0
    assert coop_conflict_index(2, 0, 0, 1) == 0.0            # material conflict weighs two statements
    assert coop_conflict_index(1, 0, 1, 1) == pytest.approx(-0.5)
    assert coop_conflict_index(0, 0, 0, 0) is None


def test_periods_step_and_end():
    assert next_period(dt.date(2024, 12, 1), "month") == dt.date(2025, 1, 1)
    assert next_period(dt.date(2024, 2, 12), "week") == dt.date(2024, 2, 19)
    assert period_end(dt.date(2024, 2, 1), "month") == dt.date(2024, 2, 29)
    assert period_end(dt.date(2024, 1, 1), "year") == dt.date(2024, 12, 31)


def test_fill_gaps_lists_empty_periods_with_zero_counts():
    a = Point(dt.date(2024, 1, 1), 2, 1, 0, 1, 0, 1.0, 0.5, 0.0)
    c = Point(dt.date(2024, 3, 1), 1, 0, 0, 0, 1, -9.0, -9.0, -1.0)
    filled = fill_gaps([a, c], "month")
    assert [p.period.month for p in filled] == [1, 2, 3]
    assert (filled[1].events, filled[1].index, filled[1].intensity_mean) == (0, None, None)


def test_series_of_a_dyad_by_month(hand):
    points = ja.series(hand, "PAK", "AFG", interval="month")
    assert [(p.period.isoformat(), p.events, p.verbal_conflict) for p in points] == [
        ("2024-01-01", 1, 1), ("2024-02-01", 1, 1)]
    assert points[0].index == -1.0 and points[0].intensity_mean == -2.0


def test_series_undirected_counts_both_ways_and_the_meeting(hand):
    points = ja.series(hand, "PAK", "AFG", interval="month", directed=False)
    assert [(p.period.month, p.events) for p in points] == [(1, 1), (2, 2), (3, 1)]
    assert points[1].verbal_coop == 1 and points[1].index == 0.0


def test_series_keeps_the_querys_direction(hand):
    # the REST route passes the parsed query: its directed=False must not be reset
    q = ja.EventQuery(source="PAK", target="AFG", directed=False)
    assert [(p.period.month, p.events) for p in ja.series(hand, interval="month", query=q)] == [(1, 1), (2, 2), (3, 1)]


def test_series_by_week_and_year(hand):
    weeks = ja.series(hand, interval="week")
    assert weeks[0].period == dt.date(2024, 1, 8) and all(p.period.weekday() == 0 for p in weeks)
    assert sum(p.events for p in weeks) == 4           # the month-dated attack is left out
    years = ja.series(hand, interval="year")
    assert [(p.period.year, p.events) for p in years] == [(2024, 5)]


def test_series_points_match_the_events_behind_them(hand):
    for p in ja.series(hand, "PAK", "AFG", interval="month", directed=False):
        assert p.events == ja.count(hand, source="PAK", target="AFG", directed=False, start=p.period,
                                    end=period_end(p.period, "month"), precision="month")


def test_series_frame_has_a_datetime_period(hand):
    df = ja.series_frame(hand, "PAK", "AFG")
    assert str(df["period"].dtype).startswith("datetime64") and list(df["events"]) == [1, 1]


def test_series_of_the_example_corpus_pakistan_afghanistan(corpus):
    points = ja.series(corpus, "PAK", "AFG", interval="month")
    assert len(points) > 12 and sum(p.events for p in points) > 20
    assert any(p.index is not None and p.index < 0 for p in points)
    assert sum(p.events for p in points) == ja.count(corpus, source="PAK", target="AFG", precision="month")
