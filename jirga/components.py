"""The component commands' API: JSONL records {"id", "text", "date"?} in,
one stage's output out. Same stage code as the pipeline."""
from __future__ import annotations

import json
from typing import IO, Iterable, Iterator

from jirga.errors import InputError
from jirga.model import Document
from jirga.pipeline import Pipeline, Stage, STAGES


def read_records(fh: IO[str], name: str = "<stdin>") -> Iterator[dict]:
    """Parse JSONL records; a bad line is a usage error naming file:line."""
    for i, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{i}: not valid JSON ({exc.msg})", "E105") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"{name}:{i}: a record needs a \"text\" string", "E105")
        rec.setdefault("id", f"{name}:{i}")
        yield rec


def to_documents(records: Iterable[dict]) -> Iterator[Document]:
    for r in records:
        yield Document(id=str(r["id"]), text=r["text"], published=r.get("date") or r.get("published"),
                       origin=str(r["id"]))


def _stages(upto: str) -> tuple[Stage, ...]:
    names = [s.name for s in STAGES]
    return STAGES[: names.index(upto) + 1]


def code_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    """One dict per event, in the ``jirga code`` contract."""
    pipe = Pipeline(db=None, res=res)
    for doc in pipe.documents(to_documents(records)):
        if doc.rejects:
            yield {"doc_id": doc.id, "error": doc.rejects[0].reason}
            continue
        for ev in doc.events:
            d = ev.to_dict()
            d.pop("sources", None)
            yield d


def geoparse_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    pipe = Pipeline(db=None, res=res, stages=())
    from jirga.places.geoparse import geoparse
    for doc in pipe.documents(to_documents(records)):
        places = [p.to_dict() for p in geoparse(doc, pipe.res)]
        for p in places:
            p.pop("admin1", None)
        yield {"id": doc.id, "places": places}


def dates_records(records: Iterable[dict], res=None) -> Iterator[dict]:
    from jirga.dates import find_timex
    pipe = Pipeline(db=None, res=res, stages=())
    for doc in pipe.documents(to_documents(records)):
        yield {"id": doc.id, "timex": [t.to_dict() for t in find_timex(doc.text, doc.published, doc.parsed)]}
