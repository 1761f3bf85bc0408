"""Recipients (and actors) that sit deeper than the trigger's own arguments.

The trigger's direct object or 'with/against/to' phrase is the recipient when it
is an actor. When it is not ('rejected an offer from Kabul', 'threatened further
action against Russia', 'demanded that the US cancel ...', 'refused to deploy
troops in Iraq'), the recipient is searched, in this order, in:

1. the non-actor objects: their actor modifiers ('an Indian proposal', handled
   by ``referents.refs``) and their 'by/from/of/to/against/with/on/for' phrases (not
   'against' for a request: 'called for action against the militants' asks someone else);
2. a 'from' phrase of the verb ('seized weapons from the militants');
3. the subject of a complement clause of a request/demand ('demanded that X ...');
4. the same search one clause down, in an infinitive complement ('threatened to
   cut off electricity to X', 'offered to negotiate with X');
5. the other side of talks the act was done in ('agreed, in a telephone conversation with X,
   to ...', 'pledged support during talks with X');
6. for acts done somewhere (conflict, threats, refusals, concessions): a named
   place in an 'in' phrase ('imposed a curfew in Cizre' -> the people of Cizre); not when
   people the act is done to are named ('two engineers were killed in Balochistan').

Quantity heads ('thousands of Kurds', 'scores of refugees') and parts ('units of the
army') stand for their 'of' phrase, for actors and recipients alike.
"""
from __future__ import annotations

from jirga.tokens import is_water, pobjs, self_actor

NOUN_PREPS = frozenset({"by", "from", "of", "to", "against", "with", "on", "toward", "towards", "at", "for"})
QUANTITY = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score",
                      "scores", "ten", "tens", "million", "millions", "number", "crowd", "crowds",
                      "some", "many", "most", "all", "several", "few", "majority", "handful",
                      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      # parts of a body stand for it: 'units of the army', 'elements of the TTP'
                      "unit", "units", "element", "elements", "remnants", "contingent", "detachment"})
# not PROTEST: a demonstration in Lahore is not aimed at Lahore's people (actors.implied.authorities)
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "REJECT", "CONCEDE", "SANCTION", "AGREE",
                         "RETREAT", "MOBILIZE"})
PLACE_ENTS = frozenset({"GPE"})
COMPLEMENT_SUBJECT_TYPES = frozenset({"REQUEST"})


def has_actor(tok, cues) -> bool:
    """An actor by itself or through a modifier ('Indian proposal', as ``referents.refs`` reads it)."""
    if self_actor(tok, cues):
        return True
    return any(c.dep_ in ("poss", "compound", "amod") and self_actor(c, cues) for c in tok.children)


def quantity_of(tok, cues):
    """'thousands of Iraqi Kurds' -> 'Kurds'; otherwise None."""
    if tok.lower_ not in QUANTITY and tok.lemma_.lower() not in QUANTITY and tok.pos_ != "NUM":
        return None
    for g in pobjs(tok, {"of"}):
        if has_actor(g, cues):
            return g
    return None


def unwrap(toks, cues) -> list:
    """Replace quantity heads by the actor in their 'of' phrase."""
    return [quantity_of(t, cues) or t for t in toks]


# 'called for stern action against the militants': whom the asked-for act is against is not
# whom the request is made to (the addressee then comes from the story: ``actors.implied``)
ASKED_PREPS = NOUN_PREPS - {"against"}


def _inside(tok, cues, depth: int = 0, preps=NOUN_PREPS) -> list:
    """Actors inside a non-actor noun phrase, through its prepositional phrases."""
    if has_actor(tok, cues):
        return [tok]
    if is_water(tok, cues):
        return []      # 'into the Sea of Japan': not Japan's
    if depth > 1 or tok.lemma_.lower() in cues.get("command_nouns", ()):
        return []      # 'on the orders of X': X had it done (``commander``), it was not done to X
    out = []
    for g in pobjs(tok, preps):
        out += _inside(g, cues, depth + 1, preps)
    return out


def _clause(v, typ, cues, preps, depth) -> list:
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "nsubjpass")
            and not (typ == "MOBILIZE" and depth == 0)]      # the troops deployed are not whom
    inner = ASKED_PREPS if typ == "REQUEST" else NOUN_PREPS
    found = [a for o in objs + pobjs(v, preps) for a in _inside(o, cues, 0, inner)]
    if found:
        return found
    found = [a for o in pobjs(v, {"from"}) for a in _inside(o, cues)]
    if found:
        return found
    if typ in COMPLEMENT_SUBJECT_TYPES or v.lemma_.lower() in cues["request_verbs"]:
        found = [s for c in v.children if c.dep_ == "ccomp"
                 for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and has_actor(s, cues)]
        if found:
            return found
    if depth < 2:
        for x in v.children:
            if x.dep_ == "xcomp" or (x.dep_ == "advcl" and any(a.lower_ == "to" for a in x.children if a.dep_ == "aux")):
                found = _clause(x, typ, cues, preps, depth + 1)
                if found:
                    return found
    return []


def commander(v, cues) -> list:
    """'dispatched on the orders of Prime Minister Sharif', 'at the behest of Kabul': who had
    the act done, when the clause names no doer."""
    return [a for n in pobjs(v, {"on", "at", "under", "upon"}) if n.lemma_.lower() in cues.get("command_nouns", ())
            for a in pobjs(n, {"of", "from"}) + [c for c in n.children if c.dep_ == "poss"] if has_actor(a, cues)]


# acts done to people: a noun they are done to is the people, whatever the noun ('two
# engineers were killed in Balochistan': the engineers, not the province)
DONE_TO_PEOPLE = frozenset({"kill", "wound", "injure", "maim", "hurt", "behead", "murder", "kidnap",
                            "abduct", "shoot", "execute", "torture", "lynch", "assassinate"})


def _place(v, typ) -> list:
    if typ not in PLACE_TYPES:
        return []
    if v.lemma_.lower() in DONE_TO_PEOPLE and any(
            c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" for c in v.children):
        return []
    todo, out = [v], []
    if typ == "AGREE":    # 'agreed in Doha to ...': where one agrees is the venue; 'agreed to lift the curfew in Cizre'
        todo = [c for c in v.children if c.dep_ in ("dobj", "xcomp")]
    for t in todo:
        for g in pobjs(t, {"in", "inside"}):
            hits = [g] + [c for c in g.children if c.dep_ == "prep" for c in c.children if c.dep_ == "pobj"]
            out += [h for h in hits if h.ent_type_ in PLACE_ENTS][:1]
        todo += [c for c in t.children if c.dep_ in ("dobj", "xcomp") and len(todo) < 6]
    return out[:1]


# 'in line with', 'in keeping with', 'in contrast with': no talks, no partner
NOT_PARTNER = frozenset({"line", "accordance", "keeping", "connection", "comparison", "contrast",
                         "conformity", "compliance", "tandem", "response", "solidarity"})


def _partner(v, cues) -> list:
    # the phrase hangs on the verb or on its subject ('X, in a call with Y, agreed')
    talks = pobjs(v, {"in", "during"}) + [n for s in v.children if s.dep_ == "nsubj"
                                           for n in pobjs(s, {"in", "during"})]
    return [a for n in talks if n.pos_ == "NOUN" and n.lemma_.lower() not in NOT_PARTNER
            for a in pobjs(n, {"with"}) if has_actor(a, cues)]


def deep_recipients(v, typ, cues, preps) -> list:
    """Recipient heads of verb ``v`` found below its direct arguments (module docstring)."""
    return _clause(v, typ, cues, preps, 0) or _partner(v, cues) or _place(v, typ)
