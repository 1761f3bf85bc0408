"""Coding and storing an article posted to the server, with the same Pipeline as
``jirga run`` (the same checks, rejects, story copies, merging and claim threads)."""
from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

from jirga import errors
from jirga.errors import StoreError


class PostedDocument(BaseModel):
    """An article as ``jirga run`` reads a JSONL record."""
    text: str = Field(..., description="the article text")
    title: Optional[str] = None
    source: Optional[str] = Field(None, description="publisher or feed name")
    url: Optional[str] = None
    published: Optional[str] = Field(None, description="publication date, ISO")
    id: Optional[str] = Field(None, description="your own id for it (kept as ext_id)")


def _resources(app):
    """The Resources posted documents are coded with: one per server, one process."""
    with app.state.writer_lock:
        if app.state.res is None:
            from jirga.resources import Resources
            app.state.res = Resources(n_process=1)
        return app.state.res


def store_document(app, reader, posted: PostedDocument) -> tuple[int, dict]:
    """(HTTP status, body): 201 stored and coded, 200 stored before, 422 rejected, 503
    the database cannot be written now."""
    from jirga.analyse.query import EventQuery, EventRow
    from jirga.ingest.tables import from_record
    from jirga.model import Reject
    from jirga.pipeline import Pipeline
    record = posted.model_dump(exclude_none=True)
    first = from_record(record, "POST /api/documents", errors.BAD_JSONL)
    if isinstance(first, Reject):
        return 422, {"detail": first.reason, "code": first.code}
    res = _resources(app)
    with tempfile.TemporaryDirectory(prefix="jirga-post-") as tmp:
        path = Path(tmp) / f"posted-{uuid.uuid4().hex[:8]}.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        with reader.writing():
            try:
                summary = Pipeline(db=reader.db, res=res).run([str(path)])
            except StoreError as exc:
                return 503, {"detail": str(exc), "code": exc.code}
    rejects = [r for r in summary.rejects if r.doc_id in (None, first.id)]
    if not summary.documents and not summary.skipped and not summary.copies and rejects:
        return 422, {"detail": rejects[0].reason, "code": rejects[0].code}
    with reader.reading() as store:
        rows = store.page_events(EventQuery(doc_id=first.id, factual=None), 500)
    body = {"doc_id": first.id, "events": [EventRow.of(r).summary() for r in rows],
            "stored": bool(summary.documents or summary.copies), "copy": bool(summary.copies),
            "rejects": [{"code": r.code, "stage": r.stage, "reason": r.reason} for r in rejects]}
    return (201 if summary.documents or summary.copies else 200), body
