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

# English with curly quotes and dashes: what a stray byte used to turn into "Pakistan‚Äôs".
CURLY = ("Pakistan\u2019s envoy said the Taliban\u2019s \u201ctalks\u201d in Kabul \u2014 with Afghanistan\u2019s "
         "ministers \u2014 went well, officials said on Tuesday.")


def with_stray_bytes(text: str, *bad: bytes) -> bytes:
    """``text`` as UTF-8 with each of ``bad`` inserted at evenly spaced character boundaries."""
    step = len(text) // (len(bad) + 1)
    parts = [text[i * step:(i + 1) * step] for i in range(len(bad))] + [text[len(bad) * step:]]
    out = parts[0].encode()
    for junk, part in zip(bad, parts[1:]):
        out += junk + part.encode()
    return out
