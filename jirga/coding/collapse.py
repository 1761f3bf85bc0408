"""One happening, one event: collapse the drafts of a sentence that describe the same act.

Two drafts of the same type are one event when their triggers are syntactically
linked and their participants do not conflict. Links:

* the noun is the verb's object, prepositional object or frame ('killed in an attack',
  'agreed to work together'), or a clause below it ('attacks that killed');
* the noun stands in apposition to the verb or its object ('arrived in Kabul ..., the
  first visit by ...', 'held talks ..., the first such visit');
* the two verbs (or the verbs carrying the nouns) are conjuncts ('met and held talks'), or
  one is the other's purpose ('summoned the envoy to lodge a protest');
* an infinitive on a description of the other verb's subject, or of the same person
  ('Qureshi, the first minister to visit, met ...', 'she was the first to visit ... and the
  first to travel to ...');
* an '-ing' participle after the clause ('..., killing 16 soldiers') belongs to the attack
  of the clause before it; with no attack there it is its own event with that clause's actor;
  one the parser hung on a claim's content ('rejected the claim that ..., calling it
  baseless') belongs to the verb of the claim (``roles.closing_host``).

Conflict: both have named actors and none is shared ('Pakistan attacked and India
retaliated'), two conjoined clauses have subjects of their own that differ ('police arrested
him and a court sentenced him'), or two conjoined acts have different recipients and neither
only counts casualties ('attacked a checkpoint and then attacked a convoy'). The verbal trigger
is kept and actors and recipients are united.
"""
from __future__ import annotations

from jirga.coding import roles
from jirga.coding.match import adjectival
from jirga.tokens import clause_marks, described, own_day

LINK_DEPS = frozenset({"conj", "xcomp", "ccomp", "relcl", "acl", "advcl"})
APPOS_DEPS = frozenset({"appos", "npadvmod"})
NOMINAL_DEPS = frozenset({"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt", "behead", "murder"})
TERM_NOUNS = frozenset({"year", "month", "week", "day", "hour", "prison", "jail", "detention", "term", "life"})


def roles_head(tok):
    """Verb governing a noun trigger through a preposition ('killed in an attack')."""
    h = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return h
    if tok.dep_ == "pobj" and h.dep_ == "prep":
        return h.head
    return None


def _anchor(d):
    """The verb a draft hangs on: its own verb, or the verb carrying its noun."""
    return d.trig.token if d.trig.kind == "verb" else d.trig.support


def _conj(a, b) -> bool:
    return a is not None and b is not None and a != b and (
        (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a))


def _purpose(a, b) -> bool:
    """'summoned the envoy to lodge a protest': an infinitive telling what the other verb
    was done for is the same act when of the same type (PLOVER: the summons is the protest)."""
    return a.head == b and a.dep_ in ("xcomp", "advcl") and a.i > b.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in a.children)


def _said_of(d):
    """'Qureshi, the first minister to visit' / 'She was the first minister to visit':
    the person an infinitive on a descriptive noun is said of."""
    t = d.trig.token
    if t.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    return described(t.head)


def _first_to(d, o) -> bool:
    """The infinitive describes the other verb's subject, or the same person as the other one."""
    who = _said_of(d)
    if who is None:
        return False
    anchor = _anchor(o)
    subj = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")] if anchor is not None else []
    return who in subj or who == _said_of(o)


def linked(d, o) -> bool:
    """True when ``d``'s trigger is tied to ``o``'s (see module docstring)."""
    t, ot = d.trig.token, o.trig.token
    if ot in (d.mod.frame_verb, d.trig.support, roles_head(t), t.head if t.dep_ in LINK_DEPS else None,
              roles.closing_host(t)):
        return True
    if d.trig.kind == "noun" and t.dep_ in APPOS_DEPS and t.head in (ot, o.trig.support):
        return True
    a, b = _anchor(d), _anchor(o)
    if a is not None and (a == b or _conj(a, b) or (b is not None and (_purpose(a, b) or _purpose(b, a)))):
        return True
    return _first_to(d, o) or _toll_of_target(t, o)


def _toll_of_target(t, o) -> bool:
    """'an attack on a police station that killed four officers': the parser hangs the toll's
    clause on the target; the killing is the attack's."""
    if o.trig.kind != "noun" or t.dep_ != "relcl" or t.lemma_.lower() not in CASUALTY_VERBS:
        return False
    n = t.head
    return n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.i == o.trig.token.i


def _named(heads) -> set:
    return {h.lower_ for h in heads if h.pos_ == "PROPN"}


def _recipients(d) -> set:
    """Named or common recipient heads; a pronoun, a time or a term ('sentenced him to six
    years in prison') names no one of its own."""
    return {h.lemma_.lower() for h in d.recip_heads if h.pos_ not in ("PRON", "NUM")
            and h.ent_type_ not in ("DATE", "TIME") and h.lemma_.lower() not in TERM_NOUNS}


def conflict(d, o) -> bool:
    """Named actors none shared; or, for two conjoined acts, different recipients
    unless one verb only counts the casualties of the other."""
    na, nb = _named(d.actor_heads), _named(o.actor_heads)
    if na and nb and not na & nb:
        return True
    if _crossed(d, o) or _crossed(o, d):
        return True      # 'a soldier killed by a bomb while battling ISIS': the victim of one does the other
    if _conj(_anchor(d), _anchor(o)):
        sa, sb = _own_subjects(_anchor(d)), _own_subjects(_anchor(o))
        if sa and sb and not sa & sb:
            return True      # 'police arrested him and a court sentenced him': two clauses, two doers
        ra, rb = _recipients(d), _recipients(o)
        casualty = {d.trig.token.lemma_.lower(), o.trig.token.lemma_.lower()} & CASUALTY_VERBS
        return bool(ra and rb and not ra & rb and not casualty)
    return False


def _crossed(d, o) -> bool:
    """Who undergoes one act does the other: two acts, whatever links them."""
    mine = {h.i for h in d.recip_heads}
    return bool(mine & {h.i for h in o.actor_heads})


def _own_subjects(v) -> set:
    """Lemmas of the active subjects a verb has of its own (not shared through coordination);
    passive subjects are the acts' victims ('five were killed and 22 injured': one attack)."""
    return {c.lemma_.lower() for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"}


def merge(keep, other) -> None:
    if keep.mode is None and other.mode is not None:
        keep.mode, keep.cameo = other.mode, other.cameo if keep.event_type == other.event_type else keep.cameo
    gone = {other.trig.token.i}
    if keep.trig.entry.get("conveys"):    # 'sent their minister for talks': the envoy is no recipient
        gone |= {c.i for c in keep.trig.token.children if c.dep_ == "dobj"}
    keep.actor_heads = _union(keep.actor_heads, other.actor_heads, gone)
    keep.recip_heads = _union(keep.recip_heads, other.recip_heads, gone | {a.i for a in keep.actor_heads})


def _union(a: list, b: list, skip: set) -> list:
    have = {t.i for t in a}
    out = [t for t in a if t.i not in skip]
    for t in b:
        if t.i not in have and t.i not in skip:
            out.append(t)
            have.add(t.i)
    return out


def _controller(p):
    """The verb whose clause an '-ing' participle follows: the nearest verb before it,
    not one describing a noun ('rammed a car packed with explosives into a convoy carrying
    engineers, killing five': the bomber rammed and killed, the convoy carried)."""
    if p.dep_ == "conj" and p.head.tag_ == "VBG" and p.head.dep_ in ("advcl", "xcomp", "conj"):
        return _controller(p.head)     # 'killing five and injuring 22': the same clause's act
    if p.dep_ == "advcl" and p.head.pos_ == "AUX" and p.head.lemma_ == "be":
        return p.head        # 'the attack was on January 30 at a mosque, killing ...'
    for tok in reversed(p.sent[:p.i - p.sent.start]):
        if tok.pos_ == "VERB" and tok.dep_ not in NOMINAL_DEPS and not adjectival(tok) \
                and not _describes_noun(tok, p):
            return tok
    return None


def _describes_noun(tok, p) -> bool:
    """``tok`` sits in a reduced clause on a noun ('a car packed with', 'a convoy carrying')
    that does not hold ``p``. A full relative clause may ('the quake that struck the
    east, killing 1,000')."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.dep_ == "acl" and not t.is_ancestor(p)
    return False


def is_participle(d) -> bool:
    t = d.trig.token
    return d.trig.kind == "verb" and t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)


def _governs(d, ctl) -> bool:
    """'police opened fire to disperse the crowd, killing one': the verb carrying the draft
    governs the participle's controller, so the participle tells the same act."""
    a = _anchor(d)
    return a is not None and a.is_ancestor(ctl)


def participles(drafts: list, cues) -> None:
    """'..., killing 16 soldiers': the same attack as the clause before it, or its own
    event with that clause's actor; none when a natural force did it."""
    for p in drafts:
        if p.dropped or p.event_type != "ASSAULT" or not is_participle(p):
            continue
        ctl = _controller(p.trig.token)
        if ctl is None:
            continue
        agents, _ = roles.clause_subject(ctl)
        if any(a.lemma_.lower() in cues["natural_causes"] or (
                a.tag_ in ("WDT", "WP") and a.head.head.lemma_.lower() in cues["natural_causes"]) for a in agents):
            p.dropped = True
            continue
        host = [d for d in drafts if d is not p and not d.dropped and d.event_type == "ASSAULT"
                and d.trig.token.i < p.trig.token.i and (ctl.i <= d.trig.token.i or _governs(d, ctl)
                                                         or (d.trig.token.dep_ == "nsubj" and d.trig.token.head == ctl))]
        if host:
            merge(host[0], p)
            p.dropped = True
        elif ctl != p.trig.token.head and agents:
            p.actor_heads = agents


def _when_clause(v) -> bool:
    marks = clause_marks(v)
    return bool(marks) and marks <= {"when", "as"}


def when_agents(drafts: list, cues) -> None:
    """'nine soldiers were killed when militants raided the base': a casualty verb in the
    passive with no agent of its own was done by whoever acts in its 'when' clause (a
    clause on the killing itself, not a later one: 'after' and 'before' are other acts)."""
    for d in drafts:
        t = d.trig.token
        if d.dropped or d.event_type != "ASSAULT" or d.trig.kind != "verb" \
                or t.lemma_.lower() not in CASUALTY_VERBS \
                or not any(c.dep_ == "auxpass" for c in t.children):
            continue
        for c in t.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and _when_clause(c):
                agents, _ = roles.clause_subject(c)
                agents = [a for a in agents if a.pos_ in ("NOUN", "PROPN")
                          and a.lemma_.lower() not in cues["natural_causes"] and roles.is_actorish(a, cues)]
                # the roles may have read the clause's agent already; any other agent stays
                if agents and all(c.left_edge.i <= a.i <= c.right_edge.i for a in d.actor_heads):
                    d.actor_heads = agents
                for o in drafts:   # 'when gunmen opened fire on the patrol', 'when a bullet ... hit her'
                    a = _anchor(o)
                    if o is not d and not o.dropped and o.event_type == "ASSAULT" and a is not None \
                            and (a == c or (a.dep_ == "conj" and a.head == c)):
                        merge(d, o)
                        o.dropped = True
                break


DEMAND_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})


def _demo_of(d, protests):
    """The protest whose act a demand is a part of: the demand's verb hangs on the protest's
    trigger, perhaps through a participle ('took to the streets to demand', 'protests by caste
    groups demanding', 'gathered, waving flags and calling for'), with no subject of its own."""
    t = d.trig.token
    for _ in range(3):
        if t.dep_ not in DEMAND_DEPS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        t = t.head
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "of"):
            t = t.head.head     # 'protests by caste groups demanding ...': the protesters' demand
        hit = [p for p in protests if p.trig.token == t]
        if hit:
            return hit[0]
    return None


def protest_demands(drafts: list) -> None:
    """A demand told as what a demonstration is for is that PROTEST, not a REQUEST of its own
    (PLOVER: only verbal demands are requests): its addressee becomes the protest's target."""
    protests = [d for d in drafts if d.event_type == "PROTEST" and not d.dropped]
    if not protests:
        return
    for d in drafts:
        if d.dropped or d.event_type != "REQUEST" or d.trig.token.pos_ != "VERB":
            continue
        p = _demo_of(d, protests)
        if p is not None and not conflict(p, d):
            merge(p, d)
            d.dropped = True


def _since_act(dep, gov) -> bool:
    """'Torkham has been closed since Pakistan shut it on February 21': the governor is a
    state (a passive or a participle after 'remain', 'stay') that the dependent act, in a
    'since' clause naming its own day, began; the act is the event, with its date and doer."""
    v, g = dep.trig.token, gov.trig.token
    if dep.trig.kind != "verb" or gov.trig.kind != "verb" or v.dep_ != "advcl" or v.head.i != g.i:
        return False
    if not own_day(v) or not any(c.dep_ == "mark" and c.lower_ == "since" for c in v.children):
        return False
    return g.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in g.children) or g.dep_ in ("acomp", "oprd"))


def _loser(d, o, ld: bool, lo: bool) -> tuple:
    """(loser, keeper): the noun loses to the verb, the dependent act to its governor (but
    the act that began a state, ``_since_act``, to none), else the later mention to the
    earlier one."""
    noun_d, noun_o = d.trig.kind == "noun", o.trig.kind == "noun"
    if noun_d != noun_o:
        return (d, o) if noun_d else (o, d)
    if ld != lo:
        if _since_act(d, o) or _since_act(o, d):
            return (o, d) if ld else (d, o)
        return (d, o) if ld else (o, d)
    return (d, o) if d.trig.token.i > o.trig.token.i else (o, d)


def collapse(drafts: list, cues) -> None:
    """Mark as dropped every draft that repeats another one of the same type."""
    participles(drafts, cues)
    when_agents(drafts, cues)
    protest_demands(drafts)
    for d in drafts:
        for o in drafts:
            if o is d or o.dropped or d.dropped or o.event_type != d.event_type:
                continue
            noun_d, noun_o = d.trig.kind == "noun", o.trig.kind == "noun"
            ld, lo = linked(d, o), linked(o, d)
            if ld or lo:
                if conflict(d, o):
                    continue
                loser, keeper = _loser(d, o, ld, lo)
            elif noun_d and not noun_o and not d.actor_heads:
                loser, keeper = d, o
            else:
                continue
            merge(keeper, loser)
            loser.dropped = True
