"""Records to rows and back, for every backend: the columns of each table and their order."""
from __future__ import annotations

import json
from typing import Iterable

from jirga.model import (BOUND_BASES, Document, DocumentMeta, Event, Reject, Report, actor_key, name_key,
                         place_scope)

COLUMNS = {
    "documents": ["id", "ext_id", "title", "source", "url", "published", "origin", "notes", "text", "run_id",
                  "story_id"],
    "story_bands": ["band", "hash", "doc_id"],
    "sentences": ["doc_id", "idx", "start_char", "end_char", "text"],
    "events": ["event_id", "doc_id", "event_type", "mode", "contexts", "cameo", "quad", "intensity",
               "sentence_index", "sentence_text", "trigger_text", "trigger_start", "trigger_end",
               "date", "date_precision", "place_name", "lat", "lon", "geonameid", "place_country",
               "dead", "injured", "arrested", "negated", "hypothetical", "future", "confidence",
               "cluster_id", "merge_keys", "record", "claim_key", "claim_id", "answers", "place_scope",
               "date_basis", "toll"],
    "event_actors": ["event_id", "role", "idx", "text", "start_char", "end_char", "name", "country",
                     "sector", "wikidata", "resolved"],
    "places": ["doc_id", "idx", "text", "start_char", "end_char", "name", "lat", "lon", "geonameid",
               "country", "feature_code"],
    "rejects": ["source", "code", "doc_id", "stage", "reason", "run_id"],
}
KEYS = {"documents": ["id"], "story_bands": ["band", "hash", "doc_id"], "sentences": ["doc_id", "idx"], "events": ["event_id"],
        "event_actors": ["event_id", "role", "idx"], "places": ["doc_id", "idx"],
        "rejects": ["source", "code"]}


def event_row(e: Event) -> tuple:
    """The ``events`` row of a report; ``cluster_id`` is left empty until merging gives it one."""
    loc = e.location
    record = e.to_dict()
    # the columns are the truth for what the store decides across documents
    record["cluster_id"] = record["claim_id"] = None
    return (e.event_id, e.doc_id, e.event_type, e.mode, json.dumps(e.contexts), e.cameo, e.quad,
            e.intensity, e.sentence.index, e.sentence.text, e.trigger.text, e.trigger.start,
            e.trigger.end, e.date, e.date_precision,
            loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            loc.geonameid if loc else None, loc.country if loc else None,
            e.size.dead, e.size.injured, e.size.arrested, e.negated, e.hypothetical, e.future,
            e.confidence, None, merge_keys(event_keys(e) + place_keys(e.location)), json.dumps(record, ensure_ascii=False),
            e.claim_key, None, json.dumps(e.answers), scope_text(e.location), e.date_basis, toll_of(e))


# ``events.merge_keys``: each actor's role and ``actor_key``, between unit separators, so
# that one row holds what merging compares and a key is found with ``position``.
SEP = "\x1f"


def needle(role: str, key: str, prefix: bool = False) -> str:
    """What ``merge_keys`` holds for an actor key in a role; with ``prefix``, for every key
    that starts with ``key``."""
    return f"{SEP}{role}:{key}" + ("" if prefix else SEP)


def event_keys(e: Event) -> list[tuple[str, str]]:
    """(role, key) of each actor mention of an event: its ``actor_key``, and its
    ``name_key`` when it is a named actor with codes or a name the registry lacks. A party
    the coder only implies (no words: the story's partner, the court of a passive verdict)
    is left out: another report that names a different party is not told apart by a guess."""
    out = []
    for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
        for a in refs:
            if not a.text:
                continue
            out.append((role, actor_key(a.country, a.sector, a.name, a.text)))
            named = name_key(a.country, a.sector, a.name, a.kind, a.text)
            if named is not None:
                out.append((role, named))
    return out


def place_keys(loc) -> list[tuple[str, str]]:
    """("place", id) of a town or district (``place_scope``'s "country~name"), so that merging
    finds the reports of one place and day however they name the sides; none for wider areas."""
    own, _ = place_scope(loc)
    return [("place", own)] if own and "~" in own else []


def toll_of(e: Event) -> str | None:
    """"town#dead" of an attack placed in a town or district with a death toll (the ``toll``
    column): a later report that recalls it without a date ("the bombing in Besham that
    killed five") finds it by this however long ago it was (``jirga.merge.clusters._recalled``)."""
    own, _ = place_scope(e.location)
    if e.event_type != "ASSAULT" or not (own and "~" in own) or not e.size.dead:
        return None
    return f"{own}#{e.size.dead}"


def merge_keys(pairs: Iterable[tuple[str, str]]) -> str:
    """The ``merge_keys`` value of (role, actor key) pairs; '' for none."""
    keys = sorted({f"{role}:{key}" for role, key in pairs})
    return f"{SEP}{SEP.join(keys)}{SEP}" if keys else ""


def split_keys(text: str | None) -> tuple[frozenset, frozenset]:
    """(actor keys, recipient keys) of a ``merge_keys`` value."""
    roles: dict[str, set] = {"actor": set(), "recipient": set()}
    for item in (text or "").split(SEP):
        if item:
            role, _, key = item.partition(":")
            if role in roles:          # "place" keys are for finding candidates only
                roles[role].add(key)
    return frozenset(roles["actor"]), frozenset(roles["recipient"])


def reject_row(r: Reject, run_id: str) -> tuple:
    return (r.source, r.code, r.doc_id, r.stage, r.reason, run_id)


def rows_of(docs: Iterable[Document], run_id: str) -> dict[str, list[tuple]]:
    """Rows for every table from a batch of processed documents: a reject row for each of a
    document's rejects, and the document's own rows unless it could not be read at all."""
    out: dict[str, list[tuple]] = {t: [] for t in COLUMNS}
    for d in docs:
        out["rejects"].extend(reject_row(r, run_id) for r in d.rejects)
        if d.rejected:
            continue
        out["documents"].append((d.id, d.ext_id, d.title, d.source, d.url, d.published, d.origin,
                                 json.dumps(d.notes), d.text, run_id, d.story_id or d.id))
        if not d.is_copy:
            out["story_bands"].extend((b, h, d.id) for b, h in d.bands)
        out["sentences"].extend((d.id, s.index, s.start, s.end, s.text) for s in d.sentences)
        out["places"].extend((d.id, i, p.text, p.start, p.end, p.name, p.lat, p.lon, p.geonameid,
                              p.country, p.feature_code) for i, p in enumerate(d.places))
        for e in d.events:
            out["events"].append(event_row(e))
            for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
                out["event_actors"].extend((e.event_id, role, i, a.text, a.start, a.end, a.name,
                                            a.country, a.sector, a.wikidata, a.resolved)
                                           for i, a in enumerate(refs))
    # one row per (source, code), the latest reason winning, as on a later run
    out["rejects"] = list({(r[0], r[1]): r for r in out["rejects"]}.values())
    return out


def event_of(record: str, cluster_id: str | None, claim_id: str | None = None,
             answers: str | None = None) -> Event:
    ev = Event.from_dict(json.loads(record))
    ev.cluster_id, ev.claim_id = cluster_id, claim_id
    if answers:
        ev.answers = json.loads(answers)
    return ev


def meta_of(doc_id, url, title, published, source, ext_id=None) -> DocumentMeta | None:
    return None if doc_id is None else DocumentMeta(doc_id, url, title, published, source, ext_id)


def scope_text(loc) -> str | None:
    """``events.place_scope``: the place's own area id (or empty), then the areas that hold it."""
    own, within = place_scope(loc)
    return SEP.join([own or ""] + within) if (own or within) else None


def reports_of(rows: Iterable[tuple]) -> list[Report]:
    """Reports from ``sql.REPORT`` columns: event id, document, type, date, place key,
    negated, hypothetical, future, merge keys, place scope, date basis, claim key, mode, toll."""
    out = []
    for eid, doc, typ, date, place, neg, hyp, fut, keys, scope, basis, claim, mode, toll in rows:
        actors, recipients = split_keys(keys)
        own, *within = (scope or "").split(SEP)
        out.append(Report(eid, doc, typ, date, place, actors, recipients, (bool(neg), bool(hyp), bool(fut)),
                          own or None, frozenset(w for w in within if w), basis in BOUND_BASES,
                          matter_of_key(claim), mode, toll))
    return out


def matter_of_key(claim_key: str | None) -> str | None:
    """The matter of a ``claim_key`` ("accuser|accused|matter"), or None."""
    return claim_key.rsplit("|", 1)[-1] if claim_key else None
