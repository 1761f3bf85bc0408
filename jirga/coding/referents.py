"""What an argument head of a trigger stands for, as actor spans.

A 'whose' phrase stands for its antecedent ('the US, whose envoys ...'); a bare number joined
to a clause for that clause's subject ('five killed and 22 injured'); a bare share ('the
majority') for the group just named. Pronouns are resolved by jirga.coding.pronouns
(main-clause subjects of the sentence and the previous one first, then the nearest compatible
named actor). Places, routes, negated quantifiers ('no country') name no actor.
"""
from __future__ import annotations

from jirga.coding import reach
from jirga.coding.phrases import entity_of, expand, span_of, with_name
from jirga.coding.pronouns import DocIndex, institution, resolve
from jirga.tokens import is_actorish, is_water, self_actor


# places a side keeps for itself: 'a rebel stronghold', 'militant hideouts', 'a Taliban enclave'
STRONGHOLDS = frozenset({"stronghold", "bastion", "hideout", "hideaway", "enclave", "den", "sanctuary",
                         "haven", "redoubt", "lair"})


def facility(t, cues) -> bool:
    """A post or base held by a force its modifiers name ('a military post', 'Pakistani border
    posts', 'an FC checkpoint'), or a side's stronghold ('militant hideouts'): a target standing
    for that force. A bare 'checkpoint' is not."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in STRONGHOLDS:    # 'militant hideouts'
        return any(c.dep_ in ("amod", "compound", "poss") and (
            self_actor(c, cues) or c.lemma_.lower() in cues["agent_nouns"]) for c in t.children)
    if t.pos_ != "NOUN" or t.lemma_.lower() not in cues["facility_nouns"]:
        return False
    return any(c.dep_ in ("amod", "compound", "poss") and (
        c.lemma_.lower() in cues["force_modifiers"] or c.lower_ in cues["force_modifiers"]
        or c.ent_type_ in ("NORP", "ORG", "GPE")) for c in t.children)


def _stronghold_span(t, cues):
    """'the last rebel bastion of Douma' -> 'rebel bastion': the side's word and the place noun,
    without the town it is in (a town's name would pass for the party)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in STRONGHOLDS:
        return None
    mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i and (
        self_actor(c, cues) or c.lemma_.lower() in cues["agent_nouns"])]
    if not mods:
        return None
    sp = t.doc[mods[0].i:t.i + 1]
    return sp.start_char, sp.end_char, sp.text


def locative(t, cues) -> bool:
    """'on the Afghan border', 'on the outskirts of Quetta': where, never whom ('closed the
    Afghan border' keeps its object)."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.lemma_.lower() in cues["locative_heads"]


def not_actor(t, cues) -> bool:
    """'No country', 'no one', a relative pronoun left unresolved, a route ('from Wagah to
    Torkham'), waters ('the Red Sea'): no actor."""
    if t.lower_ in cues["negative_quantifiers"] or any(
            c.dep_ == "det" and c.lower_ in cues["negative_quantifiers"] for c in t.children):
        return True
    if t.pos_ == "PRON" and t.lower_ in cues["relative_pronouns"] and t.head.dep_ != "relcl":
        return True
    if is_water(t, cues):
        return True       # 'fired missiles into the Sea of Japan': a place named after a party
    if t.dep_ == "pobj" and t.head.lower_ in ("from", "to", "via") and (
            t.head.head.lemma_.lower() in cues["route_nouns"]):
        return True
    ent = entity_of(t)
    return ent is not None and any(x.lower_ == "to" and x.pos_ == "ADP" for x in ent)


def whose_owner(t):
    """The antecedent of a 'whose' that owns ``t`` in a relative clause ('a message from the
    US, whose representatives visited Islamabad' -> US): the party acting through its people."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children):
        return None
    v = t.head
    for _ in range(3):
        if v.dep_ == "relcl":
            return v.head if v.head.pos_ in ("NOUN", "PROPN") else None
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def elided(t):
    """'Five policemen were killed and 22 injured': a bare number heading a clause joined to
    another stands for the people that clause's subject names."""
    if t.pos_ != "NUM":
        return None
    if t.dep_ == "conj" and t.head.pos_ == "VERB":
        gov = t.head         # 'Five soldiers killed and 12 wounded': the number hangs on the verb
    elif t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj":
        gov = t.head.head
    else:
        return None
    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    return subj[0] if subj else None


PARTITIVES = frozenset({"majority", "handful", "most", "many", "some", "several", "few", "dozens",
                        "hundreds", "thousands", "scores"})


def partitive(t, index: DocIndex):
    """'More than 200 lawyers were detained. While the majority were released, a handful were
    convicted': a bare share of a group, as a subject, is of the last group named in its
    sentence or the one before."""
    if t.lower_ not in PARTITIVES or t.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None
    noun = index.nearest_plural(t.idx)
    sent = t.sent
    floor = t.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return noun if noun is not None and noun.i >= floor else None


HOLDING = frozenset({"hold", "control", "occupy"})


def _holding_side(v, cues):
    """The party in a holding participle: 'rebel-held', 'held by the insurgents'."""
    if v.lemma_.lower() not in HOLDING or v.tag_ != "VBN":
        return None
    by = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    side = by + [c for c in v.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < v.i]
    return next((x for x in side if self_actor(x, cues) or x.lemma_.lower() in cues["agent_nouns"]), None)


def holder(t, cues, depth: int = 0):
    """The party holding a place that is no party itself ('rebel-held areas of Daraa', 'the
    outskirts of Douma, a town held by insurgents', 'the last rebel stronghold'): struck, it
    stands for that party. A place no one is said to hold stays a place."""
    if t.pos_ not in ("NOUN", "PROPN") or (t.pos_ == "NOUN" and self_actor(t, cues)):
        return None
    for c in t.children:
        if c.dep_ in ("amod", "acl"):
            side = _holding_side(c, cues)
            if side is not None:
                return side
        if t.lemma_.lower() in STRONGHOLDS and c.dep_ in ("compound", "amod", "poss") and self_actor(c, cues):
            return c         # 'the last rebel bastion of X': the rebels, not the town's name
    if depth < 2:      # 'the outskirts of the city of X, held by ...', 'X, a town held by ...'
        for c in t.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of"):
                for g in ([c] if c.dep_ == "appos" else [g for g in c.children if g.dep_ == "pobj"]):
                    found = holder(g, cues, depth + 1)
                    if found is not None:
                        return found
    return None


def named_state(t):
    """'its neighbour, Qatar', 'a close US ally, Japan': a common noun describing a state named
    in apposition stands for it (a modifier of the noun says whose neighbour or ally it is, not
    who it is: 'a US ally' is no part of the US)."""
    if t.pos_ != "NOUN" or t.ent_type_:
        return None
    # 'a fellow US ally in the Gulf, Qatar': the parser hangs the name on the region
    heads = [t, *(g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("LOC", "GPE"))]
    return next((c for h in heads for c in h.children
                 if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "GPE"), None)


def _registered(t, index: DocIndex) -> bool:
    """'the Darul Uloom Haqqania seminary': a common noun whose name stands in front of it as
    proper-noun compounds is one actor when the registry knows the whole phrase; taking the
    first compound alone ('Darul Uloom') would name a part of it."""
    if index.place_name is None or t.pos_ != "NOUN" \
            or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
        return False
    return index.place_name(span_of(t)[2]) is None


def refs(toks, index: DocIndex, resolved_flag: list | None = None) -> list[tuple]:
    """Actor spans for head tokens: (start, end, text) tuples, deduplicated."""
    out, seen = [], set()
    cues = index.cues
    for head in toks:
        for t in expand(head):
            t = reach.quantity_of(t, cues) or t     # 'thousands of Kurds' -> Kurds
            if not_actor(t, cues) or locative(t, cues):
                continue
            # 'the US, whose envoys ...': the US's; 'its neighbour, Qatar': Qatar
            t = whose_owner(t) or elided(t) or partitive(t, index) or named_state(t) or t
            if not self_actor(t, cues) and not facility(t, cues) and not _registered(t, index):
                # 'Taliban requests' -> Taliban
                mods = [c for c in t.children if c.dep_ in ("poss", "compound", "amod")
                        and self_actor(c, cues)]
                if not mods:
                    continue
                t = mods[0]
            if (index.place_name is not None and t.dep_ == "compound" and t.head.pos_ == "NOUN"
                    and t.head.lemma_.lower() in cues["event_heads"] and place_mod(t, index.place_name)):
                continue             # 'the Zhob attack': Zhob is where, not who
            r = resolve(t, index)
            moved = not (hasattr(r, "i") and r.i == t.i)   # spaCy makes a new Token per access
            if moved and hasattr(r, "dep_") and facility(r, cues):
                continue             # 'the attack on an army post that killed ...': posts do not act
            if r is None or (hasattr(r, "dep_") and moved and not (is_actorish(r, cues) or institution(r, cues))):
                continue
            if moved and hasattr(r, "dep_") and r.pos_ == "NOUN" and not self_actor(r, cues) \
                    and not institution(r, cues):
                # 'a commando raid that killed nine': the raid is no party, its commandos are
                r = next((c for c in r.children if c.dep_ in ("poss", "compound", "amod") and self_actor(c, cues)), r)
            if hasattr(r, "label_") and not hasattr(r, "dep_"):   # an entity Span
                span = (r.start_char, r.end_char, r.text)
            else:
                span = _stronghold_span(r, cues) or with_name(r, span_of(r))
            if moved and resolved_flag is not None:
                resolved_flag.append(True)
            if span[:2] not in seen:
                seen.add(span[:2])
                out.append(span)
    return out


def place_mod(c, place_name) -> bool:
    """'the Zhob attack', 'the Besham bombing': a proper-noun modifier of an event noun is its
    location when the gazetteer knows it as a place, or when no actor of that name is known and
    the noun is definite ('the X bombing'; an actor is named 'by X' or is known)."""
    if c.pos_ != "PROPN" or c.ent_type_ == "NORP":
        return False
    lo, hi = c.i, c.i
    while lo > 0 and c.doc[lo - 1].dep_ == "compound" and c.doc[lo - 1].pos_ == "PROPN" and c.doc[lo - 1].head.i == c.i:
        lo -= 1
    known = place_name(c.doc[lo:hi + 1].text)
    if known is None:
        return False
    return known or (c.ent_type_ != "PERSON" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.head.children))
