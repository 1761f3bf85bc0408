"""Owners of act nouns that name no party of their own, read off another act of the sentence.

Who apologises for an act owns it: 'Israel apologised for errors during the 2010 commando
raid' tells that the raid was Israel's, 'Kabul expressed regret over the shooting' that the
shooting was Kabul's. An act noun with no actor, in the phrase the apology is about, takes the
apologiser as its actor; one the apology merely follows ('apologised after the attack') does not.
"""
from __future__ import annotations

from jirga.coding.plover import CONFLICT


def owned_by_apology(drafts: list) -> None:
    """Give the apologiser of a sentence's apology to the act nouns it is about (module docstring)."""
    sorry = [d for d in drafts if d.event_type == "CONCEDE" and d.actor_heads and d.trig.token.lemma_.lower()
             in APOLOGY_WORDS and not d.mod.negated and not d.mod.hypothetical]
    for d in drafts:
        if d.trig.kind != "noun" or d.actor_heads or d.event_type not in CONFLICT:
            continue
        for c in sorry:
            head = c.trig.support if c.trig.kind == "noun" and c.trig.support is not None else c.trig.token
            if head.is_ancestor(d.trig.token) and _about(d.trig.token, head):
                d.actor_heads = list(c.actor_heads)
                break


APOLOGY_WORDS = frozenset({"apologize", "apologise", "apology", "regret"})
ABOUT_PREPS = frozenset({"for", "over", "during", "in", "about"})


def _about(tok, head) -> bool:
    """Every preposition between ``head`` and ``tok`` says what the apology is about ('for',
    'over', 'during'); 'to' names whom it is made to, 'after' when."""
    t = tok
    while t.i != head.i:
        if t.dep_ == "prep" and t.lower_ not in ABOUT_PREPS:
            return False
        t = t.head
    return True
