"""Parties an act implies without naming them.

A conviction or a prison sentence told in the passive with no 'by' phrase ('she was
sentenced to six years', 'he was found guilty of bribery') was handed down by a court:
an analyst codes the country's judiciary (JUD) as the actor even though no word names it.
Which country: the one the sentence's event place is in, else the one the story names
most (courts try cases where the story happens, whatever the accused's nationality).

The same holds for a charge or an indictment ('he was charged with fraud', 'she faces
corruption charges': the prosecution, JUD, as PLOVER codes prosecutors), charges dropped ('the charges against him were dropped': JUD), and
an arrest or a detention ('three men were arrested on Friday'), which the police make (COP).

An attack told in the passive with no agent ('a young woman was killed on the estate') was
done by unidentified armed men (UAF) of the country it happened in (``attacker``).

A state named as the author of such an act ('Chile had been prosecuting four sailors',
'Iran convicted the journalist') acts through the same judiciary: its sector is JUD, not
its government's (``judicial``); one named as the attacker of an armed assault acts through
its armed forces (``military``).

A demonstration that names no target is addressed to the authorities where it is held
(``authorities``: GOV of the country of its place).

An act addressed to someone by its nature (a request, a promise, an accusation, talks) whose
sentence names no addressee ('the envoy called for restraint') is addressed to the party the
story has its actor dealing with: the side most often paired with the actor's side in the
events that name both (``counterpart``). Analysts code it so; a story of two states is read
as one long exchange between them. When that side is an organ of a state (its army, courts,
parliament), the addressee is the state's government: no words say which organ is meant. A
denial is addressed to the accuser whose accusation it answers, when one is told in its
sentence or the one before (``address``).

The implied party has no words in the text: its ``text`` is empty and its span is the
empty span at the trigger, so no reader mistakes it for a mention.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from jirga.actors.context import main_country
from jirga.actors.registry import STATE_KINDS
from jirga.model import ActorRef, is_factual
from jirga.tokens import span_root

# Verbs of a court's own acts against a person, lemmas and past participles (the parser
# sometimes lemmatises 'fined' as 'fin').
COURT_ACTS = frozenset({"sentence", "sentenced", "convict", "convicted", "jail", "jailed", "imprison",
                        "imprisoned", "fine", "fined"})
# 'was found guilty': the adjective whose passive 'find' is the court's verdict
VERDICTS = frozenset({"guilty"})
COURT_TYPES = frozenset({"SANCTION", "COERCE"})
# Acts only courts and prosecutors do, whoever the sentence names as doing them.
JUDICIAL_ACTS = frozenset({"prosecute", "prosecuting", "prosecuted", "convict", "convicted", "sentence",
                           "sentenced", "acquit", "acquitted", "indict", "indicted",
                           "execute", "executed"})    # a state's execution carries out a sentence


def _passive_without_agent(tok, depth: int = 0) -> bool:
    """'was sentenced', 'who was fined', 'Karim, jailed for life,', 'was found guilty and
    sentenced to ...': passive, no 'by' phrase."""
    kids = {c.dep_ for c in tok.children}
    if "agent" in kids or (kids & {"nsubj", "csubj"}):
        return False
    if kids & {"auxpass", "nsubjpass"}:
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and depth < 3:    # shares the passive it joins
        return _passive_without_agent(tok.head, depth + 1)
    return tok.dep_ == "acl" and tok.tag_ == "VBN"      # a reduced relative clause


def _court_act(tok) -> bool:
    """A court's act told with no agent; the trigger may be the verdict or its 'found'."""
    if tok.lemma_.lower() == "find" and any(c.lower_ in VERDICTS for c in tok.children):
        return _passive_without_agent(tok)
    if tok.lower_ in VERDICTS and tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        return tok.head.lemma_.lower() == "find" and _passive_without_agent(tok.head)
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in COURT_ACTS or tok.lower_ in COURT_ACTS) \
        and _passive_without_agent(tok)


def _trigger_token(doc, ev):
    return span_root(doc.parsed, ev.trigger.start, ev.trigger.end) if doc.parsed is not None else None


# Other acts of a state's justice told in the passive with no agent, and who does them:
# a charge or an indictment is the prosecution's (JUD, as courts: PLOVER has no sector of its
# own for prosecutors); an arrest or a detention is the police's.
CHARGES = frozenset({"charge", "charged", "indict", "indicted"})
ARRESTS = frozenset({"arrest", "arrested", "detain", "detained"})
# 'the charges were dropped', 'the case against him was withdrawn': the prosecution's act
DROPPING = frozenset({"drop", "dropped", "withdraw", "withdrawn", "dismiss", "dismissed"})
CASES = frozenset({"charge", "case", "indictment", "prosecution"})
# criminal charges, which only a prosecution brings (an accusation by a party is 'accusation')
CHARGE_NOUNS = frozenset({"charge", "indictment"})


def _implied_sector(tok, typ: str) -> Optional[str]:
    """The sector of the party a passive act of justice implies (JUD, COP), or None."""
    if typ in COURT_TYPES and _court_act(tok):
        return "JUD"
    if typ == "ACCUSE" and tok.pos_ == "NOUN" and tok.lemma_.lower() in CHARGE_NOUNS and not _brought_by_party(tok):
        return "JUD"    # 'faces corruption charges', 'the charges against him': the prosecution's
    if tok.pos_ != "VERB" or not _passive_without_agent(tok):
        return None
    word = {tok.lemma_.lower(), tok.lower_}
    if typ == "ACCUSE" and word & CHARGES:
        return "JUD"
    if typ == "COERCE" and word & ARRESTS:
        return "COP"
    if word & DROPPING and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in CASES for c in tok.children):
        return "JUD"
    return None


def _brought_by_party(noun) -> bool:
    """'Kenya brought charges against Uganda': the object of a verb whose subject is a state
    or an organisation, which brings them; a person faces them."""
    return noun.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "NORP")
                                       for c in noun.head.children)


# Attacks whose doers go unnamed by their nature; an air strike or an offensive is an army's.
BLASTS = frozenset({"bombing", "blast", "explosion", "bomb", "ambush", "shooting", "attack", "gunfire"})


def _done_by_blast(tok) -> bool:
    """'A roadside bombing killed one soldier': an active verb whose subject is a blast or an
    attack with no owner of its own ('a TTP attack', "the group's bombing")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "conj" and not subj:
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(subj) and all(
        s.lemma_.lower() in BLASTS and not any(c.dep_ == "poss" or (
            c.dep_ in ("compound", "amod") and c.pos_ == "PROPN") for c in s.children) and not any(
            c.dep_ == "prep" and c.lower_ == "by" for c in s.children) for s in subj)


def attacker(reg, doc, ev, where: Optional[str] = None) -> Optional[ActorRef]:
    """'A young woman was killed on the estate', 'shots were fired at the group': an attack
    told in the passive with no agent, its own or its clause's, or done by a blast no one is
    named for ('a roadside bombing killed one soldier'), was done by unidentified
    armed men (UAF) of the country it happened in (the story's, when its place is not
    told); None otherwise."""
    if ev.event_type != "ASSAULT" or ev.actor:
        return None
    tok = _trigger_token(doc, ev)
    if tok is None or tok.pos_ != "VERB" or not (_passive_without_agent(tok) or _done_by_blast(tok)):
        return None
    at = ev.trigger.start
    party = _story_attacker(doc, ev)
    victims = {(r.country, r.sector) for r in ev.recipient if r.sector}
    if party is not None and victims and not any(s == party[2] for _, s in victims) \
            and {c for c, _ in victims} <= party[3]:
        # 'a man shot by officers ... Vassell was killed': the story's one attacker of people of
        # that country, unless the dead are of its own side ('militants stormed a post ... ten
        # militants were killed'); a blast or an act with no victim named is not traced back
        return ActorRef("", at, at, party[0], party[1], party[2], None, True)
    here = ev.location.country if ev.location is not None else None
    country = here or where or main_country(reg, [doc.text])
    if country is None:
        return None
    return ActorRef("", at, at, None, country, "UAF", None, True)


def _story_attacker(doc, ev) -> Optional[tuple]:
    """(name, country, sector, countries of its victims) of the one party the story's attacks
    before ``ev`` name as their doer, or None when they name none or several."""
    parties, hit = set(), set()
    for other in doc.events:
        if other is ev:
            break
        if other.event_type == "ASSAULT" and is_factual(other):
            named = {(a.name, a.country, a.sector) for a in other.actor if a.text and a.sector}
            parties |= named
            if named:
                hit.update(r.country for r in other.recipient if r.country)
    return (*parties.pop(), hit) if len(parties) == 1 else None


# protesters, not a state's own organs (whose 'protest' is diplomatic, an ACCUSE)
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "BUS", "REL", "OPP", "PTY", "SOC", "MED", "REF", "JRN", "AGR"})


def authorities(ev, where: Optional[str] = None) -> Optional[ActorRef]:
    """'Students protested in Lahore': a demonstration that names no target is addressed to
    the authorities where it is held (GOV of the country of its place, else of ``where``:
    the country of the sentence's or the story's places, else of the protesters' own state);
    None otherwise."""
    if ev.event_type != "PROTEST" or any(r.country or r.sector for r in ev.recipient):
        return None
    sides = {(r.country, r.sector) for r in ev.actor if r.country or r.sector}
    if not sides or any(sector not in CROWD_SECTORS for _, sector in sides):
        return None
    here = ev.location.country if ev.location is not None else None
    own = {c for c, _ in sides if c}
    country = here or where or (next(iter(own)) if len(own) == 1 else None)
    if country is None:
        return None
    at = ev.trigger.start
    return ActorRef("", at, at, None, country, "GOV", None, True)


def court(reg, doc, ev, where: Optional[str] = None) -> Optional[ActorRef]:
    """The implied court, prosecution or police of ``ev`` (module docstring), filled, or
    None. ``where``: the country of the event's place when its own sentence names it (or
    of the story's places when it names no state)."""
    if ev.actor:
        return None
    tok = _trigger_token(doc, ev)
    sector = _implied_sector(tok, ev.event_type) if tok is not None else None
    if sector is None:
        return None
    country = where or main_country(reg, [doc.text])
    if country is None:
        return None
    at = ev.trigger.start
    return ActorRef("", at, at, None, country, sector, None, True)


def judicial(doc, ev) -> None:
    """A state (or its capital) as the actor of a court's act is its judiciary: sector JUD."""
    states = [r for r in ev.actor if r.kind in STATE_KINDS and r.sector == "GOV" and r.country]
    if not states:
        return
    tok = _trigger_token(doc, ev)
    if tok is None or tok.pos_ != "VERB" or not (tok.lemma_.lower() in JUDICIAL_ACTS or tok.lower_ in JUDICIAL_ACTS):
        return
    for r in states:
        r.sector = "JUD"


def military(ev) -> None:
    """A state, or a group governing one, as the attacker of an armed assault acts through its
    armed forces: 'Israel raided the flotilla', 'Taliban clashed with Pakistani border guards'
    are the army's acts (MIL), as the force that strikes is what PLOVER codes. People keep
    their own sector (a prime minister who orders a raid is no soldier)."""
    if ev.event_type != "ASSAULT":
        return
    for r in ev.actor:
        if r.sector == "GOV" and r.country and (r.kind in STATE_KINDS or r.kind == "armed_group"):
            r.sector = "MIL"


# -- the unnamed addressee ---------------------------------------------------------------
# Acts that are by their nature addressed to another party: when the sentence names none
# ('Islamabad called for the crossing to reopen', 'the envoy stressed the urgency of joint
# efforts'), the party is the one the story has this actor dealing with.
ADDRESSED = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT",
                       "THREATEN", "SANCTION"})


def _side(ref) -> Optional[tuple]:
    return (ref.country, ref.sector) if ref.country else None


def partners(events) -> dict:
    """side -> Counter of the sides the story's events pair it with, read from events that name
    both parties, or two actors of one mutual act (both directions: a dyad is one relation
    whoever acts). A side is (country,
    sector); the country alone is also a key, for an actor of another sector of that state."""
    table: dict = {}
    for ev in events:
        acts = {s for r in ev.actor if r.text and (s := _side(r))}
        gets = {s for r in ev.recipient if r.text and (s := _side(r))}
        if not gets and len({a[0] for a in acts}) > 1:
            gets = acts         # 'X and Y held talks': a mutual act pairs its actors
        for a in acts:
            for b in gets:
                if a == b or (gets is acts and a[0] == b[0]):
                    continue    # the party, the state and the people of one country act together
                for x, y in ((a, b), (b, a)):
                    table.setdefault(x, Counter())[y] += 1
                    table.setdefault(x[0], Counter())[y] += 1
    return table


def _denies_a_fact(doc, ev) -> bool:
    """'They deny that civilians were killed': a denial of a statement, no accuser named."""
    if ev.event_type != "REJECT":
        return False
    tok = _trigger_token(doc, ev)
    return tok is not None and any(c.dep_ == "ccomp" for c in tok.children)


# Sectors that speak for their state abroad: an actor of these the story never pairs takes its
# state's foreign partners; rebels, traders or villagers do not.
OFFICIAL = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "ELI"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# events that must pair two sides before one is the other's addressee: analysts name an
# addressee whenever the story gives one, so a single pairing is enough
MIN_PAIRS = 1


def _about_an_attack(doc, ev, attacks: frozenset) -> bool:
    """'condemned the bombing', 'ordered an inquiry into the attack': the act is aimed at
    whoever did the attack (``attacks``: the lexicon's nouns of violence), not at the party
    the story pairs its actor with, who is as often the attack's victim."""
    tok = _trigger_token(doc, ev)
    if tok is None:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in attacks for o in objs)


def counterpart(doc, ev, table: dict, attacks: frozenset = frozenset(),
                named: Optional[Counter] = None) -> Optional[ActorRef]:
    """The unnamed addressee of ``ev`` (an ``ADDRESSED`` act whose recipient has no country):
    the side the story pairs its actor with most often, when one side leads; else None. An
    official the story never pairs (a party leader, an envoy) speaks for its state: it takes
    the state's partners abroad; others (rebels, traders) get no addressee the story does not
    give them."""
    if ev.event_type not in ADDRESSED or any(r.country for r in ev.recipient):
        return None
    sides = {s for r in ev.actor if (s := _side(r))}
    if len(sides) != 1:
        return None
    side = next(iter(sides))
    seen = table.get(side) or (Counter({k: n for k, n in (table.get(side[0]) or {}).items() if k[0] != side[0]})
                               if side[1] in OFFICIAL else Counter())
    if not seen and side[1] in OFFICIAL:
        seen = _only_other_state(named if named is not None else named_sides(doc.events), side[0])
    top = seen.most_common(2)
    if not top or top[0][1] < MIN_PAIRS or (len(top) > 1 and top[1][1] == top[0][1]) or _denies_a_fact(doc, ev):
        return None
    if attacks and _about_an_attack(doc, ev, attacks):
        return None
    country, sector = top[0][0]
    if sector in STATE_ORGANS:
        sector = "GOV"      # no words name the organ: the state is addressed, through its government
    at = ev.trigger.start
    return ActorRef("", at, at, None, country, sector, None, True)


def named_sides(events) -> Counter:
    """How often the story names each side (country, sector) as an actor or a recipient."""
    return Counter(s for ev in events for r in [*ev.actor, *ev.recipient] if r.text and (s := _side(r)))


def _only_other_state(named: Counter, country: str) -> Counter:
    """A story that pairs nobody but names one foreign state beside the actor's, at least
    twice (``named``: ``named_sides``; 'the Mexican Senate condemned the statements', in a
    letter to the United States): that state, in the sector the story names it most in; else
    nothing."""
    others = Counter()
    for (c, _), n in named.items():
        if c != country:
            others[c] += n
    if len(others) != 1 or next(iter(others.values())) < 2:
        return Counter()
    state = next(iter(others))
    return Counter({max((s for s in named if s[0] == state), key=lambda s: (named[s], s[1] == "GOV")): 1})


def _accuser(ev, before: list) -> Optional[tuple]:
    """'US officials claimed the Taliban was moving a militant, a claim the Taliban denied': a
    denial answers the latest accusation against its actor, told in its sentence or the one
    before; the accuser is whom it is addressed to."""
    if ev.event_type != "REJECT":
        return None
    mine = {r.country for r in ev.actor if r.country}
    for prior in reversed(before[-8:]):
        if prior.sentence.index < ev.sentence.index - 1:
            break
        if prior.event_type == "ACCUSE" and mine & {r.country for r in prior.recipient if r.text}:
            sides = {s for r in prior.actor if r.text and (s := _side(r))}
            if len(sides) == 1 and next(iter(sides))[0] not in mine:
                return next(iter(sides))
    return None


def address(doc, attacks: frozenset = frozenset()) -> None:
    """Add the unnamed addressee (``counterpart``; for a denial, the accuser it answers) to
    each event of ``doc`` that lacks one; none to an act aimed at one of the ``attacks``
    (nouns of violence). Idempotent: a stage that codes more events later may call it again."""
    table = partners(doc.events)
    named = named_sides(doc.events)     # once per story: a long one has thousands of events
    for i, ev in enumerate(doc.events):
        side = _accuser(ev, doc.events[:i]) if not any(r.country for r in ev.recipient) else None
        if side is not None:     # 'Chile denied that it diverts the river': Bolivia said it does
            other = ActorRef("", ev.trigger.start, ev.trigger.start, None, side[0], side[1], None, True)
        else:
            other = counterpart(doc, ev, table, attacks, named)
        if other is not None:
            ev.recipient.append(other)
