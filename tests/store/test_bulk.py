"""Rows as the job writes them, read back in reading order, stored on either backend."""
from __future__ import annotations

from jirga.spark import write
from jirga.store import open_store
from jirga.store.bulk import TABLES, Batches, rows_for, table_types
from jirga.store.rows import COLUMNS
from tests.store.util import accuse_doc, assault_docs, count, rows


def test_bulk_tables_are_the_store_tables_and_event_facts():
    types = table_types()
    assert set(types) == set(COLUMNS) | {"event_facts"}
    assert dict(types["events"])["lat"] == "DOUBLE" and dict(types["documents"])["id"] == "VARCHAR"


def test_bulk_rows_for_a_document_are_the_rows_write_batch_stores(url):
    doc = accuse_doc("d1")
    doc.story_id = "d1"
    with open_store(url) as store:
        store.write_batch([doc], "r1")
        stored = {t: count(store, t) for t in TABLES}
    made = {t: len(r) for t, r in rows_for(doc, "r1").items()}
    assert made == stored


def test_bulk_write_rows_keeps_stored_rows(url):
    doc = accuse_doc("d1")
    doc.story_id = "d1"
    tables = {t: (*TABLES[t], r) for t, r in rows_for(doc, "r1").items()}
    with open_store(url) as store:
        store.write_rows(tables)
        store.write_rows(tables)
        assert count(store, "events") == 2 and count(store, "event_facts") == 2
        assert [r.event_id for r in store.unmerged_reports_of(["d1"])] == ["d1-e0", "d1-e1"]
        assert store.unmerged_reports_of(["nope"]) == []


def test_bulk_batches_read_items_in_reading_order_and_slices_by_seq(tmp_path):
    schemas = write.arrow_schemas(table_types())
    docs = assault_docs(("a", "b", "c"))
    for seq, d in zip((30, 10, 20), docs):
        d.story_id = d.id
        part = ((t, (*r, seq, "2024-01")) for t, rs in rows_for(d, "r").items() for r in rs)
        dict(write.write_partition(seq, part, str(tmp_path), schemas))
    with Batches(str(tmp_path)) as b:
        assert list(b.items()) == [(10, "b", True), (20, "c", True), (30, "a", True)]
        sliced = b.rows(10, 20)
    assert sorted(r[0] for r in sliced["documents"]) == ["b", "c"]
    assert sliced["rejects"] == []
