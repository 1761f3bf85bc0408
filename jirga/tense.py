"""How a clause tells its act in time, read from the parse: its tense and whether an anchor
bounds it. Shared by event dating (``jirga.dates.events``) and event location
(``jirga.places.scene``): a story tells the acts of its scene in the past tense, and its
background (what has long been or still is so) in the present or present perfect. A leaf
beside ``jirga.tokens``: the places stage reads it without importing the dates stage.
"""
from __future__ import annotations

from typing import Optional

from jirga.tokens import REPORT_VERBS

# events that are acts of saying: a later date in their clause is what they speak of
SAID = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "ACCUSE", "DEMAND"})
ANCHORS = frozenset({"since", "after", "before", "until", "till", "prior"})
# anchors that put an act at another time than the scene's: 'before flying home he told
# ...'; 'after the meeting' is that scene's own time or just after it, so it bounds nothing
AWAY = ANCHORS - {"after"}


def clause_verb(trig):
    """The verb of the trigger's clause: itself, or the verb a noun hangs off."""
    v = trig
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v


def tense(trig) -> Optional[str]:
    """"perfect" for a past perfect clause ('had opened fire'), "past" for a simple past one
    ('agreed', 'was quoted') or one reported by a past verb ('reiterated that officials
    want'), None for a present, present perfect, future or modal one."""
    v = clause_verb(trig)
    for _ in range(3):
        if v.pos_ not in ("VERB", "AUX"):
            return None
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.lower_ in ("has", "have", "'ve", "'s") for a in aux):
            return None
        if any(a.dep_ == "aux" and a.lower_ == "had" for a in aux):
            return "perfect"
        if (not aux and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
            v = v.head      # 'has accused X and demanded Y': the conjunct shares the tense
            continue
        if (not aux and v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "mark") or c.lower_ in ANCHORS for c in v.children)):
            v = v.head      # 'Speaking in Rabat, he praised ...': the participle is told in his time
            continue
        if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return "past"
        if v.dep_ not in ("ccomp", "conj", "xcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None


def anchored(trig) -> bool:
    """Whether the trigger's clause is an anchor of another ('after the Taliban invited
    him last month', 'since the takeover in 2021'): it sets no time for what follows."""
    v = clause_verb(trig)
    if trig.dep_ == "pobj" and trig.head.lower_ in ANCHORS:
        return True
    return (any(c.dep_ == "mark" and c.lower_ in ANCHORS for c in v.children)
            or (v.dep_ == "pcomp" and v.head.lower_ in ANCHORS))


def away(trig) -> bool:
    """Whether an anchor on the trigger's clause, or on a clause above it, puts the act
    before or since another time ('Before flying home, he told reporters that the
    cabinet, where officials briefed him, had endorsed it'): the story's scene is not its
    time."""
    v = trig
    while True:
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("prep", "mark") and c.lower_ in AWAY
                                             for c in v.children):
            return True
        if v.head.i == v.i:
            return False
        v = v.head


def told_tense(trig, speech: bool) -> Optional[str]:
    """``tense`` of the act; for an act of saying coded from the words it reports ('"We
    must trade more," he was quoted as saying'), that of the saying when its words have none."""
    own = tense(trig)
    if own is not None or not speech:
        return own
    verb = saying(trig)
    return tense(verb) if verb is not None else None


def saying(trig):
    """The report verb whose content holds ``trig`` ('he said that ...', '..., he said'),
    or None."""
    t = trig
    while True:
        for c in t.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in REPORT_VERBS:
                return c
        h = t.head
        if h.i == t.i:
            return None
        if t.dep_ in ("ccomp", "parataxis") and h.lemma_.lower() in REPORT_VERBS:
            return h
        t = h
