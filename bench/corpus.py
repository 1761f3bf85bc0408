"""Benchmark text: the bundled example corpus, repeated with a marker so each copy is new."""
from __future__ import annotations

import json
from pathlib import Path

from jirga.model import Document, content_id

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pak-afg" / "articles.jsonl"


def records() -> list[dict]:
    return [json.loads(line) for line in EXAMPLES.open(encoding="utf-8") if line.strip()]


def documents(copies: int = 1):
    recs = records()
    for c in range(copies):
        for r in recs:
            text = r["text"] + f"\n\nCopy {c}."
            yield Document(id=content_id(text), text=text, published=r["published"], origin=r["id"])


def words(copies: int = 1) -> int:
    return sum(len(d.text.split()) for d in documents(copies))
