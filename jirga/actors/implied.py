"""Parties an act implies without naming them.

A conviction or a prison sentence told in the passive with no 'by' phrase ('she was
sentenced to six years', 'he was found guilty of bribery') was handed down by a court:
an analyst codes the country's judiciary (JUD) as the actor even though no word names it.
Which country: the one the sentence's event place is in, else the one the story names
most (courts try cases where the story happens, whatever the accused's nationality).

A state named as the author of such an act ('Chile had been prosecuting four sailors',
'Iran convicted the journalist') acts through the same judiciary: its sector is JUD, not
its government's (``judicial``).

The implied actor has no words in the text: its ``text`` is empty and its span is the
empty span at the trigger, so no reader mistakes it for a mention.
"""
from __future__ import annotations

from typing import Optional

from jirga.actors.context import main_country
from jirga.actors.registry import STATE_KINDS
from jirga.model import ActorRef

# Verbs of a court's own acts against a person, lemmas and past participles (the parser
# sometimes lemmatises 'fined' as 'fin').
COURT_ACTS = frozenset({"sentence", "sentenced", "convict", "convicted", "jail", "jailed", "imprison",
                        "imprisoned", "fine", "fined"})
# 'was found guilty': the adjective whose passive 'find' is the court's verdict
VERDICTS = frozenset({"guilty"})
COURT_TYPES = frozenset({"SANCTION", "COERCE"})
# Acts only courts and prosecutors do, whoever the sentence names as doing them.
JUDICIAL_ACTS = frozenset({"prosecute", "prosecuting", "prosecuted", "convict", "convicted", "sentence",
                           "sentenced", "acquit", "acquitted", "indict", "indicted"})


def _passive_without_agent(tok, depth: int = 0) -> bool:
    """'was sentenced', 'who was fined', 'Karim, jailed for life,', 'was found guilty and
    sentenced to ...': passive, no 'by' phrase."""
    kids = {c.dep_ for c in tok.children}
    if "agent" in kids or (kids & {"nsubj", "csubj"}):
        return False
    if kids & {"auxpass", "nsubjpass"}:
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and depth < 3:    # shares the passive it joins
        return _passive_without_agent(tok.head, depth + 1)
    return tok.dep_ == "acl" and tok.tag_ == "VBN"      # a reduced relative clause


def _court_act(tok) -> bool:
    """A court's act told with no agent; the trigger may be the verdict or its 'found'."""
    if tok.lemma_.lower() == "find" and any(c.lower_ in VERDICTS for c in tok.children):
        return _passive_without_agent(tok)
    if tok.lower_ in VERDICTS and tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        return tok.head.lemma_.lower() == "find" and _passive_without_agent(tok.head)
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in COURT_ACTS or tok.lower_ in COURT_ACTS) \
        and _passive_without_agent(tok)


def _trigger_token(doc, ev):
    parsed = doc.parsed
    if parsed is None:
        return None
    span = parsed.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def court(reg, doc, ev, where: Optional[str] = None) -> Optional[ActorRef]:
    """The implied court of ``ev`` (module docstring), filled, or None. ``where``: the country
    of the event's place when its own sentence names it."""
    if ev.actor or ev.event_type not in COURT_TYPES:
        return None
    tok = _trigger_token(doc, ev)
    if tok is None or not _court_act(tok):
        return None
    country = where or main_country(reg, [doc.text])
    if country is None:
        return None
    at = ev.trigger.start
    return ActorRef("", at, at, None, country, "JUD", None, True)


def judicial(doc, ev) -> None:
    """A state (or its capital) as the actor of a court's act is its judiciary: sector JUD."""
    states = [r for r in ev.actor if r.kind in STATE_KINDS and r.sector == "GOV" and r.country]
    if not states:
        return
    tok = _trigger_token(doc, ev)
    if tok is None or tok.pos_ != "VERB" or not (tok.lemma_.lower() in JUDICIAL_ACTS or tok.lower_ in JUDICIAL_ACTS):
        return
    for r in states:
        r.sector = "JUD"
