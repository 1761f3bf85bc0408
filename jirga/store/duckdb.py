"""DuckDB store: one file, the default. Each batch is one transaction."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa

from jirga.errors import StoreError
from jirga.model import Document, Event, Reject
from jirga.store.base import COLUMNS, Connection, KEYS, latest_rejects, reject_row, rows_of, schema_sql


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class DuckDBStore(Connection):
    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb
        self.location = str(Path(path).resolve())
        try:
            if not read_only:
                Path(self.location).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.location, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open database {self.location}: {exc}", "E501") from None
        if not read_only:
            self.con.execute(schema_sql())

    def known(self, doc_ids: list[str]) -> set[str]:
        if not doc_ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))",
                                [list(doc_ids)]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, docs: list[Document], rejects: list[Reject], run_id: str) -> None:
        rows = rows_of(docs, run_id)
        rows["rejects"].extend(reject_row(r, run_id) for r in rejects)
        rows["rejects"] = latest_rejects(rows["rejects"])
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, data in rows.items():
                if data:
                    self._insert(table, data)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, data: list[tuple]) -> None:
        cols = COLUMNS[table]
        arrow = pa.table({c: [row[i] for row in data] for i, c in enumerate(cols)})
        self.con.register("_batch", arrow)
        try:
            conflict = "DO NOTHING"
            if table == "rejects":  # the latest reason wins
                conflict = ("DO UPDATE SET reason = excluded.reason, stage = excluded.stage, "
                            "doc_id = excluded.doc_id, run_id = excluded.run_id")
            self.con.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _batch "
                f"ON CONFLICT ({', '.join(KEYS[table])}) {conflict}")
        finally:
            self.con.unregister("_batch")

    def start_run(self, run_id: str, settings: dict, versions: dict) -> None:
        self.con.execute(
            "INSERT INTO runs (run_id, started, status, settings, versions) VALUES (?, ?, 'running', ?, ?)",
            [run_id, _now(), json.dumps(settings, default=str), json.dumps(versions)])

    def finish_run(self, run_id: str, status: str, counts: dict) -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ?, documents = ?, events = ?, rejects = ? WHERE run_id = ?",
            [_now(), status, counts.get("documents", 0), counts.get("events", 0),
             counts.get("rejects", 0), run_id])

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    def columns(self, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, list(params))
        return [d[0] for d in cur.description], cur.fetchall()

    def events(self, where: str = "", params: tuple = ()):
        sql = f"SELECT record, cluster_id FROM events {where} ORDER BY doc_id, sentence_index, trigger_start, event_id"
        cur = self.con.execute(sql, list(params))
        while batch := cur.fetchmany(1000):
            for record, cluster in batch:
                ev = Event.from_dict(json.loads(record))
                yield ev, cluster

    def set_clusters(self, pairs: list[tuple[str, str]]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            arrow = pa.table({"event_id": [p[0] for p in pairs], "cluster_id": [p[1] for p in pairs]})
            self.con.register("_clusters", arrow)
            self.con.execute("UPDATE events SET cluster_id = c.cluster_id FROM _clusters c "
                             "WHERE events.event_id = c.event_id")
            self.con.unregister("_clusters")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
