"""One flat row per event, for the tabular formats (CSV, Parquet): same columns in each.

``date`` is a real calendar day, the first day of the period the event is dated to, so a
column of dates parses (``pd.to_datetime``); ``date_precision`` says whether that period is
a day, week, month or year, and ``date_text`` keeps the value as coded ("2024-W08",
"2023-12", "1967"). ``factual`` is False for a negated, hypothetical or future event.
"""
from __future__ import annotations

from typing import Optional

from jirga.model import DocumentMeta, Event, is_factual
from jirga.periods import first_day

FLAT = ["event_id", "cluster_id", "doc_id", "ext_id", "date", "date_precision", "date_text",
        "event_type", "mode", "contexts",
        "cameo", "quad", "intensity", "actor_name", "actor_country", "actor_sector", "actor_text",
        "recipient_name", "recipient_country", "recipient_sector", "recipient_text", "place_name",
        "lat", "lon", "geonameid", "place_country", "dead", "injured", "arrested", "negated",
        "hypothetical", "future", "factual", "confidence", "trigger_text", "sentence_text", "url",
        "title", "published", "claim_id", "claim_text", "answers",
        "mentions", "articles", "outlets", "first_report", "last_report", "root_report"]


def factual(ev: Event) -> bool:
    """Something reported as having happened (``jirga.model.is_factual``)."""
    return is_factual(ev)


def joined(refs, attr: str) -> str:
    """The ``attr`` of several actors on one side, joined with '; ' (empty for none)."""
    return "; ".join(str(getattr(r, attr) or "") for r in refs)


def flat_row(ev: Event, meta: Optional[DocumentMeta]) -> dict:
    """The FLAT columns of an event; several actors on one side are joined with '; '.
    ``date`` is a ``datetime.date`` (CSV writes it as YYYY-MM-DD)."""
    loc, c = ev.location, ev.counts
    return {
        "event_id": ev.event_id, "cluster_id": ev.cluster_id, "doc_id": ev.doc_id,
        "ext_id": meta.ext_id if meta else None, "date": first_day(ev.date),
        "date_precision": ev.date_precision, "date_text": ev.date, "event_type": ev.event_type,
        "mode": ev.mode, "contexts": "; ".join(ev.contexts), "cameo": ev.cameo, "quad": ev.quad,
        "intensity": ev.intensity,
        "actor_name": joined(ev.actor, "name"), "actor_country": joined(ev.actor, "country"),
        "actor_sector": joined(ev.actor, "sector"), "actor_text": joined(ev.actor, "text"),
        "recipient_name": joined(ev.recipient, "name"), "recipient_country": joined(ev.recipient, "country"),
        "recipient_sector": joined(ev.recipient, "sector"), "recipient_text": joined(ev.recipient, "text"),
        "place_name": loc.name if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "place_country": loc.country if loc else None,
        "dead": ev.size.dead, "injured": ev.size.injured, "arrested": ev.size.arrested,
        "negated": ev.negated, "hypothetical": ev.hypothetical, "future": ev.future,
        "factual": factual(ev), "confidence": ev.confidence, "trigger_text": ev.trigger.text,
        "sentence_text": ev.sentence.text, "url": meta.url if meta else None,
        "title": meta.title if meta else None, "published": meta.published if meta else None,
        "claim_id": ev.claim_id, "claim_text": ev.claim.text if ev.claim else None,
        "answers": "; ".join(ev.answers),
        "mentions": c.mentions if c else None, "articles": c.articles if c else None,
        "outlets": c.sources if c else None, "first_report": c.first_report if c else None,
        "last_report": c.last_report if c else None, "root_report": c.root if c else None,
    }
