"""Events no trigger word names: promises of restraint ('will not allow anyone to use our
soil', 'we must work together' -> AGREE), judgements with a copula said by a speaker ('the
allegations are baseless' -> REJECT, 'the measures are a violation', 'Egypt is concerned
over ...' -> ACCUSE) and a crowd of partisans gathering (PROTEST). Each builder reads one
parsed sentence and the drafts the triggers gave, and returns new drafts
(``jirga.coding.plover.Draft``) for the coder to add."""
from __future__ import annotations

from jirga.coding import roles
from jirga.coding.match import Trigger
from jirga.coding.modality import Modality, modality
from jirga.coding.plover import Draft


def _future_aux(v, cues) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in cues["future_modals"] for c in v.children)


def conditional(v, cues) -> bool:
    """The clause or one it hangs from is opened by 'if', 'unless', ..., or has such a clause
    ('if they attack, we will not allow ...')."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues["conditional_marks"]
                                     for m in c.children) for c in v.children):
        return True
    t = v
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _party_subject(v, cues) -> bool:
    """A subject that can promise: a personal pronoun or a party ('we', 'Kabul', 'the army');
    not a thing ('a plan that will not allow candidates on the ballot' is a rule, no pledge)."""
    agents, _ = roles.clause_subject(v)
    if v.dep_ == "relcl":
        agents = [v.head if a.lower_ in cues["relative_pronouns"] else a for a in agents]
    return any((a.pos_ == "PRON" and a.lower_ not in cues["relative_pronouns"]) or roles.is_actorish(a, cues)
               for a in agents)


def _joint(need, cues) -> bool:
    """What is stressed is done together: 'the need for joint efforts', 'the importance of
    boosting trade between Peru and Chile' (ties between two sides)."""
    lem = {t.lemma_.lower() for t in need.subtree}
    return bool(lem & cues["joint_words"] or (lem & cues["tie_nouns"] and lem & cues["bilateral_words"]))


def resolve_drafts(sent, cues, drafts) -> list[Draft]:
    """Promises that hold no trigger of their own, made now and so factual AGREE (030):

    * a pledge to prevent: 'we will not allow anyone to use our soil against you', 'will
      not let the militants operate' -- a negated future verb of permission (of a thing it
      is a refusal, REJECT: 'will not let the bill become law');
    * the speaker's own resolve to act together: 'we must work together', 'we must step up
      our joint efforts' -- a 'we must' clause about joint action (a 'must' on another party is
      a REQUEST: ``obligation_drafts``), or stressing the need for it ('stressed the need for
      closer cooperation', 'underlined the importance of joint efforts', '... of boosting
      trade between Peru and Chile')."""
    taken = {d.trigger_tok.i for d in drafts if d.event_type == "AGREE"}
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.i in taken or conditional(v, cues):
            continue
        kids = list(v.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        trig_tok, typ, cameo = None, "AGREE", "030"
        if (v.lemma_.lower() in cues["permission_verbs"] and _future_aux(v, cues)
                and any(c.dep_ == "neg" for c in kids) and _party_subject(v, cues)):
            trig_tok = v
            if not _party_permitted(v, cues):
                typ, cameo = "REJECT", "120"     # 'will not let the bill become law': a refusal
        elif any(s.pos_ == "PRON" and cues["pronoun_kind"].get(s.lower_) == "speaker" for s in subj) \
                and not any(c.dep_ == "neg" for c in kids) \
                and {t.lemma_.lower() for t in v.subtree} & cues["joint_words"]:
            trig_tok = next((c for c in kids if c.dep_ == "aux" and c.lower_ in cues["obligation_modals"]), None)
        elif v.lemma_.lower() in cues["stress_verbs"] and not any(c.dep_ == "neg" for c in kids) and any(
                o.dep_ == "dobj" and o.lemma_.lower() in cues["need_nouns"] and _joint(o, cues) for o in kids):
            trig_tok = v
        if trig_tok is None:
            continue
        trig = Trigger(trig_tok, {"type": typ, "cameo": cameo, "mode": None}, "verb")
        agents, _ = roles.clause_subject(v)
        out.append(Draft(trig, typ, cameo, None, Modality(), trig_tok, agents, [], promise=typ == "AGREE"))
        taken.add(v.i)
    return out


def _party_permitted(v, cues) -> bool:
    """Whom a negated 'will not allow' keeps from acting is a party ('anyone', 'the militants'):
    a pledge to prevent; a thing ('the bill', 'negative rhetoric') it refuses to let happen."""
    who = [c for c in v.children if c.dep_ == "dobj"] + [
        s for c in v.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return not who or any(w.pos_ == "PRON" or roles.is_actorish(w, cues) for w in who)


def speech_head(v, cues):
    """The verb of saying whose content clause ``v`` is (climbing conjoined clauses), or None."""
    t = v
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "conj", "parataxis"):
            return None
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in cues["speech_verbs"]:
            return t.head
        t = t.head
    return None


def appraisal_drafts(sent, cues, drafts) -> list[Draft]:
    """Judgements stated with a copula, which hold no verb or noun trigger:

    * 'the ministry said the allegations were baseless', '... are mere lies': the speaker
      rejects (REJECT 120) the claims; the predicate word is the trigger. Without a speaker
      the judgement is the writer's, no event;
    * 'the ministry said the US measures were a serious violation of the rules': the speaker
      blames (ACCUSE 111) the party owning the act, as 'called the measures a violation';
    * 'Egypt is concerned over Ethiopia's dam': disapproval (ACCUSE 111), as 'expressed
      concern over'; the party whose act worries is the recipient, and without one
      ('worried about the weather') there is no event."""
    taken = {d.trigger_tok.i for d in drafts}
    out = []
    for v in sent:
        if v.lemma_ != "be" or any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj and v.i > sent.start and v.doc[v.i - 1].pos_ == "NOUN":
            subj = [v.doc[v.i - 1]]   # '... and objections were baseless' with the noun parsed into the clause before
        preds = [c for c in v.children if c.dep_ in ("acomp", "attr") and c.i not in taken]
        if not subj or not preds:
            continue
        for p in preds:
            lem = p.lemma_.lower()
            if lem in cues["falsity_words"] and subj[0].lemma_.lower() in cues["claim_nouns"]:
                sp = speech_head(v, cues)
                if sp is None:
                    continue
                agents, _ = roles.clause_subject(sp)
                trig = Trigger(p, {"type": "REJECT", "cameo": "120", "mode": None}, "verb")
                # 'Pakistan's allegations were baseless': the denial answers Pakistan
                out.append(Draft(trig, "REJECT", "120", None, Modality(), p, agents, _named_owners(subj[0])))
            elif lem in cues["blame_words"] and subj[0].pos_ in ("NOUN", "PROPN"):
                sp = speech_head(v, cues)
                owners = _named_owners(subj[0])
                head = subj[0].lemma_.lower()     # an act, or a claim ('the allegation was improper')
                if sp is None or not (owners or head in cues["event_heads"] or head in cues["claim_nouns"]):
                    continue
                agents, _ = roles.clause_subject(sp)
                trig = Trigger(p, {"type": "ACCUSE", "cameo": "111", "mode": "disapprove"}, "verb")
                out.append(Draft(trig, "ACCUSE", "111", "disapprove", Modality(), p, agents, owners))
            elif (lem in cues["concern_adjs"] or p.lower_ in cues["concern_adjs"]) and roles.is_actorish(subj[0], cues):
                # the tagger reads 'concerned' as a participle (lemma 'concern') as often as not
                objs = [g for c in p.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "by")
                        for g in c.children if g.dep_ == "pobj"]
                # 'concerned that Kabul may ...': the subject of the worrying clause
                owners = [s for c in p.children if c.dep_ == "ccomp" for s in c.children
                          if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN" and roles.is_actorish(s, cues)]
                if not objs and not owners:
                    continue
                owners += [o for ob in objs for o in _concern_owners(ob, cues)]
                owners += [o for o in objs if o.pos_ == "PROPN" and roles.is_actorish(o, cues)]
                if not owners:
                    continue      # 'worried about the weather': no party is disapproved of
                trig = Trigger(p, {"type": "ACCUSE", "cameo": "111", "mode": "disapprove"}, "verb")
                out.append(Draft(trig, "ACCUSE", "111", "disapprove", Modality(), p, subj, owners))
    return out


def _concern_owners(obj, cues) -> list:
    """Whose act a worry is about: 'Chinese military drills', "Kabul's policies", 'casualties
    inflicted by the coalition', 'the policies of Kabul'."""
    inflicted = [g for a in obj.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children
                 if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and roles.is_actorish(g, cues)]
    return _named_owners(obj) + inflicted


def _named_owners(claim) -> list:
    """The named parties a claim or an act is of: 'Pakistan's allegations', 'the US measures',
    'the claims by Kabul'."""
    out = [c for c in claim.children if c.dep_ in ("poss", "compound", "amod") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))]
    return out + [g for c in claim.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                  for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP"))]


def gathering_drafts(sent, cues, drafts) -> list[Draft]:
    """'hundreds of supporters had gathered outside the court', 'protesters assembled in the
    square': a crowd of partisans coming together is a demonstration (PROTEST 141), which
    'leaders gathered in Paris' is not (the subject must be a crowd noun)."""
    taken = {d.trigger_tok.i for d in drafts}
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.i in taken or v.lemma_.lower() not in cues["assembly_verbs"]:
            continue
        if any(c.dep_ == "neg" for c in v.children) or conditional(v, cues):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        heads = subj + [g for s in subj for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
        if not any(h.lemma_.lower() in cues["crowd_nouns"] for h in heads):
            continue
        trig = Trigger(v, {"type": "PROTEST", "cameo": "141", "mode": "demo"}, "verb")
        d = Draft(trig, "PROTEST", "141", "demo", modality(v, cues), v, heads[-1:], [])
        if not (d.mod.negated or d.mod.hypothetical or d.mod.future):
            out.append(d)
    return out
