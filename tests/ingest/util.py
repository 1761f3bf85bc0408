"""Helpers shared by the ingest tests."""
from __future__ import annotations

from pathlib import Path

from jirga.model import Document, Reject

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SITE = FIX / "site"


def docs(items) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def rejects(items) -> list[Reject]:
    return [x for x in items if isinstance(x, Reject)]


def codes(items) -> list[str]:
    return [x.code for x in rejects(items)]
