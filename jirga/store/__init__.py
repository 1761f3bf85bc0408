"""The store: every SQL statement Jirga runs lives in this package.

    with open_store("jirga.duckdb", read_only=True) as store:
        store.counts(), store.top_dyads(), store.events(), ...

``base.Store`` lists the named methods; the records they return are in ``jirga.model``.
"""
from __future__ import annotations

from pathlib import Path

from jirga.store.base import Store
from jirga.model import Counts, DocumentMeta, Dyad, HeadKey, Report

DEFAULT = "jirga.duckdb"
POSTGRES = ("postgresql://", "postgres://")


def open_store(url: str | Path | None = None, read_only: bool = False) -> Store:
    """Open a DuckDB file (default ``jirga.duckdb``) or a ``postgresql://`` URL.

    A writer creates the database and its tables if they do not exist. ``read_only``
    opens an existing store for reading and never creates one: a missing database is
    a ``StoreError`` (``errors.DB_MISSING``).
    """
    url = str(url or DEFAULT)
    if url.startswith(POSTGRES):
        from jirga.store.postgres import PostgresStore
        return PostgresStore(url, read_only=read_only)
    from jirga.store.duckdb import DuckDBStore
    return DuckDBStore(url, read_only=read_only)


__all__ = ["open_store", "Store", "Counts", "DocumentMeta", "Dyad", "HeadKey", "Report"]
