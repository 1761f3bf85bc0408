"""DuckDB store: one file, the default. Each batch is one transaction."""
from __future__ import annotations

import contextlib
import itertools
import re
from pathlib import Path
from typing import Iterator, Sequence

import pyarrow as pa

from jirga import errors
from jirga.errors import StoreError
from jirga.store import sql
from jirga.store.base import SQLStore

_STAGED = itertools.count()
MEMORY = ":memory:"


class DuckDBStore(SQLStore):
    """A DuckDB file. ``read_only`` opens an existing store and never creates one."""

    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb
        self.location = MEMORY if str(path) == MEMORY else str(Path(path).resolve())
        if read_only and self.location != MEMORY and not Path(self.location).is_file():
            raise StoreError(f"no database at {self.location}; `jirga run` creates one", errors.DB_MISSING)
        try:
            if not read_only and self.location != MEMORY:
                Path(self.location).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.location, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            if "lock" in first.lower():
                pid = re.search(r"PID (\d+)", first)
                raise StoreError(
                    f"database {self.location} is in use by {'process ' + pid[1] if pid else 'another process'}: "
                    "a DuckDB file admits one writer, or several readers, at a time; wait for the run to "
                    "finish or close the other connection (PostgreSQL lets many work at once)",
                    errors.DB_LOCKED) from None
            raise StoreError(f"cannot open database {self.location}: {first}", errors.DB_OPEN_FAILED) from None
        if not read_only:
            self.con.execute(sql.schema(indexes=False))
            self._upgrade()
        elif not self._has_schema():
            self.con.close()
            raise StoreError(f"{self.location} holds no Jirga store; `jirga run` creates one", errors.DB_MISSING)

    one_writer = True   # DuckDB locks its file for the one writing process
    # DuckDB compares text byte by byte already; a COLLATE would keep it from filtering a range
    # of dates inside its scan (it would decode every stored row first)
    bytes_order = ""

    def _run(self, statement: str, params: Sequence = ()) -> None:
        self.con.execute(statement, list(params))

    def _fetch(self, query: str, params: Sequence = ()) -> list[tuple]:
        return self.con.execute(query, list(params)).fetchall()

    def _stream(self, query: str, params: Sequence = ()) -> Iterator[tuple]:
        cur = self.con.cursor()  # its own result: other calls on the store do not end it
        try:
            cur.execute(query, list(params))
            while batch := cur.fetchmany(1000):
                yield from batch
        finally:
            cur.close()

    @contextlib.contextmanager
    def _staged(self, columns: Sequence[str], rows: list[tuple], like: str | None = None,
                analyze: bool = False):
        name = f"_staged_{next(_STAGED)}"
        self.con.register(name, pa.table({c: [row[i] for row in rows] for i, c in enumerate(columns)}))
        try:
            yield name
        finally:
            self.con.unregister(name)

    @contextlib.contextmanager
    def _transaction(self):
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
