"""Frames that hold an act back without denying or asking for it (used by ``modality``).

* Likelihood ('is unlikely to block the sale', 'is likely to retaliate'): the reporter's
  forecast, not the subject's intention nor a threat: hypothetical.
* Ability and permission ('would not be allowed to arrest anyone', 'is able to
  strike', 'their ability to cooperate', 'the right to protest'): a possibility, not an
  act (hypothetical); negated ('not allowed to', 'unable to'), an act that did not happen.
  Granted in the simple past ('were allowed to leave', 'was able to reach the town') the
  act is told as done, so the frame is passed over.
* Refusal ('was unwilling to commit', 'reluctant to meet', 'is not ready to sign'): the act did not happen
  (negated, as under 'refused to'), in frame 'refuse': ``jirga.coding.precision`` makes a
  refused cooperative act the refusal itself.
* Supposed acts ('a blockade of the port could cut exports', 'any attack would be met with
  force'): an indefinite event noun that is the subject of a modal clause is supposed, not told
  ('the attack would be investigated' tells of a given attack); so is a clause that is the
  subject of one, and what it would bring about ('retaking the suburbs would stop the attacks',
  said by the army: no threat).
* Generic present ('those who are released show up', 'anyone who crosses is arrested'):
  a simple present clause about a kind of people tells what happens as a rule, not an event.
* Aggregates ('TTP attacks have since intensified and killed hundreds', 'clashes have killed
  thousands over the years'): a present perfect verb whose subject is a bare plural of acts,
  with a round toll ('hundreds') or told over a span ('since', 'over the years', a trend verb)
  with no exact toll, sums many acts and is no act of its own (the subject noun names the
  acts, and is coded). 'A suicide bomber has killed dozens', 'air strikes have killed 30
  people' and 'attacks have killed at least eight leaders since July' stay.
"""
from __future__ import annotations

GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "whoever",
                              "one", "whomever"})
GENERIC_DETS = frozenset({"any", "every", "all", "each"})


def _word(g, cues, key):
    """``g`` itself, or the predicate adjective of a copula ``g`` ('is [unlikely] to act' parsed
    with the infinitive on 'is'), when it is in cue list ``key``; else None."""
    if g.lemma_.lower() in cues[key] or g.lower_ in cues[key]:
        return g
    if g.lemma_ == "be":
        return next((c for c in g.children if c.dep_ == "acomp" and c.lower_ in cues[key]), None)
    return None


def _negated(w) -> bool:
    v = w.head if w.dep_ == "acomp" else w
    return any(c.dep_ == "neg" or c.lower_ == "never" for x in {w, v} for c in x.children)


def _modal(w, words=None) -> bool:
    """A modal (of ``words``, if given) on ``w`` or on its copula."""
    v = w.head if w.dep_ == "acomp" else w
    return any(c.dep_ == "aux" and c.tag_ == "MD" and (words is None or c.lower_ in words) for c in v.children)


def _simple_past(w) -> bool:
    """'were allowed', 'was able', 'allowed them': a granted permission told as a past fact."""
    v = w.head if w.dep_ == "acomp" else w
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    return (v.tag_ == "VBD" and not aux) or (bool(aux) and all(a.tag_ == "VBD" for a in aux))


def governed(g, cur, m, cues) -> bool:
    """Apply a likelihood, ability or refusal frame ``g`` over clause ``cur`` to ``m``; True
    when ``g`` is such a frame (the caller stops climbing)."""
    to = cur.dep_ in ("xcomp", "acl", "advcl", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
    if not to:
        return False
    w = _word(g, cues, "likelihood_words")
    if w is not None:
        m.hypothetical, m.frame, m.frame_verb = True, "forecast", w
        return True
    w = _word(g, cues, "willing_words")
    if w is not None and _modal(w, cues["hypothetical_modals"]):   # 'may (not) be ready to sign'
        m.hypothetical = True
        return True
    if w is not None and _negated(w):     # 'is not willing to': a refusal
        m.negated, m.frame, m.frame_verb = True, "refuse", w
        return True
    w = _word(g, cues, "refusal_words")
    if w is not None:
        if _negated(w):
            m.hypothetical = True            # 'not unwilling to talk': no refusal, no act either
        else:
            m.negated, m.frame, m.frame_verb = True, "refuse", w
            m.hypothetical = _modal(w, cues["hypothetical_modals"])   # 'may be reluctant to'
        return True
    w = _word(g, cues, "ability_words")
    if w is None:
        return False
    if w.lower_ in cues["inability_words"] or _negated(w) or (
            w.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in w.children)):
        m.negated = True
    elif w.pos_ != "NOUN" and _simple_past(w):
        return False                        # 'were allowed to leave': told as done
    else:
        m.hypothetical = True
    m.frame, m.frame_verb = "ability", w
    return True


def _present(v) -> bool:
    """A simple present clause: 'crosses', 'are released', 'do show up'; not 'were', 'have',
    'will', 'can'."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ in ("VBZ", "VBP"):
        return all(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return v.tag_ == "VBN" and bool(aux) and all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in aux)


def _generic_head(n) -> bool:
    """'those', 'anyone', 'migrants' (a bare plural), 'any foreigner': a kind, not a party."""
    if n.lower_ in GENERIC_PRONOUNS and n.pos_ in ("PRON", "DET", "NUM", "NOUN"):
        return True
    if n.pos_ != "NOUN":
        return False
    dets = [c for c in n.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets:
        return n.tag_ == "NNS"
    return all(d.dep_ == "det" and d.lower_ in GENERIC_DETS for d in dets)


def generic_present(v) -> bool:
    """A simple present clause in a relative clause on a generic head ('those who are
    released', 'people who cross'), or whose subject is one ('anyone who crosses is arrested',
    'one is exonerated')."""
    own = {c.dep_ for c in v.children}
    if v.dep_ == "conj" and not own & {"aux", "auxpass", "nsubj", "nsubjpass"}:
        return generic_present(v.head)        # 'are detained and deported'
    if not _present(v):
        return False
    if v.dep_ == "relcl" and _generic_head(v.head) and _who(v):
        return True
    subj = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj and v.dep_ == "conj":
        subj = [s for s in v.head.children if s.dep_ in ("nsubj", "nsubjpass")]   # '..., and are released'
    for s in subj:
        if s.lower_ == "one" and s.pos_ in ("PRON", "NUM"):
            return True
        if _generic_head(s) and any(c.dep_ == "relcl" and _present(c) and _who(c) for c in s.children):
            return True
    return False


def _who(clause) -> bool:
    """The head is the doer or sufferer of the relative clause ('those who cross'), not its
    object ('those [rockets] it fires'); a noun head is a kind of people ('migrants who
    cross'), not of things ('deals that force them to leave' tells of given deals)."""
    rel = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")]
    return bool(rel) and (clause.head.pos_ != "NOUN" or rel[0].lower_ == "who")


INDEFINITE = frozenset({"a", "an", "any", "such"})
# 'an explosion could be heard across the city': a perception of the act, which happened
PERCEPTION = frozenset({"hear", "see", "feel", "smell", "notice", "spot", "observe"})


def supposed_subject(tok, v, cues) -> bool:
    """An indefinite event noun as the subject of a could/would/might clause."""
    modals = cues["hypothetical_modals"] | cues["past_future_modals"]
    if v.lemma_.lower() in PERCEPTION or not any(c.dep_ == "aux" and c.lower_ in modals for c in v.children):
        return False
    return all(c.dep_ == "det" and c.lower_ in INDEFINITE
               for c in tok.children if c.dep_ in ("det", "poss", "nummod"))


def supposed_clause(v) -> bool:
    """``v`` is a clause subject of a modal clause, or that modal clause."""
    main = v.head if v.dep_ == "csubj" else v
    aux = [c for c in main.children if c.dep_ == "aux"]
    return any(c.dep_ == "csubj" for c in main.children) and any(a.tag_ == "MD" for a in aux) \
        and not any(a.lower_ == "to" for a in aux)     # 'a strong will to overcome': a noun misread


# round tolls that sum many acts
ROUND_TOLLS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
SPAN_UNITS = frozenset({"year", "month", "decade", "week"})
RECENT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "yesterday", "morning", "night", "weekend", "dawn", "evening", "afternoon"})


def aggregate(v, cues) -> bool:
    """A present perfect clause summing many acts (module docstring)."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    clause = [v]
    if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        clause.append(v.head)                   # 'have since intensified and killed hundreds'
    if not any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for w in clause
               for a in w.children):
        return False
    subj = [s for w in clause for s in w.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj or not all(s.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children)
                           and (s.lemma_.lower() in cues["aggregate_acts"]) for s in subj):
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if any(o.lower_ in ROUND_TOLLS for o in objs):
        return True
    # a toll told exactly ('have killed at least eight leaders since July') is counted: it stays
    counted = any(c.dep_ == "nummod" or c.like_num for o in objs for c in o.subtree)
    return not counted and any(_span(w, cues) for w in clause)


def _span(w, cues) -> bool:
    """'since', 'so far', 'over the (past) years', 'in recent months', or a trend verb."""
    if w.lemma_.lower() in cues["trend_verbs"]:
        return True
    for c in w.children:
        if c.lower_ == "since" and c.dep_ in ("advmod", "prep") and not any(
                o.lower_ in RECENT for o in c.subtree):
            return True         # 'since Friday' tells the news of the week, not a sum
        if c.dep_ == "advmod" and c.lower_ == "far" and any(a.lower_ == "so" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("over", "in", "during", "for"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in SPAN_UNITS and o.tag_ == "NNS" for o in c.children):
                return True
    return False
