"""The decision over a mention's tagged items (``mention.tag``): which actor, country and sector.

A named person wins; then an owner with a title ('the Taliban's foreign minister' -> the
office holder on the date, else OWNER GOV) or an agent noun ('Pakistani border guards' ->
PAK MIL; a group owner keeps its own sector: 'TTP militants' -> TTP REB); then the most
specific named actor; then a demonym alone ('Pakistani' GOV, 'Afghans' CVL).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from jirga.actors.mention import Item, pick
from jirga.actors.registry import STATE_KINDS, Actor, Registry
from jirga.actors.text import drop_parens, tokens
from jirga.model import ActorRef

PRIORITY = {"person": 4, "state": 1, "territory": 1, "capital": 2, "region": 2}
FORCES = {"MIL", "COP", "PRM", "SPY"}
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "around", "throughout"}
# 'Hamdan bin Mohammed bin Rashid': a name after these words is the father's, not the person's
PATRONYMIC = {"bin", "bint", "binti", "ibn", "ben"}


@dataclass(slots=True)
class Resolution:
    """What a mention resolved to; ``method`` says which rule decided (for tests and audits).

    ``name`` is the registry actor the mention names (or whose office it names); it is None
    when the mention only resolved to a class of actors of a country ('Pakistani soldiers',
    'militants' in a Pakistani context: PAK MIL, PAK REB), which is still ``resolved``.
    """
    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    wikidata: Optional[str] = None
    resolved: bool = False
    method: str = "unknown"
    office: Optional[str] = None  # a bare title waiting for a country from context
    kin: Optional[str] = None     # 'ethnic Albanians': the kin state, not where they live
    kind: Optional[str] = None    # the registry kind of the named actor (person, party, state...)

    def to_record(self) -> dict:
        return {"name": self.name, "country": self.country, "sector": self.sector,
                "wikidata": self.wikidata, "resolved": self.resolved}

    def fill(self, ref: ActorRef) -> ActorRef:
        ref.name, ref.country, ref.sector = self.name, self.country, self.sector
        ref.wikidata, ref.resolved, ref.kind = self.wikidata, self.resolved, self.kind
        return ref


def from_actor(text: str, actor: Actor, date: Optional[str], method: str) -> Resolution:
    role = actor.role_at(date)
    return Resolution(text, actor.name, role.country if role else None,
                      role.sector if role else None, actor.wikidata, role is not None, method,
                      kind=actor.kind)


def of_state(text: str, state: Optional[Actor], country: str, sector: Optional[str],
             method: str) -> Resolution:
    """A class of actors of a state ('Pakistani soldiers'): named after the state only when
    the class is the state's government itself (GOV); otherwise no name."""
    name = (state.name if state is not None else country) if sector == "GOV" else None
    return Resolution(text, name, country, sector, None, True, method, kind="state" if name else None)


def decide(reg: Registry, text: str, items: list[Item], date, prefer=None,
           ntok: int = 0) -> Optional[Resolution]:
    if not items:
        return None
    toks = tokens(drop_parens(text) or text)
    items = [it for it in items if not (it.start and toks[it.start - 1][0] in PATRONYMIC)]
    if any(it.kind == "region" for it in items):
        # 'ambassadors of seven Latin American countries': of no one state, and no state the
        # story names is theirs either (resolved, with no country) unless the mention names one
        rest = decide(reg, text, [it for it in items if it.kind != "region"], date, prefer, ntok)
        if rest is not None and rest.country:
            return rest          # 'West Africans ordered out of Nigeria': the state named
        return Resolution(text, None, None, rest.sector if rest else None, None, True, "region")
    if not items:
        return None
    former = any(it.kind == "former" for it in items)
    roles = [it for it in items if it.kind in ("title", "agent")]
    named = [it for it in items if it.kind == "actor"]
    people = [it for it in named if pick(it.actors, prefer, date).kind == "person"]
    if people:
        best = max(people, key=lambda it: (it.end - it.start, it.start))
        person = pick(best.actors, prefer, date)
        res = from_actor(text, person, date, "contains")
        title = next((it for it in items if it.kind == "title"), None)
        held = [r for r in person.roles if title and r.office == title.office]
        if date is None and held:  # undated "President Obama": the office the title names
            res.country, res.sector = held[-1].country, held[-1].sector
        if former and res.sector not in (None, "ELI"):
            res.sector = "ELI"
        return res
    # owners: named non-person actors and demonyms; an actor word that is also an agent noun
    # (Foreign Office) counts as the agent when a state of another country owns it.
    states = [it for it in items if it.kind in ("demonym", "plural")
              or (it.kind == "actor" and pick(it.actors, prefer, date).kind in STATE_KINDS)]
    for it in named:
        if it.sector and states and it not in states:
            owner_country = _owner_country(states[0], date, prefer)
            a = pick(it.actors, owner_country, date)
            role = a.role_at(date)
            if role is None or role.country != owner_country:
                it.kind, roles = "agent", [*roles, it]
    named = [it for it in items if it.kind == "actor"]
    owners = [it for it in items if it.kind in ("actor", "demonym", "plural")]
    kin = _kin(items, date)
    if roles:
        head = _head(roles)
        before = [o for o in owners if o.end <= head.start]
        after = [o for o in owners if o.start >= head.end]
        owner = before[-1] if before else (after[0] if after else None)
        title = next((r for r in roles if r.kind == "title"), None)
        if owner is None:
            if _family_name(reg, toks, items):
                return Resolution(text)   # 'Jaime King': a person we do not know
            return Resolution(text, sector="ELI" if former else (title or head).sector, method="bare",
                              office=None if former or title is None else title.office, kin=kin)
        # a title followed by words we do not know names someone else: no office-holder lookup
        named_other = title is not None and ntok > max(it.end for it in items)
        return _with_owner(reg, text, owner, title or head, date, former or named_other, prefer,
                           keep_sector=named_other and not former)
    people = _people(items, named, owners, toks, prefer, date)
    if people is not None:
        return _of_people(text, people, kin, date)
    if named:
        best = max(named, key=lambda it: (PRIORITY.get(pick(it.actors, prefer, date).kind, 3),
                                          it.end - it.start, -it.start))
        res = from_actor(text, pick(best.actors, prefer, date), date, "contains")
        if toks and toks[0][0] in LOCATIVE and pick(best.actors, prefer, date).kind in STATE_KINDS:
            res.sector, res.name = "CVL", None  # "in central Baghdad": the place, its people
        return res
    dem = owners[0] if owners else None
    if dem is not None:
        res = from_actor(text, dem.country, date, "demonym" if dem.kind == "demonym" else "plural")
        if dem.kind == "plural" or ntok > dem.end:  # "Afghans", "Iraqi towns": people, places
            res.sector, res.name = "CVL", None
        return res
    return None


def _family_name(reg: Registry, toks: list, items: list[Item]) -> bool:
    """The mention ends in a title or agent word that is also a family name ('King', 'Bishop')
    right after a capitalised word nothing else explains: a given name ('Jaime King')."""
    last = max(items, key=lambda it: it.end)
    if last.kind not in ("title", "agent") or last.end != len(toks) or last.end - last.start != 1 \
            or toks[last.start][0] not in reg.title_surnames or last.start == 0:
        return False
    low, orig = toks[last.start - 1]
    covered = any(it.start <= last.start - 1 < it.end for it in items)
    return not covered and orig[:1].isupper() and low not in reg.honorifics and low not in reg.former


def _head(roles: list[Item]) -> Item:
    """The role word that gives the sector: the first ('militant commanders' REB, 'police
    officials' COP), but a leading government word yields to the armed force it qualifies
    ('government forces' MIL, 'government militias' PRM; 'official newspaper' stays GOV)."""
    roles = sorted(roles, key=lambda it: it.start)
    head = roles[0]
    if len(roles) > 1 and head.kind == "agent" and head.sector == "GOV" \
            and roles[1].kind == "agent" and roles[1].sector in FORCES:
        return roles[1]
    return head


def _kin(items: list[Item], date) -> Optional[str]:
    kin = next((it.country for it in items if it.kind == "people" and it.country is not None), None)
    role = kin.role_at(date) if kin is not None else None
    return role.country if role else None


def _people(items, named, owners, toks, prefer, date) -> Optional[tuple]:
    """An ethnic or religious group, or a plural demonym with a place ('Kurds in Syria',
    'Albanians of southern Serbia', 'Iraqi Kurds'): (place item or None,). None when the
    mention is something else, e.g. a name we do not know ('Muslim League': capitals)."""
    groups = [it for it in items if it.kind == "people"]
    plurals = [it for it in owners if it.kind == "plural"]
    places = [it for it in named if pick(it.actors, prefer, date).kind in STATE_KINDS]
    if len(places) != len(named):
        return None
    if not groups and not (plurals and places):
        return None
    covered = {i for it in items for i in range(it.start, it.end)}
    if any(o[:1].isupper() for i, (_, o) in enumerate(toks) if i and i not in covered):
        return None
    where = places or [it for it in owners if it.kind in ("demonym", "plural")]
    return (where[0] if where else None,)


def _of_people(text: str, people: tuple, kin: Optional[str], date) -> Resolution:
    (where,) = people
    if where is None:  # "Kurds", "ethnic Albanians": where they live comes from the context
        return Resolution(text, sector="CVL", method="bare", kin=kin)
    actor = where.country if where.country is not None else where.actors[0]
    role = actor.role_at(date)
    if role is None:
        return Resolution(text, sector="CVL", method="bare", kin=kin)
    return Resolution(text, None, role.country, "CVL", None, True, "people")


def _owner_country(owner: Item, date, prefer) -> Optional[str]:
    actor = owner.country if owner.country is not None else pick(owner.actors, prefer, date)
    role = actor.role_at(date)
    return role.country if role else None


def _with_owner(reg: Registry, text, owner: Item, head: Item, date, former, prefer,
                keep_sector: bool = False) -> Resolution:
    actor = owner.country if owner.country is not None else pick(owner.actors, prefer, date)
    role = actor.role_at(date)
    if role is None:
        return Resolution(text, method="owner")
    statelike = owner.kind in ("demonym", "plural") or actor.kind in STATE_KINDS \
        or role.sector == "GOV"
    if not statelike:  # TTP militants, JUI leaders: the group's own sector
        return Resolution(text, actor.name, role.country, role.sector, actor.wikidata, True, "owner")
    if former:
        sector = head.sector if keep_sector else "ELI"
        return of_state(text, actor, role.country, sector, "owner")
    if head.kind == "title" and role.country in reg.countries:
        holder = reg.office_holder(role.country, head.office, date)
        if holder is not None:
            return from_actor(text, holder, date, "title")
        return of_state(text, actor, role.country, head.sector, "title")
    sector = head.sector
    if sector == "REB" and actor.kind not in STATE_KINDS and owner.kind == "actor":
        sector = "MIL"  # "Taliban fighters" once the Taliban govern: their forces
        return Resolution(text, actor.name, role.country, sector, None, True, "agent")
    return of_state(text, actor, role.country, sector, "agent")
