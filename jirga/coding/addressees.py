"""The other party of an act when the trigger's own arguments name none.

An act told to someone is addressed to them ('told Erdogan that Israel regrets ...'), and a
request a letter makes to whom it is written to ('wrote to the ministry demanding ...'); an act
answering an object made by a party answers that party ('rejected the claims made by X'); a
relation the actor owns has its partner on the other side ('its ties with X'); an act on a thing
joined to an act on a party is done to that party ('seized the weapons and arrested five men').
"""
from __future__ import annotations

from jirga.coding import reach
from jirga.tokens import kids, pobjs, self_actor


ADDRESSING = frozenset({"tell", "assure", "reassure", "inform", "remind", "promise", "pledge", "notify",
                        "convince", "write", "brief"})
NAMED = frozenset({"PERSON", "GPE", "NORP"})


def addressee(tok) -> list:
    """'Netanyahu told Erdogan that Israel regrets the deaths', 'the envoy assured Kabul that
    Pakistan backs the talks': an act told to someone is addressed to them. Only a named person
    or state: 'told reporters', 'told Reuters' name no party to the act."""
    t = tok
    for _ in range(4):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in ADDRESSING:
            objs = kids(t.head, ("dobj", "dative")) + pobjs(t.head, {"to"})
            return [o for o in objs if o.ent_type_ in NAMED]
        if t.dep_ not in ("conj", "xcomp", "dobj", "ccomp") or t.head.i == t.i:
            return []
        t = t.head
    return []


# verbs by which a party writes to another: a request told as what the letter does ('wrote to
# the ministry demanding the release of the workers') is made to whom it is written to
WRITING = frozenset({"write", "send", "address", "pen"})


def written_to(v, cues):
    """(writers, addressees) of a participle of asking on a verb of writing: 'the union wrote
    to the ministry demanding ...', 'wrote a letter to the Centre asking for troops', and
    'wrote to the prime minister seeking funds' with 'seeking' hung on the prime minister by
    the parser; None when the participle is on no such verb or the letter goes to no party."""
    if v.tag_ != "VBG":
        return None
    head = v.head
    if v.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "to":
        head = head.head.head           # 'wrote to the prime minister seeking': on the addressee
    elif v.dep_ != "advcl":
        return None
    if head.lemma_.lower() not in WRITING or head.pos_ != "VERB":
        return None
    to = pobjs(head, {"to"}) + [g for o in kids(head, ("dobj",)) for g in pobjs(o, {"to"})]
    to = [o for o in to if reach.has_actor(o, cues)]
    if not to:
        return None
    return [c for c in head.children if c.dep_ == "nsubj"], to


def made_by(objs, cues) -> list:
    """'rejected the allegations made by Islamabad', 'welcomed the plan put forward by the EU':
    the party a participle says made the object is whom the act answers."""
    return [g for o in objs for v in o.children if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in v.children if a.dep_ == "agent" for g in a.children
            if g.dep_ == "pobj" and reach.has_actor(g, cues)]


def act_doers(objs, cues) -> list:
    """'condemned the killing of three civilians by Pakistani forces': who is blamed for an
    act told as a noun is its doer, not whom it was done to (the parser hangs 'by' on either)."""
    return [g for o in objs if o.lemma_.lower() in cues["event_heads"]
            for h in [o, *pobjs(o, {"of"})] for g in pobjs(h, {"by"}) if reach.has_actor(g, cues)]


def owned_blame(recips, v, objs, cues) -> list:
    """'condemned the US arms sale to Taiwan': when the blamed thing names its owner, a 'to'
    phrase the parser hung on the verb belongs to the thing (whom it went to), not the blame."""
    if not any(o.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("poss", "compound") and reach.has_actor(c, cues)
                                                   for c in o.children) for o in objs):
        return recips
    to = {g.i for g in pobjs(v, {"to"})}
    return [r for r in recips if r.i not in to]


def _own(r, cues) -> bool:
    """'its ties', 'their friendship': a thing whose only party is a possessive pronoun."""
    poss = [c for c in r.children if c.dep_ == "poss"]
    return (r.pos_ == "NOUN" and not self_actor(r, cues) and bool(poss) and all(c.pos_ == "PRON" for c in poss)
            and not any(c.dep_ in ("compound", "amod") and self_actor(c, cues) for c in r.children))


def _owned(o, cues) -> bool:
    """'Pakistan's cooperation', 'the cooperation of Afghan authorities': a party owns it."""
    return any(c.dep_ == "poss" for c in o.children) or any(reach.has_actor(g, cues) for g in pobjs(o, {"of"}))


def partners_of_own(recips, objs, cues) -> list:
    """'Ankara values its friendship and cooperation with Moscow', 'deepened their ties with
    Tokyo': the other side of a relation the actor owns (or of a relation told with 'the') is
    the recipient, not the owner its pronoun names (a possessor is usually the subject itself)."""
    if any(reach.has_actor(r, cues) and not _own(r, cues) for r in recips):
        return recips
    found = [a for o in objs if _own(o, cues) for c in [o, *(c for c in o.children if c.dep_ == "conj")]
             for a in pobjs(c, {"with", "toward", "towards", "between"}) if reach.has_actor(a, cues)]
    # 'treasured the traditional friendship and cooperation with Russia': the phrase on a
    # conjunct of a tie noun names the partner too ('between X and Y' names the actor as well)
    found = found or [a for o in objs if o.lemma_.lower() in cues["tie_nouns"] and not _owned(o, cues)
                      for c in [o, *(c for c in o.children if c.dep_ == "conj")]
                      for a in pobjs(c, {"with", "toward", "towards"}) if reach.has_actor(a, cues)]
    return [r for r in recips if not _own(r, cues)] + found if found else recips


def joined_object(v, cues) -> list:
    """'the court dismissed the charges and released him', 'police seized the weapons and
    arrested five men': an act on a thing, joined to an act of the same subject on a party, is
    done to that party too."""
    return [o for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
            for o in kids(c, ("dobj",)) if reach.has_actor(o, cues)]
