"""Resolve actor mentions to canonical actors with country and sector codes for a date.

Order, first hit wins (each step memoised per text and date):

1. exact alias (normalised: case, accents, hyphens, apostrophes, dots, possessive 's, a
   leading 'the'; also with honorifics such as 'Maulana' and parenthesised acronyms dropped);
2. transliteration skeleton (Tahreek-e-Taliban = Tehrik-i-Taliban) and strict fuzzy match;
3. the words of the mention tagged with the longest aliases, demonyms, titles and agent
   nouns it contains, then combined: a named person; an owner + title ("the Taliban's
   foreign minister" -> the office holder on the date, else OWNER GOV); an owner + agent noun
   ("Pakistani border guards" -> PAK MIL); the most specific named actor inside the span;
4. looser fuzzy match (rapidfuzz ratio, names of five characters or more); a title and a
   surname several people share ('former President Rajapaksa'): the one the office and the
   date pick (``titled``);
5. a ruler's title and a given name ('Sheikh Mohammed', 'King Abdullah'): the office holder of
   that name on the date (``titled``);
   with context (sentence, document): a surname of a person named in full in the context
   ('Rehman' after 'Maulana Fazlur Rehman'), or the first words of such a name ('Andrés Manuel'
   after 'Andrés Manuel López Obrador'); the noun after a bare adjective ('Hungarian and
   Romanian officials'); a bare agent or title gets, in order, a state attached to it, the
   country of the sentence's event place, the dateline country (government agents) -- see
   ``evidence`` -- else the country most mentioned in the context;
6. otherwise unknown: ``resolved=False``, the text kept, listed by ``unknown_counts``.

The stage also adds the parties an act implies without naming them (``implied``: the court
behind a passive conviction; the addressee of a demand or a promise that names none, from
the dyads of the story).

Modules: ``mention`` tags a mention's words, ``combine`` decides over the tags (and holds
``Resolution``), ``context`` reads the texts around a mention; this module runs the order
above and is the pipeline stage. A mention resolved to a class of a country's actors
('Pakistani soldiers' PAK MIL) has no ``name`` but is ``resolved``; see combine.of_state.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable, Iterator, Optional, Sequence

from jirga.actors.anaphora import is_anaphor, party_of, resolve_anaphor, resolve_place, story_side
from jirga.actors.combine import Resolution, of_state
from jirga.actors.combine import from_actor as _from_actor
from jirga.actors.context import context_countries, named_states, story_states
from jirga.actors.context import given_name as _given_name, lookahead as _lookahead, main_country as _main_country
from jirga.actors.context import from_mention, owner_country
from jirga.actors.context import person_words, story_body, story_person, surname as _surname
from jirga.actors.counterparts import counterparts
from jirga.actors.evidence import agent_country, earlier_attackers, force_sector
from jirga.actors.implied import address, attacker as implied_attacker, authorities, court as implied_court
from jirga.actors.implied import judicial, military
from jirga.actors.lookup import resolve_free
from jirga.actors.mention import pick as _pick
from jirga.actors.registry import Registry, get_registry
from jirga.actors.suspects import mark as mark_suspects
from jirga import data
from jirga.actors.text import norm
from jirga.actors.titled import titled_given, titled_surname
from jirga.tokens import is_reciprocal
from jirga.model import Document
from jirga.periods import middle
from jirga.places.gazetteer import get_gazetteer
from jirga.places.names import place_key


def resolve(text: str, date: Optional[str], res, context: Sequence[str] = ()) -> Resolution:
    """Resolve one mention on a date; ``context`` = texts around it, nearest first
    (e.g. [sentence, document]). Unknown mentions come back with ``resolved=False``."""
    return resolve_with(get_registry(res), text, date, context)


def resolve_with(reg: Registry, text: str, date, context: Sequence[str] = (), before: Optional[str] = None,
                 places: Optional[Callable[[str], list]] = None, taken: Sequence[tuple] = (),
                 avoid: Sequence[str] = (), where: Optional[str] = None,
                 persons: frozenset = frozenset(), opposite: Sequence[tuple] = (),
                 carried: Optional[str] = None, own: Optional[str] = None) -> Resolution:
    """``before``: the document text up to the mention (found in ``context`` when not given);
    ``places``: gazetteer lookup (name -> candidates) for place names used as actors;
    ``taken``: parties the event's other mentions resolved to (for 'the two sides');
    ``avoid``: states the event's other side names ('Afghan forces' for their victims), no
    evidence for a bare agent's country while another is at hand; ``where``: the country of
    the place the sentence's event happens in, when the places stage found it there;
    ``persons``: names the parser took for people in the document (``person_words``): one
    of them is not a place, and one the registry lacks is a citizen of the story's state;
    ``opposite``: the parties of the event's other side (a victim's 'its soldiers' are not the
    attackers' own); ``carried``: the country of the event's place when the places stage
    carried it over from an earlier sentence ('40 people were killed in the strikes');
    ``own``: the country of a place the geoparser read in the mention ('Quetta police')."""
    day = middle(date)
    if context and before is None:
        before = _before(text, context, reg.read_back)
    if context and is_anaphor(text):
        hit = resolve_anaphor(reg, text, day, before, taken, opposite)
        if hit is not None:
            return hit
    first = _first_conjunct(reg, text, day)
    if first is not None and first != text:
        # 'the defence minister and the ISI chief General X': the party is the one named first;
        # 'Pakistani cleric and politician Maulana X' is one man, whom the whole names
        out = resolve_with(reg, first, date, context, before, places, taken, avoid, where, persons,
                           opposite, carried, own)
        if out.resolved and out.name is not None:
            out.text = text
            return out
    out = _with_context(reg, text, day, context, places, before, avoid, where, carried, own)
    # an agent noun ('Police' opening a sentence) is no place name, whatever town bears it
    if not out.resolved and out.sector is None and places is not None and text not in persons:
        out = resolve_place(text, places, story_states(reg, context)) or out
    if not out.resolved and out.country is None and context:
        if _who_follows(text, context[0]):     # 'X, who was jailed': a person, whatever the parser says
            persons = persons | {text}
        if persons:
            out = story_person(reg, text, context, persons, where) or out
    if not out.resolved and context and text not in persons:
        # what the story says the body is outranks a guess from a word of its name ('Union')
        out = story_body(reg, text, context, where) or out
    return out


THE = re.compile(r"\bthe\s*$", re.I)
# acts between states and their governments, where 'the Saudis', 'the Americans' are the state;
# in an attack, a deportation, aid or a protest they are its people
STATE_ACTS = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT",
                        "THREATEN", "SANCTION", "CONCEDE", "RETREAT"})


def _who_follows(text: str, sentence: str) -> bool:
    """A 'who' clause right after the mention: the name is a person's."""
    return bool(text) and re.search(re.escape(text) + r",?\s+who\b", sentence) is not None


def _first_conjunct(reg: Registry, text: str, day) -> Optional[str]:
    """The words before the first 'and' of a coordinated mention the registry does not know
    as a whole ('Trinidad and Tobago' it does), outside brackets; else None."""
    if " and " not in text or resolve_free(reg, text, day).method == "exact":
        return None
    head = text.split(" and ", 1)[0]
    if head.count("(") != head.count(")") or len(head.split()) < 1:
        return None
    return head.strip(" ,")


def _before(text: str, context: Sequence[str], limit: Optional[int] = None) -> str:
    """The document text before the mention: the sentence (context[0]) located in the document
    (context[-1]), up to the mention's first occurrence in it; only its last ``limit``
    characters (a copy of the whole prefix per mention would make long documents quadratic)."""
    sent, doc = context[0], context[-1]
    j = sent.find(text)
    i = doc.find(sent) if len(context) > 1 else 0
    if j < 0:
        end = i + len(sent) if i >= 0 else len(doc)
        src = doc
    else:
        end, src = (i + j, doc) if i >= 0 else (j, sent)
    return src[max(0, end - limit) if limit else 0:end]


# the heads of a body ('president of the union', 'leader of the militant group')
HEADS = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "head", "leader", "chief",
                   "secretary", "director", "spokesman", "spokeswoman", "spokesperson", "general"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
BODY = re.compile(r"^(?:the\s+)?([\w-]+(?:\s[\w-]+)?)\s+of\s+(.+)$", re.I)


def _body_office(reg: Registry, text: str, out: Resolution, day) -> None:
    """'the president of the union', 'the secretary-general of the party', 'the leader of the
    militant group': the head of a body outside the state takes the body's sector (LAB, PTY,
    REB), not the state office its title words would name. A state organ's head ('the chief of
    the general staff') keeps the office: it belongs to its state wherever the holder acts."""
    m = BODY.match(text)
    if m is None or re.split(r"[\s-]", m.group(1).lower())[-1] not in HEADS:
        return
    body = resolve_free(reg, m.group(2), day)
    if body.method == "bare" and body.sector is not None and body.sector not in STATE_ORGANS:
        out.sector, out.office = body.sector, None


def _with_context(reg: Registry, text: str, day, context: Sequence[str],
                  places: Optional[Callable[[str], list]] = None, before: Optional[str] = None,
                  avoid: Sequence[str] = (), where: Optional[str] = None,
                  carried: Optional[str] = None, own: Optional[str] = None) -> Resolution:
    out = resolve_free(reg, text, day)
    if out.method in ("unknown", "bare"):   # 'Sheikh Mohammed', 'King Abdullah': a ruler
        # the one the article names in full first ('Sheikh Mohammed bin Zayed'), else the
        # one in office on the date
        ruler = (_given_name(reg, text, context, day) if context else None) or titled_given(
            reg, text, day, lambda: [c for c in [_main_country(reg, context, text)] if c])
        if ruler is not None:
            return ruler
    if out.method == "bare":         # 'President Rajapaksa': which Rajapaksa the title says
        titled = titled_surname(reg, text, day)
        if titled is not None:
            return titled
    if not context:
        return out
    if out.method in ("unknown", "bare") or (out.method == "fuzzy" and len(norm(text).split()) <= 2):
        found = _surname(reg, text, context, day) or _given_name(reg, text, context, day)
        if found is not None:
            return found
    if out.method == "demonym" and out.sector == "GOV":  # a bare adjective: "Romanian"
        sector = _lookahead(reg, text, from_mention(text, context[0], before))
        if sector:
            out.sector = sector
            out.name = out.name if sector == "GOV" else None
        return out
    if out.method == "exact" and len(reg.candidates(norm(text))) > 1:
        prefer = _main_country(reg, context, text)
        actor = _pick(reg.candidates(norm(text)), prefer, day)
        return _from_actor(text, actor, day, "exact")
    if out.method == "bare":
        _body_office(reg, text, out, day)
        owner = owner_country(reg, text, context, day)
        if owner is not None:        # 'supporters of Park': Park's state, named in full elsewhere
            return of_state(text, reg.states.get(owner), owner, out.sector, "context-owner")
        # an office belongs to its state wherever the holder acts: "the chief of the general
        # staff would lead the campaign in Ukraine" is not Ukraine's
        out.sector = force_sector(reg, text, out.sector, context[0], before)
        if out.sector == "UAF":
            back = earlier_attackers(reg, before, day)
            if back is not None and back[0] == "actor":
                return _from_actor(text, back[1], day, "context-attackers")
            out.sector = back[1] if back is not None else out.sector
        sector = None if out.office and out.sector != "GOV" else out.sector
        country = (None if out.kin else agent_country(reg, text, context, sector, places, before, avoid,
                                                        where, carried, own)) \
            or (_main_country(reg, context, text, exclude=set(avoid)) if avoid and not out.kin else None) \
            or _main_country(reg, context, text, exclude=out.kin) or out.kin or where or carried
        if country is None:
            return out
        if out.office:
            holder = reg.office_holder(country, out.office, day)
            if holder is not None:
                return _from_actor(text, holder, day, "context-title")
        return of_state(text, reg.states.get(country), country, out.sector, "context")
    return out


def attack_nouns(res) -> frozenset:
    """The lexicon's nouns of violence (its ASSAULT nouns): an act about one of them is aimed
    at whoever did it (``implied.address``)."""
    return res.get("actors.attack_nouns", lambda r: frozenset(
        e["lemma"] for e in data.load("lexicon/nouns.jsonl") if e["type"] == "ASSAULT"))


def resolve_events(doc: Document, res) -> None:
    """The actor stage: fill every ActorRef of ``doc.events`` in place for the event's
    date (or the publication date)."""
    reg, places = get_registry(res), _as_read(doc, place_lookup(res))
    persons = person_words(_person_names(doc.parsed.ents)) if doc.parsed is not None and doc.events else frozenset()
    home = _places_country(reg, doc)
    told = None if doc.published else _latest_told(doc)
    dyads: Counter = Counter()       # pairs of parties the story's events name
    pending = []                     # reciprocal mentions: read again once the story's pairs are known
    for ev in doc.events:
        ev.recipient = [r for r in ev.recipient if not _inside_actor(r, ev.actor)]
        date = ev.date or doc.published
        context = [ev.sentence.text or doc.text[ev.sentence.start:ev.sentence.end], doc.text]
        refs = [*ev.actor, *ev.recipient]
        # the states the actors' own words name: no evidence for where their victims are from
        named = {c for r in ev.actor for c in named_states(reg, r.text)}
        # the state a visit goes to is no evidence for the visitor's own ('the premier toured Japan')
        visited = {c for r in ev.recipient for c in named_states(reg, r.text)} if ev.mode == "visit" else set()
        victims = {id(r) for r in ev.recipient}
        where = _event_country(ev) or home
        carried = ev.location.country if ev.location is not None and not where else None
        got = {}
        # reciprocals ('the two sides') last: they take a party the other mentions did not
        for ref in sorted(refs, key=lambda r: is_reciprocal(r.text)):
            # only the last read_back characters are read: copying the whole prefix per
            # mention would make long documents quadratic
            before = (doc.text[max(0, ref.start - reg.read_back - 1):ref.start]
                      if doc.text[ref.start:ref.end] == ref.text else None)
            taken = [p for p in got.values() if p is not None]
            # the states the actors deal with ('talks with the Iranian army') are not its own
            avoid = named if id(ref) in victims else counterparts(reg, ref.text, context[0]) | visited
            opposite = [got[id(r)] for r in ev.actor if got.get(id(r))] if id(ref) in victims else ()
            out = resolve_with(reg, ref.text, date, context, before, places, taken, avoid, where, persons,
                               opposite, carried, _own_place(doc, ref))
            if ev.event_type in STATE_ACTS and out.method == "plural" and len(ref.text.split()) == 1 \
                    and THE.search(before or ""):
                out.sector = "GOV"      # 'stopped selling munitions to the Saudis': the state, not its people
            out.fill(ref)
            if date is None and told is not None:
                _former_by(reg, ref, told)
            got[id(ref)] = party_of(reg, out)
            if before is not None and is_reciprocal(ref.text):
                pending.append((ref, before, date, got))
        _count_dyads(dyads, ev, got)
        judicial(doc, ev)                            # 'Turkey was prosecuting four soldiers'
        military(ev)                                 # 'Israel raided the ship': its forces did
        judge = implied_court(reg, doc, ev, where) or implied_attacker(reg, doc, ev, where)
        if judge is not None:           # 'she was sentenced to six years', 'he was shot dead'
            ev.actor.append(judge)
        target = authorities(ev, where)
        if target is not None:          # 'students protested in Lahore'
            ev.recipient.append(target)
    _story_sides(reg, pending, _leading(dyads))
    address(doc, attack_nouns(res))   # 'the envoy called for restraint': whom, once all are resolved
    mark_suspects(doc, res)           # 'a man remanded for burglaries': a criminal, not a civilian


def _latest_told(doc: Document) -> Optional[str]:
    """The latest year, month or day an undated story tells (as the middle of that period,
    ``middle``): it was written then or later. None when it tells no date."""
    values = [t.value for t in doc.timex if t.type == "DATE" and re.fullmatch(r"\d{4}(-\d\d){0,2}", t.value or "")]
    return middle(max(values)) if values else None


def _former_by(reg: Registry, ref, told: str) -> None:
    """A person of an undated story, read in their latest role (``Actor.role_at``), takes the
    role of a date the story tells when that latest role had ended by then (the registry's
    former official, ELI): a story that tells 2018 was written in 2018 or later, after a
    president removed in 2017 left office. Not a role that starts after it: a story that
    recalls the 2016 election may be about the president elected then."""
    actor = reg.lookup(ref.name) if ref.name and ref.kind == "person" else None
    role = actor.role_at(None) if actor is not None else None
    if role is not None and role.end is not None and role.end < told and ref.sector == role.sector:
        ref.sector = actor.role_at(told).sector


def _story_sides(reg: Registry, pending: list, pair: tuple) -> None:
    """'The two sides agreed ...' opening a story of talks between two states: the pair the
    whole story's events name most, not the parties the words before it happen to name."""
    if not pair:
        return
    for ref, before, date, got in pending:
        taken = [p for k, p in got.items() if p is not None and k != id(ref)]
        out = story_side(reg, ref.text, middle(date), before, pair, taken)
        if out is not None:
            got[id(ref)] = party_of(reg, out)
            out.fill(ref)


def _person_names(ents) -> list[str]:
    """Names the parser took for people at least as often as for places or bodies: 'Tamil
    Nadu', read once as a person among many readings as a state, is no person."""
    votes: Counter = Counter()
    for e in ents:
        if e.label_ == "PERSON":
            votes[e.text] += 1
        elif e.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            votes[e.text] -= 1
    seen = {e.text for e in ents if e.label_ == "PERSON"}
    return [n for n in seen if votes[n] >= 0]


def _as_read(doc: Document, lookup: Callable[[str], list]) -> Callable[[str], list]:
    """The gazetteer lookup, except for names the places stage read in this story: their
    reading, or none when it left the name without a point ('Shankill' in a Belfast court
    story is no Dublin suburb). The two stages must not place one name in two countries."""
    read = {}
    for p in doc.places:
        read.setdefault(place_key(p.text), p.country)
    if not read:
        return lookup

    def look(name: str) -> list:
        key = place_key(name)
        if key not in read:
            return lookup(name)
        found = lookup(name)
        return [e for e in found if e.country == read[key]] or ([] if read[key] is None else found)
    return look


def _places_country(reg: Registry, doc: Document) -> Optional[str]:
    """The country of a story that names no state, only its places ('Karnataka', 'Tamil
    Nadu', 'Puducherry': India): where its bare agents ('the Central Government', 'the
    police') belong. None when the text names a state (that decides) or the places spread
    over several countries, two of them named as often."""
    if not doc.places or context_countries(reg, doc.text):
        return None
    top = Counter(p.country for p in doc.places if p.country).most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _inside_actor(ref, actors) -> bool:
    """'Islamabad authorities called for its reopening', 'its' read as Islamabad: a recipient
    found inside the actor's own words is the actor, no party it acts on ('the two sides',
    actor and recipient at once, excepted)."""
    return not is_reciprocal(ref.text) and any(
        a.start <= ref.start and ref.end <= a.end and (a.start, a.end) != (ref.start, ref.end) for a in actors)


def _count_dyads(dyads: Counter, ev, got: dict) -> None:
    """Count the pairs of parties ``ev`` names (a reciprocal mention is no evidence: it was
    resolved from them)."""
    sides = [{got.get(id(r)) for r in refs if not is_reciprocal(r.text)} - {None}
             for refs in (ev.actor, ev.recipient)]
    for a in sides[0]:
        for b in sides[1]:
            if a != b:
                dyads[frozenset((a, b))] += 1


def _leading(dyads: Counter) -> tuple:
    """The two parties the story pairs most often (twice at least, no tie), else ()."""
    top = dyads.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return ()
    return tuple(top[0][0])


def _own_place(doc: Document, ref) -> Optional[str]:
    """Country of a town or area the geoparser read in the mention's words before its last
    one ('Quetta police', 'a PARANAQUE court'); a country's name there is a demonym's work."""
    for p in doc.places:
        if ref.start <= p.start and p.end < ref.end and p.country \
                and not (p.feature_code or "PCL").startswith(("PCL", "CONT", "RGN")):
            return p.country
    return None


def _event_country(ev) -> Optional[str]:
    """Country of the event's place (the places stage runs first) when its own sentence names
    it; a place carried over from another sentence or the dateline is weaker evidence than
    what ``agent_country`` reads around the mention. A place the event's parties are named
    with is no place of the event."""
    loc = ev.location
    if loc is None or not loc.country or loc.start is None:
        return None
    if any(r.start < loc.end and loc.start < r.end for r in [*ev.actor, *ev.recipient]):
        return None     # a party's name read as a place ('Bhutto was found guilty'): no place
    return loc.country if ev.sentence.start <= loc.start < ev.sentence.end else None


def place_lookup(res) -> Callable[[str], list]:
    """The gazetteer's candidates lookup: place names used as actors ('Kabul said')."""
    return get_gazetteer(res).candidates


def load(res) -> None:
    """The registry (with the user's files) and the gazetteer, before the first document."""
    get_registry(res)
    get_gazetteer(res)


def resolve_records(records: Iterable[dict], res) -> Iterator[dict]:
    """The ``jirga actors resolve`` contract: {id, text, date[, context]} ->
    {id, text, name, country, sector, wikidata, resolved}."""
    reg, places = get_registry(res), place_lookup(res)
    for rec in records:
        ctx = rec.get("context") or ()
        ctx = [ctx] if isinstance(ctx, str) else list(ctx)
        out = resolve_with(reg, str(rec.get("text") or ""), rec.get("date"), ctx, places=places)
        yield {"id": rec.get("id"), "text": rec.get("text"), **out.to_record()}
