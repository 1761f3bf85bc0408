"""One event, many reports: reports of the same event are given one cluster id.

Two coded events are one real-world event when they have the same type, agreeing
source and target actors (each side shared, or left empty by one report; at least
one side shared), compatible places (same, or one unknown) and
compatible dates (days no more than ``days`` apart, or a month holding the
other's day: "2024-01" holds "2024-01-08"). Actors are compared by their country and
sector codes, as event data users count dyads, so "Rehman met Muttaqi" and "the
JUI chief met the Taliban's foreign minister" agree; an actor without codes is
compared by its canonical name, else its lower-cased text. Negated and
hypothetical statements never merge with facts. Every report keeps its own row
and sentence: the cluster is the provenance list.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass


@dataclass(slots=True)
class Report:
    event_id: str
    doc_id: str
    event_type: str
    date: str | None
    place: str | None
    actors: frozenset
    recipients: frozenset
    modality: tuple


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 7 or "W" in value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value[:7] + "-01")
    except ValueError:
        return None


# A report is compared with this many of the latest clusters of its type: enough for the
# reports of one day or month, and it keeps merging linear on large archives.
WINDOW = 500


def cluster(reports: list[Report], days: int = 1) -> dict[str, str]:
    """Map each event id to its cluster id (the id of the cluster's earliest report)."""
    groups: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        if not (r.actors or r.recipients) and not r.place:
            continue  # too little to tell two such reports apart
        groups[(r.event_type, r.modality)].append(r)
    out: dict[str, str] = {}
    for group in groups.values():
        group.sort(key=lambda r: (r.date or "", r.event_id))
        clusters: list[list[Report]] = []
        for r in group:
            home = next((c for c in reversed(clusters[-WINDOW:]) if _compatible(c[0], r, days)), None)
            if home is None:
                clusters.append([r])
            else:
                home.append(r)
        for c in clusters:
            for r in c:
                out[r.event_id] = c[0].event_id
    return out


def _compatible(first: Report, r: Report, days: int) -> bool:
    if first.place and r.place and first.place != r.place:
        return False
    return same_dyad(first, r) and dates_compatible(first.date, r.date, days)


def same_dyad(a: Report, b: Report) -> bool:
    """Sources agree and targets agree, where a side one report leaves empty agrees with
    anything; at least one side must be named by both ("Rehman met Akhund" and "Rehman
    met Akhund and Pakistani officials" are one meeting)."""
    def agree(x: frozenset, y: frozenset) -> bool:
        return not x or not y or bool(x & y)
    return (agree(a.actors, b.actors) and agree(a.recipients, b.recipients)
            and bool((a.actors & b.actors) or (a.recipients & b.recipients)))


def dates_compatible(x: str | None, y: str | None, days: int) -> bool:
    if not x or not y:
        return x == y
    if len(x) == len(y) == 10:
        a, b = _day(x), _day(y)
        return a is not None and b is not None and abs((a - b).days) <= days
    short, long_ = sorted((x, y), key=len)
    # A month may hold a day; a bare year is too vague to tie two reports together.
    return short == long_ or (len(short) == 7 and long_.startswith(short))


def reports_from_store(store) -> list[Report]:
    rows = store.query(
        "SELECT e.event_id, e.doc_id, e.event_type, e.date, COALESCE(CAST(e.geonameid AS VARCHAR), e.place_name), "
        "e.negated, e.hypothetical, e.future, a.role, "
        "COALESCE(a.country || ' ' || a.sector, a.name, lower(a.text)) "
        "FROM events e LEFT JOIN event_actors a ON a.event_id = e.event_id ORDER BY e.event_id")
    reports: dict[str, Report] = {}
    roles: dict[str, dict[str, set]] = defaultdict(lambda: {"actor": set(), "recipient": set()})
    for eid, doc, typ, date, place, neg, hyp, fut, role, name in rows:
        if eid not in reports:
            reports[eid] = Report(eid, doc, typ, date, place, frozenset(), frozenset(), (neg, hyp, fut))
        if role:
            roles[eid][role].add(name)
    for eid, r in reports.items():
        r.actors = frozenset(roles[eid]["actor"])
        r.recipients = frozenset(roles[eid]["recipient"])
    return list(reports.values())


def merge_store(store, days: int = 1) -> int:
    """Recompute cluster ids over the whole store; returns the number of clusters."""
    mapping = cluster(reports_from_store(store), days)
    store.set_clusters(sorted(mapping.items()))
    return len(set(mapping.values()))


def merged_events(store):
    """Yield one Event per cluster, its ``sources`` listing every report's evidence."""
    from jirga.model import Event
    current, first = None, None
    rows = store.query(
        "SELECT COALESCE(cluster_id, event_id) AS cid, record FROM events "
        "ORDER BY cid, doc_id, sentence_index, trigger_start, event_id")
    for cid, record in rows:
        ev = Event.from_dict(json.loads(record))
        source = {"doc_id": ev.doc_id, "event_id": ev.event_id, "sentence": ev.sentence.text,
                  "start": ev.sentence.start, "end": ev.sentence.end, "trigger": ev.trigger.text}
        if cid != current:
            if first is not None:
                yield first
            current, first = cid, ev
            first.event_id = cid
        first.sources.append(source)
    if first is not None:
        yield first
