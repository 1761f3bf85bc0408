"""One flat row per event, for the tabular formats (CSV, Parquet): same columns in each."""
from __future__ import annotations

from typing import Optional

from jirga.model import Event
from jirga.model import DocumentMeta

FLAT = ["event_id", "cluster_id", "doc_id", "date", "date_precision", "event_type", "mode", "contexts",
        "cameo", "quad", "intensity", "actor_name", "actor_country", "actor_sector", "actor_text",
        "recipient_name", "recipient_country", "recipient_sector", "recipient_text", "place_name",
        "lat", "lon", "geonameid", "place_country", "dead", "injured", "arrested", "negated",
        "hypothetical", "future", "confidence", "trigger_text", "sentence_text", "url", "title",
        "claim_id", "claim_text", "answers",
        "mentions", "articles", "outlets", "first_report", "last_report", "root_report"]


def flat_row(ev: Event, meta: Optional[DocumentMeta]) -> dict:
    """The FLAT columns of an event; several actors on one side are joined with '; '."""
    def join(refs, attr):
        return "; ".join(str(getattr(r, attr) or "") for r in refs)
    loc, c = ev.location, ev.counts
    return {
        "event_id": ev.event_id, "cluster_id": ev.cluster_id, "doc_id": ev.doc_id, "date": ev.date,
        "date_precision": ev.date_precision, "event_type": ev.event_type, "mode": ev.mode,
        "contexts": "; ".join(ev.contexts), "cameo": ev.cameo, "quad": ev.quad,
        "intensity": ev.intensity,
        "actor_name": join(ev.actor, "name"), "actor_country": join(ev.actor, "country"),
        "actor_sector": join(ev.actor, "sector"), "actor_text": join(ev.actor, "text"),
        "recipient_name": join(ev.recipient, "name"), "recipient_country": join(ev.recipient, "country"),
        "recipient_sector": join(ev.recipient, "sector"), "recipient_text": join(ev.recipient, "text"),
        "place_name": loc.name if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "place_country": loc.country if loc else None,
        "dead": ev.size.dead, "injured": ev.size.injured, "arrested": ev.size.arrested,
        "negated": ev.negated, "hypothetical": ev.hypothetical, "future": ev.future,
        "confidence": ev.confidence, "trigger_text": ev.trigger.text, "sentence_text": ev.sentence.text,
        "url": meta.url if meta else None, "title": meta.title if meta else None,
        "claim_id": ev.claim_id, "claim_text": ev.claim.text if ev.claim else None,
        "answers": "; ".join(ev.answers),
        "mentions": c.mentions if c else None, "articles": c.articles if c else None,
        "outlets": c.sources if c else None, "first_report": c.first_report if c else None,
        "last_report": c.last_report if c else None, "root_report": c.root if c else None,
    }
