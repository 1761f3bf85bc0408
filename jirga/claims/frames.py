"""Claims and denials that the coder reads as the modality of another event.

The coder codes "Pakistan claims that the Taliban is providing shelter to TTP members" as a
hypothetical AID (the content of a claim is never a fact) and "the Taliban insists that they
do not provide support to the TTP" as a negated AID. Those sentences are speech acts of their
own, which this module codes once actors are known:

- a claim verb (``accusing_frames``) over a hypothetical act that helps an armed group, a
  criminal or an unidentified armed actor (sector REB, UAF, IMG, CRM, of its recipient) is
  an ACCUSE by the claimant against the act's actor (acts of conflict under a claim verb are
  accusations already: the coder turns those itself); so is any verb of saying
  (``denying_frames``) over such an act, told as a fact or not, by a speaker of another
  party ("Islamabad says Kabul is sheltering the TTP"): that a state shelters or arms
  militants is an accusation whoever words it, and its act becomes the claim's content,
  hypothetical, never a fact;
- a verb of saying (``denying_frames``) over a negated act of the speaker's own party is a
  REJECT by the speaker: it denies having done it (not a negated wish or ability);
- a verb of saying over its own side having no part in an act ("Israel said it had no role
  in the explosion") is a REJECT by the speaker (``disowning_events``);
- a verb of saying over armed men based on another state's ground ("the TTP operates from
  Afghan soil") is an ACCUSE by the speaker against that state, and over its own ground
  denied to be so used ("Afghan soil is not used against any country") a REJECT by the
  speaker (``ground_events``).
"""
from __future__ import annotations

from typing import Optional

from jirga.actors.registry import get_registry
from jirga.actors.resolve import place_lookup, resolve_with
from jirga.claims.answers import party
from jirga.claims.content import token_at
from jirga.claims.matter import get_matters
from jirga.coding import lexicon, ontology
from jirga.coding.phrases import span_of
from jirga.model import ActorRef, Document, Event, Span
from jirga.places.locate import place_of_saying

HELPED = frozenset({"REB", "UAF", "IMG", "CRM"})   # helping these is a wrongdoing


def _frame_verb(tok, lemmas: frozenset):
    """The verb of saying whose clause holds ``tok`` (up to three clause steps), or None."""
    for _ in range(3):
        if tok.dep_ in ("acl", "relcl") and _claim_noun(tok, lemmas):
            return tok.head       # 'repeated its claims that Kabul shelters the TTP'
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lemmas:
            return tok
    return None


def _claim_noun(clause, lemmas: frozenset) -> bool:
    """``clause`` is the 'that' content of a claim noun ('claims that X shelters Y'), which
    the parser hangs on the noun as a clause of its own."""
    n = clause.head
    return n.pos_ == "NOUN" and n.lemma_.lower() in lemmas and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _speaker(fv, doc: Document, date, res) -> list[ActorRef]:
    subj = [c for c in fv.children if c.dep_ == "nsubj"]
    if fv.pos_ == "NOUN":       # "Pakistan's claims", 'Pakistan repeated its claims'
        subj = [c for c in fv.children if c.dep_ == "poss" and c.pos_ != "PRON"] or (
            [c for c in fv.head.children if c.dep_ == "nsubj"] if fv.dep_ == "dobj" else [])
    if not subj:
        return []
    start, end, text = span_of(subj[0])
    sent = fv.sent
    ref = ActorRef(text, start, end)
    reg = get_registry(res)
    before = doc.text[max(0, start - reg.read_back - 1):start]   # all that a reference reads back
    out = resolve_with(reg, text, date, [sent.text, doc.text], before,
                       place_lookup(res))
    return [out.fill(ref)]


def _event(doc: Document, base: Event, fv, typ: str, actor, recipient, res) -> Event:
    onto = ontology.get(res)
    cameo = "112" if typ == "ACCUSE" else "120"
    mode = "allege" if typ == "ACCUSE" else None
    return Event(doc_id=doc.id, event_id=f"{doc.id}-{base.sentence.index}-{fv.idx}", event_type=typ,
                 sentence=base.sentence, trigger=Span(fv.idx, fv.idx + len(fv.text), fv.text),
                 mode=mode, cameo=cameo, quad=onto.quad(typ), intensity=onto.intensity(typ, mode),
                 actor=actor, recipient=recipient, date=base.date, date_precision=base.date_precision,
                 date_basis=base.date_basis, date_span=base.date_span,
                 location=base.location, confidence=0.6)


def frame_event(doc: Document, ev: Event, res) -> Optional[Event]:
    """The ACCUSE or REJECT that ``ev``'s governing verb of saying makes, or None."""
    if doc.parsed is None or not ev.actor:
        return None
    tok = token_at(doc.parsed, ev.trigger.start)
    if tok is None:
        return None
    cues = lexicon.get(res).cues
    # 'Kabul shelters the TTP, Islamabad says': help to armed men or criminals, said by
    # another party, is a charge; 'police detained suspects, officials said' is none
    if not ev.negated and ev.quad in (1, 2) and any(r.sector in HELPED for r in ev.recipient):
        frames = cues["accusing_frames"] if ev.hypothetical else cues["accusing_frames"] | cues["denying_frames"]
        fv = _frame_verb(tok, frozenset(frames))
        if fv is not None:
            speaker = _speaker(fv, doc, ev.date or doc.published, res)
            if speaker and party(speaker) != party(ev.actor):
                ev.hypothetical = True      # what is claimed is not a fact
                return _event(doc, ev, fv, "ACCUSE", speaker, [ActorRef(**r.to_dict()) for r in ev.actor], res)
    # a denial answers a charge of having done something: 'China does not want a trade war' (a
    # wish) and 'it could not vouch for the quotes' (an ability) deny no act
    if ev.negated and not ev.hypothetical and tok.lemma_.lower() not in cues["volition_verbs"]:
        fv = _frame_verb(tok, frozenset(cues["denying_frames"]))
        if fv is not None:
            speaker = _speaker(fv, doc, ev.date or doc.published, res)
            if speaker and party(speaker) is not None and party(speaker) == party(ev.actor):
                return _event(doc, ev, fv, "REJECT", speaker, [], res)
    return None


def _claimed_matter(fv, res) -> Optional[str]:
    """The wrongdoing (a label of ``matters.yaml``) the clause a claim verb takes tells of."""
    clause = next((c for c in fv.children if c.dep_ == "ccomp" and c.i > fv.i), None)
    if clause is None:
        return None
    return get_matters(res).label([t.lemma_.lower() for t in clause.subtree])


def _claimed_party(fv, doc: Document, date, res) -> list[ActorRef]:
    """The subject of the clause a claim verb takes ('claimed that [the Taliban] is ...')."""
    clause = next(c for c in fv.children if c.dep_ == "ccomp" and c.i > fv.i)
    return _speaker(clause, doc, date, res)


def _said_event(doc: Document, fv, typ: str, actor, recipient, res) -> Optional[Event]:
    """The ``typ`` event a verb of saying makes by itself, dated by the publication (the
    words were said on or before it); None when the verb lies in no sentence."""
    si = next((s for s in doc.sentences if s.start <= fv.idx < s.end), None)   # rare: past every test
    if si is None:
        return None
    base = Event(doc_id=doc.id, event_id="", event_type=typ, sentence=si,
                 trigger=Span(fv.idx, fv.idx + len(fv.text), fv.text), date=doc.published,
                 date_precision="day" if doc.published else None,
                 date_basis="published" if doc.published else None)
    base.location = place_of_saying(doc, base, res)
    where = base.location.country if base.location is not None else None
    for ref in [*actor, *recipient]:
        if where and ref.country is None and ref.sector and ref.name is None:
            ref.country = where     # 'Prosecutors say ...' in a story from Atlanta: bare agents of the place
    return _event(doc, base, fv, typ, actor, recipient, res)


def saying_verbs(doc: Document, cues) -> list:
    """The document's verbs of claiming and saying (``accusing_frames``, ``denying_frames``),
    found in one pass for the rules below."""
    frames = frozenset(cues["accusing_frames"]) | frozenset(cues["denying_frames"])
    return [t for t in doc.parsed if t.pos_ == "VERB" and t.lemma_.lower() in frames]


def claim_verb_events(doc: Document, res, have: set, verbs=None) -> list[Event]:
    """'US officials have claimed that the Taliban is planning to move a terrorist to
    destabilise the region': a claim verb (``accusing_frames``) over a clause of wrongdoing
    (a label of ``matters.yaml``) whose subject is a party other than the claimant is an
    ACCUSE, even when nothing in the clause is an event the coder codes. Dated by the
    publication (the claim is made on or before it)."""
    if doc.parsed is None:
        return []
    cues = lexicon.get(res).cues
    frames = frozenset(cues["accusing_frames"])
    out = []
    for fv in saying_verbs(doc, cues) if verbs is None else verbs:
        if fv.lemma_.lower() not in frames or ("ACCUSE", fv.idx) in have:
            continue
        if any(c.dep_ == "neg" for c in fv.children) or _claimed_matter(fv, res) is None:
            continue
        speaker = _speaker(fv, doc, doc.published, res)
        accused = _claimed_party(fv, doc, doc.published, res)
        if not speaker or not accused or party(accused) is None or party(speaker) == party(accused):
            continue
        made = _said_event(doc, fv, "ACCUSE", speaker, accused, res)
        if made is not None:
            out.append(made)
            have.add(("ACCUSE", fv.idx))
    return out


def charge_speech_events(doc: Document, res, have: set, verbs=None) -> list[Event]:
    """'Prosecutors say the bribes totalled more than $2 million', '..., the claim said': a
    verb of saying whose subject is a prosecutor, a lawsuit or a complaint
    (``accusing_speakers``) over a clause is an ACCUSE by that speaker, against the clause's
    subject when it names a party, when the clause tells of a wrong: a conflictual act (which
    becomes the charge's content, never a fact) or a label of ``matters.yaml``. Dated by the
    publication."""
    if doc.parsed is None:
        return []
    cues = lexicon.get(res).cues
    speakers = frozenset(cues["accusing_speakers"])
    out = []
    for fv in saying_verbs(doc, cues) if verbs is None else verbs:
        if ("ACCUSE", fv.idx) in have or any(c.dep_ == "neg" for c in fv.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in speakers for c in fv.children):
            continue
        clause = next((c for c in fv.children if c.dep_ == "ccomp"), None)
        if clause is None or _denied(clause) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            continue      # 'the prosecutor said the trial would resume': no charge
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        told = [e for e in doc.events if lo <= e.trigger.start < hi and e.quad in (3, 4)]
        if not told and get_matters(res).label([t.lemma_.lower() for t in clause.subtree]) is None:
            continue      # '..., the claim said' of the plaintiff's own losses: no wrong told
        for e in told:
            e.hypothetical = True     # 'inspectors pushed him, the claim said': the charge's content
        accused = _speaker(clause, doc, doc.published, res)
        made = _said_event(doc, fv, "ACCUSE", _speaker(fv, doc, doc.published, res),
                           accused if party(accused) is not None else [], res)
        if made is not None:
            out.append(made)
            have.add(("ACCUSE", fv.idx))
    return out


# Where armed men are said to be based: "operating from Afghan soil", "sanctuaries in
# Afghanistan", "using its territory". Said of another state's ground, by any verb of saying,
# that is an accusation against that state (the matter: shelter).
GROUND = frozenset({"soil", "territory", "sanctuary", "haven", "hideout", "base", "refuge"})


def _ground_state(clause):
    """The state whose ground the clause says armed men use: the NORP or GPE word that
    qualifies a ``GROUND`` noun ('Afghan soil', 'Afghanistan's territory', 'sanctuaries in
    Afghanistan', 'the territory of Afghanistan'), else None."""
    for t in clause.subtree:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in GROUND:
            continue
        for c in t.children:
            if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "inside"):
                g = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                if g is not None:
                    return g
    return None


def ground_events(doc: Document, res, have: set, verbs=None) -> list[Event]:
    """'Pakistan says the TTP operates from Afghan soil': a verb of saying over a clause whose
    subject is an armed group (``HELPED``) said to be based on another state's ground
    (``_ground_state``) is an ACCUSE by the speaker against that state; 'Kabul says no group
    operates from Afghan soil', the speaker's own ground denied, a REJECT by the speaker.
    Dated by the publication."""
    if doc.parsed is None:
        return []
    out = []
    for fv in saying_verbs(doc, lexicon.get(res).cues) if verbs is None else verbs:
        if ("ACCUSE", fv.idx) in have:
            continue
        clause = next((c for c in fv.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "neg" for c in fv.children):
            continue
        ground = _ground_state(clause)
        if ground is None:
            continue
        speaker = _speaker(fv, doc, doc.published, res)
        state = _state_of(ground, doc, res)
        if not speaker or state is None or party(speaker) is None:
            continue
        if _denied(clause):
            # 'Kabul says its soil is not used against any country': its own ground, denied
            if party(speaker) != party([state]) or ("REJECT", fv.idx) in have:
                continue
            typ, recipient = "REJECT", []
        else:
            armed = _speaker(clause, doc, doc.published, res)
            if not any(a.sector in HELPED for a in armed) or party(speaker) == party([state]):
                continue
            typ, recipient = "ACCUSE", [state]
        made = _said_event(doc, fv, typ, speaker, recipient, res)
        if made is not None:
            out.append(made)
            have.add((typ, fv.idx))
    return out


def _disowned(clause, cues) -> bool:
    """'it had no role in the explosion', 'they have nothing to do with the attack': a clause
    of having no part in something, its subject a pronoun (the speaker's own side)."""
    if clause.lemma_.lower() != "have" or not any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in cues["speaker_pronouns"] for c in clause.children):
        return False
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    return any((o.lemma_.lower() in cues["disowning_nouns"] and any(
        d.dep_ == "det" and d.lower_ == "no" for d in o.children))
        or (o.lower_ == "nothing" and any(t.lemma_ == "do" for t in o.subtree)) for o in objs)


def disowning_events(doc: Document, res, have: set, verbs=None) -> list[Event]:
    """'Israel said it had no role in the explosion': a speaker saying its side had no part in
    an act denies it (REJECT by the speaker, as 'denied any role in'). Dated by the
    publication."""
    if doc.parsed is None:
        return []
    cues = lexicon.get(res).cues
    out = []
    for fv in saying_verbs(doc, cues) if verbs is None else verbs:
        if ("REJECT", fv.idx) in have or fv.lemma_.lower() not in cues["denying_frames"]:
            continue
        if not any(c.dep_ == "ccomp" and _disowned(c, cues) for c in fv.children):
            continue
        speaker = _speaker(fv, doc, doc.published, res)
        made = _said_event(doc, fv, "REJECT", speaker, [], res) if speaker else None
        if made is not None:
            out.append(made)
            have.add(("REJECT", fv.idx))
    return out


def _denied(clause) -> bool:
    """A clause negated, or whose subject is 'no' one ('no group operates from ...')."""
    return any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in clause.children)


def _state_of(tok, doc: Document, res) -> Optional[ActorRef]:
    """The government of the state a NORP or GPE word names, as an actor, or None."""
    out = resolve_with(get_registry(res), tok.text, doc.published, [tok.sent.text], places=place_lookup(res))
    ref = out.fill(ActorRef(tok.text, tok.idx, tok.idx + len(tok.text)))
    if not ref.country:
        return None
    ref.sector = "GOV"
    return ref


def add_frame_events(doc: Document, res) -> None:
    """Code the claims and denials of ``doc``'s events' frames, in text order, once each."""
    have = {(e.event_type, e.trigger.start) for e in doc.events}
    new = []
    for ev in doc.events:
        made = frame_event(doc, ev, res)
        if made is not None and (made.event_type, made.trigger.start) not in have:
            have.add((made.event_type, made.trigger.start))
            new.append(made)
    if doc.parsed is not None:
        verbs = saying_verbs(doc, lexicon.get(res).cues)
        new += claim_verb_events(doc, res, have, verbs)
        new += ground_events(doc, res, have, verbs)
        new += charge_speech_events(doc, res, have, verbs)
        new += disowning_events(doc, res, have, verbs)
    if new:
        doc.events = sorted(doc.events + new, key=lambda e: (e.sentence.index, e.trigger.start))
