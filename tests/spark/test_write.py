"""Executors write their partition's rows as Parquet files, under names fixed by the partition."""
from __future__ import annotations

import pyarrow.parquet as pq

from jirga.spark import write
from jirga.store.bulk import TABLES, rows_for, table_types
from tests.store.util import assault_docs


def _rows(docs):
    for seq, doc in enumerate(docs):
        for table, rows in rows_for(doc, "r1").items():
            for row in rows:
                yield table, (*row, seq, "2024-01")


def test_write_partition_writes_each_table_by_month_and_counts_rows(tmp_path):
    schemas = write.arrow_schemas(table_types())
    out = dict(write.write_partition(3, _rows(assault_docs()), str(tmp_path), schemas))
    assert out["documents"] == 3 and out["events"] == 3 and out["event_facts"] == 3
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.parquet"))
    assert "events/month=2024-01/part-00003-0000.parquet" in files
    table = pq.read_table(tmp_path / "events" / "month=2024-01" / "part-00003-0000.parquet")
    assert table.column_names == [*TABLES["events"][0], "seq"]
    assert sorted(table.column("event_id").to_pylist()) == ["a-0-7", "b-0-7", "c-0-7"]
    assert not list(tmp_path.rglob("*.tmp"))


def test_write_partition_flushes_large_buffers_into_numbered_files(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "FLUSH_ROWS", 2)
    schemas = write.arrow_schemas(table_types())
    dict(write.write_partition(0, _rows(assault_docs()), str(tmp_path), schemas))
    names = sorted(p.name for p in (tmp_path / "documents" / "month=2024-01").iterdir())
    assert names == ["part-00000-0000.parquet", "part-00000-0001.parquet"]


def test_write_partition_passes_figures_through(tmp_path):
    schemas = write.arrow_schemas(table_types())
    out = list(write.write_partition(0, [("_stats", (1, 2, 3.0, 4.0))], str(tmp_path), schemas, passed=("_stats",)))
    assert out == [("_stats", (1, 2, 3.0, 4.0))]


def test_write_a_task_run_again_replaces_its_files(tmp_path):
    schemas = write.arrow_schemas(table_types())
    for _ in range(2):
        dict(write.write_partition(1, _rows(assault_docs()), str(tmp_path), schemas))
    assert len(list((tmp_path / "documents").rglob("*.parquet"))) == 1


def test_write_warm_writes_nothing_to_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write.warm()
    assert list(tmp_path.iterdir()) == []
