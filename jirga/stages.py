"""Per-document adapters: each calls one stage module's public functions.

The pipeline, ``code_text``, the component commands and Spark all go
through these, so every path codes a document the same way.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from jirga.model import Document, Reject


def guarded(doc: Document, res, fn: Callable, stage: str, code: str) -> bool:
    """Run ``fn(doc, res)``; a failure becomes the document's Reject, never a crash."""
    try:
        fn(doc, res)
        return True
    except Exception as exc:  # a bug on one document must not lose the run or the document
        doc.rejects.append(Reject(doc.id, doc.origin or doc.id, stage, code,
                                  f"{stage} failed: {type(exc).__name__}: {exc}"))
        return False


def stream(docs: Iterable[Document], res, fn: Callable, stage: str, code: str) -> Iterator[Document]:
    """A stage over a stream: order kept, one out per one in, rejected documents pass untouched."""
    for doc in docs:
        if not doc.rejects:
            guarded(doc, res, fn, stage, code)
        yield doc


def code(doc: Document, res) -> None:
    from jirga.coding import code_document
    doc.events = code_document(doc, res)


def dates(doc: Document, res) -> None:
    from jirga.dates import date_events, timex_document
    timex_document(doc, res)
    date_events(doc, res)


def actors(doc: Document, res) -> None:
    from jirga.actors.resolve import resolve_events
    resolve_events(doc, res)


def places(doc: Document, res) -> None:
    geoparse(doc, res)
    locate(doc, res)


def geoparse(doc: Document, res) -> None:
    from jirga.places.geoparse import geoparse as find_places
    doc.places = find_places(doc, res)


def locate(doc: Document, res) -> None:
    from jirga.places.locate import locate_events
    locate_events(doc, res)


def size(doc: Document, res) -> None:
    from jirga.coding.size import size_events
    size_events(doc, res)
