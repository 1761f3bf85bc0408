"""JSONL: one PLOVER-style event per line, with its evidence and its document's metadata."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from jirga.export.base import Rows, Writer
from jirga.model import Event
from jirga.model import DocumentMeta


def plover_record(ev: Event, meta: Optional[DocumentMeta] = None) -> dict:
    """An event as a PLOVER-style JSON object: the coded fields, the evidence, then the
    document (``source``) and the cluster id."""
    d = ev.to_dict()
    cluster = d.pop("cluster_id")
    if meta:
        d["source"] = meta.to_dict()
    d["cluster_id"] = cluster
    return d


def write(rows: Rows, out: Path) -> int:
    n = 0
    with Path(out).open("w", encoding="utf-8") as fh:
        for ev, meta in rows:
            fh.write(json.dumps(plover_record(ev, meta), ensure_ascii=False) + "\n")
            n += 1
    return n


WRITER = Writer("jsonl", (".jsonl",), write)
