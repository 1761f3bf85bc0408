"""Summaries of what a store holds."""
from __future__ import annotations

from collections import Counter

from jirga.model import Reject
from jirga.pipeline import RunSummary, top_dyads


def store_summary(store) -> RunSummary:
    s = RunSummary(run_id="(all runs)", database=store.location)
    s.documents = store.query("SELECT count(*) FROM documents")[0][0]
    s.sentences = store.query("SELECT count(*) FROM sentences")[0][0]
    s.events = store.query("SELECT count(*) FROM events")[0][0]
    s.events_by_type = Counter(dict(store.query(
        "SELECT event_type, count(*) FROM events WHERE NOT negated AND NOT hypothetical GROUP BY 1")))
    s.factual = sum(s.events_by_type.values())
    s.rejects = [Reject(doc, src, stage, code, reason) for src, code, doc, stage, reason in store.query(
        "SELECT source, code, doc_id, stage, reason FROM rejects ORDER BY source")]
    s.top_dyads = top_dyads(store)
    s.undated = store.query("SELECT count(*) FROM documents WHERE published IS NULL")[0][0]
    return s
