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
   an origin ('from'), a source ('according to') or another coordinated event; failing
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
   the story gave the same noun.
5. the scene of the event's day (jirga.places.scene): an act told in the past takes the town
   where the story last put an act of the same date.
6. what the story says as a whole (jirga.places.story): the dateline, else the story's focus.
A meeting placed only at a country is held in the town of it the story names (its capital
first), a harm told in the past and placed only at a country is the incident the story places
in one town of it, and a site the geoparser did not read is looked up among the story's
countries ('the Afghan capital' is Kabul).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from jirga.model import Document, Event, Place, Span
from jirga.places.names import place_key
from jirga.places.scene import scene_places
from jirga.places.sites import COMPASS, site_mentions, with_container
from jirga.places.story import (AREA_WORDS, MEETING_TYPES, capital_site, dateline, known_site, meeting_town,
                                named_area, story_focus)
from jirga.tense import SAID, away, told_tense
from jirga.tokens import REPORT_VERBS


LOC_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around",
             "along", "within", "into", "on", "over", "off", "outside", "nearby", "towards", "to"}
STRONG_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}
MOVE_VERBS = {"visit", "arrive", "travel", "go", "fly", "reach", "return", "come", "land", "tour",
              "head", "move", "deploy", "send", "enter", "march", "flee", "leave"}
# dependency labels we follow downwards from the trigger (not clause boundaries)
DOWN = {"prep", "pobj", "dobj", "nsubjpass", "npadvmod", "compound", "appos", "conj", "amod",
        "nmod", "attr", "oprd", "advmod", "pcomp", "acl", "dative", "obj", "nummod", "poss"}
PLACE_NOUNS = {"city", "town", "village", "district", "province", "region", "area", "county",
               "neighbourhood", "neighborhood", "suburb", "capital", "state", "governorate",
               "island", "valley", "camp", "port", "outskirts", "countryside", "border", "crossing"}
FOLLOW_UP = {"attack", "kill", "injure", "wound", "bombing", "blast", "explosion", "clash", "ambush",
             "raid", "strike", "die", "arrest", "detain", "assault", "fighting", "shoot", "fire"}
# nouns a place name may modify and still give the event's place ('the Sydney offices',
# 'a posh Sofia restaurant', 'their north Belfast home')
SITE_NOUNS = {"home", "house", "office", "restaurant", "airport", "hotel", "hospital", "base", "street",
              "road", "market", "mosque", "church", "school", "station", "prison", "embassy", "consulate",
              "checkpoint", "square", "bridge", "highway", "headquarters", "compound", "building",
              "stadium", "university", "campus", "residence", "garrison", "cantonment", "port", "harbour", "harbor", "coast",
              "suburb", "neighbourhood", "neighborhood", "outskirts", "countryside", "people", "resident"}
# subjects that are themselves events: 'a car bomb in Hama province killed 34'
EVENT_NOUNS = {"bomb", "bombing", "attack", "blast", "explosion", "clash", "fighting", "strike", "raid",
               "airstrike", "shelling", "ambush", "violence", "unrest", "protest", "riot", "battle",
               "offensive", "operation", "assault", "firefight", "shooting", "suicide", "landmine", "mine"}
# verbs coordinated with the trigger that report the same incident ('killed and wounded
# in ...'); other coordinated verbs are other events ('captured, and acknowledged before
# a judge in Madrid', 'shot and died at a hospital in Nashville')
CO_EVENT = {"kill", "wound", "injure", "shoot", "attack", "bomb", "shell", "destroy", "damage", "burn",
            "loot", "capture", "seize", "arrest", "detain", "abduct", "kidnap", "storm", "raid",
            "target", "hit", "strike", "clash", "fight", "protest", "demonstrate", "rally", "march",
            "gather", "liberate", "secure", "patrol", "detonate", "explode", "behead", "execute"}
# verbs whose subject is an event that takes place somewhere
OCCUR_VERBS = {"continue", "happen", "occur", "take", "erupt", "break", "resume", "begin", "start",
               "rage", "intensify", "spread", "unfold", "escalate", "end", "last", "persist"}
CLAUSE = {"relcl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "mark"}
# prepositions that open what an act is about, not where it is: a place below them is the
# place of the matter talked of ('complained about the mistreatment of Afghans in Pakistan',
# 'relations strained due to expulsions from Pakistan')
TOPIC_PREPS = {"about", "regarding", "concerning", "due", "because"}
# prepositions that put another event before or after the act: the place of a violent one is
# its own ('took to the streets after the strikes in Spera'), unless the act is the harm that
# event did ('killed after an attack on a market in Bannu')
ANCHOR_PREPS = {"after", "before", "since", "following", "until", "prior"}
VIOLENCE_NOUNS = {"killing", "death", "murder", "assassination", "arrest", "detention", "abduction",
                  "kidnapping", "massacre", "execution"}
# acts that happen where they take people or forces out of: 'released from Afghan prisons',
# 'withdrew from Kunduz', 'the expulsion of refugees from Pakistan'
FROM_VERBS = {"release", "free", "escape", "rescue", "withdraw", "withdrawal", "expel", "expulsion",
              "deport", "deportation", "evict", "eviction", "evacuate", "evacuation", "repatriate",
              "repatriation", "oust", "flee", "retreat", "extract", "liberate", "break"}
# prepositions that name a party to the act, not where it is: a place below them stands
# for its people or government ('ties with Dushanbe', 'protests against France', 'a
# dispute between Chad and Sudan')
PARTY_PREPS = {"with", "against", "between"}
# ... unless they say where a stretch of land lies ('the buffer zone between the border and
# the river', 'a post on the border with Gaza')
AREA_NOUNS = PLACE_NOUNS | {"zone", "line", "frontier", "corridor", "strip", "road", "highway", "route"}
# nouns of going somewhere: 'a trip to Kabul'; after other triggers 'to X' is whom the act is
# addressed to ('apologised to Chile', 'wrote to Washington')
MOVE_NOUNS = {"trip", "journey", "tour", "visit", "flight", "mission", "pilgrimage", "return"}
TOURS = {"tour", "tours", "toured", "touring"}
# what may stand between a place and the area it is named in: 'Spera district of Khost'
_NAMED_IN = re.compile(r"^(?: (?:district|province|area|village|town|region|county))?(?: of| in)? ?$", re.I)
_AREA_WORD = re.compile(r" (" + "|".join(AREA_WORDS) + r")\b", re.I)
# a building or post an act can be aimed at: a participle or relative clause on it tells who
# uses it and where it stands ('a base used by troops in Mir Ali', 'a station manned by
# levies in Turbat'), and where the target stands is where the act happened
BUILDINGS = (SITE_NOUNS - {"people", "resident", "street", "road", "highway", "coast"}) | {
    "post", "outpost", "facility", "camp", "barracks", "fort", "depot", "plant", "bank", "shrine",
    "court", "complex", "centre", "center", "hall", "mall", "academy", "seminary", "madrassa",
    "warehouse", "factory", "mill", "shop", "store", "hideout", "hostel", "jail", "courthouse", "clinic"}
# an act and its harm told in one sentence: the harm in the main clause, the act in a
# temporal clause ('five were killed when gunmen stormed a hotel in Kabul'); both happened
# in one place, whichever clause names it
TEMPORAL = {"when", "as", "after", "while", "once"}
HARM = {"kill", "die", "wound", "injure", "hurt", "maim", "perish", "destroy", "damage", "arrest",
        "detain", "lose", "trap", "bury", "burn"}
HURT = HARM - {"arrest", "detain"}       # harm to bodies and things
# event types whose act, told in a temporal clause, happened where its main clause's people were
# ('soldiers were patrolling in Khost when a bomb went off')
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
STRIFE = {"conflict", "crisis", "insurgency", "unrest", "uprising", "turmoil", "violence", "insurrection"}
# kinds of incident that happen at one spot: a country is only too wide a place for them
INCIDENT_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
BLOWS = {"blow", "go", "open", "ram", "ambush", "fire", "hurl", "throw", "plant"}

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


def _token_of(parsed, place: Place):
    span = parsed.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _trigger_token(parsed, ev):
    span = parsed.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # prefer a verb/noun in the span over function words
    for t in span:
        if t.pos_ in ("VERB", "NOUN", "PROPN"):
            return t
    return span.root


def _path_down(trigger, target) -> Optional[list]:
    """Dependency path from trigger down to target, or None if target is not below
    the trigger without crossing a clause boundary."""
    path = []
    t = target
    while t.i != trigger.i:
        if t.head.i == t.i:
            return None
        path.append(t)
        if t.dep_ in CLAUSE and not (t.dep_ == "xcomp" and t.head.i == trigger.i) \
                and not (t.dep_ == "relcl" and t.head.lemma_.lower() in BUILDINGS):
            return None
        if t.dep_ in ("nsubj", "csubj", "expl") and t.head.i == trigger.i:
            return None
        if _other_event(t) or t.lower_ == "according" or (t.dep_ == "prep" and t.lower_ in TOPIC_PREPS) \
                or _anchor(t, trigger):
            return None
        t = t.head
    return list(reversed(path))


def _anchor(t, trigger) -> bool:
    """``t`` opens a violent event the act answers, told before or after it (``ANCHOR_PREPS``):
    protests, closures and arrests after an attack are often far from it."""
    return t.dep_ == "prep" and t.lower_ in ANCHOR_PREPS and trigger.lemma_.lower() not in HURT \
        and any(c.dep_ == "pobj" and c.lemma_.lower() in EVENT_NOUNS | FOLLOW_UP | VIOLENCE_NOUNS
                for c in t.children)


def _other_event(t) -> bool:
    """A coordinated verb that is another event: its own subject, or a verb that does
    not report the same incident. 'according to ... in X' is the source, not the event."""
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX"):
        return False
    if t.lemma_.lower() not in CO_EVENT:
        return True
    # own subject: another event ('Montoya was captured and Varela was killed in ...'),
    # unless it is a casualty count ('five were killed and 22 injured in ...')
    return any(c.dep_ in ("nsubj", "nsubjpass") and not (c.like_num or c.lemma_.lower() in ("other", "more"))
               for c in t.children)


def _score_down(trigger, target, resolved: bool = True) -> Optional[float]:
    path = _path_down(trigger, target)
    if path is None:
        return None
    # 'a base used by troops in Mir Ali': the users of a target, not the doer of the act
    preps = [t for t in path if t.dep_ in ("prep", "agent")
             and not (t.lower_ == "by" and t.head.i != trigger.i and t.head.dep_ in ("acl", "relcl")
                      and t.head.head.lemma_.lower() in BUILDINGS)]
    lemma = trigger.lemma_.lower()
    if path and path[0].dep_ in ("prep", "dative") and path[0].lower_ in ("to", "towards") \
            and lemma not in MOVE_VERBS | MOVE_NOUNS | {"spread", "extend"}:
        return None   # the addressee: 'apologised to Chile'
    if any(t.dep_ in ("prep", "dative") and t.lower_ in ("to", "towards") and t.head.pos_ == "VERB"
           and t.head.i != trigger.i and t.head.lemma_.lower() not in MOVE_VERBS | {"spread", "extend"}
           for t in path):
        return None   # the addressee of an act the trigger governs: 'agreed on selling arms to Riyadh'
    if len(path) == 2 and path[0].lower_ == "by" and path[0].dep_ in ("prep", "agent"):
        return None   # the doer, not the place: 'the expulsion of refugees by Islamabad'
    if any(t.dep_ == "prep" and t.lower_ in PARTY_PREPS and t.head.lemma_.lower() not in AREA_NOUNS
           and not (t.lower_ == "with" and any(u.dep_ == "prep" and u.lower_ in STRONG_PREPS
                                               for u in path[k + 1:]))
           for k, t in enumerate(path)):
        # a party, not the place: 'ties with Dushanbe', 'a war against Russia'; but where those
        # the act is done with are is its place ('embedded with US forces in Manbij'; not
        # 'protested against strikes in Khost')
        return None
    s = 10.0 - len(path)
    if len(path) == 1 and path[0].dep_ in ("dobj", "nsubjpass") and resolved:
        s += 4   # 'captured Huddur', 'Kabul was attacked'
    if preps and preps[0].lower_ == "with":
        # the party's own place speaks for the act ('embedded with US forces in Manbij')
        preps = [t for t in preps if t.lower_ in STRONG_PREPS][:1] or preps
    if preps:
        p = preps[0].lower_
        if p == "of" and preps[0].head.lemma_.lower() in PLACE_NOUNS:
            s += 3   # 'the town of Huddur', 'the district of Bajaur'
        elif p in STRONG_PREPS:
            s += 4
        elif p in LOC_PREPS:
            s += 2
        elif p == "from" and lemma in FROM_VERBS:
            s += 2
        elif p in ("from", "by", "with", "of", "for", "against", "between"):
            s -= 3
    if lemma in MOVE_VERBS | MOVE_NOUNS:
        if path and path[0].dep_ == "dobj" and resolved:
            s += 5
        if preps and preps[0].lower_ in ("to", "in", "into"):
            s += 3
    return s


def _score_up(trigger, target, resolved: bool = True) -> Optional[float]:
    """Trigger inside a phrase: climb noun/conj chains and look for a locative
    modifier of an ancestor ('killed ... in an attack in Bajaur'); an event noun that is
    the subject of a verb of taking place takes that verb's place ('operations were
    continuing in Sangin', 'clashes broke out in Chaman')."""
    anc = trigger
    for depth in range(4):
        if anc.dep_ == "nsubj" and anc.pos_ == "NOUN" and _occurs(anc.head):
            s = _score_down(anc.head, target, resolved)
            return None if s is None else s - 1 - depth
        if anc.head.i == anc.i or anc.dep_ in CLAUSE or anc.dep_ in ("nsubj",):
            break
        if anc.dep_ not in ("conj", "pobj", "prep", "dobj", "compound", "amod", "acl", "nsubjpass"):
            break
        anc = anc.head
        s = _score_down(anc, target, resolved)
        if s is not None:
            return s - 2 - depth
    return None


def _name_tail(tok, place: Place) -> bool:
    """A country closing a longer name ('Tehreek-e-Taliban Pakistan', 'Jamiat Ulema-e Islam
    Pakistan'): proper nouns compounded before it, outside the place's words, make it part of
    an organisation's name, not a place."""
    if not (place.feature_code or "").startswith("PCL"):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i and c.idx < place.start
               and c.lower_ not in COMPASS for c in tok.children)     # not 'Western Afghanistan'


def _occurs(verb) -> bool:
    """'continued', 'broke out', 'took place'."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in OCCUR_VERBS


def _is_subject_side(trigger, target) -> bool:
    """The place is inside the trigger's subject (an actor: 'Pakistani troops in Bajaur'),
    unless that subject is itself an event ('a car bomb in Hama province killed 34')."""
    t = target
    while t.head.i != t.i:
        if t.head.i == trigger.i and t.dep_ in ("nsubj", "csubj", "poss"):
            return t.dep_ != "nsubj" or t.lemma_.lower() not in EVENT_NOUNS
        t = t.head
    return False


def _is_modifier(tok, others) -> bool:
    """A place name modifying a noun that is not a place: 'a US air strike', 'a U.S.
    patrol', "Brazil's Helio Castroneves", 'the 1967 Middle East war'; or the possessor
    of a phrase naming a more specific place: "Syria's Hama province" -> Hama. A noun of
    going somewhere is where it goes ('a three-week US tour', 'his Kabul visit')."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.ent_iob_ == "I" and t.head.ent_type_ == t.ent_type_:
        t = t.head            # inside a multi-word name: climb to its last word
    head = t.head
    if t.dep_ == "poss":
        if any(o.i != tok.i and head.i in {a.i for a in o.ancestors} | {o.i} for o in others):
            return True
        if _strife(head):
            return False     # "Yemen's civil war", "Mali's insurgency": the land it is fought in
        return head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS and head.ent_type_ not in ("GPE", "LOC", "FAC")
    if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") \
            and head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS | MOVE_NOUNS \
            and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return True
    return False


def _strife(noun) -> bool:
    """A conflict that a country's name before it places rather than wages: 'civil war',
    'conflict', 'insurgency' (but "Russia's war" is Russia's doing)."""
    lemma = noun.lemma_.lower()
    return lemma in STRIFE or (lemma == "war" and any(c.lower_ == "civil" for c in noun.children))


def _main_clause_place(trigger, tok) -> bool:
    """The place is that of the main clause's own act, the trigger that of a subordinate
    clause with a doer of its own ('crowds cheered in Lahore
    when the minister resigned': Lahore is where the crowds cheered, not where he resigned)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == trigger.i or verb.i not in {a.i for a in trigger.ancestors}:
        return False
    own = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    theirs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own or not theirs:
        return False
    t = trigger
    while t.i != verb.i:
        if t.dep_ == "advcl":
            return True
        t = t.head
    return False


def _side_path(trigger, tok) -> bool:
    """Fallback guard: the place's phrase hangs off the trigger's clause, not off a relative
    clause of a bystander noun ('troops which have their bases in Turkey'), an origin ('a
    statement from the ministry in Abu Dhabi'), a source or another coordinated event."""
    anc = {a.i for a in trigger.ancestors} | {trigger.i}
    t = tok
    while t.i not in anc and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") \
                and t.head.lemma_.lower() not in EVENT_NOUNS | FOLLOW_UP | PLACE_NOUNS | BUILDINGS:
            return True
        if t.lower_ in ("from", "according") or t.lower_ in TOPIC_PREPS or _other_event(t) \
                or _anchor(t, trigger):
            return True
        t = t.head
    return False


def locate_in_sentence(doc: Document, ev, parsed, sites: bool = True,
                       index: Optional[PlaceIndex] = None) -> Optional[Place]:
    """The event's place in its sentence. ``sites``: also consider unresolved named sites
    (villages, neighbourhoods, camps) found from the parse; see jirga.places.sites.
    ``index``: the document's places indexed once (``PlaceIndex``) when locating many events.
    Failing a place, a capital doing the act stands for its country (``_capital_as_doer``)."""
    found = _named_place(doc, ev, parsed, sites, index)
    if found is not None:
        return found
    trig = _trigger_token(parsed, ev)
    if trig is None:
        return None
    s = ev.sentence
    by_token = {}
    for p in _places_in(doc, s.start, s.end, index):
        tok = _token_of(parsed, p)
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
    toks = {id(p): _token_of(parsed, p) for p in cands}
    others = [t for t in toks.values() if t is not None]
    cands = [p for p in cands if toks[id(p)] is not None and not _is_modifier(toks[id(p)], others)
             and not _name_tail(toks[id(p)], p)]
    if not cands:
        return None
    trig = _trigger_token(parsed, ev)
    if trig is None:
        return None
    where = _where_clause(trig, {_token_of(parsed, p).i: p for p in cands})
    if where is not None:
        return where
    content = _reported_content(trig)
    speech = ev.event_type in SAID
    if content is not None:
        # a reported happening is where the report puts it; an act of saying coded from the
        # words reported ('the minister said in Doha that Kabul wants calm ties with
        # Islamabad') is where the words were said, and the places it speaks of are its matter
        cands = [p for p in cands if (_token_of(parsed, p).i in content) != speech]
    if speech or (ev.event_type == "CONSULT" and trig.lemma_.lower() in TOPIC_VERBS):
        # what was discussed is the talks' matter: 'discussed prisoners held in Pakistan'
        matter = _matter(trig)
        cands = [p for p in cands if _token_of(parsed, p).i not in matter]
    scored = []
    linked = _linked_acts(trig, ev.event_type)
    for p in cands:
        tok = _token_of(parsed, p)
        if tok is None:
            continue
        known = p.name is not None
        sc = _score_down(trig, tok, known)
        direct = sc is not None
        if sc is None:
            sc = _score_up(trig, tok, known)
        for act, cost in linked if sc is None else ():
            sc = _score_down(act, tok, known)
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
    for p in cands:
        tok = _token_of(parsed, p)
        if tok is None or p.feature_code == "CONT":
            continue
        if not _governing_prep_is_locative(tok) or _side_path(trig, tok) or _main_clause_place(trig, tok):
            continue
        near.append((int(_is_subject_side(trig, tok)), abs(p.start - ev.trigger.start), p))
    if near:
        near.sort(key=lambda x: (x[0], x[1]))
        return near[0][2]
    return None


def _linked_acts(trig, event_type: str) -> list:
    """Verbs of the clause that tells the same incident as the trigger, with the cost of
    reading a place through them: a harm's temporal clause telling the act ('were killed when
    militants rammed a truck into a base in Mir Ali'), or, for a violent act told in a
    temporal clause, the main clause saying where its victims were ('the patrol was passing
    through Khost when a bomb went off')."""
    out = []
    heads = [trig] + ([trig.head] if trig.dep_ == "conj" else [])   # 'killed and wounded when ...'
    if trig.lemma_.lower() in HARM:
        out += [(c, 1) for h in heads for c in h.children if c.dep_ == "advcl" and _temporal(c)]
    t = trig
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if event_type in VIOLENT_TYPES and trig.lemma_.lower() in CO_EVENT | BLOWS and t.dep_ == "advcl" \
            and _temporal(t) and t.head.lemma_.lower() not in REPORT_VERBS:
        out.append((t.head, 2))
    return out


def _temporal(clause) -> bool:
    """A clause opened by 'when', 'as', 'after', 'while' or 'once'."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL and c.i < clause.i
               for c in clause.children)


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


def _said_where(parsed, place: Place) -> bool:
    """The place is written as where something is: under a locative preposition ('in
    Kabul', "in Afghanistan's capital, Kabul"), as where a movement goes ('visited Kabul',
    'flew to Kabul'), or it is a named site ('the Tianjin No. 2 Detention Centre'), which
    is never a doer or a person."""
    tok = _token_of(parsed, place)
    if tok is None:
        return False
    if place.name is None or _governing_prep_is_locative(tok):
        return True
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in MOVE_VERBS
    towards = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into", "towards")
    return towards and tok.head.head.lemma_.lower() in MOVE_VERBS | MOVE_NOUNS


def _governing_prep_is_locative(tok) -> bool:
    """'in Bajaur', 'near the Syrian capital Damascus', 'in the suburb of Daraa',
    "in Syria's Hama province": climb name-internal links to the governing preposition."""
    t = tok
    for _ in range(5):
        if t.dep_ in ("compound", "appos", "poss", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ in STRONG_PREPS or prep.lower_ in ("on", "along", "across"):
                return True
            if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                t = prep.head
                continue
        return False
    return False


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


def _another_act(ev, parsed) -> bool:
    """'At Makeen he also met ...': a report marked with 'also' adds an act and opens its own
    scene; it does not mention again the one of the sentence before, so it lends that one no
    place (the sentences after it may go on in its scene)."""
    t = _trigger_token(parsed, ev)
    while t is not None:
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children):
            return True
        shared = t.dep_ in ("conj", "advcl", "xcomp") and not any(c.dep_ == "nsubj" for c in t.children)
        t = t.head if shared and t.head.i != t.i else None     # 'also met ..., and offered ...'
    return False


def _unnamed_town(loc: Place, parsed) -> bool:
    """The place is a country or first-level area that only holds the event's town, left
    unnamed: 'a town in western Iraq', 'a village in Helmand'."""
    if not (loc.feature_code or "").startswith(("PCL", "ADM1")):
        return False
    tok = _token_of(parsed, loc)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of"):
        return False
    noun = tok.head.head
    return noun.lemma_.lower() in PLACE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                      for c in noun.children)


def _from_next_sentences(doc: Document, parsed, by_sent: dict) -> None:
    """Places that sentences next to an event's own give it (``by_sent``: the events by
    sentence index)."""
    # continuation: the sentence before, else the one after, reports the same kind of event
    # with a place. The one before first: a re-mention refers back ('Rehman met Akhundzada in
    # Kandahar. It was their first meeting.'), and the next sentence often moves on to another
    # ('He also met the prime minister in Kabul.').
    placed = {id(ev) for ev in doc.events if ev.location is not None}
    for ev in doc.events:
        if ev.location is None:
            for step in (-1, 1):
                near = [o for o in by_sent.get(ev.sentence.index + step, ())
                        if id(o) in placed and o.event_type == ev.event_type
                        and not (step > 0 and _another_act(o, parsed))]
                if near:
                    ev.location = near[-1 if step < 0 else 0].location   # the nearest
                    break
    # 'Rebels attacked a town in western Iraq. ... They attacked posts in Ramadi': a town
    # left unnamed is the one the next (or last) report of the same kind names in that country
    for ev in doc.events:
        if id(ev) in placed and _unnamed_town(ev.location, parsed):
            for step in (1, -1):
                named = [o.location for o in by_sent.get(ev.sentence.index + step, ())
                         if id(o) in placed and o.event_type == ev.event_type
                         and o.location.country == ev.location.country
                         and not (o.location.feature_code or "PCL").startswith(("PCL", "ADM1"))]
                if named:
                    ev.location = named[0]
                    break


def _incident_towns(doc: Document, parsed, index: PlaceIndex) -> None:
    """'A soldier was killed in Syria ... He died when a bomb exploded in Manbij': a harm told
    in the past and placed only at a country is the incident the story places in a town of
    that country, when all its reports of that kind and day there name one town. Harms told in
    the present or perfect ('attacks have killed hundreds in Pakistan') are background, not
    the incident; an act placed at a country ('rebels attacked in western Iraq') may be
    another one."""
    towns: dict = {}
    for ev in doc.events:
        loc = ev.location
        if ev.event_type in INCIDENT_TYPES and loc is not None and _town(loc):
            # every town its sentence names there: 'ten were held in Tabriz and six in Shiraz'
            named = {p.name for p in index.within(ev.sentence.start, ev.sentence.end)
                     if _town(p) and p.country == loc.country} | {loc.name}
            towns.setdefault((ev.event_type, loc.country), {}).setdefault(ev.date, set()).update(named)
    for ev in doc.events:
        loc = ev.location
        if loc is None or not (loc.feature_code or "").startswith("PCL") or (ev.event_type, loc.country) not in towns:
            continue
        days = towns[(ev.event_type, loc.country)]
        names = set().union(*(n for d, n in days.items() if d == ev.date or not d or not ev.date))
        trig = _trigger_token(parsed, ev)
        if len(names) != 1 or trig is None or trig.lemma_.lower() not in HARM \
                or told_tense(trig, False) != "past" or away(trig):
            continue
        name = names.pop()
        ev.location = next(o.location for o in doc.events if o.location is not None and o.location.name == name
                           and o.event_type == ev.event_type and o.location.country == loc.country)


def _back_references(doc: Document, parsed, index: PlaceIndex, res) -> None:
    """'Militants ambushed a convoy in Isham ... The TTP said it carried out the ambush': an
    event noun made definite ('the ambush', 'this attack', "Tuesday's bombing"), or a harm
    done in one ('forty were killed in the strikes'), placed nowhere by its own sentence refers
    back to the latest event of its type the story has placed before it; failing one, to the
    place the story gave the same noun last ('hours after air strikes on villages in Spera')."""
    last: dict = {}
    nouns = None
    for ev in sorted(doc.events, key=lambda e: e.trigger.start):
        if ev.location is not None:
            last[ev.event_type] = ev.location
            continue
        if ev.event_type in SAID:
            continue
        trig = _trigger_token(parsed, ev)
        if trig is None:
            continue
        # 'the ambush', or the harm done in it: 'forty were killed in the strikes'
        told = [trig] if trig.pos_ == "NOUN" else [g for c in trig.children if c.dep_ == "prep"
                                                    and c.lower_ in ("in", "during") for g in c.children
                                                    if g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS]
        told = [t for t in told if _definite(t)]
        if not told:
            continue
        if ev.event_type in last:
            ev.location = last[ev.event_type]
            continue
        if nouns is None:       # event nouns by lemma, once per document
            nouns = {}
            for t in parsed:
                if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS | FOLLOW_UP:
                    nouns.setdefault(t.lemma_.lower(), []).append(t)
        before = [t for t in nouns.get(told[0].lemma_.lower(), ()) if t.idx < ev.sentence.start]
        if before:
            t = before[-1]
            sent = next(x for x in doc.sentences if x.start <= t.idx < x.end)
            probe = Event(doc_id=ev.doc_id, event_id="", event_type=ev.event_type, sentence=sent,
                          trigger=Span(t.idx, t.idx + len(t), t.text))
            ev.location = _pipeline_location(doc, probe, parsed, index, res)


def _definite(noun) -> bool:
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
               for c in noun.children)


def _town(p: Place) -> bool:
    return bool(p.name and p.country) and not (p.feature_code or "PCL").startswith(
        ("PCL", "ADM1", "RGN", "CONT", "AREA"))


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
    _from_next_sentences(doc, parsed, by_sent)
    # follow-up sentence without events of its own that reports the same incident
    # ('... claimed a bomb attack on January 8. At least five were killed ... in Bajaur.')
    sents = doc.sentences
    for ev in doc.events:
        if ev.location is None and ev.sentence.index + 1 < len(sents) \
                and not by_sent.get(ev.sentence.index + 1):
            nxt = sents[ev.sentence.index + 1]
            trig = _trigger_token(parsed, ev)
            lemmas = FOLLOW_UP | ({trig.lemma_.lower()} if trig is not None else set())
            span = parsed.char_span(nxt.start, nxt.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.lemma_.lower() in lemmas:
                    probe = Event(doc_id=ev.doc_id, event_id="", event_type=ev.event_type, sentence=nxt,
                                  trigger=Span(tok.idx, tok.idx + len(tok), tok.text))
                    loc = _pipeline_location(doc, probe, parsed, index, res)
                    if loc is not None:
                        ev.location = loc
                        break
    _back_references(doc, parsed, index, res)
    scene_places(doc, lambda ev: _trigger_token(parsed, ev), SAID, lambda p: _said_where(parsed, p))
    dl = None
    for ev in doc.events:
        if ev.location is None:
            if dl is None:
                dl = dateline(doc, res) or story_focus(doc.places) or False
            if dl:
                ev.location = dl
    _incident_towns(doc, parsed, index)
    for ev in doc.events:
        # a tour of a country goes to many of its towns: the country is its place
        if ev.event_type in MEETING_TYPES and ev.location is not None and ev.trigger.text.lower() not in TOURS:
            ev.location = meeting_town(ev.location, doc.places) or ev.location
