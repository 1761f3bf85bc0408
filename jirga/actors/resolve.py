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
   Romanian officials'); a bare agent or title gets the country most mentioned in the context;
6. otherwise unknown: ``resolved=False``, the text kept, listed by ``unknown_counts``.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from jirga.actors.registry import STATE_KINDS, Actor, Registry, get_registry
from jirga.actors.text import drop_parens, norm, skeleton, tokens
from jirga.model import ActorRef, Document

REQUIRES = ("events",)
PROVIDES = ("actors",)

FUZZY_STRICT = 93
FUZZY_LOOSE = 88
FUZZY_MIN_LEN = 5
PRIORITY = {"person": 4, "state": 1, "territory": 1, "capital": 2, "region": 2}
LINKS = {"and", "or", "of", "in", "for", "from", "with", "at", "by"}


@dataclass(slots=True)
class Resolution:
    """What a mention resolved to; ``method`` says which rule decided (for tests and audits)."""
    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    wikidata: Optional[str] = None
    resolved: bool = False
    method: str = "unknown"
    office: Optional[str] = None  # a bare title waiting for a country from context

    def to_record(self) -> dict:
        return {"name": self.name, "country": self.country, "sector": self.sector,
                "wikidata": self.wikidata, "resolved": self.resolved}

    def fill(self, ref: ActorRef) -> ActorRef:
        ref.name, ref.country, ref.sector = self.name, self.country, self.sector
        ref.wikidata, ref.resolved = self.wikidata, self.resolved
        return ref


@dataclass(slots=True)
class _Item:
    kind: str            # actor, demonym, plural, title, agent, former
    start: int
    end: int
    actors: tuple = ()   # candidates for kind=actor
    country: Optional[Actor] = None  # the state for demonym/plural
    sector: Optional[str] = None     # agent/title sector (also set on actor items that are agent words)
    office: Optional[str] = None


def _day(date) -> Optional[str]:
    """ISO day for role lookups; partial dates take the middle of their period."""
    if not date:
        return None
    s = str(date)[:10]
    if len(s) == 4:
        return s + "-07-01"
    if len(s) == 7:
        return s + "-15"
    return s


def _from_actor(text: str, actor: Actor, date: Optional[str], method: str) -> Resolution:
    role = actor.role_at(date)
    return Resolution(text, actor.name, role.country if role else None,
                      role.sector if role else None, actor.wikidata, role is not None, method)


# -- tagging ------------------------------------------------------------------------------
def tag(reg: Registry, text: str) -> list[_Item]:
    """Longest-first tagging of the mention's words with what the registry knows."""
    toks = tokens(text)
    low = [t for t, _ in toks]
    items, i = [], 0
    while i < len(low):
        for n in range(min(reg.max_ngram, len(low) - i), 0, -1):
            key = " ".join(low[i:i + n])
            item = _lookup_ngram(reg, key, toks[i:i + n], i, i + n)
            if item is not None:
                items.append(item)
                i += n
                break
        else:
            i += 1
    return _split_titles(reg, low, items)


def _split_titles(reg: Registry, low: list[str], items: list[_Item]) -> list[_Item]:
    """'Pakistan army chief': the greedy pass took 'Pakistan army' + 'chief'; when the tail of
    a name and the next word form a title ('army chief'), re-split as 'Pakistan' + title."""
    for k in range(len(items) - 1):
        a, b = items[k], items[k + 1]
        if a.kind != "actor" or b.kind != "agent" or b.start != a.end or a.end - a.start < 2:
            continue
        for cut in range(a.start + 1, a.end):
            title = " ".join(low[cut:b.end])
            head = " ".join(low[a.start:cut])
            if title in reg.titles:
                first = _lookup_ngram(reg, head, [(t, t) for t in low[a.start:cut]], a.start, cut)
                office, sector = reg.titles[title]
                items[k + 1] = _Item("title", cut, b.end, sector=sector, office=office)
                if first is None:
                    del items[k]
                else:
                    items[k] = first
                return items
    return items


def _lookup_ngram(reg: Registry, key: str, toks, start: int, end: int) -> Optional[_Item]:
    cands = [a for a, acro in reg.aliases.get(key, ())
             if not acro or all(o.isupper() or o.isdigit() for _, o in toks)]
    if cands:
        return _Item("actor", start, end, actors=tuple(cands), sector=reg.agents.get(key))
    if key in reg.titles:
        office, sector = reg.titles[key]
        return _Item("title", start, end, sector=sector, office=office)
    if key in reg.agents:
        return _Item("agent", start, end, sector=reg.agents[key])
    if key in reg.demonyms:
        return _Item("demonym", start, end, country=reg.demonyms[key])
    if key in reg.plurals:
        return _Item("plural", start, end, country=reg.plurals[key])
    if key in reg.former:
        return _Item("former", start, end)
    return None


def _pick(actors: Sequence[Actor], prefer: Optional[str], date) -> Actor:
    """Among actors sharing an alias, the one of the preferred (context) country, else the first."""
    if prefer and len(actors) > 1:
        for a in actors:
            role = a.role_at(date)
            if role and role.country == prefer:
                return a
    return actors[0]


# -- the decision over tagged items ------------------------------------------------------------
def _decide(reg: Registry, text: str, items: list[_Item], date, prefer=None,
            ntok: int = 0) -> Optional[Resolution]:
    if not items:
        return None
    former = any(it.kind == "former" for it in items)
    roles = [it for it in items if it.kind in ("title", "agent")]
    named = [it for it in items if it.kind == "actor"]
    people = [it for it in named if _pick(it.actors, prefer, date).kind == "person"]
    if people:
        best = max(people, key=lambda it: (it.end - it.start, it.start))
        person = _pick(best.actors, prefer, date)
        res = _from_actor(text, person, date, "contains")
        title = next((it for it in items if it.kind == "title"), None)
        held = [r for r in person.roles if title and r.office == title.office]
        if date is None and held:  # undated "President Obama": the office the title names
            res.country, res.sector = held[-1].country, held[-1].sector
        if former and res.sector not in (None, "ELI"):
            res.sector = "ELI"
        return res
    # owners: named non-person actors and demonyms; an actor word that is also an agent noun
    # (Foreign Office) counts as the agent when a state of another country owns it.
    states = [it for it in items if it.kind in ("demonym", "plural")
              or (it.kind == "actor" and _pick(it.actors, prefer, date).kind in STATE_KINDS)]
    for it in named:
        if it.sector and states and it not in states:
            owner_country = _owner_country(states[0], date, prefer)
            a = _pick(it.actors, owner_country, date)
            role = a.role_at(date)
            if role is None or role.country != owner_country:
                it.kind, roles = "agent", [*roles, it]
    named = [it for it in items if it.kind == "actor"]
    owners = [it for it in items if it.kind in ("actor", "demonym", "plural")]
    if roles:
        head = min(roles, key=lambda it: it.start)
        before = [o for o in owners if o.end <= head.start]
        after = [o for o in owners if o.start >= head.end]
        owner = before[-1] if before else (after[0] if after else None)
        title = next((r for r in roles if r.kind == "title"), None)
        if owner is None:
            return Resolution(text, sector="ELI" if former else (title or head).sector,
                              method="bare", office=None if former or title is None else title.office)
        # a title followed by words we do not know names someone else: no office-holder lookup
        named_other = title is not None and ntok > max(it.end for it in items)
        return _with_owner(reg, text, owner, title or head, date, former or named_other, prefer,
                           keep_sector=named_other and not former)
    if named:
        best = max(named, key=lambda it: (PRIORITY.get(_pick(it.actors, prefer, date).kind, 3),
                                          it.end - it.start, -it.start))
        return _from_actor(text, _pick(best.actors, prefer, date), date, "contains")
    dem = owners[0] if owners else None
    if dem is not None:
        res = _from_actor(text, dem.country, date, "demonym" if dem.kind == "demonym" else "plural")
        if dem.kind == "plural" or ntok > dem.end:  # "Afghans", "Iraqi towns": people, places
            res.sector = "CVL"
        return res
    return None


def _owner_country(owner: _Item, date, prefer) -> Optional[str]:
    actor = owner.country if owner.country is not None else _pick(owner.actors, prefer, date)
    role = actor.role_at(date)
    return role.country if role else None


def _with_owner(reg: Registry, text, owner: _Item, head: _Item, date, former, prefer,
                keep_sector: bool = False) -> Resolution:
    actor = owner.country if owner.country is not None else _pick(owner.actors, prefer, date)
    role = actor.role_at(date)
    if role is None:
        return Resolution(text, method="owner")
    statelike = owner.kind in ("demonym", "plural") or actor.kind in STATE_KINDS \
        or role.sector == "GOV"
    if not statelike:  # TTP militants, JUI leaders: the group's own sector
        return Resolution(text, actor.name, role.country, role.sector, actor.wikidata, True, "owner")
    if former:
        sector = head.sector if keep_sector else "ELI"
        return Resolution(text, actor.name, role.country, sector, None, True, "owner")
    if head.kind == "title" and role.country in reg.countries:
        holder = reg.office_holder(role.country, head.office, date)
        if holder is not None:
            res = _from_actor(text, holder, date, "title")
            return res
        return Resolution(text, actor.name, role.country, head.sector, None, True, "title")
    sector = head.sector
    if sector == "REB" and actor.kind not in STATE_KINDS and owner.kind == "actor":
        sector = "MIL"  # "Taliban fighters" once the Taliban govern
    return Resolution(text, actor.name, role.country, sector, None, True, "agent")


# -- context-free resolution (memoised) ------------------------------------------------------
def _strip_honorifics(reg: Registry, key: str) -> str:
    words = key.split()
    while len(words) > 1:
        for n in (3, 2, 1):
            if " ".join(words[:n]) in reg.honorifics and len(words) > n:
                words = words[n:]
                break
        else:
            break
    return " ".join(words)


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


# -- context --------------------------------------------------------------------------------
def context_countries(reg: Registry, text: str) -> Counter:
    """How often each state is named in a text (names, capitals, demonyms, state bodies)."""
    memo = reg.cache.setdefault("ctx", {})
    if text in memo:
        return memo[text]
    counts: Counter = Counter()
    for it in tag(reg, text):
        c = _item_country(reg, it)
        if c is not None:
            counts[c] += 2 if it.kind == "actor" and it.actors[0].kind == "region" else 1
    if len(memo) > 2000:
        memo.clear()
    memo[text] = counts
    return counts


def _item_country(reg: Registry, it: _Item) -> Optional[str]:
    if it.kind in ("demonym", "plural"):
        return it.country.roles[0].country
    if it.kind == "actor" and it.actors[0].kind != "media":
        role = it.actors[0].role_at(None)
        if role and role.country in reg.states:
            return role.country
    return None


def _nearest(reg: Registry, sentence: str, text: str, tied: set) -> Optional[str]:
    """Of the tied countries, the one named nearest the mention (before it preferred)."""
    pos = sentence.find(text)
    if pos < 0:
        return None
    m0 = len(tokens(sentence[:pos]))
    m1 = m0 + len(tokens(text))
    best = None
    for it in tag(reg, sentence):
        c = _item_country(reg, it)
        if c not in tied or m0 <= it.start < m1:
            continue
        dist = m0 - it.end if it.end <= m0 else it.start - m1 + 0.5
        if best is None or dist < best[0]:
            best = (dist, c)
    return best[1] if best else None


def _main_country(reg: Registry, context: Sequence[str], text: str = "") -> Optional[str]:
    """Most named state: the first context text (sentence) decides, the others break ties
    (then nearness to the mention in the sentence)."""
    total: Counter = Counter()
    for weight, ctx in zip((1_000_000, 1_000, 1), context):
        for c, n in context_countries(reg, ctx).items():
            total[c] += weight * n
    if not total:
        return None
    if text and context:
        first = context_countries(reg, context[0])
        top = max(first.values(), default=0)
        tied = {c for c, n in first.items() if n == top}
        if len(tied) > 1:
            return _nearest(reg, context[0], text, tied) or total.most_common(1)[0][0]
    return total.most_common(1)[0][0]


def _surname(reg: Registry, text: str, context: Sequence[str], day) -> Optional[Resolution]:
    """'Rehman' or 'Sadiq' named in full elsewhere in the context."""
    words = _strip_honorifics(reg, norm(text)).split()
    while len(words) > 1 and (words[-1] in reg.agents or words[-1] in ("office", "statement")):
        words = words[:-1]  # "Haqqani's office" -> Haqqani
    key = " ".join(words)
    if not words or len(words) > 2:
        return None
    for ctx in context:
        padded = f" {norm(ctx)} "
        for alias, actor in reg.surnames.get(words[-1], ()):
            if alias != key and alias.endswith(" " + key) and f" {alias} " in padded:
                return _from_actor(text, actor, day, "coref")
    return None


def _lookahead(reg: Registry, text: str, sentence: str) -> Optional[str]:
    """Sector of the noun a bare adjective modifies in its sentence ('Hungarian and Romanian
    officials' -> GOV)."""
    pos = sentence.lower().find(text.lower())
    if pos < 0:
        return None
    items = tag(reg, " ".join(sentence[pos + len(text):].split()[:6]))
    for it in items:
        if it.kind in ("agent", "title"):
            return it.sector
        if it.kind != "demonym":
            return None
    return None


def resolve(text: str, date: Optional[str], res, context: Sequence[str] = ()) -> Resolution:
    """Resolve one mention on a date; ``context`` = texts around it, nearest first
    (e.g. [sentence, document]). Unknown mentions come back with ``resolved=False``."""
    return resolve_with(get_registry(res), text, date, context)


def resolve_with(reg: Registry, text: str, date, context: Sequence[str] = ()) -> Resolution:
    day = _day(date)
    out = resolve_free(reg, text, day)
    if not context:
        return out
    if out.method in ("unknown", "bare") or (out.method == "fuzzy" and len(norm(text).split()) <= 2):
        found = _surname(reg, text, context, day)
        if found is not None:
            return found
    if out.method == "demonym":
        sector = _lookahead(reg, text, context[0])
        if sector:
            out.sector = sector
        return out
    if out.method == "exact" and len(reg.candidates(norm(text))) > 1:
        prefer = _main_country(reg, context)
        actor = _pick(reg.candidates(norm(text)), prefer, day)
        return _from_actor(text, actor, day, "exact")
    if out.method == "bare":
        country = _main_country(reg, context, text)
        if country is None:
            return out
        if out.office:
            holder = reg.office_holder(country, out.office, day)
            if holder is not None:
                return _from_actor(text, holder, day, "context-title")
        state = reg.states.get(country)
        return Resolution(text, state.name if state else country, country, out.sector,
                          None, True, "context")
    return out


# -- documents, records, stage ------------------------------------------------------------------
def resolve_events(doc: Document, res) -> Document:
    """Fill every ActorRef of ``doc.events`` in place for the event's date (or publication)."""
    reg = get_registry(res)
    for ev in doc.events:
        date = ev.date or doc.published
        context = [ev.sentence.text or doc.text[ev.sentence.start:ev.sentence.end], doc.text]
        for ref in [*ev.actor, *ev.recipient]:
            resolve_with(reg, ref.text, date, context).fill(ref)
    return doc


def process(docs: Iterable[Document], res) -> Iterator[Document]:
    """Pipeline stage: documents with events in, the same documents with actors resolved out."""
    from jirga.model import Reject
    for doc in docs:
        if not doc.rejects:
            try:
                resolve_events(doc, res)
            except Exception as exc:  # a bug on one document must not stop the run
                doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "actors", "E301",
                                          f"actor resolution failed: {exc}"))
        yield doc


def resolve_records(records: Iterable[dict], res) -> Iterator[dict]:
    """The ``jirga actors resolve`` contract: {id, text, date[, context]} ->
    {id, text, name, country, sector, wikidata, resolved}."""
    reg = get_registry(res)
    for rec in records:
        ctx = rec.get("context") or ()
        ctx = [ctx] if isinstance(ctx, str) else list(ctx)
        out = resolve_with(reg, str(rec.get("text") or ""), rec.get("date"), ctx)
        yield {"id": rec.get("id"), "text": rec.get("text"), **out.to_record()}
