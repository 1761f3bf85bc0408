"""Loading a job's output stores what ``jirga run`` stores, merged batch by batch, and
loading twice adds nothing twice."""
from __future__ import annotations

import pytest

from jirga import errors, merge
from jirga.errors import JirgaError
from jirga.model import Document, Reject
from jirga.settings import load_settings
from jirga.spark import job, write
from jirga.spark.code import month_of
from jirga.spark.load import load
from jirga.store import open_store
from jirga.store.bulk import TABLES, rows_for, table_types
from tests.store.util import assault_docs, rows

SETTINGS = load_settings(batch_size=2)


def _archive():
    """Documents as the job hands them on, in reading order, and an ingest reject."""
    docs = assault_docs(("a", "b", "c", "d", "e"))
    for d in docs:
        d.story_id = d.id
    bad = Document(id="", text="", origin="x.jsonl:3", rejects=[Reject(None, "x.jsonl:3", "ingest", errors.BAD_JSONL, "bad")])
    return docs[:2] + [bad] + docs[2:]


def _output(tmp_path, items, partitions=2):
    """A job's output folder, written as executors write it, from processed documents."""
    out = tmp_path / "out"
    schemas = write.arrow_schemas(table_types())
    for part in range(partitions):
        rows = ((t, (*r, seq, month_of(d))) for seq, d in enumerate(items) if seq % partitions == part
                for t, rs in rows_for(d, "job-1").items() for r in rs)
        dict(write.write_partition(part, rows, str(out), schemas))
    summary = job.JobSummary("job-1", str(out))
    job.write_manifest("x.jsonl", "local[2]", SETTINGS, summary)
    return out


def _run(db, items, batch_size):
    """What ``jirga run`` stores: batches in order, merged and threaded after each."""
    with open_store(db) as store:
        for i in range(0, len(items), batch_size):
            store.write_batch(items[i:i + batch_size], "run-1")
            merge.merge_new(store, 1)
            merge.thread_new(store)


def _tables(db):
    out = {}
    for table, (cols, _) in TABLES.items():
        cols = [c for c in cols if c != "run_id"]
        out[table] = sorted(rows(db, f"SELECT {', '.join(cols)} FROM {table}"), key=repr)
    return out


def test_load_stores_what_a_run_stores_with_the_same_clusters(tmp_path):
    out = _output(tmp_path, _archive())
    _run(tmp_path / "run.duckdb", _archive(), 2)
    s = load(str(out), str(tmp_path / "load.duckdb"))
    assert (s.documents, s.events, s.rejects, s.skipped) == (5, 5, 1, 0)
    assert _tables(tmp_path / "load.duckdb") == _tables(tmp_path / "run.duckdb")
    clusters = rows(tmp_path / "load.duckdb", "SELECT count(DISTINCT cluster_id), count(cluster_id) FROM events")
    assert clusters == [(2, 5)]


def test_load_twice_adds_nothing_twice(tmp_path):
    out = _output(tmp_path, _archive())
    db = str(tmp_path / "j.duckdb")
    load(str(out), db)
    before = _tables(db)
    again = load(str(out), db)
    assert (again.documents, again.events, again.skipped) == (0, 0, 5)
    assert _tables(db) == before
    assert rows(db, "SELECT count(*), count(DISTINCT status) FROM runs WHERE run_id LIKE 'load-%'") == [(2, 1)]


def test_load_skips_documents_a_run_stored_before(tmp_path):
    db = str(tmp_path / "j.duckdb")
    _run(db, assault_docs(("a",)), 2)
    s = load(str(_output(tmp_path, _archive())), db)
    assert (s.documents, s.skipped) == (4, 1)
    assert rows(db, "SELECT count(*) FROM events") == [(5,)]


def test_load_refuses_a_folder_without_manifest(tmp_path):
    with pytest.raises(JirgaError) as exc:
        load(str(tmp_path), str(tmp_path / "j.duckdb"))
    assert exc.value.code == errors.NOT_SPARK_OUTPUT


def test_load_an_original_of_the_job_that_copies_a_stored_story_is_stored_as_its_copy(tmp_path):
    from jirga.ingest import stories
    text = ("Pakistani and Afghan border forces exchanged fire near the Torkham crossing on Monday, "
            "officials on both sides said, a day after the Taliban closed the gate to traders and "
            "travellers. Hundreds of lorries loaded with fruit and vegetables were stranded on the "
            "road to Peshawar, and traders said they were losing money every hour the border stayed shut.")

    def doc(name, body, story):
        d = assault_docs((name,))[0]
        d.text, d.bands, d.story_id = body, stories.bands(body), story
        return d
    db = str(tmp_path / "j.duckdb")
    _run(db, [doc("s", text, "s")], 1)                         # stored by an earlier run
    original = doc("c", text + " The crossing reopened later.", "c")   # the job's original...
    its_copy = doc("k", text + " The crossing reopened later!", "c")   # ...and the job's copy of it
    its_copy.events = []
    s = load(str(_output(tmp_path, [original, its_copy])), db)
    assert s.copies == 1 and s.documents == 2
    assert dict(rows(db, "SELECT id, story_id FROM documents")) == {"s": "s", "c": "s", "k": "s"}
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id <> 's'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM story_bands WHERE doc_id <> 's'") == [(0,)]
    notes = rows(db, "SELECT notes FROM documents WHERE id = 'c'")[0][0]
    assert "copy of story s" in notes
