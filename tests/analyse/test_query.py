"""Events as typed records and DataFrames (jirga/analyse/query.py)."""
import datetime as dt

import pytest

import jirga.analyse as ja
from jirga.analyse.query import EventRow, canonical, make_query, opened
from jirga.store import open_store


def test_events_are_typed_rows_latest_first(hand):
    rows = ja.events(hand)
    assert [r.event_id for r in rows] == ["d2-b", "d2-a", "d1-c", "d1-b", "d1-a"]
    first = rows[-1]
    assert isinstance(first, EventRow) and first.date == dt.date(2024, 1, 8) and first.date_precision == "day"
    assert (first.actor_entity, first.recipient_country, first.ext_id, first.modality) == (
        "Pakistan", "AFG", "my-1", "factual")
    assert ja.events(hand, limit=2, offset=1)[0].event_id == "d2-a"


def test_event_summary_has_the_contract_fields(hand):
    s = ja.events(hand, limit=1, source="PAK", target="AFG")[0].summary()
    for key in ("event_id", "doc_id", "ext_id", "title", "source", "url", "published", "date", "date_precision",
                "date_text", "type", "mode", "contexts", "cameo", "quad", "intensity", "factual", "modality",
                "sentence", "cluster_id", "actor", "recipient", "place"):
        assert key in s
    assert s["actor"] == {"text": "Pakistan", "name": "Pakistan", "entity_id": "Pakistan", "country": "PAK",
                          "sector": "GOV"}
    assert s["place"]["name"] == "Kabul" and s["date"] == "2024-02-03" and s["cluster_id"] == "d1-a"
    assert s["title"] == "<b>One</b>"          # data, returned as it is: escaping is the page's job


def test_modal_events_are_left_out_unless_asked_for(hand):
    assert ja.count(hand) == 5
    modal = ja.events(hand, factual=False)
    assert {r.event_id: r.modality for r in modal} == {"d2-n": "negated", "d2-h": "hypothetical", "d2-f": "future"}
    assert ja.count(hand, factual=None) == 8


def test_frame_has_real_dates_precision_and_typed_columns(hand):
    df = ja.frame(hand)
    assert len(df) == 5 and df["event_id"].is_unique
    assert str(df["date"].dtype).startswith("datetime64")
    assert set(df["date_precision"]) == {"day", "week", "month"}
    week = df[df["event_id"] == "d1-c"].iloc[0]
    assert week["date"] == dt.datetime(2024, 2, 12) and week["date_text"] == "2024-W07"
    assert str(df["quad"].dtype) == "Int64" and str(df["factual"].dtype) == "bool"
    assert list(ja.frame(hand, actor_country="AFG")["event_id"]) == ["d2-a", "d1-c"]


def test_actors_frame_is_the_long_table(hand):
    df = ja.actors_frame(hand)
    assert len(df) == 10    # 5 events: one actor and one recipient each, the meeting two actors
    meeting = df[df["event_id"] == "d1-c"]
    assert list(meeting["role"]) == ["actor", "actor"] and list(meeting["entity"]) == ["Pakistan", "Afghanistan"]
    assert str(df["date"].dtype).startswith("datetime64")


def test_codes_and_labels_pass_through_without_the_registry(monkeypatch):
    monkeypatch.setattr("jirga.analyse.query.registry", lambda: pytest.fail("registry loaded"))
    for spec in ("PAK", "PAK GOV", "IGO", "Q843", "? Zorblat Front"):
        assert canonical(spec) == spec


def test_an_alias_is_read_as_the_registry_name(hand):
    assert canonical("TTP") == "Tehrik-i-Taliban Pakistan"
    assert make_query(actor="TTP").actor == "Tehrik-i-Taliban Pakistan"
    assert [r.event_id for r in ja.events(hand, actor="TTP")] == ["d2-b"]
    assert canonical("Nobody Atall Front") == "Nobody Atall Front"


def test_opened_fills_in_the_facts_of_an_older_store(hand):
    with open_store(hand) as store:
        store._run("DROP TABLE event_facts")
    with open_store(hand, read_only=True) as store:
        assert store.facts_missing() == 8
    assert ja.count(hand) == 5
    with opened(hand) as store:
        assert store.facts_missing() == 0


def test_frame_of_the_example_corpus_has_one_row_per_factual_event(corpus):
    df = ja.frame(corpus)
    with open_store(corpus, read_only=True) as store:
        assert len(df) == store.counts().factual > 100
    assert df["date"].notna().all() and df["date"].dt.year.between(2021, 2025).all()
    pak = ja.frame(corpus, actor_country="PAK")
    assert 0 < len(pak) < len(df) and set(pak["actor_country"].dropna()) >= {"PAK"}
    ttp = ja.frame(corpus, actor="TTP")
    mentions = ja.actors_frame(corpus, actor="TTP")
    named = set(mentions[(mentions["role"] == "actor") & (mentions["entity"] == "Tehrik-i-Taliban Pakistan")]["event_id"])
    assert len(ttp) > 0 and set(ttp["event_id"]) == named
