"""One event with its evidence: the sentence, where in it the trigger, actor, recipient
and place were read, the other reports of the same real-world event, and the claims
and answers it is linked to."""
from __future__ import annotations

from typing import Optional

from jirga.analyse.query import EventRow, opened


def event(db, event_id: str) -> Optional[dict]:
    """The event's summary (``EventRow.summary``) with ``sentence_start`` (the sentence's
    first character in its document), ``spans`` ([start, end] of the trigger, first
    actor, first recipient and place, relative to the sentence; a key is missing when that
    part was not read inside the sentence), ``all_spans`` (every actor and recipient
    mention in the sentence), ``reports`` (the cluster's other reports), ``answers``
    and ``answered_by`` (event ids), ``claim_id`` and ``claim_text``; None if unknown."""
    with opened(db) as store:
        found = store.event_detail(event_id)
        if found is None:
            return None
        flat, ev, start = found
        cluster = flat["cluster_id"]
        reports = [r for r in store.cluster_reports(cluster) if r["event_id"] != event_id] if cluster else []
        answered_by = store.answered_by(event_id)
    out = EventRow.of(flat).summary()
    base = ev.sentence.start if start is None else start
    length = len(ev.sentence.text or flat["sentence"] or "")
    spans, all_spans = {}, {"actor": [], "recipient": []}

    def inside(s, e):
        return s is not None and e is not None and 0 <= s - base and e - base <= length and s < e
    if inside(ev.trigger.start, ev.trigger.end):
        spans["trigger"] = [ev.trigger.start - base, ev.trigger.end - base]
    for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)):
        for a in refs:
            if inside(a.start, a.end):
                all_spans[role].append([a.start - base, a.end - base])
        if all_spans[role] and refs and inside(refs[0].start, refs[0].end):
            spans[role] = all_spans[role][0]
    loc = ev.location
    if loc is not None and inside(loc.start, loc.end):
        spans["place"] = [loc.start - base, loc.end - base]
    when = ev.date_span
    if when is not None and inside(when.start, when.end):
        spans["date"] = [when.start - base, when.end - base]
    out.update(sentence_start=base, spans=spans, all_spans=all_spans,
               reports=[EventRow.of(r).summary() for r in reports], answers=list(ev.answers or []),
               answered_by=answered_by, claim_id=flat["claim_id"],
               claim_text=ev.claim.text if ev.claim is not None else None)
    return out
