"""The text span of an actor phrase, built around its head token.

A span is (start_char, end_char, text) in document offsets: the head with its compounds,
modifiers and possessor, plus an 'of/from' phrase when the head is a common noun ('militants
of the TTP'). Appositions and relative clauses are left out, save a person's name after a title;
conjuncts are separate heads ('Pakistan and Afghanistan').
"""
from __future__ import annotations

import re


LEFT_DEPS = frozenset({"compound", "amod", "poss", "det", "nummod", "nmod", "quantmod", "case", "advmod", "punct"})


TRIM = frozenset({"the", "a", "an", "'s", "’s", ",", "-", "(", '"', "“", "”", "of"})


COMPASS = re.compile(r"^(north|south|east|west|central|upper|lower)")


# verbs whose object's 'of' phrase is the charge ('accused the envoy of meddling'), however the
# parser hangs it
CHARGING = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve", "charge"})


def _charged(tok) -> bool:
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in CHARGING


def _bounds(tok) -> tuple[int, int]:
    """Token index range [lo, hi] of the phrase headed by ``tok``."""
    lo = hi = tok.i
    # 'war-ravaged Yemen', 'neighbouring Afghanistan': an adjective on a state's name
    # describes the state; it is no part of the actor (nor a sector: 'refugee' is not REF)
    # ('northeastern Syria' is a region, a place whose people it stands for: kept)
    gpe = tok.pos_ == "PROPN" and tok.ent_type_ == "GPE"
    for c in tok.children:
        if gpe and c.dep_ == "amod" and not COMPASS.match(c.lower_):
            continue
        if c.dep_ in ("compound", "nummod") and c.ent_type_ == "DATE" and tok.pos_ == "PROPN" \
                and tok.ent_type_ != "DATE":
            continue        # 'on 1 February Macron said': the date is no part of the name
        if c.dep_ in LEFT_DEPS and c.i < tok.i:
            lo = min(lo, c.left_edge.i)
        elif c.dep_ in ("compound", "nummod", "case") and c.i > tok.i:
            hi = max(hi, c.right_edge.i)
    if not tok.ent_type_ and not _charged(tok):
        # 'elders and commanders of the TTP': an 'of' phrase after a conjunct is the last
        # conjunct's, however the parser hangs it
        conjs = [c.i for c in tok.children if c.dep_ == "conj"]
        for c in tok.children:
            if c.dep_ == "prep" and c.lemma_ in ("of", "from") and c.i > tok.i and not any(k < c.i for k in conjs):
                hi = max(hi, c.right_edge.i)
        if tok.dep_ == "conj" and not any(c.dep_ == "conj" for c in tok.children):
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lemma_ in ("of", "from") and c.i == tok.right_edge.i + 1:
                    hi = max(hi, c.right_edge.i)
    ent = entity_of(tok)
    if ent is not None:
        lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
    return lo, hi


def entity_of(tok):
    """The named entity (as in ``doc.ents``) the token is part of, or None. Found from the
    token's neighbours: ``doc.ents`` walks the whole document, once per mention."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type:
        return None
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def span_of(tok) -> tuple[int, int, str]:
    doc = tok.doc
    lo, hi = _bounds(tok)
    while lo < hi and doc[lo].lower_ in TRIM:
        lo += 1
    while hi > lo and doc[hi].lower_ in TRIM:
        hi -= 1
    if doc[hi].text == ")" and "(" not in doc[lo:hi].text:
        hi -= 1
    sp = doc[lo:hi + 1]
    start, text = sp.start_char, sp.text
    if "\n\n" in text:                      # never cross a paragraph break
        rel = tok.idx - start
        a = text.rfind("\n\n", 0, rel)
        b = text.find("\n\n", rel)
        a = 0 if a < 0 else a + 2
        b = len(text) if b < 0 else b
        start, text = start + a, text[a:b]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return start + lead, start + lead + len(text), text


def expand(tok) -> list:
    """The token and its conjuncts ('Pakistan and Afghanistan'); a name the parser reads as
    a conjunct of a title is the title's holder (``_named_holder``), no second party."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        holder = _named_holder(t)
        todo.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                    and (holder is None or c.i != holder.i))
    return out


def _named_holder(t):
    """The person named after title ``t`` in apposition ('the interim prime minister, Mullah
    Mohammad Hassan Akhund,'), also when the parser reads the name as a conjunct: one set off
    by a comma with no 'and' or 'or' of a list, and no list of its own. None when there is none."""
    if t.pos_ != "NOUN":
        return None
    for c in t.children:
        if c.pos_ != "PROPN" or c.ent_type_ != "PERSON" or c.i <= t.i:
            continue
        if c.dep_ == "appos":
            return c
        if c.dep_ == "conj" and c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == "," \
                and not any(x.dep_ in ("cc", "conj") for x in (*t.children, *c.children) if x.i != c.i):
            return c
    return None


def with_name(t, span: tuple) -> tuple:
    """'the Taliban's deputy prime minister, Abdul Salam Hanafi,': a title followed by the
    person's name in apposition is one mention of both (an office may have several holders,
    the name has one; 'the Pakistani cleric, X' keeps what the title says of an unknown X)."""
    c = _named_holder(t)
    if c is None:
        return span
    end = span_of(c)[1]
    whole = t.doc.char_span(span[0], end, alignment_mode="expand")   # not Doc.text: the whole document
    return (span[0], end, whole.text) if whole is not None else span
