"""The component commands' API: JSONL records {"id", "text", "date"?} in,
one stage's output out. Same stage code as the pipeline."""
from __future__ import annotations

import json
from typing import IO, Iterable, Iterator

from jirga import errors
from jirga.errors import InputError
from jirga.model import Document
from jirga.dates import timex_document
from jirga.pipeline import Pipeline
from jirga.places import get_gazetteer, geoparse
from jirga.stage import Stage


def read_records(fh: IO[str], name: str = "<stdin>") -> Iterator[dict]:
    """Parse JSONL records; a bad line is a usage error naming file:line."""
    for i, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{i}: not valid JSON ({exc.msg})", errors.BAD_JSONL) from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"{name}:{i}: a record needs a \"text\" string", errors.BAD_JSONL)
        rec.setdefault("id", f"{name}:{i}")
        yield rec


def to_documents(records: Iterable[dict]) -> Iterator[Document]:
    for r in records:
        yield Document(id=str(r["id"]), text=r["text"], published=r.get("date") or r.get("published"),
                       origin=str(r["id"]))


def _geoparse(doc: Document, res) -> None:
    doc.places = geoparse(doc, res)


# The component commands run one stage's work in the workers, as the pipeline does.
GEOPARSE = Stage("geoparse", ("parsed",), ("places",), errors.PLACES_FAILED, _geoparse, get_gazetteer)
TIMEX = Stage("timex", ("parsed",), ("timex",), errors.DATES_FAILED, timex_document)


def _errors(doc: Document) -> list[dict]:
    return [{"doc_id": doc.id, "error": r.reason, "code": r.code} for r in doc.rejects]


def code_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    """One dict per event, in the ``jirga code`` contract; a line with ``error`` for each
    stage that failed on a document (its other events still come out)."""
    for doc in Pipeline(res=res).documents(to_documents(records)):
        yield from _errors(doc)
        for ev in doc.events:
            d = ev.to_dict()
            for key in ("sources", "cluster_id", "claim_id"):   # decided in the store, across documents
                d.pop(key, None)
            yield d


def geoparse_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    """``{"id", "places"}`` per record, in the ``jirga geoparse`` contract."""
    for doc in Pipeline(res=res, stages=(GEOPARSE,)).documents(to_documents(records)):
        yield from _errors(doc)
        places = [p.to_dict() for p in doc.places]
        for p in places:
            p.pop("admin1", None)
            p.pop("admin2", None)
        yield {"id": doc.id, "places": places}


def dates_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    """``{"id", "timex"}`` per record, in the ``jirga dates`` contract."""
    for doc in Pipeline(res=res, stages=(TIMEX,)).documents(to_documents(records)):
        yield from _errors(doc)
        yield {"id": doc.id, "timex": [t.to_dict() for t in doc.timex]}
