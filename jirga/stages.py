"""Per-document adapters: each calls one stage module's public functions.

The pipeline, ``code_text``, the component commands and Spark all go
through these, so every path codes a document the same way.
"""
from __future__ import annotations

from jirga.model import Document


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
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_events
    doc.places = geoparse(doc, res)
    locate_events(doc, res)


def size(doc: Document, res) -> None:
    from jirga.coding.size import size_events
    size_events(doc, res)
