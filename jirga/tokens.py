"""Token predicates and word lists shared by the coder's modules (roles, pronouns, reach,
modality, filters) and by the actor, date and place stages. A leaf: it imports no other Jirga module, so every
module that needs a predicate can import it without a circle."""
from __future__ import annotations

import re

# 'the two sides', 'both countries', 'the two sides' forces': one mention standing for two parties.
RECIPROCAL = re.compile(r"^(?:the\s+)?(two|both|three|all three|four|all four)\s+(?:(?:warring|rival|"
                        r"neighbouring|neighboring)\s+)?(sides|countries|nations|neighbours|neighbors|"
                        r"governments|states|capitals|delegations|leaders|armies|militaries)"
                        # 'the two sides' forces': the parties' own people, each side's
                        r"(?:['’]s?\s+(forces|troops|soldiers|guards|border guards|security forces|"
                        r"officials|ministers|diplomats|envoys|negotiators))?$", re.I)


# Quote marks a quoted statement opens with, as the tokenizer leaves them
QUOTES = frozenset({'"', "“", "”", "‘", "``"})


def is_reciprocal(text: str) -> bool:
    return bool(RECIPROCAL.match(" ".join(text.split())))


def is_water(tok, cues) -> bool:
    """'the Sea of Japan', 'the Red Sea': the head of a name of waters, a place whoever it is
    named after, never a party nor a way into one."""
    return tok.pos_ == "PROPN" and tok.lower_ in cues["water_words"]


def is_actorish(tok, cues) -> bool:
    """Could the token head an actor mention, by itself or through a modifier?"""
    if is_water(tok, cues):
        return False
    low = tok.lower_
    if tok.ent_type_ in cues["actor_entities"]:
        return True
    if tok.pos_ == "PRON":
        return low in cues["pronoun_kind"] or low in cues["relative_pronouns"]
    if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in cues["agent_nouns"] or low in cues["agent_nouns"]):
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL"):
        return True
    return any(c.dep_ in ("compound", "amod") and (c.ent_type_ in cues["actor_entities"]
               or c.lemma_.lower() in cues["agent_nouns"]) for c in tok.children)


def self_actor(tok, cues) -> bool:
    """Actor by itself, not only through a modifier."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues["abstract_nouns"] and not tok.ent_type_:
        return False              # 'security', 'food security', 'stability'
    if tok.ent_type_ in cues["actor_entities"] or tok.pos_ in ("PROPN", "PRON"):
        return is_actorish(tok, cues)
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in cues["agent_nouns"] or tok.lower_ in cues["agent_nouns"])


def kids(tok, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def pobjs(tok, preps, deps=("prep", "dative")) -> list:
    """The objects of ``tok``'s prepositions among ``preps`` ('talks with Kabul' -> Kabul)."""
    return [g for c in tok.children if c.dep_ in deps and c.lemma_.lower() in preps
            for g in c.children if g.dep_ == "pobj"]


def shifted_objects(verb) -> list:
    """'dismissed as baseless Pakistan's claims': the object the writer moved after its 'as'
    adjective, which the parser hangs on 'as' -- an adjective right after 'as', and a noun
    phrase with its own possessor or article behind it."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and c.i + 1 < g.i
            and c.doc[c.i + 1].pos_ == "ADJ" and any(k.dep_ in ("poss", "det") and k.i > c.i + 1 for k in g.children)]


def lemmas(toks) -> set:
    return {t.lemma_.lower() for t in toks}


def described(n):
    """'Qureshi, the first minister to visit' / 'She was the first minister to visit':
    the person a descriptive noun is said of (apposition head, copula subject)."""
    if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    if n.dep_ == "appos":
        return n.head
    if n.dep_ in ("attr", "conj") and n.head.lemma_ == "be":
        subj = kids(n.head, ("nsubj",))
        return subj[0] if subj else n
    return n


# Verbs whose clausal content is a report: what happened is told, on or before the telling
# (dates: a reported event takes the report's date; places: the speakers' place is not the event's).
REPORT_VERBS = frozenset({"say", "tell", "announce", "report", "state", "claim", "confirm", "add",
                          "write", "post", "tweet", "declare", "disclose", "reveal", "allege",
                          "acknowledge", "admit", "deny", "insist", "note", "explain", "inform",
                          "brief", "quote", "cite", "publish"})


def own_day(v) -> bool:
    """The clause of verb ``v`` names a time of its own ('shut it on February 21', 'closed
    it last Friday'), not inside a clause below it."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in v.children if c.dep_ in ("prep", "npadvmod", "tmod")
               for t in c.subtree)


def clause_marks(v) -> set:
    """The words that open clause ``v``: its subordinators ('when', 'while', 'as', 'if')."""
    return {c.lower_ for c in v.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}


def span_root(parsed, start: int, end: int):
    """The head token of the characters ``start``..``end`` of a parse (a trigger, a time
    expression), the span widened to whole tokens; None when no token lies there."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
