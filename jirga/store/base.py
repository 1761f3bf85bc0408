"""The storage interface and the mapping of records to rows, shared by backends."""
from __future__ import annotations

import json
from importlib import resources
from typing import Iterable, Protocol

from jirga.model import Document, Event, Reject

COLUMNS = {
    "documents": ["id", "ext_id", "title", "source", "url", "published", "origin", "notes", "text", "run_id"],
    "sentences": ["doc_id", "idx", "start_char", "end_char", "text"],
    "events": ["event_id", "doc_id", "event_type", "mode", "contexts", "cameo", "quad", "intensity",
               "sentence_index", "sentence_text", "trigger_text", "trigger_start", "trigger_end",
               "date", "date_precision", "place_name", "lat", "lon", "geonameid", "place_country",
               "dead", "injured", "arrested", "negated", "hypothetical", "future", "confidence",
               "cluster_id", "record"],
    "event_actors": ["event_id", "role", "idx", "text", "start_char", "end_char", "name", "country",
                     "sector", "wikidata", "resolved"],
    "places": ["doc_id", "idx", "text", "start_char", "end_char", "name", "lat", "lon", "geonameid",
               "country", "feature_code"],
    "rejects": ["source", "code", "doc_id", "stage", "reason", "run_id"],
}
KEYS = {"documents": ["id"], "sentences": ["doc_id", "idx"], "events": ["event_id"],
        "event_actors": ["event_id", "role", "idx"], "places": ["doc_id", "idx"],
        "rejects": ["source", "code"]}


def schema_sql() -> str:
    return resources.files("jirga.store").joinpath("schema.sql").read_text(encoding="utf-8")


def event_row(e: Event) -> tuple:
    loc = e.location
    return (e.event_id, e.doc_id, e.event_type, e.mode, json.dumps(e.contexts), e.cameo, e.quad,
            e.intensity, e.sentence.index, e.sentence.text, e.trigger.text, e.trigger.start,
            e.trigger.end, e.date, e.date_precision,
            loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            loc.geonameid if loc else None, loc.country if loc else None,
            e.size.dead, e.size.injured, e.size.arrested, e.negated, e.hypothetical, e.future,
            e.confidence, None, json.dumps(e.to_dict(), ensure_ascii=False))


def rows_of(docs: Iterable[Document], run_id: str) -> dict[str, list[tuple]]:
    """Rows for every table from a batch of processed documents."""
    out: dict[str, list[tuple]] = {t: [] for t in COLUMNS}
    for d in docs:
        if d.rejects:
            out["rejects"].extend(reject_row(r, run_id) for r in d.rejects)
            continue
        out["documents"].append((d.id, d.ext_id, d.title, d.source, d.url, d.published, d.origin,
                                 json.dumps(d.notes), d.text, run_id))
        out["sentences"].extend((d.id, s.index, s.start, s.end, s.text) for s in d.sentences)
        out["places"].extend((d.id, i, p.text, p.start, p.end, p.name, p.lat, p.lon, p.geonameid,
                              p.country, p.feature_code) for i, p in enumerate(d.places))
        for e in d.events:
            out["events"].append(event_row(e))
            for role in ("actor", "recipient"):
                for i, a in enumerate(getattr(e, role)):
                    out["event_actors"].append((e.event_id, role, i, a.text, a.start, a.end, a.name,
                                                a.country, a.sector, a.wikidata, a.resolved))
    return out


def reject_row(r: Reject, run_id: str) -> tuple:
    return (r.source, r.code, r.doc_id, r.stage, r.reason, run_id)


def latest_rejects(rows: list[tuple]) -> list[tuple]:
    """One row per (source, code), the latest reason winning, as on a later run."""
    return list({(r[0], r[1]): r for r in rows}.values())


class Connection:
    """What both backends share: a ``con`` closed on exit from a ``with`` block."""

    con: object

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Store(Protocol):
    """What the pipeline, exports and analysis need from a database."""

    location: str

    def known(self, doc_ids: list[str]) -> set[str]: ...
    def write_batch(self, docs: list[Document], rejects: list[Reject], run_id: str) -> None: ...
    def start_run(self, run_id: str, settings: dict, versions: dict) -> None: ...
    def finish_run(self, run_id: str, status: str, counts: dict) -> None: ...
    def query(self, sql: str, params: tuple = ()) -> list[tuple]: ...
    def columns(self, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]: ...
    def events(self, where: str = "", params: tuple = ()) -> Iterable[Event]: ...
    def set_clusters(self, pairs: list[tuple[str, str]]) -> None: ...
    def close(self) -> None: ...


def open_store(url: str | None = None) -> "Store":
    """Open a store: a DuckDB file path (default ``jirga.duckdb``) or a ``postgresql://`` URL."""
    url = str(url or "jirga.duckdb")
    if url.startswith(("postgresql://", "postgres://")):
        from jirga.store.postgres import PostgresStore
        return PostgresStore(url)
    from jirga.store.duckdb import DuckDBStore
    return DuckDBStore(url)
