"""An actor's page: who the registry says it is (dated roles, aliases), how often it acts
and is acted upon, with whom, and its latest events."""
from __future__ import annotations

from typing import Optional

from jirga.analyse.query import EventQuery, EventRow, canonical, opened, registry


def actor(db, name: str, limit: int = 50, query: Optional[EventQuery] = None) -> Optional[dict]:
    """The actor named ``name`` (its registry name, an alias, or a Wikidata id), or None
    when neither the registry nor the stored events know it."""
    q = query or EventQuery()
    entry = _registry_entry(name)
    with opened(db) as store:
        stored = store.actor_names(entry.name if entry else name)
        if entry is None and not stored:
            return None
        canonical_name = entry.name if entry else stored[0][0]
        as_actor = store.count_events(q.replace(actor=canonical_name))
        as_recipient = store.count_events(q.replace(recipient=canonical_name))
        partners = store.partners(q, canonical_name, 20)
        latest = store.page_events(q.replace(source=canonical_name, target=None, directed=False), limit)
    now = entry.role_now() if entry else None
    country = now.country if now else (stored[0][1] if stored else None)
    sector = now.sector if now else (stored[0][2] if stored else None)
    return {
        "name": canonical_name, "entity_id": canonical_name, "country": country, "sector": sector,
        "kind": entry.kind if entry else None,
        "wikidata": (entry.wikidata if entry else None) or next((w for *_, w, _ in stored if w), None),
        "roles": [{"country": r.country, "sector": r.sector, "start": r.start, "end": r.end, "title": r.office}
                  for r in (entry.roles if entry else [])],
        "aliases": list(entry.aliases) if entry else [],
        "codes": [{"country": c, "sector": s, "mentions": int(n)} for _, c, s, _, n in stored],
        "as_actor": as_actor, "as_recipient": as_recipient,
        "partners": [{"name": p, "country": c, "sector": s, "events": int(n)} for p, c, s, n in partners],
        "events": [EventRow.of(r).summary() for r in latest],
    }


def _registry_entry(name: str):
    spec = name.strip()
    if spec[:1] == "Q" and spec[1:].isdigit():
        return next((a for a in registry().actors if a.wikidata == spec), None)
    found = registry().lookup(spec)
    if found is None and canonical(spec) != spec:
        found = registry().lookup(canonical(spec))
    return found
