"""What an accusation (or the accusation a denial names) claims: the complement of its
trigger, kept as a span and never coded as a fact.

    accused the Taliban of [giving shelter to militants]      prep 'of' / 'for' / 'over'
    blames the government for [harbouring the TTP]
    alleges that [the TTP launch attacks from sanctuaries]    clause complement
    denied allegations that [Afghan territory is being used]  the denied noun's complement
"""
from __future__ import annotations

from typing import Optional

from jirga.model import Event, Span

PREPS = frozenset({"of", "for", "over", "with", "about"})
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "report", "suggestion"})


def token_at(parsed, start: int):
    """The token starting at character ``start``, or None."""
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _closes(toks) -> bool:
    """The last token closes a bracket or quote opened inside the span: keep it."""
    last = toks[-1].text
    opener = {")": "(", "]": "[", "”": "“"}.get(last)
    return opener is not None and any(t.text == opener for t in toks[:-1])


def _subtree_span(head, skip_marks: bool = True) -> Optional[Span]:
    toks = [t for t in head.subtree if not (skip_marks and t.dep_ == "mark" and t.head.i == head.i)]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and not _closes(toks):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # the tokens' own span: Doc.text would rebuild the whole document for every claim
    return Span(start, end, head.doc[toks[0].i:toks[-1].i + 1].text)


def complement(tok) -> Optional[Span]:
    """The claim a verb or noun of accusation takes: its 'of/for' phrase or its clause."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PREPS:
            objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
            if objs:
                return _subtree_span(objs[0])
    for c in tok.children:
        if c.dep_ in ("ccomp", "acl") and c.i > tok.i:
            return _subtree_span(c)
    return None


def claim_span(parsed, ev: Event) -> Optional[Span]:
    """The claim of an ACCUSE event, or of the accusation a REJECT names ('denied the
    allegations that ...'); None when the sentence does not say what is claimed."""
    tok = token_at(parsed, ev.trigger.start)
    if tok is None:
        return None
    if ev.event_type == "ACCUSE":
        return complement(tok)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS:
            return complement(c)
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIM_NOUNS:   # 'a claim the Taliban denied'
        return complement(tok.head)
    return None
