"""The store's rows as Parquet tables (``jirga spark``), and back into a store (``jirga load``).

``rows_for`` is what ``write_batch`` would store for one document: the rows of
``rows.rows_of`` and the event facts of ``query.fact_row``. The job writes one folder per
table (``TABLES``), each row with two more columns: ``seq``, the place of its document in
the archive's reading order, and ``month``, the folder it is partitioned by. ``Batches``
reads them back in reading order with an in-memory DuckDB, a range of ``seq`` at a time;
``Store.write_rows`` stores them with the keys of the schema, so a row stored already is
left as it is and loading twice adds nothing twice.
"""
from __future__ import annotations

import glob
import os
from typing import Iterator

from jirga.model import Document
from jirga.store import sql
from jirga.store.query import FACT_COLUMNS, fact_row
from jirga.store.rows import COLUMNS, KEYS, rows_of

EXTRA = ("seq", "month")          # columns of the Parquet tables that the store does not keep
# table -> (columns, key columns), in the order a batch is written
TABLES: dict[str, tuple[list[str], list[str]]] = {
    **{t: (cols, KEYS[t]) for t, cols in COLUMNS.items()},
    "event_facts": (list(FACT_COLUMNS), ["event_id"]),
}


def rows_for(doc: Document, run_id: str) -> dict[str, list[tuple]]:
    """Every row ``write_batch`` stores for one processed document, by table."""
    out = rows_of([doc], run_id)
    out["event_facts"] = [] if doc.rejected else [fact_row(e) for e in doc.events]
    return out


def table_types() -> dict[str, list[tuple[str, str]]]:
    """(column, SQL type) of each table's columns, as the schema declares them."""
    import duckdb
    con = duckdb.connect()
    try:
        con.execute(sql.schema(indexes=False))
        return {t: [(c, con.execute(sql.COLUMN_TYPE, [t, c]).fetchone()[0]) for c in cols]
                for t, (cols, _) in TABLES.items()}
    finally:
        con.close()


def parquet_files(out_dir: str, table: str) -> list[str]:
    return sorted(glob.glob(os.path.join(out_dir, table, "**", "*.parquet"), recursive=True))


class Batches:
    """The Parquet tables of a job's output folder, read a ``seq`` range at a time."""

    def __init__(self, out_dir: str):
        import duckdb
        self.con = duckdb.connect()
        self.present: set[str] = set()
        for table in TABLES:
            files = parquet_files(out_dir, table)
            if files:
                # the file list is part of the view's text: a view takes no parameters
                listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
                self.con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listed}], "
                                 "hive_partitioning = true)")
                self.present.add(table)

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def items(self) -> Iterator[tuple[int, str | None, bool]]:
        """(seq, document id, has a document row) of every item in reading order: each
        document, and each reject of an input that gave no document."""
        parts = []
        if "documents" in self.present:
            parts.append("SELECT seq, id AS doc_id, true AS stored FROM documents")
        if "rejects" in self.present:
            parts.append("SELECT seq, doc_id, false AS stored FROM rejects")
        if not parts:
            return
        cur = self.con.cursor()
        try:
            cur.execute(sql.bulk_items(parts))
            while rows := cur.fetchmany(10_000):
                for seq, doc, stored in rows:
                    yield int(seq), doc, bool(stored)
        finally:
            cur.close()

    def rows(self, lo: int, hi: int) -> dict[str, list[tuple]]:
        """Each table's rows of the items ``lo <= seq <= hi``: the store's columns, then ``seq``."""
        out: dict[str, list[tuple]] = {}
        for table, (cols, _) in TABLES.items():
            out[table] = (self.con.execute(sql.bulk_slice(table, [*cols, "seq"]), [lo, hi]).fetchall()
                          if table in self.present else [])
        return out
