"""JSONL: one PLOVER-style event per line, with its evidence and its document's metadata."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from jirga.export.base import Rows, Writer, write_lines
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
    return write_lines(rows, out, plover_record)


WRITER = Writer("jsonl", (".jsonl",), write)
