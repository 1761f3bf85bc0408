"""PostgreSQL store, for teams sharing one database. Same semantics as DuckDBStore.

The statements in ``sql.py`` use DuckDB-style ``?`` placeholders; they are translated
to psycopg's ``%s`` outside string literals, quoted names and comments. Each batch is
one transaction, loaded with COPY into a temporary table and then inserted.
"""
from __future__ import annotations

import contextlib
import itertools
import re
from typing import Iterator, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from jirga import errors
from jirga.errors import StoreError
from jirga.store import sql
from jirga.store.base import SQLStore

_LOCK = 0x4A1267A  # advisory lock key: one process creates the schema at a time
_NAMES = itertools.count()
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/|\?|%", re.S)


def placeholders(statement: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%``, leaving ``?`` in literals, names and comments alone."""
    def sub(m: re.Match) -> str:
        tok = m.group(0)
        return "%s" if tok == "?" else tok.replace("%", "%%")
    return _TOKENS.sub(sub, statement)


def redact(url: str) -> str:
    """The URL without its password (in the user part or the query string)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = user.split(":", 1)[0] + "@" + host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class PostgresStore(SQLStore):
    """A PostgreSQL database. ``read_only`` opens an existing store, in read-only
    transactions, and never creates its tables."""

    def __init__(self, url: str, read_only: bool = False):
        self.location = redact(str(url))
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// database needs psycopg: pip install 'psycopg[binary]'",
                             errors.NO_PSYCOPG) from None
        try:
            self.con = psycopg.connect(str(url), autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0].strip()
            raise StoreError(f"cannot connect to PostgreSQL at {self.location}: {first} "
                             "(check the server is running and the host, port, user, password "
                             "and database name in the URL)", errors.DB_CONNECT_FAILED) from None
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")
            if not self._has_schema():
                self.con.close()
                raise StoreError(f"no Jirga store in {self.location}; `jirga run --db URL` creates one",
                                 errors.DB_MISSING)
            return
        with self.con.transaction():
            self.con.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            self.con.execute(sql.schema())
            self._upgrade()

    def _run(self, statement: str, params: Sequence = ()) -> None:
        self.con.execute(placeholders(statement), tuple(params))

    def _fetch(self, query: str, params: Sequence = ()) -> list[tuple]:
        return self.con.execute(placeholders(query), tuple(params)).fetchall()

    def _stream(self, query: str, params: Sequence = ()) -> Iterator[tuple]:
        with self.con.transaction():  # a server-side cursor lives in a transaction
            with self.con.cursor(name=f"jirga_stream_{next(_NAMES)}") as cur:
                cur.itersize = 1000
                cur.execute(placeholders(query), tuple(params))
                yield from cur

    @contextlib.contextmanager
    def _staged(self, columns: Sequence[str], rows: list[tuple], like: str | None = None,
                analyze: bool = False):
        name = f"_staged_{next(_NAMES)}"
        shape = f"LIKE {like}" if like else ", ".join(f"{c} TEXT" for c in columns)
        cols = ", ".join(columns)
        with self.con.cursor() as cur:
            cur.execute(f"CREATE TEMP TABLE {name} ({shape}) ON COMMIT DROP")
            with cur.copy(f"COPY {name} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            if analyze:  # temporary tables are never analysed on their own
                cur.execute(f"ANALYZE {name}")
            yield name
            cur.execute(f"DROP TABLE {name}")

    def _transaction(self):
        return self.con.transaction()
