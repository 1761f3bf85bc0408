"""The PostgreSQL store against a real server (see conftest.py): it must behave as DuckDB does."""
import json
import threading

import pytest

from jirga.errors import StoreError
from jirga.export import export
from jirga.merge import merge_store
from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Size, Span
from jirga.store.base import COLUMNS, open_store
from jirga.store.postgres import placeholders, redact

TABLES = ("documents", "sentences", "events", "event_actors", "places", "rejects")


def _doc(doc_id="d1", n_events=2):
    text = "Pakistan accused Kabul. Kabul denied it."
    events = [Event(doc_id=doc_id, event_id=f"{doc_id}-e{i}", event_type="ACCUSE",
                    sentence=Sentence(0, 0, 23, "Pakistan accused Kabul."), trigger=Span(9, 16, "accused"),
                    actor=[ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", resolved=True)],
                    recipient=[ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)],
                    location=Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG"),
                    size=Size(dead=1), intensity=-2.5, quad=3, negated=i == 1, confidence=0.75)
              for i in range(n_events)]
    return Document(id=doc_id, text=text, title="T 100% ? 'quoted'", url=f"https://n.example/{doc_id}",
                    sentences=[Sentence(0, 0, 23, "Pakistan accused Kabul.")],
                    events=events, places=[Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG")])


def _assault(doc_id, eid, date="2024-01-08"):
    return Event(doc_id=doc_id, event_id=eid, event_type="ASSAULT", mode="explosives", cameo="183",
                 quad=4, intensity=-9.0, date=date, date_precision="day",
                 sentence=Sentence(0, 0, 36, "A bomb killed five police in Bajaur."),
                 trigger=Span(7, 13, "killed"),
                 actor=[ActorRef("TTP", 0, 3, "Tehrik-e-Taliban Pakistan", "PAK", "REB", resolved=True)],
                 recipient=[ActorRef("police", 19, 25, None, "PAK", "COP", resolved=True)],
                 location=Place("Bajaur", 29, 35, "Bajaur", 34.7, 71.5, None, "PAK"),
                 size=Size(dead=5, injured=22, at_least=True))


def _reports(ids=("a", "b", "c")):
    return [Document(id=d, text="A bomb killed five police in Bajaur.", url=f"https://n.example/{d}",
                     title=f"Story {d}", events=[_assault(d, f"{d}-0-7", "2024-01-20" if d == "c" else "2024-01-08")])
            for d in ids]


def _dump(store):
    return {t: sorted(store.query(f"SELECT {', '.join(COLUMNS[t])} FROM {t}"), key=repr) for t in TABLES}


# The behaviours of tests/store/test_duckdb.py

def test_write_batch_stores_every_table(pg_url):
    with open_store(pg_url) as s:
        s.write_batch([_doc()], [Reject(None, "bad.txt", "ingest", "E102", "bad.txt: empty file")], "r1")
        counts = {t: s.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert counts == {"documents": 1, "sentences": 1, "events": 2, "event_actors": 4, "places": 1, "rejects": 1}


def test_write_batch_twice_keeps_one_copy(pg_url):
    with open_store(pg_url) as s:
        for _ in range(2):
            s.write_batch([_doc()], [Reject(None, "bad.txt", "ingest", "E102", "empty")], "r1")
        assert s.query("SELECT count(*) FROM events")[0][0] == 2
        assert s.query("SELECT count(*) FROM rejects")[0][0] == 1


def test_events_round_trip_records(pg_url):
    with open_store(pg_url) as s:
        s.write_batch([_doc()], [], "r1")
        got = [ev for ev, _ in s.events()]
    assert got == _doc().events


def test_known_returns_stored_ids_only(pg_url):
    with open_store(pg_url) as s:
        s.write_batch([_doc("a"), _doc("b")], [], "r1")
        assert s.known(["a", "c", "b"]) == {"a", "b"}
        assert s.known([]) == set()


def test_reopened_database_keeps_rows(pg_url):
    with open_store(pg_url) as s:
        s.write_batch([_doc()], [], "r1")
    with open_store(pg_url) as s:
        assert s.query("SELECT count(*) FROM documents")[0][0] == 1


# Same rows as DuckDB, and PostgreSQL specifics

def test_rows_match_duckdb_exactly(pg_url, tmp_path):
    docs = [_doc("a"), _doc("b", 3)] + _reports()
    rejects = [Reject(None, "x.txt", "ingest", "E102", "empty"), Reject("z", "y.txt", "nlp", "E201", "boom")]
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for s in (pg, dk):
            s.write_batch(docs, rejects, "r1")
            merge_store(s)
        assert _dump(pg) == _dump(dk)


def test_latest_batch_reject_reason_wins_as_in_duckdb(pg_url, tmp_path):
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for s in (pg, dk):
            s.write_batch([], [Reject(None, "bad.txt", "ingest", "E102", "first")], "r1")
            s.write_batch([], [Reject(None, "bad.txt", "ingest", "E102", "second"),
                               Reject(None, "bad.txt", "ingest", "E102", "third")], "r2")
        # the latest reason wins, across batches and within one
        assert pg.query("SELECT reason, run_id FROM rejects") == [("third", "r2")]
        assert pg.query("SELECT * FROM rejects") == dk.query("SELECT * FROM rejects")


def test_failed_batch_writes_nothing(pg_url):
    bad = Document(id="bad", text=None)  # text is NOT NULL
    with open_store(pg_url) as s:
        with pytest.raises(Exception):
            s.write_batch([_doc("ok"), bad], [], "r1")
        assert s.query("SELECT count(*) FROM documents")[0][0] == 0
        s.write_batch([_doc("ok")], [], "r1")  # the connection is usable again
        assert s.known(["ok"]) == {"ok"}


def test_events_order_and_where_match_duckdb(pg_url, tmp_path):
    ids = ["b", "a-z", "aa", "A", "a_b", "a b", "Z9"]
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for s in (pg, dk):
            s.write_batch([_doc(d) for d in ids], [], "r1")
        assert [e.event_id for e, _ in pg.events()] == [e.event_id for e, _ in dk.events()]
        where = "WHERE doc_id IN (?, ?) AND NOT negated"
        assert [e.event_id for e, _ in pg.events(where, ("aa", "A"))] == ["A-e0", "aa-e0"]


def test_events_streams_while_the_store_is_used(pg_url):
    with open_store(pg_url) as s:
        s.write_batch([_doc(f"d{i:04d}", 1) for i in range(2500)], [], "r1")
        n = 0
        for ev, cluster in s.events():
            if n % 1000 == 0:
                assert s.known([ev.doc_id]) == {ev.doc_id}
            n += 1
        assert n == 2500
        first = next(iter(s.events()))  # an abandoned generator leaves the store usable
        assert first[0].doc_id == "d0000"
        assert s.query("SELECT count(*) FROM events")[0][0] == 2500


def test_placeholders_are_translated_outside_literals(pg_url):
    sql = "SELECT '?', \"a?\" -- ?\n, ? /* ? */ WHERE 'x%' LIKE ?"
    assert placeholders(sql) == "SELECT '?', \"a?\" -- ?\n, %s /* ? */ WHERE 'x%%' LIKE %s"
    assert placeholders("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"
    with open_store(pg_url) as s:
        s.write_batch([_doc("a"), _doc("b")], [], "r1")
        assert s.query("SELECT '?', 'a%', ?", ("x",)) == [("?", "a%", "x")]
        assert s.query("SELECT id FROM documents WHERE title LIKE '%?%' AND id = ? ORDER BY id", ("b",)) == [("b",)]
        assert s.query("SELECT count(*) FROM events WHERE quad = ? AND intensity < ?", (3, 0)) == [(4,)]
        names, rows = s.columns("SELECT id AS doc, CAST(quad AS VARCHAR) AS q FROM documents d "
                                "JOIN events e ON e.doc_id = d.id WHERE d.id = ? LIMIT ?", ("a", 1))
        assert names == ["doc", "q"] and rows == [("a", "3")]


def test_statements_without_rows_return_a_count_as_duckdb(pg_url, tmp_path):
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for sql in ("CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1), (2)", "UPDATE t SET a = ?",
                    "DELETE FROM t", "DROP TABLE t"):
            params = (3,) if "?" in sql else ()
            assert pg.query(sql, params) == dk.query(sql, params), sql


def test_runs_are_recorded(pg_url):
    with open_store(pg_url) as s:
        s.start_run("r1", {"batch_size": 64, "path": object()}, {"jirga": "0.1.0"})
        assert s.query("SELECT status, finished FROM runs") == [("running", None)]
        s.finish_run("r1", "done", {"documents": 3, "events": 7})
        assert s.query("SELECT status, documents, events, rejects FROM runs") == [("done", 3, 7, 0)]


def test_location_hides_the_password():
    assert redact("postgresql://u:s3cret@db.example:5432/j?password=x&sslmode=require") == \
        "postgresql://u@db.example:5432/j?sslmode=require"


def test_connection_error_says_what_to_check():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:pw@127.0.0.1:1/nowhere")
    assert err.value.code == "E502" and "pw" not in str(err.value)
    assert "check" in str(err.value) and "\n" not in str(err.value)


def test_many_processes_can_open_a_new_database_at_once(pg_url):
    errors = []

    def open_close():
        try:
            open_store(pg_url).close()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
    threads = [threading.Thread(target=open_close) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_merge_store_clusters_reports(pg_url):
    with open_store(pg_url) as s:
        s.write_batch(_reports(), [], "r1")
        assert merge_store(s) == 2
        got = dict(s.query("SELECT event_id, cluster_id FROM events"))
        assert got == {"a-0-7": "a-0-7", "b-0-7": "a-0-7", "c-0-7": "c-0-7"}
        assert {c for _, c in s.events()} == {"a-0-7", "c-0-7"}


def test_export_jsonl_matches_duckdb(pg_url, tmp_path):
    outs = {}
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for name, s in (("pg", pg), ("dk", dk)):
            s.write_batch(_reports() + [_doc("d")], [], "r1")
            merge_store(s)
            for merged in (False, True):
                out = tmp_path / f"{name}-{merged}.jsonl"
                export(s, out, merged=merged)
                outs[name, merged] = out.read_text(encoding="utf-8")
    lines = [json.loads(x) for x in outs["pg", False].splitlines()]
    assert len(lines) == 5 and lines[0]["source"]["url"] == "https://n.example/a"
    assert outs["pg", False] == outs["dk", False] and outs["pg", True] == outs["dk", True]


@pytest.mark.model
def test_pipeline_runs_on_postgres(pg_url, tmp_path, res):
    from jirga import Pipeline
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Pakistan's foreign minister met Afghan officials in Kabul on Monday "
                                  "to discuss border trade.\n", encoding="utf-8")
    (folder / "b.txt").write_text("A bomb attack on a police vehicle killed four officers in the Khyber "
                                  "district, police said on Sunday.\n", encoding="utf-8")
    summary = Pipeline(db=pg_url, res=res).run([str(folder)])
    assert summary.documents == 2 and summary.events >= 2 and not summary.rejects
    assert "@" in summary.database and ":5" in summary.database
    again = Pipeline(db=pg_url, res=res).run([str(folder)])
    assert again.documents == 0 and again.skipped == 2
    with open_store(pg_url) as s:
        assert s.query("SELECT count(*) FROM documents")[0][0] == 2
        assert s.query("SELECT count(*) FROM events")[0][0] == summary.events
        assert [r[0] for r in s.query("SELECT status FROM runs ORDER BY started, run_id")] == ["done", "done"]
