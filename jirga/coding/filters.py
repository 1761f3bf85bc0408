"""Triggers that look like events but report none.

* States (``is_state``): a continuing condition is not a new act. A verb trigger is a state
  when it is the complement of 'remain/stay' ('remained closed'), or a passive participle
  anchored in an ongoing period: a 'since' phrase ('trade has been frozen since 2019'), the
  adverb 'still', or a perfect passive with a 'for' duration ('has been suspended for
  months'). No event is coded for it; the act that began the state is coded where it is
  reported ('Pakistan closed the crossing on Sunday'). A simple past passive with a duration
  ('was closed for three days') stays an event: it reports the closure. People described as
  held ('all those wrongfully imprisoned', 'activists detained in Baku') are a state too,
  unless a time dates their arrest ('a journalist detained on Monday'). A harm verb leaves no
  state to remain in: 'have been killed in the fighting since Friday' reports the killing.
* Non-human movers (``non_human_mover``): a visit (CONSULT, mode visit) needs a person or
  an organisation that travels. 'The wheat arrived', 'the shipment reached Kabul', 'trucks
  crossed' and 'a soldier was flown to Pakistan' (moved by others) are no visits. The mover is
  the clause subject; it must be an actor (PERSON/ORG/GPE/NORP entity, an agent noun, a
  proper noun or a pronoun).
* Generic mentions (``is_generic``): a bare plural event noun (no determiner, possessor or
  number) that counts or worries about a kind of act rather than reporting one: the subject of
  a trend verb ('attacks have risen by 60 percent'), the 'of/in/about' phrase of a trend or
  concern noun ('a surge in attacks', 'a wave of attacks', 'involvement in attacks'), under a
  concern adjective ('concerned about attacks') or with a frequency modifier ('more frequent
  clashes', 'such attacks'). Without an actor it is dropped (``jirga.coding``), like a
  participant-less reference.
* Questions (``is_question``): '"can he keep out of court?" he asked' reports a question, not
  a request: asking with nobody asked, nothing asked for, no act and no answer asked of anyone;
  nor is a reporter's question put to the speaker ('when asked whether the incident happened').
* Things as requesters (``thing_requests``): 'state law requires that districts provide buses',
  'his pledge appealed to voters': a law, plan or pledge asks nothing of anyone.
* Sources (``is_source``): 'according to officials briefed on the meeting': a passive
  participle of being told that describes the people a report quotes, with no one named as
  telling them, is who they are, not a briefing.
* Predicates (``is_predicate``): an event noun that re-describes something as an object
  complement ('called the shooting an assassination attempt', 'described the strikes as
  an attack on its sovereignty') is the speaker's characterisation, not a second event.
"""
from __future__ import annotations

from jirga.coding import reach, roles
from jirga.coding.collapse import CASUALTY_VERBS

PREDICATE_VERBS = frozenset({"call", "describe", "term", "label", "brand", "characterise",
                             "characterize", "view", "see", "consider", "regard", "deem", "denounce",
                             "condemn", "dub", "name"})


def _has(tok, dep: str, words=None) -> bool:
    return any(c.dep_ == dep and (words is None or c.lower_ in words) for c in tok.children)


def _for_duration(v, cues) -> bool:
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in cues["duration_nouns"] or g.ent_type_ == "DATE"):
                    return True
    return False


def is_state(tok, cues) -> bool:
    """True when a verb trigger describes a continuing state (module docstring)."""
    if tok.pos_ not in ("VERB", "ADJ"):
        return False
    if tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_.lower() in cues["state_verbs"]:
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in cues["custody_verbs"] \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return True       # 'release all those wrongfully imprisoned': people held, no arrest told
    if not _has(tok, "auxpass") or tok.lemma_.lower() in CASUALTY_VERBS:
        return False
    if tok.lemma_.lower() in cues["custody_verbs"] and _has(tok, "auxpass", {"is", "are", "remain", "remains"}):
        return True       # 'are imprisoned in Azerbaijan': held, not newly arrested
    if _has(tok, "advmod", {"still"}) or any(
            c.dep_ == "prep" and c.lower_ == "since" for c in tok.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    return perfect and _for_duration(tok, cues)


def is_source(tok, cues) -> bool:
    """True for 'officials briefed on the talks' (module docstring)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in cues["source_participles"] \
        and tok.head.pos_ in ("NOUN", "PROPN") and not _has(tok, "agent")


def non_human_mover(d, cues) -> bool:
    """True when a visit verb's mover is a thing, or the traveller was moved by others."""
    t = d.trig.token
    if d.trig.kind != "verb" or d.event_type != "CONSULT" or d.mode != "visit" or d.trig.entry.get("swap"):
        return False
    agents, patients = roles.clause_subject(t)
    if patients and not agents:
        return True            # 'was flown to Pakistan'
    agents = [t.head if a.tag_ in ("WDT", "WP") and t.dep_ == "relcl" else a for a in agents]
    agents = reach.unwrap(agents, cues)
    return bool(agents) and not any(_human(a, cues) for a in agents)


def natural_harm(d, cues) -> bool:
    """'The earthquake killed 40 people', 'the recession struck the region', 'nine died in the
    floods': harm a natural or impersonal force did is no act of a party (roles.natural_cause)."""
    t = d.trig.token
    if d.trig.kind != "verb" or d.event_type not in roles.HARM_TYPES:
        return False
    agents, _ = roles.clause_subject(t)
    if agents:
        return all(roles.natural_cause(a, cues) for a in agents)
    causes = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
              for g in c.children if g.dep_ == "pobj"]
    return bool(causes) and all(roles.natural_cause(g, cues) for g in causes)


def _human(tok, cues) -> bool:
    """An actor, or a noun named by an apposition or owned by an actor ('Sadiq's predecessor,
    Asif Ali')."""
    return roles.is_actorish(tok, cues) or any(
        c.dep_ in ("appos", "poss") and c.pos_ != "PRON" and roles.is_actorish(c, cues) for c in tok.children)


def is_predicate(tok) -> bool:
    """An event noun used as the object complement of a calling/describing verb."""
    t = tok.head if tok.dep_ == "compound" else tok
    if t.dep_ == "oprd":
        return t.head.lemma_.lower() in PREDICATE_VERBS
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB":
        return t.head.head.lemma_.lower() in PREDICATE_VERBS
    return False


def is_called_attack(trig, cues) -> bool:
    """'The new tax is an attack on our nation', 'this is a war on the poor': an attack noun
    said of a subject that is no act by a copula names what the subject is taken for, no
    attack ('There was an attack' tells one; 'the bombing was an attack on ...' is the
    bombing's, coded from it)."""
    t = trig.token
    if trig.entry["type"] != "ASSAULT" or t.dep_ != "attr" or t.head.lemma_ != "be":
        return False
    subj = [c for c in t.head.children if c.dep_ in ("nsubj", "expl")]
    return bool(subj) and all(c.dep_ == "nsubj" and c.lemma_.lower() not in cues["event_heads"] for c in subj)


SPECIFIC_DETS = frozenset({"the", "this", "that", "these", "those", "a", "an", "its", "their"})


def _bare_plural(tok) -> bool:
    return tok.tag_ == "NNS" and not any(
        (c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("such", "more")) for c in tok.children)


def is_generic(tok, cues) -> bool:
    """True when an event noun names a kind of act, not one act (module docstring)."""
    if tok.pos_ != "NOUN" or not _bare_plural(tok):
        return False
    if any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in cues["frequency_mods"] for c in tok.children):
        return True
    h = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and h.lemma_.lower() in cues["trend_verbs"]:
        return True
    if tok.dep_ == "pobj" and h.lower_ in ("of", "in", "about", "over"):
        gov = h.head
        if gov.lemma_.lower() in cues["trend_nouns"]:
            return True
        if gov.pos_ == "ADJ" and gov.lemma_.lower() in ("concerned", "worried", "anxious", "alarmed"):
            return True
    return False


QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire"})
# what a text names as requiring or appealing that no party does: 'state law requires that
# ...', 'his pledge appealed to voters', 'the plan seeks to ...'; a statement, letter or
# resolution speaks for whoever issued it and stays
THING_REQUESTERS = frozenset({"law", "rule", "regulation", "constitution", "pledge", "promise", "plan",
                              "budget", "policy", "program", "programme", "scheme", "measure", "bill",
                              "act", "treaty", "clause", "provision", "situation", "need", "idea",
                              "message", "campaign", "move", "decision", "project", "strategy"})


def thing_requests(d) -> bool:
    """A request verb whose only subjects are things (``THING_REQUESTERS``)."""
    t = d.trig.token
    if d.event_type != "REQUEST" or d.trig.kind != "verb":
        return False
    agents, _ = roles.clause_subject(t)
    return bool(agents) and all(a.pos_ == "NOUN" and a.lemma_.lower() in THING_REQUESTERS for a in agents)


def is_question(tok) -> bool:
    """True when an asking verb has no one asked, no 'for' and no infinitive, or is a
    reporter's question put to the speaker ('when asked whether ...', module docstring)."""
    if tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    if tok.tag_ == "VBN" and not _has(tok, "nsubj") and not _has(tok, "nsubjpass") \
            and (_has(tok, "advmod", {"when", "if", "asked"}) or _has(tok, "mark", {"when", "if"})):
        return True
    return not any(c.dep_ in ("dobj", "dative", "xcomp", "iobj") or (c.dep_ == "prep" and c.lower_ == "for")
                   or (c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ASKED_MARKS
                                                            for m in c.children))
                   for c in tok.children)


# 'asked that ...', 'asked for X to ...', 'asked whether it could ...': something is asked of someone
ASKED_MARKS = frozenset({"that", "for", "whether", "if"})
