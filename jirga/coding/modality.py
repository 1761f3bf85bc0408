"""Modality of a trigger: negated, hypothetical, future, and the frame it sits in.

The frame is the nearest governing verb or noun that changes what the clause
asserts: a denial ('Kabul denied that it shelters militants' -> negated), an
allegation ('accused X of giving shelter' -> hypothetical), a request or wish
(hypothetical), an intention ('agreed to hold talks', 'plans to' -> future) or
plain reported speech ('said Y had attacked' -> as asserted by the reporter's
source; 'would' under a past speech verb reads as future). A clause in the mandative
subjunctive ('insisted that Kabul release the prisoners', 'was adamant that depositors
contribute') is asked for, not reported (``mandated``). Likelihood, ability, refusal,
supposed acts and the generic present are read by ``jirga.coding.hedges``.
"""
from __future__ import annotations

from dataclasses import dataclass

from jirga.coding import hedges
from jirga.coding.roles import clause_subject
from jirga.tokens import self_actor

CLIMB_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl", "relcl", "conj", "csubj"})
# Clauses set in time against their main clause ('before they disarm', 'once troops withdraw'):
# no more a fact than the main clause is.
SEQUENCE_MARKS = frozenset({"before", "after", "until", "till", "once", "when", "whenever", "as"})


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    frame: str | None = None      # deny / allege / request / intent / speech / attempt
    frame_verb: object = None     # spaCy Token of the governing verb or noun
    would: bool = False           # 'would' seen on the clause itself
    obligation: bool = False      # must / should: a demand when someone says it
    habitual: bool = False        # 'often attack': a habit told, never a speaker's threat


def clause_verb(tok):
    """The verb a (noun) trigger belongs to: itself if a verb, else the nearest verb above."""
    t = tok
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _own(v, m: Modality, cues) -> None:
    for c in v.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low == "never"):
            m.negated = True
        elif c.dep_ == "aux":
            if low in cues["hypothetical_modals"]:
                m.hypothetical = True
            elif low in cues["obligation_modals"]:
                m.hypothetical = m.obligation = True
            elif low in cues["future_modals"] or (low == "going" and any(x.lower_ == "to" for x in c.children)):
                m.future = True
            elif low in cues["past_future_modals"]:
                m.would = True
        elif c.dep_ == "mark" and low in cues["conditional_marks"]:
            m.hypothetical = True
        elif (c.dep_ == "advmod" and (low in cues["habitual_adverbs"] or _habitual_present(v, c, cues))) \
                or (c.dep_ == "npadvmod" and _habitual_present(v, c, cues)):
            m.hypothetical = m.habitual = True   # 'rarely meets', 'often closes': a habit, not an event
        elif c.dep_ == "advcl" and _conditional(c, cues):
            m.hypothetical = True   # 'will withdraw unless ...': a condition, not a fact


PERSONAL_PRONOUNS = frozenset({"i", "you", "we", "they"})


def mandate_head(v, cues):
    """The word that asks for the clause ``v``, or None: the verb whose 'that' clause holds a
    base form no finite clause can hold ('demanded that Israel withdraw', 'it is essential
    that Kabul release': a singular subject with a bare verb), or a past mandate word whose
    clause keeps a present verb against the sequence of tenses ('insisted that the parties
    contribute', 'was adamant that depositors contribute')."""
    if v.dep_ != "ccomp" or v.tag_ not in ("VB", "VBP", "VBN"):
        return None
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(not (a.lemma_ == "be" and a.tag_ == "VB") for a in aux) or (v.tag_ == "VBN" and not aux):
        return None          # 'that the army be withdrawn'; no modal, no tense of its own
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    h = v.head
    if h.pos_ == "ADJ" and h.dep_ == "acomp":
        h = h.head           # 'was adamant that ...' with the clause hung on the adjective
    adj = [c for c in h.children if c.dep_ == "acomp" and c.lemma_.lower() in cues["mandate_words"]]
    bare = v.tag_ == "VB" and not aux and all(s.lower_ not in PERSONAL_PRONOUNS for s in subj)
    if not (adj or h.lemma_.lower() in cues["mandate_words"]) or not (bare or h.tag_ == "VBD"):
        return None          # 'helped Choi raise money', 'let them represent': no mandate
    return adj[0] if adj else h


SHOUTING = frozenset({"chant", "shout", "cry", "yell", "tweet", "plead", "urge", "demand"})
IMPERATIVE_LEAD = frozenset({"please", "now", "immediately", "just", "simply", "never", "do", "don't"})


def imperative(v, cues) -> bool:
    """An order ('Release my son', '"Stop the killing," the leader said'): a bare verb with no
    subject, modal or marker that opens its clause (after quote marks, 'please', 'now'), or the
    conjunct of one. Said by a speaker it is a demand, not an act; a thanks or a welcome is
    done by saying it (``performative_verbs``)."""
    if v.tag_ != "VB" or v.pos_ != "VERB" or v.lemma_.lower() in cues["performative_verbs"]:
        return False
    if v.dep_ == "conj":
        return v.head.i < v.i and imperative(v.head, cues) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in v.children)
    if v.dep_ not in ("ROOT", "ccomp", "advcl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark", "csubj") for c in v.children):
        return False
    if v.dep_ != "ROOT" and (v.head.i < v.i or v.head.lemma_.lower() not in cues["speech_verbs"] | SHOUTING):
        return False         # 'helped them rebuild', 'let them go': a bare verb after its governor
    lead = [t for t in v.doc[v.left_edge.i:v.i] if not t.is_punct]
    return all(t.lower_ in IMPERATIVE_LEAD or t.dep_ == "intj" for t in lead) and (
        v.i == v.sent.start or bool(lead) or v.doc[v.i - 1].is_punct)


def _extraposed(v) -> bool:
    """An infinitive that is the postponed subject of 'it is/was ...' ('it was in the interests
    of both countries to restore relations', 'it is time to talk'): an act judged, not reported."""
    h = v.head
    return (v.dep_ in ("advcl", "xcomp", "ccomp") and h.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in h.children))


def _habitual_present(v, adv, cues) -> bool:
    """'Clashes sometimes lead to closures', 'Pakistan often closes the border', 'the two
    ministers meet every month': a frequency adverb, or 'every' with a span of time, on a
    simple present verb tells a habit. In the past ('often clashed', 'met every month') it
    tells repeated acts, which are reported; a present perfect with a frequency adverb
    ('have often collaborated in recent years') is a habit over a span."""
    present = v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VB" and not any(c.dep_ == "aux" for c in v.children))
    if adv.dep_ == "npadvmod":      # 'round up protesters every week', 'meet every month'
        return present and any(d.dep_ == "det" and d.lower_ == "every" for d in adv.children)
    if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                               for c in v.children):
        return adv.lower_ in cues["habitual_perfect_adverbs"]
    return adv.lower_ in cues["habitual_present_adverbs"] and present


def _conditional(clause, cues) -> bool:
    """An 'if/unless' clause attached to the event's own verb. A past-tense main
    verb with 'if' is left alone ('attacked as if ...' is rare, 'attacked if' is not news)."""
    return any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] and c.lower_ != "whether"
               for c in clause.children) and clause.head.tag_ not in ("VBD", "VBN")


def _noun_object_frame(g, cur, m: Modality, cues) -> bool:
    """'reiterated its demand that Israel ease ...': the parser hangs the 'that' clause on the
    verb; the demand (allegation, offer ...) noun that is the verb's object is the frame."""
    that = cur.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)
    to = cur.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
    if not (that or to):     # 'faces pressure from Congress to help Iran' likewise
        return False
    for o in g.children:
        if o.dep_ in ("dobj", "nsubjpass") and o.i < cur.i and o.lemma_.lower() in cues["allegation_nouns"]:
            return _frame(o, m, cues)
    return False


def verb_forms(g) -> set:
    """The lemma plus the base forms read off the inflection, so a mis-lemmatised verb
    ('hopes' -> 'hop', 'hoped' -> 'hop') still matches its cue list."""
    low, out = g.lower_, {g.lemma_.lower(), g.lower_}
    if g.pos_ in ("VERB", "AUX"):
        if low.endswith("s"):
            out.add(low[:-1])
        if low.endswith(("es", "ed")):
            out.add(low[:-2])
        if low.endswith("d"):
            out.add(low[:-1])
    return out


def _in(g, cues, key) -> str | None:
    """The form of ``g`` found in cue list ``key``, if any."""
    hits = verb_forms(g) & cues[key]
    return min(hits) if hits else None


def _expected(g, cur, m: Modality, cues) -> bool:
    """'expects to sign', 'anticipates to visit': an act its doer foresees (future), not
    requested, when nobody else is asked to do it ('expects Kabul to act' stays a request).
    'is expected to attack', 'is due to': foreseen by others, a forecast (frame 'forecast'), so
    no threat of the subject; a cooperative act scheduled ('is scheduled to visit') still
    reads as the promise of it."""
    if cur.dep_ != "xcomp" or not _in(g, cues, "expectation_verbs"):
        return False
    if any(c.dep_ in ("dobj", "nsubj") and c.i > g.i for c in g.children):
        return False
    others = g.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in g.children)
    m.future, m.frame, m.frame_verb = True, "forecast" if others else "intent", g
    return True


def _frame(g, m: Modality, cues) -> bool:
    """Apply governing word ``g``; True when it is a frame (stop climbing)."""
    lem = g.lemma_.lower()
    kinds = (("deny", "denial_verbs"), ("allege", "allegation_verbs"), ("request", "request_verbs"),
             ("intent", "intent_verbs"), ("speech", "speech_verbs"))
    if g.pos_ in ("NOUN", "PROPN"):
        if lem in cues["allegation_nouns"]:
            m.hypothetical, m.frame, m.frame_verb = True, "allege", g
            h = g.head
            if h.lemma_.lower() in cues["denial_verbs"]:
                m.negated, m.frame, m.frame_verb = True, "deny", h
            return True
        if lem in cues["pact_nouns"]:       # 'an agreement to exchange intelligence': agreed, not yet done
            m.hypothetical, m.frame, m.frame_verb = True, "intent", g
            return True
        return False
    for name, key in kinds:
        hit = _in(g, cues, key)
        if hit:
            lem = hit
            if name == "allege" and hit == "claim" and _media_subject(g, cues):
                name = "speech"     # 'American reports claimed five were wounded': news, not a charge
            m.frame, m.frame_verb = name, g
            if name == "deny":
                m.negated = True
            elif name in ("allege", "request"):
                m.hypothetical = True
                if lem in cues["attempt_verbs"]:
                    m.frame = "attempt"    # 'tried to kill': an attack all the same (plover._convert)
            elif name == "intent":
                m.future = True
            return True
    return False


def _media_subject(g, cues) -> bool:
    """Claim verb ``g`` has news reports or media for its subject. Only 'claim': what a report
    alleges ('a 500-page report alleged that the French military helped plan killings') is
    its authors' charge."""
    return any(c.dep_ == "nsubj" and {c.lemma_.lower(), c.lower_} & cues["media_speakers"] for c in g.children)


def accusing_speaker(g, cues) -> bool:
    """Verb of saying ``g`` has a prosecutor, a lawsuit or a complaint for its subject ('the
    claim said', 'prosecutors say'): the wrong it says was done is a charge, not a fact
    (``plover._allegation``); 'he was released, the claim said' stays a release."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cues["accusing_speakers"] for c in g.children)


def _negative_governor(g, cur, cues) -> bool:
    """'in no hurry to recognise', 'has yet to recognise', 'no intention of attending':
    the clause below a negated noun or a 'yet to' verb has not happened."""
    if g.pos_ == "NOUN":
        return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in g.children)
    return cur.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in g.children) \
        and g.lemma_.lower() in cues["yet_verbs"]


def _noun_cues(tok, m: Modality, cues) -> None:
    for c in tok.children:
        low = c.lower_
        if c.dep_ in ("det", "neg") and low in ("no", "never"):
            m.negated = True
        elif c.dep_ == "amod" and low in cues["allegation_adjs"]:
            m.hypothetical = True


NEG_PRONOUNS = frozenset({"nothing", "nobody", "none", "neither", "noone"})


def _subject_negated(v) -> bool:
    """'no country has recognized them', 'nothing had been promised', 'neither Kabul nor
    Islamabad attended'."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEG_PRONOUNS or any(
        (d.dep_ == "det" and d.lower_ in ("no", "none")) or (d.dep_ == "preconj" and d.lower_ == "neither")
        for d in c.children)) for c in v.children)


def _nor(v) -> bool:
    """'neither confirmed nor denied', 'did not close the border, nor did it expel the
    diplomats', 'gave no order, nor offered a timetable': a verb 'neither' or 'nor' goes with
    is not done."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in v.children):
        return True
    h = v.head
    return v.dep_ == "conj" and h.i < v.i and any(
        c.dep_ == "cc" and c.lower_ == "nor" and h.i < c.i < v.i for c in h.children)


def _topic(g, m: Modality, cues) -> bool:
    """'any decision on recognising X', 'the question of recognising', 'talk of sanctions',
    'talks on lifting the ban': an act that is the topic of a deliberation noun (reached
    through a preposition) is not reported as having happened."""
    if g.pos_ == "NOUN" and g.lemma_.lower() in cues["topic_nouns"]:
        m.hypothetical, m.frame, m.frame_verb = True, "topic", g
        return True
    return False


def _talked_about(g, prep, m: Modality, cues) -> bool:
    """'the delegations focused on enhancing trade relations', 'talked about reopening the
    crossing': an act under 'on/about' of a verb of talking is the topic, as an event noun
    there is (``_discussed``)."""
    if prep.lower_ in ("on", "about", "upon") and g.pos_ == "VERB" and g.lemma_.lower() in cues["topic_verbs"]:
        m.hypothetical, m.frame, m.frame_verb = True, "topic", g
        return True
    return False


def _charge(g, prep, m: Modality, cues) -> bool:
    """'jailed a student for helping militants', 'blamed Kabul for sheltering the TTP': the
    reason given for a punishment or a reproach is the charge, not a reported fact."""
    if g.pos_ in ("NOUN", "PROPN") and g.dep_ in ("dobj", "nsubjpass"):
        g = g.head           # 'jailed [a student for helping]'
    if prep.lower_ in ("for", "of") and g.pos_ == "VERB" and g.lemma_.lower() in cues["charge_verbs"]:
        m.hypothetical, m.frame, m.frame_verb = True, "allege", g
        return True
    return False


def _prevented(g, prep, m: Modality, cues) -> bool:
    """'blocked lawyers from visiting him', 'barred the editor from leaving': an act kept
    from happening did not happen."""
    if prep.lower_ == "from" and g.pos_ == "VERB" and g.lemma_.lower() in cues["prevention_verbs"]:
        m.negated, m.frame, m.frame_verb = True, "deny", g
        return True
    return False


def _volition(g, cur, m: Modality, cues) -> bool:
    """'Obama wants to attack', 'seeking to deepen a partnership': a wish for one's own act
    (subject-controlled infinitive, no object) is an intention; 'wants X to' stays a request."""
    if cur.dep_ != "xcomp" or not _in(g, cues, "volition_verbs"):
        return False
    if any(c.dep_ in ("dobj", "nsubj") and c.i > g.i for c in g.children):
        return False
    subj = [s.head.head if s.tag_ in ("WDT", "WP") else s for s in clause_subject(g)[0]]
    if not any(self_actor(s, cues) for s in subj):
        return False          # 'a resolution that aims to tighten sanctions'
    m.future, m.frame, m.frame_verb = True, "intent", g
    return True


def _purpose(g, cur, m: Modality, cues) -> bool:
    """'his mission was to improve relations', "Kabul's aim is to reopen the crossing": an act
    named as someone's purpose is intended (future), not done."""
    if cur.dep_ not in ("xcomp", "ccomp") or g.lemma_ != "be" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in cues["purpose_nouns"]
               and any(o.dep_ == "poss" for o in c.children) for c in g.children):
        return False      # whose purpose: 'his mission', "Kabul's aim"; 'the aim of the offensive' says not
    m.future, m.frame, m.frame_verb = True, "intent", g
    return True


def _role_clause(v, cues) -> bool:
    """'her duties included running programs to help the homeless', 'its main purpose was
    supporting the special forces, deepening cooperation': an act named as what someone is
    there to do (a role noun is its subject, or the subject of the 'include'/'involve' it hangs
    on), climbing through the clauses it shares that subject with."""
    def role_subject(w):
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues["role_nouns"]
                   for c in w.children)
    cur = v
    for _ in range(4):
        if role_subject(cur) and cur.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in cur.children):
            return True      # 'its purpose was supporting'; 'his role helped them agree' is an act
        g = cur.head
        if g.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "dobj") and g.lemma_.lower() in ("include", "involve", "be") and role_subject(g):
            return True
        if cur.dep_ == "conj" or (cur.dep_ in ("advcl", "xcomp") and cur.tag_ in ("VBG", "VB")
                                  and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)):
            cur = g
            continue
        return False
    return False


def _inherit(g, cur, m: Modality, cues) -> None:
    """'will meet in Zurich to discuss trade': a purpose clause or infinitive below a plain
    verb shares that verb's future, modal and negation; so does a gerund subject ('regaining
    the suburbs would stop the attacks') share its verb's future and modal, not its negation."""
    if cur.dep_ not in ("advcl", "xcomp", "csubj"):
        return
    gm = Modality()
    _own(g, gm, cues)
    m.future |= gm.future
    m.hypothetical |= gm.hypothetical
    m.negated |= gm.negated and cur.dep_ == "advcl"
    # 'boards did not vote to shut down', 'did not move to close the border': not done; but
    # 'did not hesitate to strike' was
    m.negated |= gm.negated and cur.dep_ == "xcomp" and g.lemma_.lower() not in cues["unhesitating_verbs"]
    m.hypothetical |= (gm.would or gm.future) and cur.dep_ == "csubj"   # a supposed act, no promise


def _discussed(tok, m: Modality, cues) -> bool:
    """'discussed the expulsion of refugees', 'the meeting focused on the deportation of
    Afghans': an event noun that is what people talk about is a topic, not a report."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj":
        v = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in ("on", "about", "upon"):
        v = t.head.head
    else:
        return False
    if v.pos_ == "VERB" and v.lemma_.lower() in cues["topic_verbs"]:
        m.hypothetical, m.frame, m.frame_verb = True, "topic", v
        return True
    return False


def _halted(v, cues) -> bool:
    """``v`` halts or calls off what it takes ('suspended', 'called off', 'broke off')."""
    forms = verb_forms(v)
    forms |= {f"{f} {c.lower_}" for f in forms for c in v.children if c.dep_ == "prt"}
    return bool(forms & cues["halting_verbs"])


def _noun_start(tok, m: Modality, cues) -> bool:
    """Frames read off a noun trigger's own position; True when settled."""
    _noun_cues(tok, m, cues)
    if _discussed(tok, m, cues):
        return True
    h = tok.head
    if h.pos_ == "ADP" and h.head.pos_ == "NOUN" and (_frame(h.head, m, cues) or _topic(h.head, m, cues)):
        return True
    if tok.dep_ in ("dobj", "nsubjpass") and h.pos_ == "VERB" and _halted(h, cues):
        m.hypothetical = True     # 'suspended talks with the TTP': the halt is the event, not the talks
        return True
    if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.pos_ == "VERB" and h.head.lemma_.lower() in cues["request_verbs"]:
        m.hypothetical, m.frame, m.frame_verb = True, "request", h.head    # 'called for talks'
        return True
    return False


def modality(tok, cues) -> Modality:
    m = Modality()
    if tok.pos_ == "NOUN" and _noun_start(tok, m, cues):
        return _finish(m, cues)
    v = clause_verb(tok)
    if tok.i == v.i and hedges.aggregate(v, cues):
        # 'attacks have since killed hundreds': the toll of many acts summed, no act of its own
        # (the subject 'attacks' names them and is coded)
        m.hypothetical = m.habitual = True
        return _finish(m, cues)
    if not (tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass")):
        _own(v, m, cues)   # 'his visit will go' does not make the visit future
        if v.dep_ in ("acomp", "oprd") and v.head.lemma_.lower() == "be":
            _own(v.head, m, cues)     # 'is not opposed to talks': the copula carries it
        m.negated |= _subject_negated(v) or _nor(v)
        if _extraposed(v):
            m.hypothetical = True      # 'it is important (for both) to restore ties': judged, not done
            return _finish(m, cues)
        if hedges.generic_present(v):
            m.hypothetical = True      # 'those who are released show up': a rule, not an event
            return _finish(m, cues)
        if _role_clause(v, cues):
            m.hypothetical = True      # 'her duties included running programs': a role, not an act
            return _finish(m, cues)
        ordered = v
        while ordered.dep_ == "xcomp" and ordered.head.i != ordered.i:
            ordered = ordered.head     # '"Stop supporting the TTP"': the order holds what it stops
        if imperative(ordered, cues):
            m.hypothetical, m.frame = True, "request"   # 'Release my son': asked, not done
            m.frame_verb = ordered.head if ordered.dep_ != "ROOT" else None
            return _finish(m, cues)
        asker = mandate_head(v, cues)
        if asker is not None:
            m.hypothetical, m.frame, m.frame_verb = True, "request", asker
            return _finish(m, cues)
    elif any(c.dep_ == "advmod" and _habitual_present(v, c, cues) for c in v.children):
        m.hypothetical = m.habitual = True   # 'clashes sometimes lead to ...': clashes in general
    elif hedges.supposed_subject(tok, v, cues):
        m.hypothetical = True   # 'a blockade of the port could cut exports': a blockade supposed
    pushed = tok.dep_ == "dobj" and v.lemma_.lower() in cues["pushing_verbs"]   # 'pressing its offensive'
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and v.pos_ == "VERB" and not pushed \
            and _frame(v, m, cues) and m.frame == "speech":
        m.frame = m.frame_verb = None      # 'said attacks...' states; 'alleges attacks' does not
    cur = tok if (tok.pos_ == "NOUN" and tok.dep_ in ("ccomp", "xcomp")) else v
    for _ in range(5):
        dep, g = cur.dep_, cur.head
        if g.i == cur.i or dep not in CLIMB_DEPS:   # the root is its own head
            break
        if dep == "pcomp" and g.pos_ == "ADP":
            prep, g = g, g.head
            if _topic(g, m, cues) or _charge(g, prep, m, cues) or _talked_about(g, prep, m, cues) \
                    or _prevented(g, prep, m, cues):
                break
        if dep == "conj":
            if _shares_head(cur, g):
                _own(g, m, cues)
            cur = g
            continue
        if dep == "acl" and g.pos_ == "NOUN":
            host = _misread_complement(cur, g, cues)
            if host is not None and host.i != g.i:
                dep, g = "ccomp", host     # 'denied in a statement that it shelters the TTP'
        if dep in ("relcl", "acl") and g.pos_ in ("NOUN", "PROPN", "PRON") and _infinitive_of_noun(cur, g, cues):
            m.hypothetical = True    # 'found few cases to prosecute', 'the decision to prosecute'
            break
        if dep == "relcl":
            host = _misread_complement(cur, g, cues)
            if host is None:
                m.hypothetical |= hedges.generic_present(cur)
                break
            dep, g = "ccomp", host
        if dep == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            if any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in cur.children):
                gm = Modality()      # 'must agree before they disarm': as modal as its main clause
                _own(g, gm, cues)
                m.hypothetical |= gm.hypothetical or gm.future    # a condition, not a promise
            break
        if dep == "acl" and g.dep_ == "pobj" and g.head.lower_ == "of" and g.head.head.pos_ == "NOUN" \
                and g.head.head.lemma_.lower() in cues["allegation_nouns"] and _frame(g.head.head, m, cues):
            break      # 'reports of a man threatening people': what is reported, not a fact
        if _noun_object_frame(g, cur, m, cues):
            break
        if _negative_governor(g, cur, cues):
            m.negated = True
            break
        if hedges.governed(g, cur, m, cues):
            break      # 'unlikely to', 'not allowed to', 'unwilling to', 'their ability to'
        if _volition(g, cur, m, cues) or _expected(g, cur, m, cues) or _purpose(g, cur, m, cues):
            break
        if cur.dep_ == "xcomp" and g.lemma_.lower() in cues["directive_verbs"]:
            m.hypothetical, m.frame, m.frame_verb = True, "request", g   # 'told fighters to attack'
            break
        if dep == "ccomp" and (_object_before(g, cur) or _claim_between(g, cur, cues)) and _in(g, cues, "denial_verbs"):
            break      # 'denied the accusations, ..., it condemned the attack': not the denial's content
        if cur.dep_ != "xcomp" and g.lemma_.lower() in cues["infinitive_intents"]:
            _inherit(g, cur, m, cues)     # '"Thank you to the police, it really means a lot"'
            cur = g
            continue
        if _frame(g, m, cues):
            gm = Modality()
            _own(g, gm, cues)
            m.hypothetical |= gm.hypothetical or (gm.would and m.frame != "speech")
            if m.frame == "speech":
                _added_to_claim(g, m, cues)
            elif m.frame == "attempt":
                _attempt_framed(g, m, cues)
            break
        _inherit(g, cur, m, cues)
        cur = g
    if m.frame == "speech" and hedges.supposed_clause(v):
        m.hypothetical, m.frame = True, "forecast"   # 'said retaking X would stop attacks': no threat
    return _finish(m, cues)


def _infinitive_of_noun(cur, noun, cues) -> bool:
    """'found few cases to prosecute', 'challenge the decision to prosecute': an infinitive
    with no object of its own, hung on a noun, names what could be done, not a thing done. One
    with its object or a preposition ('a chance to discuss the means', 'plans to tax imports',
    'a hunger strike to protest against') tells the act through the noun's own sense, and a
    passive ('ordered the convicts to be sent') the order's;
    an attempt noun ('a bid to kill') keeps its act, as 'tried to kill' does."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "dobj", "ccomp", "xcomp", "dative", "prep") for c in cur.children):
        return False
    return noun.lemma_.lower() not in cues["attempt_nouns"]


def _attempt_framed(g, m: Modality, cues) -> None:
    """'blamed Beijing for trying to restrict sales', 'denied trying to kill him', 'may try to
    storm the town': an attempt (an act all the same, 'tried to kill') takes the frame and
    modality of its own verb."""
    gm = modality(g, cues)
    if gm.negated or gm.hypothetical or gm.future:
        m.frame, m.frame_verb = gm.frame if gm.frame not in (None, "speech") else "intent", gm.frame_verb
        m.negated |= gm.negated
        m.hypothetical |= gm.hypothetical or gm.negated
        m.future |= gm.future


def _added_to_claim(g, m: Modality, cues) -> None:
    """'..., the lawsuit alleged, adding that officers arrested him': what a subjectless
    'adding'/'saying' goes on with is more of the claim it hangs on, not a fact. A claim verb
    with an object of its own ('accused Kabul of ..., saying ...') already has its content."""
    h = g.head
    if g.dep_ != "advcl" or g.tag_ != "VBG" or h.i == g.i or not _in(h, cues, "allegation_verbs"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children) or any(c.dep_ == "dobj" for c in h.children):
        return
    if _in(h, cues, "denial_verbs"):
        return
    m.hypothetical, m.frame, m.frame_verb = True, "allege", h


TIME_NOUNS = frozenset({"day", "time", "moment", "week", "month", "year", "night", "morning", "evening",
                        "hour", "period", "era", "season"})


def _misread_complement(clause, noun, cues):
    """'claims in the suit that officers beat him', 'The 19-year-old claims that ...': the
    parser reads a 'that' clause right after a noun as a relative clause of the noun. Its
    'that' fills no gap (a marker, the clause has its own subject), so it is the complement
    of the verb the noun hangs on, or of the noun itself when that is a claim; returns that
    word, or None for a true relative clause."""
    that = [c for c in clause.children if c.lower_ == "that" and c.i == noun.i + 1]
    if not that or noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_NOUNS:
        return None       # 'on the day that troops attacked': a time, not what was said
    others = [c.dep_ for c in clause.children if c.i != that[0].i]
    gap = that[0].dep_ in ("nsubj", "nsubjpass", "pobj") or (that[0].dep_ == "dobj" and "dobj" not in others)
    if gap or not ({"nsubj", "nsubjpass"} & set(others)):
        return None
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues["allegation_nouns"]:
        return noun
    h = noun.head
    if noun.dep_ == "pobj" and h.dep_ == "prep":
        h = h.head
    elif noun.dep_ not in ("dobj", "dative"):
        return None
    return h if h.pos_ in ("VERB", "AUX") and h.i != noun.i else None


def complement_host(clause, cues):
    """The word a 'that' clause the parser hung on a noun as a relative clause completes
    (``_misread_complement``), or None."""
    return _misread_complement(clause, clause.head, cues) if clause.dep_ in ("relcl", "acl") else None


def _shares_head(conj, head) -> bool:
    """'did not attack or kill' shares 'did not'; 'is not engaged, but has supported' and 'could
    have led to ... and agreed' are verbs of their own tense, with their own modality."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)   # 'were not arrested or tortured[VBD]'
    return passive or conj.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ not in ("VB", "VBN")


def _object_before(g, cur) -> bool:
    """A noun object of ``g`` stands between it and clause ``cur``: the verb already has its
    content ('denied these accusations'), so the later clause is a misparsed sentence of its own."""
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and g.i < c.i < cur.i for c in g.children)


def _claim_between(g, cur, cues) -> bool:
    """'Pakistan accused India of ..., a charge New Delhi denied': the parser makes the
    accusation the content of the denial that follows it; a claim noun between them is what
    is denied, and the clause before is a statement of its own."""
    return cur.i < g.i and any(cur.i < c.i < g.i and c.lemma_.lower() in cues["claim_nouns"]
                               for c in g.children if c.dep_ in ("nsubj", "dobj", "npadvmod", "appos"))


def _finish(m: Modality, cues) -> Modality:
    if m.would:
        if m.frame in ("speech", "intent"):
            m.future = True
        else:
            m.hypothetical = True
    return m
