"""Summaries of what a store holds."""
from __future__ import annotations

from collections import Counter

from jirga.pipeline import RunSummary


def store_summary(store) -> RunSummary:
    """Documents, sentences, events (factual ones by type), rejects and top dyads over all runs."""
    counts = store.counts()
    copies = store.copies()
    return RunSummary(run_id="(all runs)", database=store.location, documents=counts.documents - copies,
                      sentences=counts.sentences, events=counts.events, factual=counts.factual,
                      events_by_type=Counter(store.factual_events_by_type()), rejects=store.rejects(),
                      top_dyads=store.top_dyads(), undated=counts.undated, copies=copies)
