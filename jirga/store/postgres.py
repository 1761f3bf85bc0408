"""PostgreSQL store, for teams sharing one database. Same semantics as DuckDBStore.

Callers write DuckDB-style ``?`` placeholders; they are translated to psycopg's
``%s`` outside string literals, quoted names and comments. Each batch is one
transaction, loaded with COPY into a temporary table and then inserted.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from jirga.errors import StoreError
from jirga.model import Document, Event, Reject
from jirga.store.base import COLUMNS, Connection, KEYS, latest_rejects, reject_row, rows_of, schema_sql

_LOCK = 0x4A1267A  # advisory lock key: one process creates the schema at a time
_CURSORS = itertools.count()
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/|\?|%", re.S)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def placeholders(sql: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%``, leaving ``?`` in literals, names and comments alone."""
    def sub(m: re.Match) -> str:
        tok = m.group(0)
        return "%s" if tok == "?" else tok.replace("%", "%%")
    return _TOKENS.sub(sub, sql)


def redact(url: str) -> str:
    """The URL without its password (in the user part or the query string)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = user.split(":", 1)[0] + "@" + host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class PostgresStore(Connection):
    def __init__(self, url: str):
        self.location = redact(str(url))
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// database needs psycopg: pip install 'psycopg[binary]'",
                             "E502") from None
        self._psycopg = psycopg
        try:
            self.con = psycopg.connect(str(url), autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0].strip()
            raise StoreError(f"cannot connect to PostgreSQL at {self.location}: {first} "
                             "(check the server is running and the host, port, user, password "
                             "and database name in the URL)", "E502") from None
        with self.con.transaction():
            self.con.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            self.con.execute(schema_sql())

    def known(self, doc_ids: list[str]) -> set[str]:
        if not doc_ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id = ANY(%s)", (list(doc_ids),)).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, docs: list[Document], rejects: list[Reject], run_id: str) -> None:
        rows = rows_of(docs, run_id)
        rows["rejects"].extend(reject_row(r, run_id) for r in rejects)
        # DO UPDATE may touch a row only once per statement
        rows["rejects"] = latest_rejects(rows["rejects"])
        with self.con.transaction():
            for table, data in rows.items():
                if data:
                    self._insert(table, data)

    def _insert(self, table: str, data: list[tuple]) -> None:
        cols = ", ".join(COLUMNS[table])
        tmp = f"_batch_{table}"
        with self.con.cursor() as cur:
            cur.execute(f"CREATE TEMP TABLE {tmp} (LIKE {table}) ON COMMIT DROP")
            with cur.copy(f"COPY {tmp} ({cols}) FROM STDIN") as copy:
                for row in data:
                    copy.write_row(row)
            conflict = "DO NOTHING"
            if table == "rejects":  # the latest reason wins
                conflict = ("DO UPDATE SET reason = excluded.reason, stage = excluded.stage, "
                            "doc_id = excluded.doc_id, run_id = excluded.run_id")
            cur.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {tmp} "
                        f"ON CONFLICT ({', '.join(KEYS[table])}) {conflict}")
            cur.execute(f"DROP TABLE {tmp}")  # a second batch in the same transaction needs the name

    def start_run(self, run_id: str, settings: dict, versions: dict) -> None:
        self.con.execute(
            "INSERT INTO runs (run_id, started, status, settings, versions) VALUES (%s, %s, 'running', %s, %s)",
            (run_id, _now(), json.dumps(settings, default=str), json.dumps(versions)))

    def finish_run(self, run_id: str, status: str, counts: dict) -> None:
        self.con.execute(
            "UPDATE runs SET finished = %s, status = %s, documents = %s, events = %s, rejects = %s "
            "WHERE run_id = %s",
            (_now(), status, counts.get("documents", 0), counts.get("events", 0),
             counts.get("rejects", 0), run_id))

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.columns(sql, params)[1]

    def columns(self, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(placeholders(sql), tuple(params))
        if cur.description is None:  # INSERT, UPDATE, DELETE: a row count, as DuckDB gives
            return ["Count"], [(cur.rowcount,)] if cur.rowcount >= 0 else []
        return [d.name for d in cur.description], cur.fetchall()

    def events(self, where: str = "", params: tuple = ()):
        # byte order (COLLATE "C") whatever the database's locale: the order DuckDB gives
        sql = (f"SELECT record, cluster_id FROM events {where} ORDER BY doc_id COLLATE \"C\", "
               "sentence_index, trigger_start, event_id COLLATE \"C\"")
        with self.con.transaction():  # a server-side cursor lives in a transaction
            with self.con.cursor(name=f"jirga_events_{next(_CURSORS)}") as cur:
                cur.itersize = 1000
                cur.execute(placeholders(sql), tuple(params))
                for record, cluster in cur:
                    yield Event.from_dict(json.loads(record)), cluster

    def set_clusters(self, pairs: list[tuple[str, str]]) -> None:
        with self.con.transaction(), self.con.cursor() as cur:
            cur.execute("CREATE TEMP TABLE _clusters (event_id TEXT, cluster_id TEXT) ON COMMIT DROP")
            with cur.copy("COPY _clusters (event_id, cluster_id) FROM STDIN") as copy:
                for pair in pairs:
                    copy.write_row(pair)
            cur.execute("UPDATE events SET cluster_id = c.cluster_id FROM _clusters c "
                        "WHERE events.event_id = c.event_id")
            cur.execute("DROP TABLE _clusters")
