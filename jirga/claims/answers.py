"""Which earlier event a response answers, inside one document: a denial (REJECT) the
accusation (ACCUSE) it denies, a refusal the request, a rebuttal the threat.

A REJECT answers the nearest earlier event of the kind it answers whose parties fit: the
rejecter was the accused (its actor is the other's recipient) or the rejection is aimed at
the accuser (its recipient is the other's actor). "Kabul denies the accusations" names no
party but the accusations themselves: the nearest accusation is meant.
"""
from __future__ import annotations

from typing import Optional

from jirga.claims.content import CLAIM_NOUNS, token_at
from jirga.model import Event

REQUEST_NOUNS = frozenset({"request", "demand", "call", "appeal", "offer", "proposal", "plea",
                           "invitation", "ultimatum"})
THREAT_NOUNS = frozenset({"threat", "warning"})
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "rebut", "reject", "insist", "maintain"})
REFUSAL_VERBS = frozenset({"refuse", "decline", "turn", "rebuff", "spurn"})
REACH = 12   # sentences back: a denial answers what the same stretch of text reported


def party(refs) -> Optional[str]:
    """How parties are compared: country and sector codes, else the canonical name."""
    for r in refs:
        if r.country:
            return f"{r.country} {r.sector or ''}".strip()
    for r in refs:
        if r.name:
            return r.name
    return None


def answered_types(parsed, ev: Event) -> tuple[tuple[str, ...], bool]:
    """The event types a REJECT may answer, and whether it names what it answers
    ('denies the accusations', 'turned down the request')."""
    tok = token_at(parsed, ev.trigger.start) if parsed is not None else None
    if tok is None:
        return ("ACCUSE", "REQUEST", "THREATEN"), False
    nouns = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl":
        nouns.append(tok.head.lemma_.lower())
    if any(n in CLAIM_NOUNS for n in nouns):
        return ("ACCUSE",), True
    if any(n in REQUEST_NOUNS for n in nouns):
        return ("REQUEST",), True
    if any(n in THREAT_NOUNS for n in nouns):
        return ("THREATEN",), True
    lemma = tok.lemma_.lower()
    if lemma in DENIAL_VERBS:
        return ("ACCUSE",), False
    if lemma in REFUSAL_VERBS:
        return ("REQUEST",), False
    return ("ACCUSE", "REQUEST", "THREATEN"), False


def _fits(reply: Event, said: Event) -> bool:
    """The parties of a reply and of what it answers fit each other."""
    accused, aimed_at = party(reply.actor), party(reply.recipient)
    return ((accused is not None and accused == party(said.recipient))
            or (aimed_at is not None and aimed_at == party(said.actor)))


def answered(reply: Event, earlier: list[Event], parsed) -> Optional[Event]:
    """The event ``reply`` (a REJECT) answers among the ``earlier`` events, nearest first."""
    types, named = answered_types(parsed, reply)
    for said in reversed(earlier):
        if reply.sentence.index - said.sentence.index > REACH:
            break
        again = _denied_before(reply, said, earlier)
        if again is not None and again.event_type in types:
            return again
        if said.event_type not in types or said.negated:
            continue
        if _fits(reply, said) or (named and said.sentence.index >= reply.sentence.index - 3):
            return said
    return None


def _denied_before(reply: Event, said: Event, earlier: list[Event]) -> Optional[Event]:
    """What ``said``, an earlier denial by the same party, answers: 'Taliban leaders have
    consistently denied allegations that ...; the de facto Afghan government maintains it
    does not support the TTP' denies the same accusation again, though it names neither it
    nor the accuser."""
    if said.event_type != "REJECT" or not said.answers or said.negated:
        return None
    if party(reply.actor) is None or party(reply.actor) != party(said.actor):
        return None
    return next((e for e in earlier if e.event_id == said.answers[0]), None)
