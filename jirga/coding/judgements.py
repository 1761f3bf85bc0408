"""Judgements a speaker passes on another party or its act, which no trigger word names:
disapproval (ACCUSE 111 disapprove) and praise (SUPPORT 051), read through the syntax from
lexicon categories of evaluative words (``blame_words``, ``praise_words``, ``dismay_verbs``
in ``jirga/data/lexicon/cues.yaml``):

* an evaluative predicate over an extraposed clause: 'the minister said it was outrageous for
  the police to raid the office', '... it is unacceptable that Israel keeps building',
  '... it was brave of the army to free them': the speaker judges the clause's subject;
* an evaluative copula on a named party or on its act or thing: 'she said the ministry was
  irresponsible', '... that Khan was a respected elder', '... the government's plan was
  reckless' (a judged claim, 'the allegations are baseless', is ``implicit.appraisal_drafts``);
* a party's act called a wrong in a relative clause of what a speaker reports: '... briefed
  them on the shelling by X, which was a breach of the truce';
* a party's act equated with a wrong: '... said the raids amounted to persecution';
* an experiencer troubled by a party's act: 'the mayor was alarmed by the governor's decree',
  'Delhi was disturbed by Chinese moves';
* praise of ties: 'underlined the warm friendship with Laos';
* approval a party feels: 'the minister was grateful for Tokyo's help';
* a wrong word on a party's act in what a speaker says: 'Trump said China's unfair trading
  practices cost jobs';
* a party said to have done wrong: 'Pilot said the BJP erred', '... the police have failed
  her' (``wrong_verbs``);
* a wrong claimed, culprit named or not: 'Trump claimed millions of votes were cast
  fraudulently' (``wrong_claim_verbs``, ``wrong_words``).

``concern_owners`` gives a disapproving noun ('concern about X's moves') the party it is
about. ``wishes`` turns a call for better ties that asks nobody in particular ('called for the
deepening of ties') into the wish for good relations it is: AGREE, not REQUEST
(the devset guidelines, after PLOVER's AGREE for wanting to cooperate).
Without a speaker a judgement is the writer's, and no event.
"""
from __future__ import annotations

from jirga.coding import roles
from jirga.coding.implicit import conditional, speech_head
from jirga.coding.match import Trigger
from jirga.coding.modality import Modality
from jirga.coding.plover import Draft
from jirga.tokens import REPORT_VERBS, is_actorish, self_actor

DISAPPROVE = ("ACCUSE", "111", "disapprove")
PRAISE = ("SUPPORT", "051", None)
PARTY_MODS = frozenset({"NORP", "GPE", "ORG"})
BE_CLITICS = frozenset({"'m", "'re", "'s"})    # the parser leaves some of them unlemmatised


def _valence(tok, cues):
    """(ACCUSE or SUPPORT, the evaluative word) for an evaluative predicate, or a noun an
    evaluative word modifies ('a revered elder', 'a flagrant abuse'); else (None, None)."""
    words = [tok] + [c for c in tok.children if tok.pos_ == "NOUN" and c.dep_ in ("amod", "compound")]
    for w in words:
        lems = {w.lemma_.lower(), w.lower_}
        if lems & cues["blame_words"]:
            return DISAPPROVE, w
        if lems & cues["praise_words"]:
            return PRAISE, w
    return None, None


def _party(tok, cues) -> bool:
    """A party by itself: 'the police', 'Kenya'; not 'civilian casualties' (actorish only
    through its modifier)."""
    return tok.pos_ in ("NOUN", "PROPN") and self_actor(tok, cues)


def _reporter(noun, cues):
    """The verb of saying or informing that a noun is part of the content of ('briefed
    reporters on the shelling by X, which ...'), climbing up to seven heads; or None."""
    t = noun
    for _ in range(7):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.dep_ != "prep":     # 'including' works as a preposition
            lem = t.lemma_.lower()
            return t if lem in cues["speech_verbs"] or lem in REPORT_VERBS else None
    return None


def _relative(v, cues, taken) -> list[Draft]:
    """'... briefed them on the shelling by X, which was a breach of the truce': a
    relative clause calling a party's act a wrong, within what a speaker reports."""
    if v.dep_ != "relcl" or any(c.dep_ == "neg" for c in v.children):
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in cues["relative_pronouns"] for c in v.children):
        return []
    preds = [c for c in v.children if c.dep_ in ("acomp", "attr") and c.i not in taken]
    kinds = [(k, w) for k, w in (_valence(p, cues) for p in preds) if k == DISAPPROVE]
    judged = _owners(v.head, cues) if kinds else []
    sp = _reporter(v.head, cues) if judged else None
    speakers = roles.clause_subject(sp)[0] if sp is not None else []
    return [_draft(kinds[0][1], DISAPPROVE, speakers, judged)] if speakers else []


def _self_party(tok, cues) -> bool:
    """A party by itself (not a thing a party owns): 'the ministry', 'Khan'."""
    return (tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or (tok.pos_ == "NOUN" and tok.lemma_.lower() in cues["agent_nouns"]))


def _owners(obj, cues) -> list:
    """The parties an act or thing belongs to: 'the governor's plan', 'Chinese moves', 'the
    plan of the ministry', 'deaths caused by the rebels', or the party itself."""
    out = [c for c in obj.children if c.dep_ == "poss" and _party(c, cues)]
    out += [c for c in obj.children if c.dep_ in ("compound", "amod") and c.ent_type_ in PARTY_MODS]
    # 'the plan of the ministry' is the ministry's; 'the arrest of journalists' is done to them
    owning = ("by",) if obj.lemma_.lower() in cues["event_heads"] else ("of", "by")
    out += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in owning
            for g in c.children if g.dep_ == "pobj" and _party(g, cues)]
    out += [g for a in obj.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"
            for g in c.children if g.dep_ == "pobj" and _party(g, cues)]
    if not out and obj.pos_ == "PROPN" and is_actorish(obj, cues):
        out = [obj]
    return out


def _judged_party(v, p, cues) -> list:
    """Whom an extraposed judgement is about: the subject of 'for X to ...' or 'that X ...',
    the 'of X' of an adjective ('brave of the army to ...') or the 'by X' of a noun ('it was
    persecution by the state'; 'injustice of the people' is done to them)."""
    prep = "of" if p.pos_ == "ADJ" else "by"
    out = [g for c in p.children if c.dep_ == "prep" and c.lower_ == prep
           for g in c.children if g.dep_ == "pobj" and _party(g, cues)]
    for c in list(v.children) + list(p.children):
        if c.dep_ in ("advcl", "ccomp", "xcomp", "csubj") and c.pos_ in ("VERB", "AUX"):
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and _party(s, cues)]
    return out


def _draft(p, kind, speakers, judged) -> Draft:
    typ, cameo, mode = kind
    trig = Trigger(p, {"type": typ, "cameo": cameo, "mode": mode}, "verb")
    return Draft(trig, typ, cameo, mode, Modality(), p, list(speakers), list(judged))


def _copula(v, cues, taken) -> list[Draft]:
    """Extraposed and party judgements with 'be' (module docstring)."""
    if any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
        return []
    subj = [c for c in v.children if c.dep_ in ("nsubj", "expl")]
    preds = [c for c in v.children if c.dep_ in ("acomp", "attr") and c.i not in taken]
    sp = speech_head(v, cues) if subj and preds else None
    if sp is None:
        return []
    speakers, _ = roles.clause_subject(sp)
    out = []
    for p in preds:
        kind, word = _valence(p, cues)
        if kind is None:
            continue
        wrong_named = p.pos_ == "NOUN" and kind == DISAPPROVE     # 'it was persecution'
        if subj[0].lower_ == "it":
            judged = _judged_party(v, p, cues)
        elif subj[0].pos_ != "PRON" and _self_party(subj[0], cues):
            judged = [subj[0]]        # a pronoun may be the speaker: 'he said he was wrong'
        elif subj[0].pos_ == "NOUN" and subj[0].lemma_.lower() not in cues["claim_nouns"] \
                and (owned := _owners(subj[0], cues)):
            judged = owned        # 'said the government's plan was reckless'
        else:
            judged, wrong_named = [], False
        if (judged or wrong_named) and speakers:    # a wrong named may leave its author unsaid
            out.append(_draft(word, kind, speakers, judged))
    return out


def _equated(v, cues) -> list[Draft]:
    """'the lawyer said the arrests by the police amounted to persecution', '... that Russia's
    bombing constituted a war crime': an act equated with a wrong, by a speaker; so is a party
    said to pose a danger ('Zardari said the TTP poses a threat to the region')."""
    preds = [c for c in v.children if c.dep_ == "dobj"]
    preds += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not preds or not subj or any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
        return []
    kind, word = _valence(preds[0], cues)
    if v.lemma_.lower() in cues["posing_verbs"]:       # 'said the TTP poses a threat to the region'
        kind, word = (DISAPPROVE, preds[0]) if preds[0].lemma_.lower() in cues["danger_nouns"] else (None, None)
    sp = speech_head(v, cues) if kind is not None else None
    judged = _owners(subj[0], cues) if sp is not None else []
    speakers = roles.clause_subject(sp)[0] if judged else []
    return [_draft(word, kind, speakers, judged)] if speakers else []


def _party_or_owners(tok, cues) -> list:
    """The party a clause's subject is ('the ministry'), else the owners of its act or thing."""
    return [tok] if _self_party(tok, cues) else _owners(tok, cues)


def _wrongdoing(v, cues) -> list[Draft]:
    """'Pilot said the BJP erred', 'she says the police have failed her', '... that Kabul had
    betrayed the people': a party said to have done wrong is blamed by the speaker. Failing
    is a wrong done to someone only ('failed to reach a deal' is a refusal, ``plover``)."""
    if any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
        return []
    if v.lemma_.lower() == "fail" and not any(c.dep_ == "dobj" for c in v.children):
        return []
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    sp = speech_head(v, cues) if subj and subj[0].pos_ != "PRON" else None
    if sp is None:
        return []
    judged = _party_or_owners(subj[0], cues)
    speakers, _ = roles.clause_subject(sp)
    return [_draft(v, DISAPPROVE, speakers, judged)] if judged and speakers else []


def _wrong_claimed(v, cues) -> list[Draft]:
    """'Trump claimed that millions of votes were cast fraudulently', 'the party alleged the
    count was illegal': a claim that a wrong was done is an accusation by the claimant even
    when it names no culprit (who did it, when named, is the recipient). Not when the claim
    or its content is denied ('insisted the vote was not rigged' rejects a charge)."""
    content = [c for c in v.children if c.dep_ == "ccomp"]
    if not content or any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
        return []
    c = content[0]
    if any(t.dep_ == "neg" for t in c.children):
        return []
    forms = ({t.lemma_.lower(), t.lower_} for t in c.subtree)
    if not any(f & cues["wrong_words"] or f & cues["blame_words"] for f in forms):
        return []
    speakers, _ = roles.clause_subject(v)
    subj = [t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    judged = _party_or_owners(subj[0], cues) if subj else []
    return [_draft(v, DISAPPROVE, speakers, judged)] if speakers else []


def _dismay(v, cues) -> list[Draft]:
    """'the mayor was alarmed by the governor's decree': the troubled party disapproves."""
    if v.lemma_.lower() not in cues["dismay_verbs"] or v.tag_ != "VBN":
        return []
    if any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
        return []
    if not any(c.dep_ in ("aux", "auxpass") and (c.lemma_ == "be" or c.lower_.replace("’", "'") in BE_CLITICS)
               for c in v.children):
        return []     # 'the plan troubled him' has the act as subject: no speaker of its own
    experiencers = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and is_actorish(c, cues)]
    objs = [g for c in v.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in (
        "over", "about", "at", "with"))) for g in c.children if g.dep_ == "pobj"]
    judged = [o for obj in objs for o in _owners(obj, cues)]
    if not experiencers or not judged:
        return []     # 'worried by the weather': no party is disapproved of
    return [_draft(v, DISAPPROVE, experiencers, judged)]


APPROVED_PREPS = frozenset({"for", "with", "by", "at", "about", "of"})


def _approval(a, cues) -> list[Draft]:
    """'the minister was grateful for Tokyo's help', 'the superintendents are pleased with the
    bill', 'Kabul was heartened that Islamabad reopened the crossing': a party approving of
    something praises it and whose it is. The word must be said of its subject ('was
    pleased', not 'pleased to announce'), not negated nor supposed, and say what of."""
    if a.tag_ not in ("JJ", "VBN") or not ({a.lower_, a.lemma_.lower()} & cues["approval_words"]):
        return []
    be = a.head if a.dep_ == "acomp" and a.head.lemma_ == "be" else a
    if be is a and not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in a.children):
        return []
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in (*a.children, *be.children)) or conditional(be, cues):
        return []     # 'was not pleased', 'would be grateful for any help'
    experiencers = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass") and is_actorish(c, cues)]
    objs = [g for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ in APPROVED_PREPS
            for g in c.children if g.dep_ == "pobj"]
    clauses = [c for c in a.children if c.dep_ == "ccomp"]
    if not experiencers or not (objs or clauses):
        return []
    judged = [o for obj in objs for o in (_owners(obj, cues) or ([obj] if _party(obj, cues) else []))]
    judged += [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and _party(s, cues)]
    return [_draft(a, PRAISE, experiencers, judged)]


def _tie_praise(v, cues) -> list[Draft]:
    """'underlined the warm friendship with Laos': praise of the ties."""
    if v.lemma_.lower() not in cues["stress_verbs"] or any(c.dep_ == "neg" for c in v.children):
        return []
    ties = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in cues["tie_nouns"]
            and {c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound", "conj")}
            & cues["good_tie_words"]]
    if not ties:
        return []
    agents, _ = roles.clause_subject(v)
    others = [g for o in ties for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj" and _party(g, cues)]
    return [_draft(v, PRAISE, agents, others)] if agents else []


def _attributive(n, cues, taken) -> list[Draft]:
    """'Trump said China's unfair trading practices cost jobs', 'the ministry said Greece's
    reckless provocations threatened peace': a wrong word on a party's act, in what a
    speaker says, is the speaker's disapproval of the party (the verb of the clause may be
    anything, and is often no act of its own). ``n`` is a noun."""
    words = [c for c in n.children if c.dep_ == "amod" and c.i not in taken
             and {c.lemma_.lower(), c.lower_} & cues["blame_words"]]
    if not words or _party(n, cues):     # the cheap test first: most nouns carry no wrong word
        return []
    judged = [o for o in _owners(n, cues) if o.i != n.i]
    if not judged:
        return []
    v = n.head
    while (v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass")) and v.head.i != v.i:
        v = v.head
    if (v.i in taken and n.dep_ != "nsubj") or v.pos_ not in ("VERB", "AUX") or conditional(v, cues):
        return []       # a trigger acting on it ('condemned Russia's illegal annexation') speaks for it
    sp = v if v.lemma_.lower() in cues["speech_verbs"] and n.dep_ == "dobj" else speech_head(v, cues)
    if sp is None or any(c.dep_ == "neg" for c in sp.children):
        return []       # the clause's own 'not' leaves the wrong word standing: '... will not be accepted'
    speakers = roles.clause_subject(sp)[0]
    speakers = [a for a in speakers if a.i not in {j.i for j in judged}]
    return [_draft(words[0], DISAPPROVE, speakers, judged)] if speakers else []


def judgement_drafts(sent, cues, drafts) -> list[Draft]:
    """New drafts for the judgements of one sentence (module docstring)."""
    taken = {d.trigger_tok.i for d in drafts}
    used = set(taken)     # and the words this sentence's judgements took ('a flagrant abuse')
    out: list[Draft] = []
    for v in sent:
        if v.pos_ == "NOUN" and v.i not in taken:
            made = _attributive(v, cues, used)
        elif v.i in taken:
            continue
        elif v.lemma_ == "be":
            made = _copula(v, cues, taken) or _relative(v, cues, taken)
        elif v.tag_ in ("JJ", "VBN") and {v.lower_, v.lemma_.lower()} & cues["approval_words"]:
            made = _approval(v, cues)
        elif v.pos_ == "VERB" and (v.lemma_.lower() in cues["equating_verbs"]
                                   or v.lemma_.lower() in cues["posing_verbs"]):
            made = _equated(v, cues)
        elif v.pos_ == "VERB" and v.lemma_.lower() in cues["wrong_verbs"]:
            made = _wrongdoing(v, cues)
        elif v.pos_ == "VERB" and v.lemma_.lower() in cues["wrong_claim_verbs"]:
            made = _wrong_claimed(v, cues)
        elif v.pos_ == "VERB":
            made = _dismay(v, cues) or _tie_praise(v, cues)
        else:
            continue
        out += made
        used.update(d.trigger_tok.i for d in made)
    return out


def _wanted(d) -> list:
    v = d.trig.token
    if v.lemma_.lower() == "call":
        return [g for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    return [c for c in v.children if c.dep_ == "dobj"]


def _better_ties(w, cues) -> bool:
    """'the deepening of ties', 'closer ties', 'stronger cooperation'."""
    lem = w.lemma_.lower()
    if lem in cues["growth_nouns"]:
        return any(g.lemma_.lower() in cues["tie_nouns"] for c in w.children
                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return lem in cues["tie_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in cues["better_words"] for c in w.children)


def wishes(drafts, cues) -> None:
    """'called for the deepening of ties': a call that asks no party to act
    ('called on Kabul to ...', 'urged Delhi to ...' stay requests) and wants better ties is
    the wish for good relations, AGREE (030)."""
    for d in drafts:
        if d.event_type != "REQUEST" or d.trig.kind != "verb" or d.mod.negated:
            continue
        v = d.trig.token
        if v.lemma_.lower() not in cues["request_verbs"]:
            continue
        asked = [c for c in v.children if c.dep_ in ("dobj", "dative") and is_actorish(c, cues)]
        asked += [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
        asked += [c for c in v.children if c.dep_ in ("advcl", "ccomp", "xcomp")]
        wanted = _wanted(d)
        if asked or not wanted or not all(_better_ties(w, cues) for w in wanted):
            continue
        d.event_type, d.cameo, d.mode = "AGREE", "030", None
        d.recip_heads = [r for r in d.recip_heads if r not in wanted]


CONCERN_PREPS = frozenset({"about", "over", "at", "with", "regarding"})


def concern_owners(drafts, cues) -> None:
    """'expressed concern about deaths caused by the rebels', 'voiced alarm at the
    arrests by Turkish police': the party whose act a disapproving noun is about receives the
    disapproval; it does not share in it."""
    for d in drafts:
        if d.event_type != "ACCUSE" or d.mode != "disapprove" or d.trig.kind != "noun":
            continue
        holders = [d.trig.token] + ([d.trig.support] if d.trig.support is not None else [])
        objs = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS
                for g in c.children if g.dep_ == "pobj"]     # 'voiced alarm at ...' hangs on the verb
        judged = [o for obj in objs for o in _owners(obj, cues)]
        if objs and d.trig.support is not None:     # 'voiced alarm at the arrests by X': the 'by'
            judged += [g for c in d.trig.support.children if c.dep_ == "agent"   # of the object,
                       for g in c.children if g.dep_ == "pobj" and _party(g, cues)]   # misplaced
        if not judged:
            continue
        d.actor_heads = [a for a in d.actor_heads if a not in judged]
        if not any(_self_party(r, cues) for r in d.recip_heads):
            d.recip_heads = judged

