"""Court proceedings whose act lies in the syntax around a trigger, not in the trigger word
(word lists ``filing_nouns``, ``relief_nouns``, ``penalty_nouns``, ``legal_parties`` in
``jirga/data/lexicon/cues.yaml``, with ``judicial_nouns``; the devset guidelines code legal actions as ACCUSE allege and
court-imposed penalties as SANCTION convict):

* a filing that asks for something ('a petition seeking the removal of X') is the legal
  action itself, not a request of its own; one asking relief for the filer ('filed a plea
  seeking bail') is a request to the court, coded once;
* a court summoning a party asks it to appear (REQUEST); a government summoning an envoy
  stays the rebuke the lexicon codes;
* an order to pay damages, a fine or compensation is the penalty (SANCTION), not a request;
* a party arguing its case ('argued before the court that the army fired first', a lawyer
  arguing that the police lied, 'in its petition, X said Y failed to ...') accuses the party
  the argument is about, not the court.
"""
from __future__ import annotations

from jirga.coding.match import Trigger
from jirga.coding.modality import Modality
from jirga.coding.plover import Draft
from jirga.tokens import kids, lemmas, pobjs, self_actor

ALLEGE = ("ACCUSE", "115", "allege")
ARGUE = ("ACCUSE", "112", "allege")
PENALTY = ("SANCTION", "116", "convict")
ARGUE_VERBS = frozenset({"argue", "contend"})
SUMMONS = ASK = ("REQUEST", "100", None)
IDIOMS = frozenset({"case"})     # 'in any case, she said ...' names no filing
LEGAL_PREP_DEPS = ("prep", "agent")       # 'summoned by the court': the passive's 'by' too
MODALS = frozenset({"will", "would", "may", "might", "could", "can", "shall", "should", "must"})


def _retype(d, kind) -> None:
    d.event_type, d.cameo, d.mode = kind


def _relief_asked(v, cues) -> bool:
    asked = kids(v, ("dobj",)) + pobjs(v, ("for",), LEGAL_PREP_DEPS)
    return bool(lemmas(asked) & cues["relief_nouns"])


def _relief_filing(d, cues) -> bool:
    """'filed a plea seeking bail': the filing is the request; its clause is no second act.
    Returns whether the draft is such a filing."""
    n = d.trig.token
    if d.trig.kind != "noun" or d.event_type != "ACCUSE" or n.lemma_.lower() not in cues["filing_nouns"]:
        return False
    if not any(c.dep_ in ("acl", "relcl") and _relief_asked(c, cues) for c in n.children):
        return False
    _retype(d, ASK)
    return True


def _filing(d, cues, taken) -> bool:
    """A request clause hung on a filing noun: retyped to the filing (or dropped when the filing
    is coded already). Returns whether the draft is to be dropped."""
    v = d.trig.token
    noun = v.head
    if d.event_type != "REQUEST" or v.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in cues["filing_nouns"]:
        return False
    if _relief_asked(v, cues):
        return noun.i in taken    # 'a plea seeking bail' asks the court for the filer: one request
    if noun.i in taken:
        return True
    _retype(d, ALLEGE)
    d.trigger_tok = noun
    filers = kids(noun, ("poss",)) + pobjs(noun, ("by", "of"), LEGAL_PREP_DEPS)
    d.actor_heads = filers or d.actor_heads
    d.recip_heads = pobjs(noun, ("against",), LEGAL_PREP_DEPS) or [
        r for r in d.recip_heads if r.i not in {f.i for f in filers}]
    return False


def _court_summons(d, cues) -> None:
    v = d.trig.token
    if d.event_type == "ACCUSE" and v.lemma_.lower() == "summon" and \
            lemmas(kids(v, ("nsubj",)) + pobjs(v, ("by",), LEGAL_PREP_DEPS)) & cues["judicial_nouns"]:
        _retype(d, SUMMONS)


def _payer_order(d, cues) -> None:
    """'ordered the firm to pay damages', 'was ordered to pay a fine'."""
    v = d.trig.token
    if d.event_type != "REQUEST" or v.pos_ != "VERB":
        return
    pays = [x for x in kids(v, ("xcomp", "ccomp")) if x.lemma_.lower() == "pay"]
    owed = [o for x in pays for o in kids(x, ("dobj",))]
    owed += [g for o in owed for g in pobjs(o, ("in", "of"), LEGAL_PREP_DEPS)]      # '$2 million in damages'
    owed += [g for x in pays for g in pobjs(x, ("in",), LEGAL_PREP_DEPS)]   # 'in damages' read as the verb's
    if not lemmas(owed) & cues["penalty_nouns"]:
        return
    _retype(d, PENALTY)
    d.trigger_tok = pays[0]     # the penalty paid: 'ordered' itself reads as a request to the learned layer
    payers = kids(v, ("dobj", "nsubjpass"))
    if payers:
        d.recip_heads = payers


def _accused(v, cues) -> list:
    """The parties a 'that' clause of ``v`` is about: its subject when that is a party."""
    return [s for c in kids(v, ("ccomp",)) for s in kids(c, ("nsubj", "nsubjpass"))
            if s.pos_ in ("NOUN", "PROPN") and self_actor(s, cues)]


def _argued(d, cues) -> None:
    """An argument before a court accuses the party it is about, not the court addressed."""
    v = d.trig.token
    if d.event_type == "ACCUSE" and v.lemma_.lower() in ARGUE_VERBS:
        d.recip_heads = _accused(v, cues)


def _counsel_argues(v, cues) -> list[Draft]:
    """'the plaintiffs' lawyer argued that the ministry broke the law', 'in its suit, the union
    says the firm ignored warnings': counsel arguing, or a filing saying, that a party did
    something is a claim against it, with or without the court named."""
    lem = v.lemma_.lower()
    if v.pos_ != "VERB" or lem not in cues["speech_verbs"] or kids(v, ("neg",)) \
            or lemmas(kids(v, ("aux",))) & MODALS:
        return []     # 'will argue that ...' is not argued yet
    subj = kids(v, ("nsubj",))
    names = lemmas(subj) | {c.lemma_.lower() for s in subj for c in s.children if c.dep_ in ("compound", "appos")}
    pleaded = lem in ARGUE_VERBS and names & cues["legal_parties"]
    pleaded = pleaded or lemmas(pobjs(v, ("in",), LEGAL_PREP_DEPS)) & (cues["filing_nouns"] - IDIOMS)
    accused = _accused(v, cues) if pleaded else []
    if not accused:
        return []
    trig = Trigger(v, {"type": ARGUE[0], "cameo": ARGUE[1], "mode": ARGUE[2]}, "verb")
    return [Draft(trig, *ARGUE, Modality(), v, subj, accused)]


def court_readings(sent, drafts, cues) -> None:
    """Rewrite the drafts of one sentence in place by the rules of the module docstring."""
    taken = {d.trigger_tok.i for d in drafts}
    drop = set()
    for d in drafts:
        if _relief_filing(d, cues) or d.trig.kind != "verb":
            continue
        if _filing(d, cues, taken):
            drop.add(id(d))
            continue
        _court_summons(d, cues)
        _payer_order(d, cues)
        _argued(d, cues)
    drafts[:] = [d for d in drafts if id(d) not in drop]
    for v in sent:
        if v.i not in taken:
            drafts += _counsel_argues(v, cues)
