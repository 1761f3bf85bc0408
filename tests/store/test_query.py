"""Selections, counts and aggregates of stored events (jirga/store/query.py), on DuckDB and
PostgreSQL alike, over events built by hand."""
import datetime as dt

import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Span
from jirga.store import open_store
from jirga.store.filters import EventQuery
from jirga.store.query import fact_row

from .util import rows

TEXT = "Pakistan accused Kabul. Kabul denied it. They met in Doha."
PAK = ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", "Q843", resolved=True)
AFG = ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)
TTP = ActorRef("TTP", 0, 3, "Tehrik-i-Taliban Pakistan", "PAK", "REB", resolved=True)
ODD = ActorRef("Zorblat Front", 0, 13)
KABUL = Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG")
DOHA = Place("Doha", 53, 57, "Doha", 25.3, 51.5, 290030, "QAT")


def ev(eid, typ="ACCUSE", quad=3, date="2024-01-08", precision="day", actor=(PAK,), recipient=(AFG,),
       place=KABUL, doc="d1", **flags):
    return Event(doc_id=doc, event_id=eid, event_type=typ, quad=quad, intensity=-2.0 if quad > 2 else 3.0,
                 sentence=Sentence(0, 0, 23, "Pakistan accused Kabul."), trigger=Span(9, 16, "accused"),
                 actor=list(actor), recipient=list(recipient), date=date, date_precision=precision,
                 location=place, **flags)


def corpus():
    """d1: PAK -> AFG accusations and a Doha meeting; d2: AFG -> PAK, TTP, modal events."""
    d1 = Document(id="d1", text=TEXT, title="One", source="Wire", url="https://n.example/1", published="2024-01-09",
                  ext_id="my-1", sentences=[Sentence(0, 0, 23, "Pakistan accused Kabul.")],
                  events=[ev("d1-a"), ev("d1-b", date="2024-02-03"),
                          ev("d1-c", "CONSULT", 1, "2024-W07", "week", actor=(PAK, AFG), recipient=(), place=DOHA),
                          ev("d1-d", "ACCUSE", 3, "2024", "year")])
    d2 = Document(id="d2", text=TEXT, title="Two", published="2024-03-01",
                  events=[ev("d2-a", "REJECT", 3, "2024-03-01", actor=(AFG,), recipient=(PAK,), doc="d2"),
                          ev("d2-b", "ASSAULT", 4, "2024-03", "month", actor=(TTP,), recipient=(ODD,), place=None,
                             doc="d2"),
                          ev("d2-n", negated=True, doc="d2"), ev("d2-h", hypothetical=True, doc="d2"),
                          ev("d2-f", "AGREE", 1, future=True, doc="d2")])
    bad = Document(id="", text="", rejects=[Reject(None, "bad.txt", "ingest", errors.EMPTY, "empty")])
    return [d1, d2, bad]


@pytest.fixture
def store(url):
    with open_store(url) as s:
        s.write_batch(corpus(), "r1")
        yield s


def ids(store, **filters):
    return sorted(r["event_id"] for r in store.page_events(EventQuery(**filters), 500))


def test_fact_row_types_the_date_and_keys_both_sides():
    row = dict(zip(("event_id", "doc_id", "day", "date_precision", "event_type", "mode", "quad", "intensity",
                    "factual", "actors", "recipients"), fact_row(ev("x", date="2024-W07", precision="week"))))
    assert row["day"] == dt.date(2024, 2, 12) and row["date_precision"] == "week" and row["factual"] is True
    assert "\x1fcs:PAK GOV\x1f" in row["actors"] and "\x1fq:Q843\x1f" in row["actors"]
    assert "\x1fn:afghanistan\x1f" in row["recipients"]
    assert fact_row(ev("y", future=True))[8] is False


def test_write_batch_writes_one_fact_row_per_event(store):
    assert rows(store, "SELECT count(*) FROM event_facts")[0][0] == 9


def test_counts_leave_negated_hypothetical_and_future_events_out_of_factual(store):
    assert store.counts().factual == 6 and store.counts().events == 9
    assert store.factual_events_by_type() == {"ACCUSE": 3, "ASSAULT": 1, "CONSULT": 1, "REJECT": 1}
    assert store.count_events(EventQuery()) == 6
    assert ids(store, factual=False) == ["d2-f", "d2-h", "d2-n"]
    assert store.count_events(EventQuery(factual=None)) == 9
    assert store.overview_counts() == {"documents": 2, "events": 9, "factual": 6, "rejects": 1, "clusters": 6,
                                       "copies": 0}


def test_filters_by_date_type_quad_and_precision(store):
    assert ids(store, start="2024-02-01", end="2024-02") == ["d1-b", "d1-c"]
    assert ids(store, types="REJECT,ASSAULT") == ["d2-a", "d2-b"]
    assert ids(store, quads="1") == ["d1-c"]
    assert ids(store, precision="week") == ["d1-a", "d1-b", "d1-c", "d2-a"]


def test_filters_by_side_country_sector_entity_and_wikidata(store):
    assert ids(store, actor_country="AFG") == ["d1-c", "d2-a"]
    assert ids(store, actor_country="PAK", actor_sector="REB") == ["d2-b"]
    assert ids(store, recipient_sector="GOV") == ["d1-a", "d1-b", "d1-d", "d2-a"]
    assert ids(store, actor="Tehrik-i-Taliban Pakistan") == ["d2-b"]
    assert ids(store, actor="Q843") == ["d1-a", "d1-b", "d1-c", "d1-d"]
    assert ids(store, recipient="? Zorblat Front") == ["d2-b"]


def test_dyads_directed_undirected_and_reciprocal(store):
    assert ids(store, source="PAK", target="AFG") == ["d1-a", "d1-b", "d1-d"]
    assert ids(store, source="AFG GOV", target="PAK GOV") == ["d2-a"]
    assert ids(store, source="PAK", target="AFG", directed=False) == ["d1-a", "d1-b", "d1-c", "d1-d", "d2-a"]
    assert ids(store, source="AFG", directed=False) == ["d1-a", "d1-b", "d1-c", "d1-d", "d2-a"]


def test_filters_by_place_bbox_text_and_document(store):
    assert ids(store, place="doha") == ["d1-c"]
    assert ids(store, place="QAT") == ["d1-c"]
    assert ids(store, bbox="60,30,75,38") == ["d1-a", "d1-b", "d1-d", "d2-a"]
    assert ids(store, bbox="170,20,60,30") == ["d1-c"]          # across the antimeridian: 170E..180..60E
    assert ids(store, q="ACCUSED kabul") == ["d1-a", "d1-b", "d1-c", "d1-d", "d2-a", "d2-b"]
    assert ids(store, q="'; DROP TABLE events; --") == []      # a bound value, not SQL
    assert ids(store, doc_id="d2") == ["d2-a", "d2-b"]


def test_page_events_latest_first_with_document_fields(store):
    page = store.page_events(EventQuery(), 2)
    assert [r["event_id"] for r in page] == ["d2-b", "d2-a"]      # 1 March and March (its 1st): by id, descending
    assert store.page_events(EventQuery(), 2, offset=5)[0]["event_id"] == "d1-d"   # 2024: 1 January
    row = store.events_by_id(["d1-a"])[0]
    assert (row["ext_id"], row["title"], row["date"], row["date_text"]) == ("my-1", "One", dt.date(2024, 1, 8),
                                                                            "2024-01-08")
    assert (row["actor_name"], row["recipient_country"], row["place_name"]) == ("Pakistan", "AFG", "Kabul")
    assert [r["event_id"] for r in store.events_by_id(["d2-a", "nope", "d1-a"])] == ["d2-a", "d1-a"]
    assert [r["event_id"] for r in store.stream_events(EventQuery(), limit=2, offset=1)] == ["d2-a", "d1-c"]


def test_series_rows_by_month_leave_out_dates_less_precise_than_the_interval(store):
    got = store.series_rows(EventQuery(), "month")
    assert [(str(p)[:10], n) for p, n, *_ in got] == [("2024-01-01", 1), ("2024-02-01", 2), ("2024-03-01", 2)]
    period, n, vc, mc, vf, mf, total, mean = got[1]
    assert (vc, mc, vf, mf) == (1, 0, 1, 0) and total == pytest.approx(1.0) and mean == pytest.approx(0.5)
    assert [n for _, n, *_ in store.series_rows(EventQuery(), "year")] == [6]
    with pytest.raises(JirgaError):
        store.series_rows(EventQuery(), "hour")


def test_rankings_pairs_partners_and_places(store):
    ranking = store.actor_ranking(EventQuery(), 10)
    assert [tuple(r) for r in ranking[:2]] == [("Afghanistan", "AFG", "GOV", 2, 3), ("Pakistan", "PAK", "GOV", 4, 1)]
    pairs = store.pair_counts(EventQuery(), "label")
    assert pairs[0][0] == "PAK GOV" and pairs[0][3] == "AFG GOV" and tuple(pairs[0][6:]) == (3, 0, 3)
    assert ("PAK REB", "? Zorblat Front") in {(p[0], p[3]) for p in pairs}
    assert {p[0] for p in store.pair_counts(EventQuery(), "entity")} >= {"Pakistan", "Tehrik-i-Taliban Pakistan"}
    assert store.partners(EventQuery(), "pakistan", 5)[0][0] == "Afghanistan"
    assert store.actor_names("Q843")[0][:3] == ("Pakistan", "PAK", "GOV")
    kabul = store.place_counts(EventQuery())[0]
    assert kabul[0] == "Kabul" and kabul[4] == 4


def test_event_detail_cluster_and_answers(store):
    store.set_clusters([("d1-a", "d1-a"), ("d1-b", "d1-a")])
    store.set_claims([("d2-a", "d1-a", ["d1-a"])])
    flat, event, start = store.event_detail("d1-a")
    assert flat["cluster_id"] == "d1-a" and event.actor[0].name == "Pakistan" and start == 0
    assert [r["event_id"] for r in store.cluster_reports("d1-a")] == ["d1-a", "d1-b"]
    assert store.answered_by("d1-a") == ["d2-a"]
    assert store.event_detail("nope") is None


def test_documents_page_lists_documents_and_rejects(store):
    total, docs = store.documents_page(10)
    assert total == 3 and [d[0] for d in docs] == ["d2", "d1", None]
    assert docs[0][-1] == 5 and docs[2][8] == errors.EMPTY
    assert store.documents_page(10, rejected=True)[0] == 1
    assert [d[0] for d in store.documents_page(10, rejected=False)[1]] == ["d2", "d1"]


def test_a_store_without_facts_gets_them_when_opened_for_writing(url):
    with open_store(url) as s:
        s.write_batch(corpus(), "r1")
        s._run("DROP TABLE event_facts")
        assert s.facts_missing() == 9
    with open_store(url) as s:
        assert s.facts_missing() == 0 and s.count_events(EventQuery()) == 6
