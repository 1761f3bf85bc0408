"""Claims and their answers: the claims and denials spoken as frames of other events
(``frames``), what each accusation claims (``content``), what it is about (``matter``), and
which earlier event a denial, refusal or rebuttal answers (``answers``).

Accusations by one accuser against one accused about one matter share a ``claim_key``; the
store gives them one ``claim_id`` across documents (``jirga.merge.thread_new``), and the
denials that answer them join the same thread.
"""
from __future__ import annotations

from jirga import errors
from jirga.claims.answers import answered, party
from jirga.claims.content import claim_span
from jirga.claims.frames import add_frame_events
from jirga.claims.matter import get_matters, matter_of
from jirga.model import ActorRef, Document
from jirga.stage import Stage


def claim_key(accuser, accused, matter) -> str | None:
    """``accuser|accused|matter``; None without an accuser or a matter."""
    if not accuser or not matter:
        return None
    return f"{accuser}|{accused or '?'}|{matter}"


def link_claims(doc: Document, res) -> None:
    """The claims stage: each accusation's claim and key; each denial's answer and key."""
    matters = get_matters(res)
    parsed = doc.parsed
    add_frame_events(doc, res)
    done = []
    for ev in doc.events:
        if ev.event_type in ("ACCUSE", "REJECT") and parsed is not None:
            ev.claim = claim_span(parsed, ev)
        if ev.event_type == "ACCUSE" and ev.claim is not None:
            span = parsed.char_span(ev.claim.start, ev.claim.end, alignment_mode="expand")
            lemmas = [t.lemma_ for t in span] if span is not None else ev.claim.text.split()
            ev.claim_key = claim_key(party(ev.actor), party(ev.recipient), matter_of(lemmas, matters))
        elif ev.event_type == "REJECT":
            said = answered(ev, done, parsed)
            if said is not None:
                ev.answers = [said.event_id]
                ev.claim_key = said.claim_key
                _address_accuser(ev, said)
        done.append(ev)


def _address_accuser(reply, said) -> None:
    """A denial that names no one is addressed to the accuser it answers ('Kabul maintains it
    does not support the TTP', paragraphs after 'Islamabad accuses Kabul of ...'), as an
    implied party: no words of the text, the empty span at the trigger."""
    if any(r.country for r in reply.recipient):
        return
    sides = {(r.country, r.sector) for r in said.actor if r.country}
    if len(sides) != 1 or party(said.actor) == party(reply.actor):
        return
    (country, sector), = sides
    at = reply.trigger.start
    reply.recipient.append(ActorRef("", at, at, None, country, sector, None, True))


STAGE = Stage("claims", requires=("parsed", "events", "actors"), provides=("event.answers", "event.claim"),
              reject_code=errors.CLAIMS_FAILED, run=link_claims, prepare=get_matters)
