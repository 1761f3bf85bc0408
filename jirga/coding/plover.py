"""Turn triggers of one sentence into PLOVER events.

Rules (see also ``decisions`` in ``jirga/data/ontology/plover.yaml``):

* Direction: the actor is who does the act (subject, or the 'by' phrase of a
  passive); the recipient is whom it is done to (object, passive subject,
  'with/against/to/on/...' phrase). Hosting swaps them (visitor = actor).
  Reciprocal acts (clashes, 'A and B met') put every participant in ``actor``.
* Modality: events that are negated, hypothetical (modal, conditional,
  alleged, requested) are still returned, flagged, and never count as having
  happened (``is_factual``). Future cooperation becomes AGREE, a future retreat
  CONCEDE: the promise, made now, is the (factual) event. A conflictual act a speaker says may or will
  happen ('hinted Islamabad could carry out attacks') becomes THREATEN by the
  speaker, with the speech verb as trigger; the inner act is not emitted.
  A refusal stated as a negated future cooperation ('will not attend talks': made now, a
  fact unless itself only possible), or a failure to cooperate ('failed to negotiate
  compensation'), becomes REJECT. Promises
  with no trigger of their own ('will not allow anyone to use our soil', 'we must work
  together') are AGREE; judgements with a copula ('the allegations are baseless', 'Egypt is
  concerned over ...') are REJECT or ACCUSE by the speaker; a crowd of partisans gathering
  is PROTEST (``jirga.coding.implicit``); a speaker's judgement of a party or its act ('said it
  was outrageous for X to ...', 'troubled by X's plan') is ACCUSE or SUPPORT, and a call for
  better ties asking nobody is AGREE (``jirga.coding.judgements``). A clause in the mandative subjunctive ('insisted
  that the army be withdrawn') is a REQUEST by whoever asks (``obligation_drafts``). What a
  thing, not a party, will do ('the pipeline will boost trade') is a forecast: no promise.
  Who apologises for an act owns it (``jirga.coding.owners``).
* Not events: continuing states, visits by things, event nouns used as a
  characterisation and generic mentions ('attacks have risen') are skipped
  (``jirga.coding.filters``); so are clauses of background ('where/when' clauses,
  a participant's past: ``jirga.coding.background``). A claim that another
  did a conflictual act is ACCUSE by the claimant (``_allegation``).
* Confidence: 0.45 base; +0.2 actor found; +0.1 recipient found; +0.1 verb
  trigger or noun carried by a support verb; -0.1 if an actor came from a
  pronoun; -0.15 for a THREATEN built from a modal clause. Clamped to 0.05..0.95.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jirga.coding import filters, roles
from jirga.coding.background import is_background, is_prior_mention
from jirga.coding.collapse import collapse
from jirga.coding.match import Trigger
from jirga.coding.modality import (Modality, accusing_speaker, complement_host, imperative, mandate_head, modality,
                                   verb_forms)
from jirga.coding.precision import refine
from jirga.tokens import QUOTES, self_actor

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
ATTEMPT_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass
class Draft:
    """An event under construction, still holding spaCy tokens."""
    trig: object                 # match.Trigger
    event_type: str
    cameo: str | None
    mode: str | None
    mod: Modality
    trigger_tok: object
    actor_heads: list = field(default_factory=list)
    recip_heads: list = field(default_factory=list)
    threat_from_modal: bool = False
    dropped: bool = False
    promise: bool = False        # a future act turned into the promise of it (AGREE, CONCEDE)

    @property
    def future(self) -> bool:
        """Whether the event has not happened yet: a promise is made now, whatever it promises."""
        return self.mod.future and not self.promise


def _weapon_mode(sent_lemmas: set, cues) -> str | None:
    for mode, words in cues["weapon_modes"]:
        if sent_lemmas & words:
            return mode
    return None


def _base(trig, onto, cues, sent_lemmas, place_name=None) -> Draft:
    e = trig.entry
    typ, mode, cameo = e["type"], e.get("mode"), e.get("cameo")
    if typ == "ASSAULT" and (mode is None or (mode == "explosives")):
        wm = _weapon_mode(sent_lemmas, cues)
        if wm and (mode is None or wm == "suicide-attack"):
            mode = wm
            cameo = onto.modality.get("assault_mode_cameo", {}).get(mode, cameo)
    if trig.kind == "verb":
        a, r = roles.verb_roles(trig, cues, place_name)
    else:
        a, r = roles.noun_roles(trig, onto.quad(typ) == 4, cues, place_name)
    return Draft(trig, typ, cameo, mode, modality(trig.token, cues), trig.token, a, r)


def _allegation(d: Draft, onto, cues) -> bool:
    """'The US claimed that ISIL had attacked Iraq', '... that the attack was carried out by
    the TTP': ACCUSE by the claimant toward the alleged actor (trigger: the claim verb); the
    alleged act itself stays hypothetical."""
    m, fv = d.mod, d.mod.frame_verb
    charged = m.frame == "speech" and fv is not None and accusing_speaker(fv, cues)   # 'the lawsuit says'
    clause = d.trig.token if d.trig.kind == "verb" else d.trig.support   # a noun's support verb
    if (m.frame != "allege" and not charged) or m.negated or fv is None or clause is None:
        return False
    if fv.pos_ != "VERB" and not (fv.pos_ == "NOUN" and fv.lemma_.lower() in cues["accusing_frames"]):
        return False      # 'repeated its claims that Afghan forces attacked ...': the claim noun
    if onto.quad(d.event_type) not in (3, 4):
        return False
    if fv.lemma_.lower() not in cues["accusing_frames"] and not charged:
        return False
    host = complement_host(clause, cues) if clause.dep_ != "ccomp" else clause.head
    if host is None or host.i != fv.i:
        return False
    if not d.actor_heads or any(a.pos_ == "PRON" for a in d.actor_heads):
        return False          # 'the TTP claimed that it had carried out the attack': a claim of its own act
    agents = _claimants(fv) if fv.pos_ == "NOUN" else roles.clause_subject(fv)[0]
    d.event_type, d.cameo, d.mode = "ACCUSE", "112", "allege"
    d.recip_heads, d.actor_heads = d.actor_heads, agents
    d.trigger_tok, m.hypothetical = fv, False
    return True


def _claimants(n) -> list:
    """Who makes a claim told as a noun: its owner ("Pakistan's claims", 'its claims'), else
    the subject of the verb it is the object of ('Pakistan repeated claims that ...')."""
    owners = [c for c in n.children if c.dep_ == "poss"]
    if owners:
        return owners
    if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB":
        return roles.clause_subject(n.head)[0]
    return []


def _convert(d: Draft, onto, cues=None) -> None:
    """Apply the modality rules of the module docstring to a draft."""
    m, typ = d.mod, d.event_type
    future_to = onto.modality.get("future_to", {})
    if m.frame == "attempt" and typ in ATTEMPT_TYPES and not m.negated:
        m.hypothetical = False    # 'tried to assassinate': an (attempted) attack is an attack
        return
    if cues is not None and _allegation(d, onto, cues):
        return
    if m.negated and (typ == "AGREE" or typ in COOPERATIVE) and m.frame == "deny" \
            and m.frame_verb.lemma_.lower() == "fail":
        d.event_type, d.cameo, d.mode, m.negated = "REJECT", "120", None, False
        d.trigger_tok = m.frame_verb   # 'failed to reach agreement', 'failed to negotiate': a refusal
        return
    if m.negated:
        if m.future and typ in COOPERATIVE and m.frame != "deny":
            d.event_type, d.cameo, d.mode, m.negated = "REJECT", "120", None, False
            d.promise = not m.hypothetical   # 'will not attend the talks': the refusal is made now
        return
    if not (m.hypothetical or m.future):
        return
    if _performed_wish(d, m, cues):
        m.hypothetical = m.future = False    # 'I want to thank the staff': the thanks are given
        return
    speaker_frame = m.frame in ("speech", "intent") and m.frame_verb is not None
    if typ in onto.modality["threat_mode"] and speaker_frame and not m.obligation and not m.habitual:
        tmode = onto.modality["threat_mode"].get(typ, "violence")
        fv = m.frame_verb
        agents, _ = roles.clause_subject(fv)
        d.event_type, d.mode = "THREATEN", tmode
        d.cameo = onto.modality["threat_cameo"].get(tmode, "130")
        d.actor_heads = agents or d.actor_heads
        d.trigger_tok, d.threat_from_modal = fv, m.frame == "speech"
        m.hypothetical = m.future = False
        return
    if m.future and not m.hypothetical and typ in future_to:
        if cues is not None and _thing_subject(d.trig.token if d.trig.kind == "verb" else d.trig.support, cues):
            m.hypothetical = True     # 'the pipeline will boost trade': a forecast, nobody promises
            return
        d.event_type = future_to[typ]
        if d.event_type != typ:     # 'will challenge the ruling' keeps its own code and mode
            d.cameo = "036" if typ == "CONSULT" and d.event_type == "AGREE" else ("030" if d.event_type == "AGREE" else "080")
            d.mode = None
        d.promise = True    # the promise is made now: a fact, though what it promises is not
        return
    if m.future and typ not in future_to:
        m.hypothetical = True


def _performed_wish(d: Draft, m, cues) -> bool:
    """'She wanted to thank the hospital staff', 'I would like to apologise': a wish to say a
    thanks, an apology or a welcome (``performative_verbs``) says it; not when it is denied or
    put off ('wants to thank them next week' is still a wish)."""
    if cues is None or m.frame_verb is None or m.negated or d.trig.kind != "verb":
        return False
    t = d.trig.token
    fv = m.frame_verb
    return (t.lemma_.lower() in cues["performative_verbs"] and t.dep_ == "xcomp" and t.head.i == fv.i
            and fv.lemma_.lower() in cues["performative_wishes"] and not any(
                c.ent_type_ in ("DATE", "TIME") for c in t.subtree))


def _thing_subject(v, cues) -> bool:
    """The subject of ``v`` is a thing, not a party ('the agreement will deepen ties', 'a move
    that will help restore ties'): what it will do is a forecast, not a promise."""
    if v is None:
        return False
    agents, _ = roles.clause_subject(v)
    agents = [a.head.head if a.tag_ in ("WDT", "WP") and a.head.dep_ == "relcl" else a for a in agents]
    return bool(agents) and not any(a.pos_ == "PRON" or self_actor(a, cues) for a in agents)


def _dedupe(drafts: list[Draft], cues) -> list[Draft]:
    """One event per happening (``jirga.coding.collapse``); a promise's content and
    a second event on the same trigger are dropped."""
    collapse(drafts, cues)
    trig_toks = {d.trig.token.i for d in drafts}
    for d in drafts:   # 'agreed to resign': the promise is the event, not its content
        fv = d.mod.frame_verb
        if d.mod.future and fv is not None and fv.i in trig_toks and d.trig.entry["type"] != d.event_type:
            d.dropped = True
    threats = {d.trigger_tok.i for d in drafts if d.event_type == "THREATEN" and not d.dropped}
    seen = set()
    for d in drafts:   # two events sharing a trigger ('vowed to attack': THREATEN, not AGREE)
        key = (d.trigger_tok.i, d.event_type)
        if not d.dropped and (key in seen or (d.event_type == "AGREE" and d.trigger_tok.i in threats)):
            d.dropped = True
        seen.add(key)
    return [d for d in drafts if not d.dropped]


def obligation_drafts(sent, cues, drafts) -> list[Draft]:
    """'Russia said Sudan must return the helicopter': a REQUEST by the speaker to
    the subject of the must-clause, whether or not that clause holds a trigger; so is a
    clause in the mandative subjunctive ('insisted that the army be withdrawn', 'was adamant
    that depositors contribute'), its trigger the word that asks for it."""
    taken = {d.trigger_tok.i for d in drafts if d.event_type == "REQUEST"}
    out = []
    for v in sent:
        if v.dep_ != "ccomp" or v.head.i in taken:
            continue
        sp = mandate_head(v, cues) or _hoped_of(v, cues)    # the word that asks: 'insisted', 'hope'
        if sp is None:
            if v.head.lemma_.lower() not in cues["speech_verbs"] or not any(
                    c.dep_ == "aux" and c.lower_ in cues["obligation_modals"] for c in v.children):
                continue
            sp = v.head
        agents, _ = roles.clause_subject(sp.head if sp.pos_ == "ADJ" else sp)
        if sp.i in taken or (sp.pos_ == "ADJ" and not any(a.lower_ != "it" for a in agents)):
            continue     # 'it is essential that ...': nobody in particular asks
        if agents and all(a.pos_ == "NOUN" and a.lemma_.lower() in filters.THING_REQUESTERS for a in agents):
            continue     # 'state law requires that ...': a law asks nothing of anyone
        trig = Trigger(sp, {"type": "REQUEST", "cameo": "100", "mode": None}, "verb")
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if _speakers_own(subj, cues) or _speaker_itself(subj, sp):
            continue      # 'we must work together': the speaker's own resolve (``resolve_drafts``)
        out.append(Draft(trig, "REQUEST", "100", None, Modality(), sp, agents, _asked(v)))
        taken |= {sp.i, v.head.i}
    return out + _quoted_obligations(sent, cues, taken) + _needs(sent, cues, taken) + _orders(sent, cues, taken)


# Whom one speaks to without asking anything of them ('told reporters')
AUDIENCES = frozenset({"reporter", "journalist", "correspondent", "media", "press", "audience", "crowd",
                       "supporter", "listener", "viewer", "follower"})


def _orders(sent, cues, taken: set) -> list[Draft]:
    """'"Release my son," his mother told reporters', 'Free all prisoners, the crowd chanted':
    an order said by someone is a REQUEST by the one who says it, its trigger the verb of
    saying; the one told it is asked ('told the Taliban'), not an audience ('told reporters')."""
    out = []
    for v in sent:
        if v.dep_ not in ("ccomp", "advcl") or v.head.i in taken or not imperative(v, cues):
            continue
        sp = v.head
        if any(c.dep_ == "neg" for c in sp.children):
            continue
        agents, _ = roles.clause_subject(sp)
        told = [o for o in sp.children if o.dep_ in ("dobj", "dative") and o.lemma_.lower() not in AUDIENCES]
        trig = Trigger(sp, {"type": "REQUEST", "cameo": "100", "mode": None}, "verb")
        out.append(Draft(trig, "REQUEST", "100", None, Modality(), sp, agents, told))
        taken.add(sp.i)
    return out


def _needs(sent, cues, taken: set) -> list[Draft]:
    """'The minister stressed the need for Kabul to act against the militants', '... said there
    is a need for the council to increase its inspections': a need (``asking_needs``) of a party's
    act, stressed or said by someone, asks it of that party: a REQUEST by the one who stresses
    or says it, its trigger the verb of stressing, else the need noun. Not the speaker's own
    side's need ('the need for us to work together': ``resolve_drafts``), nor what matters for a
    party to do ('stressed the importance of quality for Malta to compete')."""
    out = []
    for n in sent:
        if n.lemma_.lower() not in cues["asking_needs"] or n.pos_ != "NOUN":
            continue
        acts = [c for c in n.children if c.dep_ in ("advcl", "acl", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        asked = [s for c in acts for s in c.children if s.dep_ == "nsubj"]
        if not asked or _speakers_own(asked, cues) or not all(roles.is_actorish(s, cues) for s in asked):
            continue
        h = n.head
        if n.dep_ == "dobj" and h.lemma_.lower() in cues["stress_verbs"] | cues["speech_verbs"]:
            trig_tok, asker = h, h                      # 'stressed the need for X to ...'
        elif n.dep_ == "attr" and h.dep_ == "ccomp" and h.head.lemma_.lower() in cues["speech_verbs"]:
            trig_tok, asker = n, h.head                 # 'said there is a need for X to ...'
        else:
            continue
        if trig_tok.i in taken or any(c.dep_ == "neg" for c in asker.children):
            continue
        agents, _ = roles.clause_subject(asker)
        trig = Trigger(trig_tok, {"type": "REQUEST", "cameo": "100", "mode": None},
                       "noun" if trig_tok is n else "verb")
        out.append(Draft(trig, "REQUEST", "100", None, Modality(), trig_tok, agents, asked))
        taken.add(trig_tok.i)
    return out


def _hoped_of(v, cues):
    """'China and Russia hope that the parties could grasp the opportunity', 'I hope that you'll
    respect my privacy': a hope (``hope_verbs``) for another party's act asks it of that
    party; the verb of hoping, or None. Not a hope for a thing ('hope that the talks succeed')
    nor for the hoper's own act."""
    h = v.head
    if not verb_forms(h) & cues["hope_verbs"] or h.pos_ != "VERB" or any(c.dep_ == "neg" for c in h.children):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    own = {c.lower_ for c in h.children if c.dep_ == "nsubj"}
    if not subj or any(s.lower_ in own for s in subj):
        return None
    if all(s.pos_ == "PRON" and cues["pronoun_kind"].get(s.lower_) != "speaker" or roles.is_actorish(s, cues)
           for s in subj):
        return h
    return None


def _speakers_own(subj, cues) -> bool:
    """The must-clause's subject is the speaker's own side ('we', 'I')."""
    return any(s.pos_ == "PRON" and cues["pronoun_kind"].get(s.lower_) == "speaker" for s in subj)


SELF_PRONOUNS = frozenset({"it", "he", "she"})


def _speaker_itself(subj, sp) -> bool:
    """'China's ministry said it must adopt countermeasures', 'the minister said he must
    resign': a singular pronoun in what a named speaker says is the speaker, not someone asked."""
    named = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in sp.children)
    return named and bool(subj) and all(s.lower_ in SELF_PRONOUNS for s in subj)


def _asked(v) -> list:
    """Who a must-clause asks: its doer; a passive's subject undergoes the act ('refugees
    should be allowed to return' asks whoever allows), its 'by' agent does it."""
    return [c for c in v.children if c.dep_ == "nsubj"] + [
        g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _quoted_obligations(sent, cues, taken: set) -> list[Draft]:
    """'"Li should not be forced to wait years," ...', '"You must subordinate yourself to
    civil authority."': a quoted sentence whose main clause says what someone must or should
    do is a REQUEST by its speaker, wherever the quote names that speaker; not what the speaker's
    own side must do ('we must work together': ``resolve_drafts``)."""
    root = sent.root
    if root.i in taken or root.pos_ not in ("VERB", "AUX") or not any(t.text in QUOTES for t in sent[:2]):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in cues["obligation_modals"] for c in root.children):
        return []
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or _speakers_own(subj, cues):
        return []
    if not all(s.pos_ == "PRON" or s.ent_type_ == "PERSON" or roles.is_actorish(s, cues) for s in subj):
        return []     # '"The talks should end on Friday."': a forecast of a thing, nobody asked
    trig = Trigger(root, {"type": "REQUEST", "cameo": "100", "mode": None}, "verb")
    return [Draft(trig, "REQUEST", "100", None, Modality(), root, [], _asked(root))]


def _skip(trig, idx, cues) -> bool:
    tok = trig.token
    if is_background(tok, cues):
        return True
    if trig.kind == "noun":
        return is_prior_mention(tok, idx) or filters.is_predicate(tok) or filters.is_called_attack(trig, cues)
    return filters.is_state(tok, cues) or filters.is_question(tok) or filters.is_source(tok, cues)


def _owner_of_purpose(d: Draft, cues) -> None:
    """'his mission was to improve relations': the one whose purpose it is acts, not the mission."""
    fv = d.mod.frame_verb
    if d.mod.frame != "intent" or fv is None or fv.lemma_ != "be":
        return
    owners = [o for a in d.actor_heads if a.lemma_.lower() in cues["purpose_nouns"]
              for o in a.children if o.dep_ == "poss"]
    if owners:
        d.actor_heads = owners


def _carried_not_topic(d: Draft) -> None:
    """'raised concerns about the crackdown': a noun its own light verb carries is the act of
    that verb's subject, not a topic the verb talks about ('raised the expulsions' is)."""
    m, sup, e = d.mod, d.trig.support, d.trig.entry
    if m.frame == "topic" and sup is not None and m.frame_verb.i == sup.i and e.get("light") \
            and sup.lemma_.lower() in e.get("lv", ()):
        m.hypothetical, m.frame, m.frame_verb = False, None, None


def drafts_for(triggers, onto, cues, sent_lemmas, place_name=None) -> list[Draft]:
    out = []
    idx = {t.token.i for t in triggers}
    for trig in triggers:
        if _skip(trig, idx, cues):
            continue
        d = _base(trig, onto, cues, sent_lemmas, place_name)
        if filters.non_human_mover(d, cues) or filters.thing_requests(d) or filters.natural_harm(d, cues):
            continue
        _owner_of_purpose(d, cues)
        _carried_not_topic(d)
        _convert(d, onto, cues)
        _vowed_not(d, cues)
        out.append(d)
    return refine(_dedupe(_consumed(out), cues))


def _vowed_not(d: Draft, cues) -> None:
    """'vowed not to resume talks', 'pledged never to negotiate': a promise not to act is a
    refusal (REJECT), made now. Not to allow or tolerate something ('pledged never to allow
    attacks from its soil') is a pledge to prevent it, and stays one."""
    t = d.trig.token
    if d.event_type != "AGREE" or d.trig.kind != "verb" or d.mod.negated or d.mod.hypothetical:
        return
    if any(c.dep_ == "xcomp" and c.lemma_.lower() not in cues["permission_verbs"]
           and any(n.dep_ == "neg" for n in c.children) for c in t.children):
        d.event_type, d.cameo, d.mode = "REJECT", "120", None


def _consumed(drafts: list[Draft]) -> list[Draft]:
    """'stopped selling arms to X', 'signed off on selling jets to X': a complement that an
    entry's condition names (``xcomp_lemma``, ``prep_obj``), or the purpose of a promise, is what
    the trigger acts on, not an act of its own; the trigger takes its recipients when it has none."""
    by_tok = {d.trig.token.i: d for d in drafts if d.trig.kind == "verb"}
    for g in drafts:
        e, v = g.trig.entry, g.trig.token
        comps = [c for c in v.children if c.dep_ == "xcomp" and c.lemma_.lower() in e.get("xcomp_lemma", ())]
        comps += [c for p in v.children if p.dep_ == "prep" for c in p.children
                  if c.dep_ == "pcomp" and c.lemma_.lower() in e.get("prep_obj", ())]
        if g.promise:    # 'would work together to strengthen ties': the purpose is part of the promise
            comps += [c for c in v.children if c.dep_ in ("xcomp", "advcl")
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for c in comps:
            d = by_tok.get(c.i)
            if d is not None and d is not g:
                d.dropped = True
                g.recip_heads = g.recip_heads or d.recip_heads
    return [d for d in drafts if not d.dropped]


def confidence(d: Draft, has_actor: bool, has_recip: bool, via_pronoun: bool) -> float:
    c = 0.45 + 0.2 * has_actor + 0.1 * has_recip
    if d.trig.kind == "verb" or d.trig.support is not None:
        c += 0.1
    if via_pronoun:
        c -= 0.1
    if d.threat_from_modal:
        c -= 0.15
    return round(min(0.95, max(0.05, c)), 2)
