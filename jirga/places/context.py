"""Places an event takes from the rest of the story, when its own sentence gives none (steps
4 and the last refinements of the order in ``jirga.places.locate``):

* a continuation: the sentence before, else the one after, has an event of the same type
  placed in its own sentence, not dated by its own words to another day; a town left unnamed ('a town in western Iraq') is the one such
  a report next to it names (``from_next_sentences``);
* a follow-up sentence without events of its own that tells the same incident
  (``follow_up_sentences``);
* a definite event noun ('the ambush'), or a harm done in one, refers back to the latest
  event of its type placed before it, else to the place the story gave the same noun
  (``back_references``);
* a harm told in the past and placed only at a country is the incident the story places in
  one town of it (``incident_towns``).

These passes read a place in another sentence through ``place_of(probe)``, the per-sentence
reading of ``jirga.places.locate`` passed in as a callable, so that this module does not
import that one (it imports this)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Optional

from jirga.model import Document, Event, Place, Sentence, Span
from jirga.places.syntax import EVENT_NOUNS, FOLLOW_UP, HARM, PLACE_NOUNS, token_of, trigger_token
from jirga.tense import SAID, away, told_tense

# kinds of incident that happen at one spot: a country is only too wide a place for them
INCIDENT_TYPES = {"ASSAULT", "COERCE", "PROTEST"}


def _another_act(ev, parsed) -> bool:
    """'At Makeen he also met ...': a report marked with 'also' adds an act and opens its own
    scene; it does not mention again the one of the sentence before, so it lends that one no
    place (the sentences after it may go on in its scene)."""
    t = trigger_token(parsed, ev)
    while t is not None:
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children):
            return True
        shared = t.dep_ in ("conj", "advcl", "xcomp") and not any(c.dep_ == "nsubj" for c in t.children)
        t = t.head if shared and t.head.i != t.i else None     # 'also met ..., and offered ...'
    return False


# words of an incident a follow-up sentence tells, by the kind of act: an arrest is not where
# 'the wounded remain in hospitals in Peshawar'
FOLLOW_UP_BY_TYPE = {"ASSAULT": FOLLOW_UP, "COERCE": frozenset({"arrest", "detain", "raid"})}


def _follow_up_words(ev: Event) -> frozenset:
    return frozenset(FOLLOW_UP_BY_TYPE.get(ev.event_type, ()))


def _other_days(a: Event, b: Event) -> bool:
    """Each event's own words date it, to days that differ: 'held talks ... on Wednesday. The
    group last met in Moscow in October.' is no continuation of one act."""
    if a.date_basis != "text" or b.date_basis != "text" or not a.date or not b.date or "W" in a.date + b.date:
        return False
    return not (a.date.startswith(b.date) or b.date.startswith(a.date))


def _unnamed_town(loc: Place, parsed) -> bool:
    """The place is a country or first-level area that only holds the event's town, left
    unnamed: 'a town in western Iraq', 'a village in Helmand'."""
    if not (loc.feature_code or "").startswith(("PCL", "ADM1")):
        return False
    tok = token_of(parsed, loc)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of"):
        return False
    noun = tok.head.head
    return noun.lemma_.lower() in PLACE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                      for c in noun.children)


def from_next_sentences(doc: Document, parsed, by_sent: dict) -> None:
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
                        and not (step > 0 and _another_act(o, parsed)) and not _other_days(ev, o)]
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


def follow_up_sentences(doc: Document, parsed, by_sent: dict,
                        place_of: Callable[[Event], Optional[Place]]) -> None:
    """A sentence after the event's own that has no events of its own and reports the same
    incident ('... claimed a bomb attack on January 8. At least five were killed ... in
    Bajaur.'): the place read there at a word of harm, or the trigger's own word."""
    sents = doc.sentences
    for ev in doc.events:
        if ev.location is None and ev.sentence.index + 1 < len(sents) \
                and not by_sent.get(ev.sentence.index + 1):
            nxt = sents[ev.sentence.index + 1]
            trig = trigger_token(parsed, ev)
            lemmas = _follow_up_words(ev) | ({trig.lemma_.lower()} if trig is not None else set())
            span = parsed.char_span(nxt.start, nxt.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.lemma_.lower() in lemmas:
                    probe = Event(doc_id=ev.doc_id, event_id="", event_type=ev.event_type, sentence=nxt,
                                  trigger=Span(tok.idx, tok.idx + len(tok), tok.text))
                    loc = place_of(probe)
                    if loc is not None:
                        ev.location = loc
                        break


def incident_towns(doc: Document, parsed, index) -> None:
    """'A soldier was killed in Syria ... He died when a bomb exploded in Manbij': a harm told
    in the past and placed only at a country is the incident the story places in a town of
    that country, when all its reports of that kind and day there name one town. Harms told in
    the present or perfect ('attacks have killed hundreds in Pakistan') are background, not
    the incident; an act placed at a country ('rebels attacked in western Iraq') may be
    another one. ``index``: the document's places (``jirga.places.locate.PlaceIndex``)."""
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
        trig = trigger_token(parsed, ev)
        if len(names) != 1 or trig is None or trig.lemma_.lower() not in HARM \
                or told_tense(trig, False) != "past" or away(trig):
            continue
        name = names.pop()
        ev.location = next(o.location for o in doc.events if o.location is not None and o.location.name == name
                           and o.event_type == ev.event_type and o.location.country == loc.country)


def back_references(doc: Document, parsed, place_of: Callable[[Event], Optional[Place]]) -> None:
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
        trig = trigger_token(parsed, ev)
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
        if nouns is None:       # once per document, read by bisection per event
            nouns, sentences = _EventNouns(parsed), _Sentences(doc.sentences)
        t = nouns.last_before(told[0].lemma_.lower(), ev.sentence.start)
        if t is not None:
            probe = Event(doc_id=ev.doc_id, event_id="", event_type=ev.event_type, sentence=sentences.at(t.idx),
                          trigger=Span(t.idx, t.idx + len(t), t.text))
            ev.location = place_of(probe)


# what a named crossing or post is called again: 'the Chaman crossing ... closed the crossing'
CROSSING_NOUNS = frozenset({"crossing", "border", "gate", "post", "checkpoint", "pass"})
ANY_NOUN = "*"


def named_before(doc: Document, parsed) -> None:
    """'Traders in Kandahar said the Chaman crossing stayed shut. Pakistani officials closed
    the crossing on November 13': an act done to a definite crossing, gate or post its own
    sentence leaves unplaced ('the crossing', 'the gate') happened at the one the story named
    last before it with the same noun ('the Chaman crossing'), or a border post the gazetteer
    knows by name alone ('the halt at Torkham'), rather than where the story is told from."""
    named = None
    for ev in doc.events:
        if ev.location is not None:
            continue
        trig = trigger_token(parsed, ev)
        if trig is None:
            continue
        objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in CROSSING_NOUNS and _definite(c)]
        if not objs:
            continue
        if named is None:
            # a crossing the gazetteer knows as one ('the halt at Torkham') goes by any such noun
            named = sorted(((p.start, noun, p) for p in doc.places if p.name
                            for noun in [_crossing_noun(token_of(parsed, p)) or (
                                ANY_NOUN if p.feature_code == "PSTB" else None)] if noun), key=lambda x: x[0])
        lemma = objs[0].lemma_.lower()
        before = [p for start, noun, p in named if noun in (lemma, ANY_NOUN) and start < ev.trigger.start]
        if before:
            ev.location = before[-1]


def _crossing_noun(t) -> Optional[str]:
    """The crossing noun a place's words name or qualify ('the Chaman crossing', 'the Torkham
    border crossing': 'crossing'), else None."""
    if t is None:
        return None
    if t.lemma_.lower() in CROSSING_NOUNS and t.pos_ == "NOUN":
        return t.lemma_.lower()
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in CROSSING_NOUNS:
            return t.lemma_.lower()
    return None


class _EventNouns:
    """The document's event nouns by lemma, each list in text order with its starts beside
    it: the latest one before a point by bisection, not by a scan of all of them."""
    __slots__ = ("tokens", "starts")

    def __init__(self, parsed):
        self.tokens: dict = {}
        for t in parsed:
            if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS | FOLLOW_UP:
                self.tokens.setdefault(t.lemma_.lower(), []).append(t)
        self.starts = {lemma: [t.idx for t in toks] for lemma, toks in self.tokens.items()}

    def last_before(self, lemma: str, start: int):
        """The last token of ``lemma`` starting before ``start``, or None."""
        k = bisect_left(self.starts.get(lemma, ()), start)
        return self.tokens[lemma][k - 1] if k else None


class _Sentences:
    """The document's sentences (in text order, not overlapping) found by offset by bisection."""
    __slots__ = ("sentences", "starts")

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, offset: int) -> Sentence:
        """The sentence holding ``offset``; a ValueError when none does."""
        k = bisect_right(self.starts, offset) - 1
        if k < 0 or offset >= self.sentences[k].end:
            raise ValueError(f"no sentence holds offset {offset}")
        return self.sentences[k]


def _definite(noun) -> bool:
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
               for c in noun.children)


def _town(p: Place) -> bool:
    return bool(p.name and p.country) and not (p.feature_code or "PCL").startswith(
        ("PCL", "ADM1", "RGN", "CONT", "AREA"))
