"""Event location: the place where each event happened.

Order of evidence, per event:
1. places syntactically governed by the trigger: a locative preposition (in/at/near/...)
   attached to the trigger, its object, or a noun chain below them ('an attack in the
   district of Bajaur'); for movement verbs the destination ('visited Kabul',
   'arrived in Doha'). Relative and adverbial clauses of other verbs are not entered
   ('Rehman, who met diplomats in Peshawar, visited Kabul' -> Kabul).
   Not a place: the addressee after 'to' ('apologised to Chile', unless the act is going
   somewhere), the doer after 'by', a place inside what the act is about ('complained
   about the mistreatment of Afghans in Pakistan'), a country closing an organisation's
   name ('Tehreek-e-Taliban Pakistan'). After acts of taking out ('released from Afghan
   prisons') 'from' names the place.
   A target building is where the act happened whoever uses it ('a base used by troops in
   Mir Ali'); a place in the phrase of an attack the act answers is that attack's ('protested
   after the strikes in Spera').
2. the trigger is inside a noun phrase with a locative modifier above it, or an event noun
   subject of a verb of taking place ('operations were continuing in Sangin'); an event told
   in a 'where' clause happened at its head ('Dubai, where officials briefed him'). A harm
   and its act told in two clauses of one sentence share the place either names ('were
   killed when militants stormed a hotel in Kandahar'; 'the patrol was in Khost when a bomb
   went off').
Inside a report ('traders in Peshawar said the border was shut'), only places in the
reported clause count.
3. the nearest place in the same sentence that is not the actor of the event, under a
   locative preposition, and not hanging off a relative clause of a bystander noun,
   an origin ('from'), a source ('according to'), another coordinated event or the trigger
   of another event of the sentence ('the visit came after officials met in Islamabad'); failing
   that, a place in the event's subject ('the envoy in Islamabad met officials'); failing
   any place, a capital doing the act stands for its country ('Tashkent deported hundreds
   of traders' -> Uzbekistan, with the capital's words as evidence).
Candidates include unresolved named sites from the parse (jirga.places.sites): the most
specific place wins ('in al-Tijara neighbourhood in central Damascus' -> al-Tijara), and so
does a known town the gazetteer puts in the district or province named with it ('in Datta
Khel in North Waziristan'); in the pipeline such a site takes its own reading in the district
it is named with, else the coordinates of the resolved place containing it.
4. a continuation: the sentence before, else the one after, has an event of the same type
   with a location found in its own sentence; a town left unnamed ('shelled a city in
   western Iraq') is the one such a report next to it names in that country.
   An event noun made definite ('the ambush'), or a harm done in one ('killed in the
   strikes'), refers back to the latest event of its type placed before it, else to the place
   the story gave the same noun; an act done to 'the crossing' (or gate, post) is at the one the
   story named last with that noun ('the Chaman crossing').
5. the scene of the event's day (jirga.places.scene): an act told in the past takes the town
   where the story last put an act of the same date.
6. what the story says as a whole (jirga.places.story): the dateline, else the story's focus;
   not for an attack told only as what someone said ('the spokesman said 58 soldiers were
   killed'): the dateline is where it was said.
A meeting placed only at a country is held in the town of it the story names (its capital
first), a harm told in the past and placed only at a country is the incident the story places
in one town of it, and a site the geoparser did not read is looked up among the story's
countries ('the Afghan capital' is Kabul).

Steps 1-3 are read here, with the word lists and tree tests of ``jirga.places.syntax``;
step 4 and the incident towns are the story-level passes of ``jirga.places.context``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from jirga.model import Document, Place
from jirga.places.context import (back_references, follow_up_sentences, from_next_sentences, incident_towns,
                                  named_before)
from jirga.places.names import PART_WORDS, place_key
from jirga.places.scene import scene_places
from jirga.places.sites import site_mentions, with_container
from jirga.places.story import (AREA_WORDS, MEETING_TYPES, capital_site, dateline, known_site, local_site,
                                meeting_town, named_area, story_focus)
from jirga.places.syntax import (CLAUSE, EVENT_NOUNS, PLACE_NOUNS, SITE_NOUNS, STRONG_PREPS, governing_prep_is_locative,
                                 is_modifier, is_subject_side, linked_acts, main_clause_place, name_tail, said_where,
                                 score_down, score_up, side_path, token_of, trigger_token)
from jirga.tense import SAID
from jirga.tokens import REPORT_VERBS

TOURS = {"tour", "tours", "toured", "touring"}
# what may stand between a place and the area it is named in: 'Spera district of Khost'
_NAMED_IN = re.compile(r"^(?: (?:" + "|".join(PART_WORDS) + r"))?(?: of| in)? ?$", re.I)
_AREA_WORD = re.compile(r" (" + "|".join(AREA_WORDS) + r")\b", re.I)


class PlaceIndex:
    """The document's places sorted by start: the places inside a sentence by bisection,
    so locating every event of a long document costs the events times the places of
    their sentences, not the events times all the document's places."""
    __slots__ = ("places", "order", "starts")

    def __init__(self, places: list[Place]):
        self.places = places
        self.order = sorted(range(len(places)), key=lambda i: places[i].start)
        self.starts = [places[i].start for i in self.order]

    def within(self, start: int, end: int) -> list[Place]:
        """Places lying wholly in [start, end), in the document's own order."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        hits = sorted(i for i in self.order[lo:hi] if self.places[i].end <= end)
        return [self.places[i] for i in hits]


def _places_in(doc: Document, start: int, end: int, index: Optional[PlaceIndex] = None) -> list[Place]:
    return (index or PlaceIndex(doc.places)).within(start, end)


def locate_in_sentence(doc: Document, ev, parsed, sites: bool = True,
                       index: Optional[PlaceIndex] = None) -> Optional[Place]:
    """The event's place in its sentence. ``sites``: also consider unresolved named sites
    (villages, neighbourhoods, camps) found from the parse; see jirga.places.sites.
    ``index``: the document's places indexed once (``PlaceIndex``) when locating many events.
    Failing a place, a capital doing the act stands for its country (``_capital_as_doer``)."""
    found = _named_place(doc, ev, parsed, sites, index)
    if found is not None:
        return found
    trig = trigger_token(parsed, ev)
    if trig is None:
        return None
    s = ev.sentence
    by_token = {}
    for p in _places_in(doc, s.start, s.end, index):
        tok = token_of(parsed, p)
        if tok is not None:
            by_token[tok.i] = p
    return _capital_as_doer(doc, trig, by_token)


def _named_place(doc: Document, ev, parsed, sites: bool, index: Optional[PlaceIndex]) -> Optional[Place]:
    s = ev.sentence
    cands = _places_in(doc, s.start, s.end, index)
    if sites:
        cands = sorted(cands + site_mentions(parsed, s.start, s.end, cands), key=lambda p: p.start)
        cands = [p for p in cands if not any(_part_of(p, q) for q in cands)]
    if not cands:
        return None
    toks = {id(p): token_of(parsed, p) for p in cands}
    others = [t for t in toks.values() if t is not None]
    cands = [p for p in cands if toks[id(p)] is not None
             and (not is_modifier(toks[id(p)], others) or _town_of_the_act(toks[id(p)], p))
             and not name_tail(toks[id(p)], p)]
    if not cands:
        return None
    trig = trigger_token(parsed, ev)
    if trig is None:
        return None
    where = _where_clause(trig, {token_of(parsed, p).i: p for p in cands})
    if where is not None:
        return where
    named = [p for p in cands if toks[id(p)].head.i == trig.i and _town_of_the_act(toks[id(p)], p)]
    if named:
        return named[0]     # 'the Istanbul talks'

    content = _reported_content(trig)
    speech = ev.event_type in SAID and trig.lemma_.lower() not in SIGNING
    if content is not None:
        # a reported happening is where the report puts it; an act of saying coded from the
        # words reported ('the minister said in Doha that Kabul wants calm ties with
        # Islamabad') is where the words were said, and the places it speaks of are its matter
        cands = [p for p in cands if (token_of(parsed, p).i in content) != speech]
    if speech or (ev.event_type == "CONSULT" and trig.lemma_.lower() in TOPIC_VERBS):
        # what was discussed is the talks' matter: 'discussed prisoners held in Pakistan'
        matter = _matter(trig)
        cands = [p for p in cands if token_of(parsed, p).i not in matter]
    on = _place_it_hangs_on(trig, cands, parsed)
    if on is not None:
        return on
    scored = []
    linked = linked_acts(trig, ev.event_type)
    for p in cands:
        tok = token_of(parsed, p)
        if tok is None:
            continue
        known = p.name is not None
        sc = score_down(trig, tok, known)
        direct = sc is not None
        if sc is None:
            sc = score_up(trig, tok, known)
        for act, cost in linked if sc is None else ():
            sc = score_down(act, tok, known)
            if sc is not None:
                sc -= cost
                break
        if sc is not None:
            scored.append((sc, -abs(p.start - ev.trigger.start), direct, p))
    if scored:
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        if scored[0][0] > 3:
            top, best = scored[0][0], scored[0][3]
            # 'liberated the village of Abu Allaj in western Raqqa', 'killed three people in
            # Datta Khel in North Waziristan': a place inside the best one is more specific,
            # wherever the parse hangs the container; a known town only when the trigger itself
            # governs it and it is read nearly as well as where ('people from Datta Khel' is not)
            inner = [p for sc, _, direct, p in scored[1:] if sc > 3 and (
                _placed_in(p, best) or (direct and sc >= top - 4 and _within(p, best)))]
            return inner[0] if inner else best
    # nearest place in the sentence that is not on the subject side / actor
    # else, where the subject is ('the envoy in Islamabad met officials'): an actor
    # somewhere acts there more often than not
    near = []
    rivals = [r for r in _rival_triggers(doc, ev, parsed) if r.pos_ == "VERB"
              and not trig.is_ancestor(r) and not r.is_ancestor(trig)]
    for p in cands:
        tok = token_of(parsed, p)
        if tok is None or p.feature_code == "CONT":
            continue
        if not governing_prep_is_locative(tok) or side_path(trig, tok) or main_clause_place(trig, tok):
            continue
        if any((score_down(r, tok, p.name is not None) or 0) > 3 for r in rivals):
            continue    # 'the visit came two days after officials met in Islamabad': the meeting's
        near.append((int(is_subject_side(trig, tok)), abs(p.start - ev.trigger.start), p))
    if near:
        near.sort(key=lambda x: (x[0], x[1]))
        return near[0][2]
    return None



# nouns of a meeting or an attack a town's name before them places: 'the Istanbul talks', 'the
# Quetta bombing' (a country's name there is its doer: 'a US air strike')
PLACED_ACTS = EVENT_NOUNS | {"talks", "round", "meeting", "summit", "conference", "negotiations", "agreement",
                             "accord", "deal", "ceasefire", "truce", "process", "declaration"}


# Verbs of a verbal type done in person: 'signed a peace agreement in Geneva' was signed there
SIGNING = frozenset({"sign", "ink", "initial", "countersign"})


def _town_of_the_act(tok, p: Place) -> bool:
    return (tok.dep_ == "compound" and (tok.head.lemma_.lower() in PLACED_ACTS or tok.head.lower_ in PLACED_ACTS)
            and bool(p.name)
            and not (p.feature_code or "PCL").startswith(("PCL", "ADM1", "RGN", "CONT")))


def _rival_triggers(doc: Document, ev, parsed) -> list:
    """The triggers of the sentence's other events: a place one of them governs is its own,
    not one for the nearest-place rule to give away. Only verbs heading a clause of their own
    (the locating rule takes them unless one governs the other): 'a phone call during a
    meeting at the airport' was made there; 'harbouring the network behind the attack near
    Besham, which killed five' is where the attack was."""
    out = []
    for e in doc.events:
        if e is ev or e.sentence.start != ev.sentence.start or e.trigger.start == ev.trigger.start:
            continue
        t = trigger_token(parsed, e)
        if t is not None and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _place_it_hangs_on(trig, cands: list, parsed) -> Optional[Place]:
    """'the Torkham crossing, which Pakistani authorities closed on Wednesday', 'the village
    troops stormed': an act told in a clause on a place happened there (the place's name,
    or the name before its noun), when the place is what the act was done to: not 'the US,
    whose envoys visited Islamabad', where it is the doer."""
    if not _object_gap(trig):
        return None
    head = trig.head
    for p in cands:
        tok = token_of(parsed, p)
        if tok is None:
            continue
        if tok.i == head.i or (tok.head.i == head.i and tok.dep_ == "compound"
                               and head.lemma_.lower() in PLACE_NOUNS | SITE_NOUNS):
            return p
    return None


def _object_gap(trig) -> bool:
    """``trig`` heads a clause on a noun that is its object: 'which X closed', 'X closed' (no
    object of its own, a subject that is no relative word), or a participle 'closed by X'."""
    kids = list(trig.children)
    if trig.dep_ == "acl":
        return trig.tag_ == "VBN"
    if trig.dep_ != "relcl":
        return False
    if any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in kids):
        return True
    return not any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") for c in kids)


def _within(inner: Place, outer: Place) -> bool:
    """The gazetteer puts ``inner`` inside ``outer``: a town in its district, first-level area
    or country."""
    if inner.name is None or outer.name is None or inner.country != outer.country or inner is outer:
        return False
    code, own = outer.feature_code or "", inner.feature_code or ""
    if code.startswith("PCL"):
        return not own.startswith("PCL")
    if code == "ADM1":
        return own != "ADM1" and bool(inner.admin1) and place_key(inner.admin1) in {
            place_key(outer.name), place_key(outer.admin1 or outer.name)}
    if code == "ADM2":
        return not own.startswith(("ADM1", "ADM2")) and inner.admin2 == outer.name
    return False


def _where_clause(trig, by_token: dict) -> Optional[Place]:
    """'the minister flew to Dubai, where officials briefed him': an event told in a 'where'
    clause happened at the place the clause hangs on."""
    t = trig
    for _ in range(6):
        if t.dep_ == "relcl":
            if any(c.lower_ == "where" for c in t.children):
                return by_token.get(t.head.i)
            return None
        if t.head.i == t.i or (t.dep_ in CLAUSE and t.dep_ != "xcomp"):
            return None
        t = t.head
    return None


def _capital_as_doer(doc: Document, trig, by_token: dict) -> Optional[Place]:
    """A capital that is the doer stands for its government ('Tashkent deported hundreds of
    Afghans home', 'the expulsion of Afghans by Islamabad'): the act is the country's, and
    happens there. The place keeps the capital's words as evidence and takes the country's
    name and point, from the country as the document names it. A doer the geoparser left
    out is read as the same words are read elsewhere in the document."""
    doers = [c for c in trig.children if c.dep_ in ("nsubj", "agent")
             or (c.dep_ == "prep" and c.lower_ == "by")]
    doers += [g for c in doers if c.dep_ in ("agent", "prep") for g in c.children if g.dep_ == "pobj"]
    for tok in doers:
        p = by_token.get(tok.i)
        if p is None and tok.ent_type_ == "GPE":   # the geoparser may leave a doer to the actors
            p = next((q for q in doc.places if q.text == tok.text), None)
            if p is not None:
                p = Place(text=tok.text, start=tok.idx, end=tok.idx + len(tok), feature_code=p.feature_code,
                          country=p.country)
        if p is None or p.feature_code != "PPLC":
            continue
        land = next((q for q in doc.places if q.country == p.country
                     and (q.feature_code or "").startswith("PCL")), None)
        if land is not None:
            return Place(text=p.text, start=p.start, end=p.end, name=land.name, lat=land.lat, lon=land.lon,
                         geonameid=land.geonameid, country=land.country, feature_code=land.feature_code)
    return None


# 'Traders in Peshawar said produce rotted while the border was shut': the speakers' place is
# where they spoke, not where the event they report happened (``REPORT_VERBS``)


TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "consider"})


def _matter(trig) -> set:
    """Token indexes of what an act of saying is about and whom it is addressed to: its
    clausal complements ('invited him to visit Kabul'), its object and its other
    prepositions' phrases ('urged the council in Herat to act', 'condemned the
    bombing in Peshawar'), and what another doer did in a clause beside it ('protested when
    guards shelled a market'): where they are is not where the words were said. A locative
    phrase on the act itself ('said in Doha') is kept."""
    return {x.i for c in trig.children
            if c.dep_ in ("xcomp", "ccomp", "dobj", "dative") or (c.dep_ == "prep" and c.lower_ not in STRONG_PREPS)
            or (c.dep_ == "advcl" and _own_doer(c))     # 'protested when guards shelled Chaman'
            for x in c.subtree}


def _own_doer(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


HARM_TYPES = frozenset({"ASSAULT"})


def _reported_harm(ev, parsed) -> bool:
    """An attack told only as what someone said ('Mujahid said 58 soldiers were killed'):
    the dateline and the story's focus are where it was said, not where it was done, so it
    stays unplaced rather than placed in the speaker's city."""
    if ev.event_type not in HARM_TYPES:
        return False
    trig = trigger_token(parsed, ev)
    return trig is not None and _reported_content(trig) is not None


def _reported_content(trig) -> Optional[set]:
    """Token indexes of the report the trigger is told in (the clause under 'said'), or None
    when it is not inside one."""
    t = trig
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS:
            return {x.i for x in t.subtree}
        t = t.head
    return None


def _part_of(p: Place, q: Place) -> bool:
    """``p`` is read from a part of ``q``'s words ('Mir' of 'Mir Ali')."""
    return q.start <= p.start and p.end <= q.end and (p.start, p.end) != (q.start, q.end)


def _placed_in(inner: Place, outer: Place) -> bool:
    """``inner`` is a place the geoparser put at ``outer``'s point (a site or village it
    does not know, in the town or area named with it)."""
    return inner.geonameid is None and outer.name is not None and inner.name == outer.name \
        and inner.lat == outer.lat and inner.lon == outer.lon and inner.text != outer.text



def _abroad(loc: Place, doc: Document, ev, parsed, index: PlaceIndex, res) -> Optional[Place]:
    """'in Spera district of Khost' read as a town of another country: the name's reading in
    the country of the place its phrase puts it in, when the gazetteer has one there."""
    s = ev.sentence
    others = [p for p in _places_in(doc, s.start, s.end, index) if p.name is not None and p is not loc]
    if res is None or not others:
        return None
    inner = with_container(loc, others, parsed)
    if inner is None or not inner.country or inner.country == loc.country \
            or (inner.feature_code or "").startswith("PCL") \
            or not _NAMED_IN.match(doc.text[loc.end:inner.start]):
        return None     # a country after a comma is often a speaker ('Kabul, Pakistan's envoy said')
    return known_site(loc, {inner.country}, res)


def _as_area(loc: Place, doc: Document, res=None) -> Optional[Place]:
    """A town read from 'Khost province', 'Kech district': the area it names
    (``jirga.places.story.named_area``)."""
    if not (loc.feature_code or "").startswith("PPL"):
        return None
    m = _AREA_WORD.match(doc.text, loc.end)
    return named_area(loc, m.group(1), res) if m else None


def _pipeline_location(doc: Document, ev, parsed, index: PlaceIndex, res=None) -> Optional[Place]:
    """Stored events need coordinates: an unresolved site takes those of the resolved place
    its phrase puts it in (its own reading in the gazetteer, when that place is only a
    country or area); failing that, the best resolved reading of the sentence wins; an
    unresolved site is kept (text only) when the sentence offers nothing else."""
    loc = locate_in_sentence(doc, ev, parsed, index=index)
    if loc is not None and loc.name is not None:
        loc = _abroad(loc, doc, ev, parsed, index, res) or loc
        return _as_area(loc, doc, res) or loc
    if loc is None:
        return loc
    capital = capital_site(loc, res)
    if capital is not None:
        return capital
    s = ev.sentence
    resolved = [p for p in _places_in(doc, s.start, s.end, index) if p.name is not None]
    inner = with_container(loc, resolved, parsed)
    if inner is not None and (inner.feature_code or "").startswith(("PCL", "ADM1")):
        # only a country's or area's point ('fired on Ramadi, residents in Iraq said'): the
        # site's own reading there is finer
        return known_site(loc, {inner.country}, res) or inner
    if inner is not None and inner.feature_code == "ADM2":
        # 'the Mir Ali area of North Waziristan': the town's own reading, when it lies there
        own = known_site(loc, {inner.country}, res)
        return own if own is not None and _within(own, inner) else inner
    if inner is not None:
        return inner
    if any(_part_of(p, loc) for p in resolved):
        # the geoparser read only a part of the name ('Ali' of 'Mir Ali'): the whole name's
        # reading among the story's countries comes first
        own = known_site(loc, {p.country for p in doc.places if p.country}, res)
        if own is not None:
            return own
    alt = locate_in_sentence(doc, ev, parsed, sites=False, index=index)
    return alt if alt is not None and alt.name is not None else loc



def place_of_saying(doc: Document, ev, res) -> Optional[Place]:
    """Where an act of saying coded after this stage ran (the claims stage's accusations and
    denials) was done: the place its own sentence gives it, else the dateline or the story's
    focus, as for the events coded before."""
    if doc.parsed is None:
        return None
    loc = _pipeline_location(doc, ev, doc.parsed, PlaceIndex(doc.places), res)
    return loc if loc is not None else dateline(doc, res) or story_focus(doc.places)


def locate_events(doc: Document, res) -> None:
    """Each event's place, from ``doc.places`` (geoparse first)."""
    parsed = doc.parsed
    if parsed is None or not doc.events:
        return
    index = PlaceIndex(doc.places)
    lands = {p.country for p in doc.places if p.country}
    for ev in doc.events:
        ev.location = _pipeline_location(doc, ev, parsed, index, res)
        loc = ev.location
        if loc is not None and loc.name is None:
            ev.location = known_site(loc, lands, res) or loc
    by_sent: dict[int, list] = {}
    for ev in doc.events:
        by_sent.setdefault(ev.sentence.index, []).append(ev)

    def place_of(probe):        # the story-level passes read other sentences as the events' own
        return _pipeline_location(doc, probe, parsed, index, res)

    from_next_sentences(doc, parsed, by_sent)
    follow_up_sentences(doc, parsed, by_sent, place_of)
    back_references(doc, parsed, place_of)
    named_before(doc, parsed)
    scene_places(doc, lambda ev: trigger_token(parsed, ev), SAID, lambda p: said_where(parsed, p))
    dl = line = None
    for ev in doc.events:
        if ev.location is not None and ev.location.name is None:
            if line is None:
                line = dateline(doc, res) or False
            ev.location = local_site(ev.location, line or None, doc.places) or ev.location
        if ev.location is None and not _reported_harm(ev, parsed):
            if dl is None:
                dl = dateline(doc, res) or story_focus(doc.places) or False
            if dl:
                ev.location = dl
    incident_towns(doc, parsed, index)
    for ev in doc.events:
        # a tour of a country goes to many of its towns: the country is its place
        if ev.event_type in MEETING_TYPES and ev.location is not None and ev.trigger.text.lower() not in TOURS:
            ev.location = meeting_town(ev.location, doc.places) or ev.location
