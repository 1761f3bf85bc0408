"""PLOVER JSON: one event per line with the field names of the PLOVER manual's "Data Fields"
chapter (event record, entity, location, text and citation objects).

The manual's fields come first, in its order; fields Jirga has no value for are left out.
``date`` is a YYYY-MM-DD day as the manual asks: the first day of the period the event is
dated to. The manual lets a data set add named fields of its own; Jirga adds the date as
coded and its precision, the modality flags, the counts (``size``), the confidence, the
claim, and its document ids (``doc_id``, and ``ext_id``, the id given in the input).
"""
from __future__ import annotations

from pathlib import Path

import jirga
from jirga.export import codes
from jirga.export.base import Rows, Writer, write_lines
from jirga.export.flat import factual
from jirga.export.table import day
from jirga.periods import first_day

# The event record's fields in the manual's order ("PLOVER JSON" table), and the fields of
# its entity, location, text and citation objects; the names a PLOVER record may use.
RECORD_FIELDS = ["id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
                 "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context",
                 "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time",
                 "comment"]
ENTITY_FIELDS = ["code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                 "ethnicity", "office", "gender", "age"]
LOCATION_FIELDS = ["extracted_place", "resolved_place", "geonameid", "lat", "lon", "city",
                   "district", "province", "country", "country_code", "feature_class",
                   "feature_code", "resolution"]
TEXT_FIELDS = ["sequence", "start", "end", "text_story"]
CITE_FIELDS = ["corpus", "citation", "url", "title", "language", "publication", "license",
               "copyright", "coder", "codebook", "version"]
# Jirga's own fields, after the manual's.
EXTRA_FIELDS = ["date_text", "date_precision", "negated", "hypothetical", "future", "factual",
                "size", "confidence", "claim", "answers", "doc_id", "ext_id"]

# The manual's "resolution": 5 sub-city, 4 city, 3 district, 2 province, 1 country.
RESOLUTION = (("PCL", 1), ("ADM1", 2), ("ADM2", 3), ("ADM3", 3), ("PPL", 4))


def _kept(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


def entity(ref) -> dict:
    return _kept({"code": ref.country, "sector": ref.sector, "entity_text": ref.text,
                  "identifier_id": ref.wikidata, "identifier_text": ref.name})


def location(loc) -> dict | None:
    if loc is None:
        return None
    fc = loc.feature_code or ""
    res = next((r for prefix, r in RESOLUTION if fc.startswith(prefix)), 5 if fc else None)
    return _kept({"extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonameid,
                  "lat": loc.lat, "lon": loc.lon, "city": loc.name if fc.startswith("PPL") else None,
                  "district": loc.name if fc.startswith("ADM2") else None,
                  "province": loc.name if fc.startswith("ADM1") else loc.admin1,
                  "country": codes.country_name(loc.country), "country_code": loc.country,
                  "feature_class": fc[:1] if fc.startswith(("PPL", "ADM", "PCL")) else None,
                  "feature_code": loc.feature_code, "resolution": res})


def plover_record(ev, meta) -> dict:
    """One event as a PLOVER JSON object: the manual's fields, then Jirga's."""
    cite = _kept({"corpus": meta.source, "citation": meta.ext_id or meta.doc_id, "url": meta.url,
                  "title": meta.title, "language": "en", "publication": meta.source,
                  "coder": f"jirga-{jirga.__version__}", "codebook": "plover-0.8"}) if meta else None
    record = {
        "id": ev.event_id, "has_event": True, "date": day(first_day(ev.date)),
        "actor": [entity(r) for r in ev.actor], "recipient": [entity(r) for r in ev.recipient],
        "event": [ev.event_type], "event_loc": location(ev.location), "event_text": [ev.trigger.text],
        "quad_code": ev.quad, "event_scale": ev.intensity, "mode": [ev.mode] if ev.mode else [],
        "context": list(ev.contexts), "link": ev.cluster_id, "text": ev.sentence.text,
        "text_info": {"sequence": ev.sentence.index + 1, "start": ev.sentence.start, "end": ev.sentence.end},
        "cite_info": cite, "coder": f"jirga-{jirga.__version__}",
        "date_text": ev.date, "date_precision": ev.date_precision, "negated": ev.negated,
        "hypothetical": ev.hypothetical, "future": ev.future, "factual": factual(ev),
        "size": _kept({"dead": ev.size.dead, "injured": ev.size.injured, "arrested": ev.size.arrested}),
        "confidence": ev.confidence, "claim": ev.claim.text if ev.claim else None,
        "answers": list(ev.answers), "doc_id": ev.doc_id, "ext_id": meta.ext_id if meta else None,
    }
    return {k: v for k, v in record.items() if v is not None and v != {}}


def write(rows: Rows, out: Path) -> int:
    return write_lines(rows, out, plover_record)


WRITER = Writer("plover", (".plover.jsonl",), write)
