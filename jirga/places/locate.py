"""Event location: the place where each event happened.

Order of evidence, per event:
1. places syntactically governed by the trigger: a locative preposition (in/at/near/...)
   attached to the trigger, its object, or a noun chain below them ('an attack in the
   district of Bajaur'); for movement verbs the destination ('visited Kabul',
   'arrived in Doha'). Relative and adverbial clauses of other verbs are not entered
   ('Rehman, who met diplomats in Peshawar, visited Kabul' -> Kabul).
2. the trigger is inside a noun phrase with a locative modifier above it.
Inside a report ('traders in Peshawar said the border was shut'), only places in the
reported clause count.
3. the nearest place in the same sentence that is not the actor of the event, under a
   locative preposition, and not hanging off a relative clause of a bystander noun,
   an origin ('from'), a source ('according to') or another coordinated event; failing
   that, a place in the event's subject ('the envoy in Islamabad met officials').
Candidates include unresolved named sites from the parse (jirga.places.sites): the most
specific place wins ('in al-Tijara neighbourhood in central Damascus' -> al-Tijara); in
the pipeline such a site takes the coordinates of the resolved place containing it.
4. a continuation: the sentence before, else the one after, has an event of the same type
   with a location found in its own sentence.
5. the dateline at the start of the document ('ISLAMABAD:', 'KABUL, AFGHANISTAN –'), else the
   story's focus, the town most of its place mentions centre on (``story_focus``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from jirga.model import Document, Event, Place, Span
from jirga.places.gazetteer import get_gazetteer, prior
from jirga.places.names import haversine_km
from jirga.places.sites import site_mentions, with_container
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
CLAUSE = {"relcl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "mark"}

_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+){0,3})"        # ISLAMABAD / DERA ISMAIL KHAN
    r"(?:\s*,\s*([A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+){0,2}))?"  # , AFGHANISTAN / , Pakistan
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[:–—]|-{1,2})\s+", re.M)


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
        if t.dep_ in CLAUSE and not (t.dep_ == "xcomp" and t.head.i == trigger.i):
            return None
        if t.dep_ in ("nsubj", "csubj", "expl") and t.head.i == trigger.i:
            return None
        if _other_event(t) or t.lower_ == "according":
            return None
        t = t.head
    return list(reversed(path))


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
    preps = [t for t in path if t.dep_ in ("prep", "agent")]
    s = 10.0 - len(path)
    if len(path) == 1 and path[0].dep_ in ("dobj", "nsubjpass") and resolved:
        s += 4   # 'captured Huddur', 'Kabul was attacked'
    if preps:
        p = preps[0].lower_
        if p == "of" and preps[0].head.lemma_.lower() in PLACE_NOUNS:
            s += 3   # 'the town of Huddur', 'the district of Bajaur'
        elif p in STRONG_PREPS:
            s += 4
        elif p in LOC_PREPS:
            s += 2
        elif p in ("from", "by", "with", "of", "for", "against", "between"):
            s -= 3
    lemma = trigger.lemma_.lower()
    if lemma in MOVE_VERBS:
        if path and path[0].dep_ == "dobj" and resolved:
            s += 5
        if preps and preps[0].lower_ in ("to", "in", "into"):
            s += 3
    return s


def _score_up(trigger, target, resolved: bool = True) -> Optional[float]:
    """Trigger inside a phrase: climb noun/conj chains and look for a locative
    modifier of an ancestor ('killed ... in an attack in Bajaur')."""
    anc = trigger
    for depth in range(4):
        if anc.head.i == anc.i or anc.dep_ in CLAUSE or anc.dep_ in ("nsubj",):
            break
        if anc.dep_ not in ("conj", "pobj", "prep", "dobj", "compound", "amod", "acl", "nsubjpass"):
            break
        anc = anc.head
        s = _score_down(anc, target, resolved)
        if s is not None:
            return s - 2 - depth
    return None


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
    of a phrase naming a more specific place: "Syria's Hama province" -> Hama."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.ent_iob_ == "I" and t.head.ent_type_ == t.ent_type_:
        t = t.head            # inside a multi-word name: climb to its last word
    head = t.head
    if t.dep_ == "poss":
        if any(o.i != tok.i and head.i in {a.i for a in o.ancestors} | {o.i} for o in others):
            return True
        return head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS and head.ent_type_ not in ("GPE", "LOC", "FAC")
    if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") \
            and head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS \
            and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return True
    return False


def _side_path(trigger, tok) -> bool:
    """Fallback guard: the place's phrase hangs off the trigger's clause, not off a relative
    clause of a bystander noun ('troops which have their bases in Turkey'), an origin ('a
    statement from the ministry in Abu Dhabi'), a source or another coordinated event."""
    anc = {a.i for a in trigger.ancestors} | {trigger.i}
    t = tok
    while t.i not in anc and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() not in EVENT_NOUNS | FOLLOW_UP | PLACE_NOUNS:
            return True
        if t.lower_ in ("from", "according") or _other_event(t):
            return True
        t = t.head
    return False


def locate_in_sentence(doc: Document, ev, parsed, sites: bool = True,
                       index: Optional[PlaceIndex] = None) -> Optional[Place]:
    """The event's place in its sentence. ``sites``: also consider unresolved named sites
    (villages, neighbourhoods, camps) found from the parse; see jirga.places.sites.
    ``index``: the document's places indexed once (``PlaceIndex``) when locating many events."""
    s = ev.sentence
    cands = _places_in(doc, s.start, s.end, index)
    if sites:
        cands = sorted(cands + site_mentions(parsed, s.start, s.end, cands), key=lambda p: p.start)
    if not cands:
        return None
    toks = {id(p): _token_of(parsed, p) for p in cands}
    others = [t for t in toks.values() if t is not None]
    cands = [p for p in cands if toks[id(p)] is not None and not _is_modifier(toks[id(p)], others)]
    if not cands:
        return None
    trig = _trigger_token(parsed, ev)
    if trig is None:
        return None
    content = _reported_content(trig)
    if content is not None:
        cands = [p for p in cands if _token_of(parsed, p).i in content]
    scored = []
    for p in cands:
        tok = _token_of(parsed, p)
        if tok is None:
            continue
        known = p.name is not None
        sc = _score_down(trig, tok, known)
        if sc is None:
            sc = _score_up(trig, tok, known)
        if sc is not None:
            scored.append((sc, -abs(p.start - ev.trigger.start), p))
    if scored:
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        if scored[0][0] > 3:
            best = scored[0][2]
            # 'liberated the village of Abu Allaj in western Raqqa': a place we put inside
            # the best one is more specific, wherever the parse hangs the container
            inner = [p for sc, _, p in scored[1:] if sc > 3 and _placed_in(p, best)]
            return inner[0] if inner else best
    # nearest place in the sentence that is not on the subject side / actor
    # else, where the subject is ('the envoy in Islamabad met officials'): an actor
    # somewhere acts there more often than not
    near = []
    for p in cands:
        tok = _token_of(parsed, p)
        if tok is None or p.feature_code == "CONT":
            continue
        if not _governing_prep_is_locative(tok) or _side_path(trig, tok):
            continue
        near.append((int(_is_subject_side(trig, tok)), abs(p.start - ev.trigger.start), p))
    if near:
        near.sort(key=lambda x: (x[0], x[1]))
        return near[0][2]
    return None


# 'Traders in Peshawar said produce rotted while the border was shut': the speakers' place is
# where they spoke, not where the event they report happened (``REPORT_VERBS``)


def _reported_content(trig) -> Optional[set]:
    """Token indexes of the report the trigger is told in (the clause under 'said'), or None
    when it is not inside one."""
    t = trig
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS:
            return {x.i for x in t.subtree}
        t = t.head
    return None


def _placed_in(inner: Place, outer: Place) -> bool:
    """``inner`` is a place the geoparser put at ``outer``'s point (a site or village it
    does not know, in the town or area named with it)."""
    return inner.geonameid is None and outer.name is not None and inner.name == outer.name \
        and inner.lat == outer.lat and inner.lon == outer.lon and inner.text != outer.text


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


def dateline(doc: Document, res=None) -> Optional[Place]:
    """The dateline place at the start of the document, if any."""
    head = doc.text[:600]
    m = _DATELINE.search(head)
    if not m:
        return None
    first = m.group(1)
    if first.lower() in ("photo", "update", "breaking", "editor", "note", "by", "opinion"):
        return None
    # prefer a place the geoparser already resolved at that position
    for p in doc.places:
        if p.start == m.start(1):
            return p
    if res is None:
        return None
    gaz = get_gazetteer(res)
    cands = gaz.candidates(first)
    if not cands:
        return None
    ctx = m.group(2)
    if ctx:
        ctx_c = {c.country for c in gaz.candidates(ctx) if c.is_country or c.feature_code.startswith("ADM")}
        pref = [c for c in cands if c.country in ctx_c]
        cands = pref or cands
    e = max(cands, key=prior)
    return Place(text=first, start=m.start(1), end=m.end(1), name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, country=e.country, feature_code=e.feature_code, admin1=e.admin1)


def _pipeline_location(doc: Document, ev, parsed, index: PlaceIndex) -> Optional[Place]:
    """Stored events need coordinates: an unresolved site takes those of the resolved place
    its phrase puts it in; failing that, the best resolved reading of the sentence wins;
    an unresolved site is kept (text only) when the sentence offers nothing else."""
    loc = locate_in_sentence(doc, ev, parsed, index=index)
    if loc is None or loc.name is not None:
        return loc
    s = ev.sentence
    resolved = [p for p in _places_in(doc, s.start, s.end, index) if p.name is not None]
    inner = with_container(loc, resolved, parsed)
    if inner is not None:
        return inner
    alt = locate_in_sentence(doc, ev, parsed, sites=False, index=index)
    return alt if alt is not None and alt.name is not None else loc


def locate_events(doc: Document, res) -> None:
    """Each event's place, from ``doc.places`` (geoparse first)."""
    parsed = doc.parsed
    if parsed is None or not doc.events:
        return
    index = PlaceIndex(doc.places)
    for ev in doc.events:
        ev.location = _pipeline_location(doc, ev, parsed, index)
    # continuation: the sentence before, else the one after, reports the same kind of event
    # with a place. The one before first: a re-mention refers back ('Rehman met Akhundzada in
    # Kandahar. It was their first meeting.'), and the next sentence often moves on to another
    # ('He also met the prime minister in Kabul.').
    by_sent: dict[int, list] = {}
    for ev in doc.events:
        by_sent.setdefault(ev.sentence.index, []).append(ev)
    placed = {id(ev) for ev in doc.events if ev.location is not None}
    for ev in doc.events:
        if ev.location is None:
            for step in (-1, 1):
                near = [o for o in by_sent.get(ev.sentence.index + step, ())
                        if id(o) in placed and o.event_type == ev.event_type]
                if near:
                    ev.location = near[-1 if step < 0 else 0].location   # the nearest
                    break
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
                    loc = _pipeline_location(doc, probe, parsed, index)
                    if loc is not None:
                        ev.location = loc
                        break
    dl = None
    for ev in doc.events:
        if ev.location is None:
            if dl is None:
                dl = dateline(doc, res) or story_focus(doc.places) or False
            if dl:
                ev.location = dl


FOCUS_SUPPORT = 3      # mentions of a place, or of places within FOCUS_KM of it
FOCUS_KM = 100


def story_focus(places: list[Place]) -> Optional[Place]:
    """Where a story without a dateline happens: the town or district (failing that, the
    first-level area) that most of its place mentions name or lie near, when at least
    ``FOCUS_SUPPORT`` do and it holds over half of them ('eastern Ghouta' in a story on the
    siege, which names Douma and Damascus too); else None."""
    named = [p for p in places if p.lat is not None and p.name]
    fine = [p for p in named if (p.feature_code or "").startswith(("PPL", "ADM2"))]
    pool = fine or [p for p in named if (p.feature_code or "").startswith("ADM1")]
    best, best_n = None, 0
    for p in {(q.name, q.country): q for q in pool}.values():
        n = sum(1 for r in named if (r.name == p.name and r.country == p.country)
                or ((r.feature_code or "").startswith("ADM1") and r.country == p.country and r.name == p.admin1)
                or haversine_km(p.lat, p.lon, r.lat, r.lon) < FOCUS_KM)
        if n > best_n:
            best, best_n = p, n
    return best if best_n >= FOCUS_SUPPORT and best_n * 2 > len(named) else None

