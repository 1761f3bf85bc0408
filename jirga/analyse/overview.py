"""What a store holds at a glance, its documents with their rejects, and its claim
threads: the overview, documents and claims pages of the workbench."""
from __future__ import annotations

from typing import Optional

from jirga.analyse.query import EventQuery, EventRow, opened
from jirga.analyse.series import series


def summary(db, recent: int = 20, dyads: int = 10) -> dict:
    """Counts (documents, events, factual, rejects, clusters, copies), the first and last
    event date, the top dyads, the monthly quad timeline of factual events, and the
    latest events."""
    with opened(db) as store:
        counts = store.overview_counts()
        first, last = store.date_range(EventQuery())
        top = [{"source": d.source, "target": d.target, "events": d.events} for d in store.top_dyads(dyads)]
        latest = [EventRow.of(r).summary() for r in store.page_events(EventQuery(), recent)]
        timeline = [{k: v for k, v in p.to_dict().items()
                     if k in ("period", "events", "verbal_coop", "material_coop", "verbal_conflict",
                              "material_conflict")}
                    for p in series(store, interval="month")]
    return {"counts": counts, "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None, "top_dyads": top,
            "quad_timeline": timeline, "recent": latest}


def documents(db, limit: int = 50, offset: int = 0, rejected: Optional[bool] = None) -> dict:
    """A page of stored documents, newest first, with the inputs rejected before a
    document could be stored; each with its event count, the story it copies and its
    reject ({code, stage, reason}) if any. ``rejected``: True only those with a reject,
    False only those without."""
    with opened(db) as store:
        total, rows = store.documents_page(limit, offset, rejected)
    docs = []
    for doc_id, ext_id, title, source, url, published, story, origin, code, stage, reason, rsource, n in rows:
        docs.append({"doc_id": doc_id, "ext_id": ext_id, "title": title, "source": source, "url": url,
                     "published": published, "origin": origin, "events": n,
                     "copy_of": story if story and story != doc_id else None,
                     "reject": {"code": code, "stage": stage, "reason": reason, "source": rsource} if code else None})
    return {"total": total, "limit": limit, "offset": offset, "documents": docs}


def _label(ev) -> Optional[str]:
    a = ev.actor[0] if ev.actor else None
    if a is None:
        return None
    if a.country:
        return a.country + (f" {a.sector}" if a.sector else "")
    return a.name or a.text


def claims(db) -> dict:
    """Every claim thread: who accuses whom of what, when, in how many reports, the
    evidence sentences and the denials answering it."""
    with opened(db) as store:
        threads = store.claim_threads()
    out = []
    for t in threads:
        out.append({
            "claim_id": t.claim_id, "accuser": t.accuser, "accused": t.accused, "matter": t.matter,
            "first": t.first, "last": t.last, "reports": len(t.accusations), "documents": len(t.documents),
            "denials": [{"by": _label(d), "date": d.date, "event_id": d.event_id, "doc_id": d.doc_id,
                         "sentence": d.sentence.text} for d in t.denials],
            "evidence": [{"event_id": a.event_id, "doc_id": a.doc_id, "date": a.date, "sentence": a.sentence.text,
                          "claim_text": a.claim.text if a.claim is not None else None} for a in t.accusations],
        })
    out.sort(key=lambda t: (-(t["reports"] + len(t["denials"])), t["last"] or "", t["claim_id"]))
    return {"threads": out}
