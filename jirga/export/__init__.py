"""Exports from the store: JSONL (one PLOVER-style event per line), CSV, Parquet."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator

from jirga.errors import JirgaError

FORMATS = ("jsonl", "csv", "parquet")

FLAT = ["event_id", "cluster_id", "doc_id", "date", "date_precision", "event_type", "mode", "contexts",
        "cameo", "quad", "intensity", "actor_name", "actor_country", "actor_sector", "actor_text",
        "recipient_name", "recipient_country", "recipient_sector", "recipient_text", "place_name",
        "lat", "lon", "geonameid", "place_country", "dead", "injured", "arrested", "negated",
        "hypothetical", "future", "confidence", "trigger_text", "sentence_text", "url", "title"]


def plover_record(ev, doc_meta: dict | None = None) -> dict:
    """An event as a PLOVER-style JSON object: the coded fields, then the evidence."""
    d = ev.to_dict()
    if doc_meta:
        d["source"] = doc_meta
    return d


def _flat(ev, cluster, meta) -> dict:
    def join(refs, attr):
        return "; ".join(str(getattr(r, attr) or "") for r in refs)
    loc = ev.location
    return {
        "event_id": ev.event_id, "cluster_id": cluster, "doc_id": ev.doc_id, "date": ev.date,
        "date_precision": ev.date_precision, "event_type": ev.event_type, "mode": ev.mode,
        "contexts": "; ".join(ev.contexts), "cameo": ev.cameo, "quad": ev.quad,
        "intensity": ev.intensity,
        "actor_name": join(ev.actor, "name"), "actor_country": join(ev.actor, "country"),
        "actor_sector": join(ev.actor, "sector"), "actor_text": join(ev.actor, "text"),
        "recipient_name": join(ev.recipient, "name"), "recipient_country": join(ev.recipient, "country"),
        "recipient_sector": join(ev.recipient, "sector"), "recipient_text": join(ev.recipient, "text"),
        "place_name": loc.name if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "place_country": loc.country if loc else None,
        "dead": ev.size.dead, "injured": ev.size.injured, "arrested": ev.size.arrested,
        "negated": ev.negated, "hypothetical": ev.hypothetical, "future": ev.future,
        "confidence": ev.confidence, "trigger_text": ev.trigger.text, "sentence_text": ev.sentence.text,
        "url": meta.get("url"), "title": meta.get("title"),
    }


def _events(store, merged: bool) -> Iterator[tuple]:
    meta = {r[0]: {"doc_id": r[0], "url": r[1], "title": r[2], "published": r[3], "source": r[4]}
            for r in store.query("SELECT id, url, title, published, source FROM documents")}
    if merged:
        from jirga.merge import merged_events
        for ev in merged_events(store):
            yield ev, ev.event_id, meta.get(ev.doc_id, {})
    else:
        for ev, cluster in store.events():
            yield ev, cluster, meta.get(ev.doc_id, {})


def export(store, out: str | Path, fmt: str | None = None, merged: bool = False) -> int:
    """Write every stored event (or one per merged event) to ``out``; returns the count."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise JirgaError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}", "E601")
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for ev, cluster, meta in _events(store, merged):
                rec = plover_record(ev, meta)
                rec["cluster_id"] = cluster
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=FLAT)
            w.writeheader()
            for ev, cluster, meta in _events(store, merged):
                w.writerow(_flat(ev, cluster, meta))
                n += 1
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = [_flat(ev, c, m) for ev, c, m in _events(store, merged)]
        table = pa.Table.from_pylist(rows, schema=_schema()) if rows else _schema().empty_table()
        pq.write_table(table, out)
        n = len(rows)
    return n


def _schema():
    import pyarrow as pa
    types = {"quad": pa.int64(), "intensity": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
             "geonameid": pa.int64(), "dead": pa.int64(), "injured": pa.int64(), "arrested": pa.int64(),
             "negated": pa.bool_(), "hypothetical": pa.bool_(), "future": pa.bool_(),
             "confidence": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in FLAT])
