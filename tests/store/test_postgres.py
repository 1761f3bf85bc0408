"""The PostgreSQL store against a real server (see conftest.py): it must behave as DuckDB does.
The named methods are tested on both backends in test_base.py; here, what is PostgreSQL's own."""
import json
import threading

import pytest

from jirga import errors
from jirga.errors import StoreError
from jirga.export import export
from jirga.merge import merge_new
from jirga.model import Document, Reject
from jirga.store import open_store
from jirga.store.postgres import placeholders, redact
from jirga.store.rows import COLUMNS

from .util import accuse_doc, assault_docs, rows

TABLES = ("documents", "sentences", "events", "event_actors", "places", "rejects")


def _dump(store):
    return {t: sorted(rows(store, f"SELECT {', '.join(COLUMNS[t])} FROM {t}"), key=repr) for t in TABLES}


def test_rows_match_duckdb_exactly(pg_url, tmp_path):
    docs = [accuse_doc("a"), accuse_doc("b", 3, negated=True)] + assault_docs()
    docs.append(Document(id="", text="", rejects=[Reject(None, "x.txt", "ingest", "E102", "empty"),
                                                  Reject("z", "y.txt", "nlp", "E201", "boom")]))
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for s in (pg, dk):
            s.write_batch(docs, "r1")
            merge_new(s)
        assert _dump(pg) == _dump(dk)
        for name in ("counts", "factual_events_by_type", "top_dyads", "rejects", "unresolved_mentions",
                     "unmerged_reports"):
            assert getattr(pg, name)() == getattr(dk, name)(), name
        assert list(pg.events_with_meta(merged=True)) == list(dk.events_with_meta(merged=True))


def test_read_only_store_runs_read_only_transactions(pg_url):
    open_store(pg_url).close()
    with open_store(pg_url, read_only=True) as s:
        assert rows(s, "SHOW default_transaction_read_only") == [("on",)]


def test_merge_lookups_have_partial_indexes(pg_url):
    with open_store(pg_url) as s:
        names = {r[0] for r in rows(s, "SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
        s._run("DROP INDEX events_unthreaded")   # as a store of an older Jirga
    assert {"events_unmerged", "events_unthreaded", "events_type_date"} <= names
    with open_store(pg_url) as s:                # a writer opening it adds the index
        assert rows(s, "SELECT count(*) FROM pg_indexes WHERE indexname = 'events_unthreaded'") == [(1,)]


def test_placeholders_are_translated_outside_literals():
    sql = "SELECT '?', \"a?\" -- ?\n, ? /* ? */ WHERE 'x%' LIKE ?"
    assert placeholders(sql) == "SELECT '?', \"a?\" -- ?\n, %s /* ? */ WHERE 'x%%' LIKE %s"
    assert placeholders("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"


def test_location_hides_the_password():
    assert redact("postgresql://u:s3cret@db.example:5432/j?password=x&sslmode=require") == \
        "postgresql://u@db.example:5432/j?sslmode=require"


def test_connection_error_says_what_to_check():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:pw@127.0.0.1:1/nowhere")
    assert err.value.code == errors.DB_CONNECT_FAILED and "pw" not in str(err.value)
    assert "check" in str(err.value) and "\n" not in str(err.value)


def test_many_processes_can_open_a_new_database_at_once(pg_url):
    errors_seen = []

    def open_close():
        try:
            open_store(pg_url).close()
        except Exception as exc:  # pragma: no cover - reported below
            errors_seen.append(exc)
    threads = [threading.Thread(target=open_close) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors_seen


def test_merge_new_clusters_reports(pg_url):
    with open_store(pg_url) as s:
        s.write_batch(assault_docs(), "r1")
        assert merge_new(s) == 3
        assert dict(rows(s, "SELECT event_id, cluster_id FROM events")) == {
            "a-0-7": "a-0-7", "b-0-7": "a-0-7", "c-0-7": "c-0-7"}
        s.write_batch([Document(id="d", text="x", events=[assault_docs()[0].events[0]])], "r2")
        assert s.unmerged_reports() == []  # an event already stored is not stored again


def test_export_jsonl_matches_duckdb(pg_url, tmp_path):
    outs = {}
    with open_store(pg_url) as pg, open_store(tmp_path / "j.duckdb") as dk:
        for name, s in (("pg", pg), ("dk", dk)):
            s.write_batch(assault_docs() + [accuse_doc("d")], "r1")
            merge_new(s)
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
    with open_store(pg_url, read_only=True) as s:
        assert s.counts().documents == 2 and s.counts().events == summary.events
        assert s.unmerged_reports() == []
        assert [r[0] for r in rows(s, "SELECT status FROM runs ORDER BY started, run_id")] == ["done", "done"]


@pytest.mark.slow
@pytest.mark.model
def test_run_killed_on_postgres_and_restarted_matches_an_unbroken_run(pg_url, tmp_path):
    """kill -9 in the middle of a run into PostgreSQL, run again: the rows of an unbroken run
    (made here in DuckDB, whose rows match PostgreSQL's exactly), and the killed run is
    marked interrupted."""
    import os
    import signal
    import subprocess

    from tests.test_resume import TABLES, _cmd, _corpus, run_and_kill
    corpus = tmp_path / "corpus.jsonl"
    n = _corpus(corpus, copies=1)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    assert run_and_kill(corpus, pg_url, env, after=2) == -signal.SIGKILL
    assert 0 < rows(pg_url, "SELECT count(*) FROM documents")[0][0] < n
    again = subprocess.run(_cmd(corpus, pg_url), env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    whole = tmp_path / "whole.duckdb"
    subprocess.run(_cmd(corpus, whole), check=True, env=env, capture_output=True, timeout=600)
    for table, query in TABLES.items():
        assert sorted(rows(pg_url, query)) == sorted(rows(whole, query)), table
    assert sorted(s for (s,) in rows(pg_url, "SELECT status FROM runs")) == ["done", "interrupted"]
