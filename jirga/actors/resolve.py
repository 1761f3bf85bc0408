"""Resolve actor mentions to canonical actors with country and sector codes for a date.

Order, first hit wins (each step memoised per text and date):

1. exact alias (normalised: case, accents, hyphens, apostrophes, dots, possessive 's, a
   leading 'the'; also with honorifics such as 'Maulana' and parenthesised acronyms dropped);
2. transliteration skeleton (Tahreek-e-Taliban = Tehrik-i-Taliban) and strict fuzzy match;
3. the words of the mention tagged with the longest aliases, demonyms, titles and agent
   nouns it contains, then combined: a named person; an owner + title ("the Taliban's
   foreign minister" -> the office holder on the date, else OWNER GOV); an owner + agent noun
   ("Pakistani border guards" -> PAK MIL); the most specific named actor inside the span;
4. looser fuzzy match (rapidfuzz ratio, names of five characters or more);
5. with context (sentence, document): a surname of a person named in full in the context
   ('Rehman' after 'Maulana Fazlur Rehman'); the noun after a bare adjective ('Hungarian and
   Romanian officials'); a bare agent or title gets, in order, a state attached to it, the
   country of the sentence's event place, the dateline country (government agents) -- see
   ``evidence`` -- else the country most mentioned in the context;
6. otherwise unknown: ``resolved=False``, the text kept, listed by ``unknown_counts``.

Modules: ``mention`` tags a mention's words, ``combine`` decides over the tags (and holds
``Resolution``), ``context`` reads the texts around a mention; this module runs the order
above and is the pipeline stage. A mention resolved to a class of a country's actors
('Pakistani soldiers' PAK MIL) has no ``name`` but is ``resolved``; see combine.of_state.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Iterator, Optional, Sequence

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from jirga.actors.anaphora import is_anaphor, is_reciprocal, party_of, resolve_anaphor, resolve_place
from jirga.actors.combine import Resolution, of_state
from jirga.actors.combine import day as _day, decide as _decide, from_actor as _from_actor
from jirga.actors.context import context_countries
from jirga.actors.evidence import agent_country
from jirga.actors.context import lookahead as _lookahead, main_country as _main_country, surname as _surname
from jirga.actors.mention import pick as _pick, strip_honorifics as _strip_honorifics, tag
from jirga.actors.registry import Actor, Registry, get_registry
from jirga.actors.text import drop_parens, norm, skeleton, tokens
from jirga.model import Document

__all__ = ["Resolution", "resolve", "resolve_with", "resolve_free", "resolve_events", "process",
           "resolve_records", "tag", "context_countries", "REQUIRES", "PROVIDES"]

REQUIRES = ("events",)
PROVIDES = ("actors",)

FUZZY_STRICT = 93
FUZZY_LOOSE = 88
FUZZY_MIN_LEN = 5


# -- context-free resolution (memoised) ------------------------------------------------------
def _fuzzy(reg: Registry, key: str, cutoff: float) -> Optional[Actor]:
    if len(key) < FUZZY_MIN_LEN or len(key) > 80:
        return None
    choices = reg.cache.get("fuzzy.choices")
    if choices is None:
        choices = [k for k in reg.aliases if len(k) >= FUZZY_MIN_LEN]
        reg.cache["fuzzy.choices"] = choices
    hit = rf_process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit is None or hit[0][0] != key[0]:
        return None
    return reg.candidates(hit[0])[0]


def resolve_free(reg: Registry, text: str, date=None) -> Resolution:
    """Resolution from the mention alone (no context); memoised per (text, day)."""
    day = _day(date)
    memo = reg.cache.setdefault("free", {})
    hit = memo.get((text, day))
    if hit is None:
        hit = _resolve_free(reg, text, day)
        if len(memo) > 200_000:
            memo.clear()
        memo[(text, day)] = hit
    return dataclasses.replace(hit)


def _resolve_free(reg: Registry, text: str, day) -> Resolution:
    bare = drop_parens(text) or text
    keys = list(dict.fromkeys([norm(text), norm(bare)]))
    keys += [k for k in (_strip_honorifics(reg, k) for k in keys) if k not in keys]
    keys = [k for k in keys if k]
    if not keys:
        return Resolution(text)
    for k in keys:
        cands = [a for a, acro in reg.aliases.get(k, ()) if not acro or _upper(text, k)]
        if cands:
            return _from_actor(text, cands[0], day, "exact")
    tagged = tag(reg, bare)
    ntok = len(tokens(bare))
    if any(it.kind != "actor" for it in tagged):  # "Pakistan's foreign minister", "Romanian"
        return _decide(reg, text, tagged, day, ntok=ntok) or Resolution(text)
    for k in keys:
        sk = skeleton(k)
        if len(sk) >= 6 and len(reg.skeletons.get(sk, ())) == 1:
            return _from_actor(text, reg.skeletons[sk][0], day, "skeleton")
    if not tagged:
        actor = _fuzzy(reg, keys[-1], FUZZY_STRICT)
        if actor is not None:
            return _from_actor(text, actor, day, "fuzzy")
    res = _decide(reg, text, tagged, day, ntok=ntok)
    if res is not None and (res.resolved or res.sector):
        return res
    actor = _fuzzy(reg, keys[-1], FUZZY_LOOSE)
    if actor is not None:
        return _from_actor(text, actor, day, "fuzzy")
    return res or Resolution(text)


def _upper(text: str, key: str) -> bool:
    return all(o.isupper() or o.isdigit() for t, o in tokens(text) if t in key.split())


def resolve(text: str, date: Optional[str], res, context: Sequence[str] = ()) -> Resolution:
    """Resolve one mention on a date; ``context`` = texts around it, nearest first
    (e.g. [sentence, document]). Unknown mentions come back with ``resolved=False``."""
    return resolve_with(get_registry(res), text, date, context)


def resolve_with(reg: Registry, text: str, date, context: Sequence[str] = (), before: Optional[str] = None,
                 places: Optional[Callable[[str], list]] = None, taken: Sequence[tuple] = ()) -> Resolution:
    """``before``: the document text up to the mention (found in ``context`` when not given);
    ``places``: gazetteer lookup (name -> candidates) for place names used as actors;
    ``taken``: parties the event's other mentions resolved to (for 'the two sides')."""
    day = _day(date)
    if context and is_anaphor(text):
        hit = resolve_anaphor(reg, text, day, before if before is not None else _before(text, context), taken)
        if hit is not None:
            return hit
    out = _with_context(reg, text, day, context, places)
    if not out.resolved and places is not None:
        prefer = [c for ctx in context[::-1] for c, _ in context_countries(reg, ctx).most_common()]
        out = resolve_place(text, places, prefer) or out
    return out


def _before(text: str, context: Sequence[str]) -> str:
    """The document text before the mention: the sentence (context[0]) located in the document
    (context[-1]), up to the mention's first occurrence in it."""
    sent, doc = context[0], context[-1]
    j = sent.find(text)
    i = doc.find(sent) if len(context) > 1 else 0
    if j < 0:
        return doc[:i + len(sent)] if i >= 0 else doc
    return doc[:i + j] if i >= 0 else sent[:j]


def _with_context(reg: Registry, text: str, day, context: Sequence[str],
                  places: Optional[Callable[[str], list]] = None) -> Resolution:
    out = resolve_free(reg, text, day)
    if not context:
        return out
    if out.method in ("unknown", "bare") or (out.method == "fuzzy" and len(norm(text).split()) <= 2):
        found = _surname(reg, text, context, day)
        if found is not None:
            return found
    if out.method == "demonym" and out.sector == "GOV":  # a bare adjective: "Romanian"
        sector = _lookahead(reg, text, context[0])
        if sector:
            out.sector = sector
            out.name = out.name if sector == "GOV" else None
        return out
    if out.method == "exact" and len(reg.candidates(norm(text))) > 1:
        prefer = _main_country(reg, context)
        actor = _pick(reg.candidates(norm(text)), prefer, day)
        return _from_actor(text, actor, day, "exact")
    if out.method == "bare":
        country = (None if out.kin else agent_country(reg, text, context, out.sector, places)) \
            or _main_country(reg, context, text, exclude=out.kin) or out.kin
        if country is None:
            return out
        if out.office:
            holder = reg.office_holder(country, out.office, day)
            if holder is not None:
                return _from_actor(text, holder, day, "context-title")
        return of_state(text, reg.states.get(country), country, out.sector, "context")
    return out


# -- documents, records, stage ------------------------------------------------------------------
def resolve_events(doc: Document, res) -> Document:
    """Fill every ActorRef of ``doc.events`` in place for the event's date (or publication)."""
    reg, places = get_registry(res), _places(res)
    for ev in doc.events:
        date = ev.date or doc.published
        context = [ev.sentence.text or doc.text[ev.sentence.start:ev.sentence.end], doc.text]
        refs = [*ev.actor, *ev.recipient]
        got = {}
        # reciprocals ('the two sides') last: they take a party the other mentions did not
        for ref in sorted(refs, key=lambda r: is_reciprocal(r.text)):
            before = doc.text[:ref.start] if doc.text[ref.start:ref.end] == ref.text else None
            taken = [p for p in got.values() if p is not None]
            out = resolve_with(reg, ref.text, date, context, before, places, taken)
            got[id(ref)] = party_of(reg, out)
            out.fill(ref)
    return doc


def _places(res) -> Optional[Callable[[str], list]]:
    """The gazetteer's candidates lookup, or None when no gazetteer can be loaded."""
    try:
        from jirga.places.gazetteer import get_gazetteer
        return get_gazetteer(res).candidates
    except Exception:  # noqa: BLE001 - actors work without places
        return None


def process(docs: Iterable[Document], res) -> Iterator[Document]:
    """Pipeline stage: documents with events in, the same documents with actors resolved out."""
    from jirga.stages import actors, stream
    return stream(docs, res, actors, "actors", "E301")


def resolve_records(records: Iterable[dict], res) -> Iterator[dict]:
    """The ``jirga actors resolve`` contract: {id, text, date[, context]} ->
    {id, text, name, country, sector, wikidata, resolved}."""
    reg, places = get_registry(res), _places(res)
    for rec in records:
        ctx = rec.get("context") or ()
        ctx = [ctx] if isinstance(ctx, str) else list(ctx)
        out = resolve_with(reg, str(rec.get("text") or ""), rec.get("date"), ctx, places=places)
        yield {"id": rec.get("id"), "text": rec.get("text"), **out.to_record()}
