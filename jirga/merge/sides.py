"""Who: whether two reports' actors tell one event (``side_agreement``), by name, registry
entry, country and sector, with the ways outlets name one event's parties differently."""
from __future__ import annotations

import functools
from collections import defaultdict

from jirga.merge.when_where import local_day
from jirga.model import NAME_KEY, ORG_KEY, Report

SYMMETRIC = frozenset({"CONSULT"})   # A meeting B is B meeting A: reports name either side first
# In a clash each side fires and is hit: "a soldier was wounded" and "the troops opened fire"
# may tell one exchange from its two ends. Read either way round only when each report names
# one side, opposite ones, by the very same actor key (a report naming both sides keeps its
# direction: an attack and its reprisal are two events).
ONE_SIDED_MUTUAL = frozenset({"ASSAULT"})
# Acts done at a place, seen from one end or the other ("the crossing was shut" by Pakistan,
# "traders stranded as Torkham shut"): one town on one day ties two reports whose sides
# neither agree nor conflict (``clusters._placed``).
PLACE_BOUND = frozenset({"ASSAULT", "SANCTION", "COERCE"})
# Acts a report may tell without their parties and still name by town and day ("Sunday's
# bombing in Bajaur", "the march in Khost on Saturday"): a town seldom sees two on one day
# (``clusters._placed_vague``).
PLACED_VAGUE = frozenset({"ASSAULT", "PROTEST"})


def same_dyad(a: Report, b: Report) -> bool:
    """The two reports' actors agree: no side conflicts and at least one agrees
    (``side_agreement``; "Rehman met Akhund" and "Rehman met Akhund and Pakistani
    officials" are one meeting, Rehman's visit and Haq's are two)."""
    return (side_agreement(a, b) or 0) >= 1


def _named(keys: frozenset) -> frozenset:
    return frozenset(k for k in keys if k.startswith(NAME_KEY))


def _people(keys: frozenset) -> frozenset:
    return frozenset(k for k in keys if k.startswith(NAME_KEY) and not k.startswith(ORG_KEY))


def _others(x: frozenset, y: frozenset, one_force: bool = False) -> bool:
    """Both sides name a person (or both an organisation) and no name of one is a name of
    the other; a name whose words hold the other's is the same ("=maulana sher zaman
    qasmi" and "=sher zaman qasmi", as unresolved names are written in full or in part).
    A person and an organisation never tell two reports apart: a minister speaks for
    the government, a commander for the group. With ``one_force`` (both sides a state's
    forces of one country and sector: ``_forces``) organisations are not compared."""
    for orgs in ((False,) if one_force else (False, True)):
        wx = [_words(k) for k in x if k.startswith(ORG_KEY) == orgs]
        wy = [_words(k) for k in y if k.startswith(ORG_KEY) == orgs]
        if wx and wy and not any(a <= b or b <= a for a in wx for b in wy):
            return True
    return False


def _same(x: frozenset, y: frozenset) -> bool:
    """A name of one is a name of the other (as ``_others`` compares them)."""
    return any(a <= b or b <= a for a in map(_words, x) for b in map(_words, y))


@functools.lru_cache(maxsize=4096)
def _words(key: str) -> frozenset:
    return frozenset(key.removeprefix(ORG_KEY).removeprefix(NAME_KEY).lower().split())


# -- sides compared by country: how reports of one event differ most ------------------------
# Reports of one attack call its victims "civilians", "people", "soldiers" or "border posts";
# of one visit, the guest "Pakistan", "a Pakistani delegation" or "the minister". So two
# sides of one country agree unless both give a specific sector and these differ; the state
# as a whole (GOV) and people in general (CVL) are not specific.
GENERIC_SECTORS = frozenset({"GOV", "CVL"})
# Of a use of force, outlets name unknown attackers as they see them: the same men are
# "gunmen", "militants", "insurgents" or "terrorists". In force events two sectors of this
# family on the acting side do not tell reports apart (but do not tie them either). The
# state's forces are named by their institution (police and army making arrests the same day
# are two operations), and who was hit still tells attacks apart (police or soldiers).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
SECTOR_FAMILIES = (frozenset({"REB", "UAF", "INS", "CRM"}),)


# A state's forces are one actor to event-data users, who count them by country and sector:
# outlets credit one strike to "the army", "the air force" or "the ISPR" (its media wing),
# one raid to "the police" or its counter-terrorism department. Two named bodies of these
# sectors, of one country and sector, do not tell reports apart; two parties, armed groups,
# ministries or companies still do.
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})


@functools.lru_cache(maxsize=4096)
def _forces(x: frozenset) -> frozenset:
    """The (country, sector) pairs of a side whose codes are all ``STATE_FORCES``, else none."""
    pairs = frozenset((c, s) for c, sectors in _codes(x).items() for s in sectors)
    return pairs if all(s in STATE_FORCES for _, s in pairs) else frozenset()


def _unnamed_armed(x: frozenset) -> bool:
    """Armed men named by no name, only by what they are ("gunmen", "militants"): a side of
    codes of the ``SECTOR_FAMILIES`` only. Their country is only the place's (or the
    story's): the reports of one attack credit it to "militants" of the place in one report
    and to a group of another country (Islamic State's "IMG", an Afghan group) in another."""
    if _named(x):
        return False
    sectors = _sectors(x)
    return bool(sectors) and any(sectors <= family for family in SECTOR_FAMILIES)


@functools.lru_cache(maxsize=256)
def _kin(sectors: frozenset) -> frozenset:
    """``sectors`` with every sector of their families."""
    out = set(sectors)
    for family in SECTOR_FAMILIES:
        if sectors & family:
            out |= family
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _codes(keys: frozenset) -> dict[str, frozenset[str]]:
    """Country -> sectors of a side's code keys ("PAK GOV")."""
    out: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        country, _, sector = k.partition(" ")
        if len(country) == 3 and country.isupper() and sector.isupper() and len(sector) == 3:
            out[country].add(sector)
    return {c: frozenset(v) for c, v in out.items()}


def _side(x: frozenset, y: frozenset, force: bool = False, strict: bool = False) -> int | None:
    """How two reports' actors in one role compare: 1 they agree (a key or a country in
    common, no specific sector against another; the state or people at large, GOV or CVL,
    against a named group of another sector tie nothing), 0 nothing to compare (a side empty or
    without codes; with ``force``, sectors of one of the ``SECTOR_FAMILIES``: they do not
    conflict, yet "militants" and "gunmen" are too loose to tie two attacks alone; in any
    role and act, unnamed armed men and an armed group of another country, since the
    men's country is only the place's: ``_unnamed_armed``), None they conflict
    (different named actors, countries or sectors; with ``strict``, armed men of two
    countries too)."""
    if not x or not y:
        return 0
    nx, ny = _named(x), _named(y)
    if nx and ny and _others(nx, ny, bool(_forces(x) & _forces(y))):
        return None
    if x & y:
        return 1
    cx, cy = _codes(x), _codes(y)
    if not cx or not cy:
        return 0
    shared = cx.keys() & cy.keys()
    if not shared:
        if not strict and (_unnamed_armed(x) and _kin(_sectors(y)) & _sectors(x)
                           or _unnamed_armed(y) and _kin(_sectors(x)) & _sectors(y)):
            return 0    # unnamed armed men of the place, a named group of its own country
        return None
    kin = False
    for country in shared:
        sx, sy = cx[country] - GENERIC_SECTORS, cy[country] - GENERIC_SECTORS
        if sx & sy or not sx and not sy:
            return 1
        if not sx or not sy:
            if _named(y if not sx else x):
                kin = True      # 'civilians' or 'Pakistan' against a named group: no tie
                continue
            return 1
        kin = kin or force and bool(_kin(sx) & sy)
        # a named person against a named organisation: the sectors are theirs, and a cleric
        # who leads a party is as much the seminary's as the party's
        kin = kin or _person_and_org(nx, ny)
    return 0 if kin else None


def _person_and_org(nx: frozenset, ny: frozenset) -> bool:
    """One side names people only, the other organisations only."""
    px, py = _people(nx), _people(ny)
    return bool(nx and ny) and ((px == nx and not py) or (py == ny and not px))


@functools.lru_cache(maxsize=4096)
def _sectors(x: frozenset) -> frozenset:
    return frozenset(s for v in _codes(x).values() for s in v)


def _sides(a_src, a_tgt, b_src, b_tgt, force: bool = False, strict: bool = False) -> int | None:
    src, tgt = _side(a_src, b_src, force, strict), _side(a_tgt, b_tgt, strict=strict)   # families: the acting side only
    if src is None or tgt is None:
        return None
    if src == 0 and tgt == 1 and a_src and b_src and _side(a_src, b_src, strict=True) is None \
            and (not a_tgt & b_tgt or not _codes(a_src).keys() & _codes(b_src).keys()):
        # loosely named attackers and victims alike only as "people", or attackers not even
        # of one country: too little (one town on one day may still tie them: ``_placed``)
        return 0
    return src + tgt


def side_agreement(a: Report, b: Report) -> int | None:
    """The sides two reports agree on (0-2), None when a side conflicts; meetings either
    way round, the better of the two. A meeting read the other way round must then share
    a named person, if the straight reading names two different people on one side: a
    report that puts everyone on one side cannot tie one cleric's visit to another's."""
    straight = _sides(a.actors, a.recipients, b.actors, b.recipients, a.event_type in FORCE_TYPES)
    if straight == 0:
        straight = _joint(a, b) or straight
    if a.event_type in ONE_SIDED_MUTUAL:
        return _one_sided(a, b, straight)
    if a.event_type not in SYMMETRIC:
        return straight
    crossed = _sides(a.actors, a.recipients, b.recipients, b.actors)
    if crossed is not None and (_others(_people(a.actors), _people(b.actors))
                                or _others(_people(a.recipients), _people(b.recipients))):
        if not (_same(_people(a.actors), _people(b.recipients))
                or _same(_people(a.recipients), _people(b.actors))):
            crossed = None
    if straight is None or (crossed is not None and crossed > straight):
        return crossed
    return straight


def _joint_side(r: Report) -> frozenset | None:
    """The parties of a joint act, told as one ("Pakistan and Afghanistan reopened the
    crossing", "Afghan and Pakistani forces clashed"): a side of two or more countries
    whose other side is empty; else None."""
    for side, other in ((r.actors, r.recipients), (r.recipients, r.actors)):
        if not other and len(_codes(side)) >= 2:
            return side
    return None


def _joint(a: Report, b: Report) -> int:
    """1 when one report tells a joint act and every side the other names is one of its
    parties, by a key in common: "Pakistan and Afghanistan reopened Torkham" and "the
    crossing with Afghanistan was reopened" (or "Pakistan reopened it with Kabul"): who did
    it to whom is how a sentence put it, not the event; else 0. Read so loosely (any party
    in any role) only by the very same actors ("civilians" of a country are no party to its
    forces' clash) and between two reports dated to the day: a month holds many acts of
    either party."""
    if len(a.date or "") != 10 or len(b.date or "") != 10:
        return 0
    force = a.event_type in FORCE_TYPES
    for j, r in ((a, b), (b, a)):
        parties = _joint_side(j)
        if parties is None or _joint_side(r) is not None:
            continue
        sides = [side for side in (r.actors, r.recipients) if side]
        if all(side & parties and _side(side, parties, force) == 1 for side in sides):
            return 1
    return 0


# Who was hit is what sources of one strike dispute most: "eight women and children" say the
# victims' side, "militant hideouts" the attackers'. Victims called civilians by one report and
# armed men by another do not tell two attacks apart when the attackers agree.
CONTESTED_VICTIMS = (frozenset({"CVL"}), frozenset({"REB", "UAF"}))


def _contested(x: frozenset, y: frozenset) -> bool:
    """One side only civilians, the other only armed groups (``CONTESTED_VICTIMS``), unnamed."""
    if _named(x) or _named(y):
        return False
    sx, sy = _sectors(x), _sectors(y)
    civil, armed = CONTESTED_VICTIMS
    return bool(sx and sy) and (sx <= civil and sy <= armed or sy <= civil and sx <= armed)


def _one_sided(a: Report, b: Report, straight: int | None) -> int | None:
    """``straight``; 1 when the attackers agree and the victims are ``_contested``, or the
    victims are the same and the attackers disputed at one town on one day, or a clash is
    told the opposite way round (``_exchange``); or 1 when it links nothing and one
    report's only side is the other's opposite side, by the same key (``ONE_SIDED_MUTUAL``)."""
    if straight is None and _contested(a.recipients, b.recipients) \
            and _side(a.actors, b.actors, True) == 1:
        return 1
    if not straight and (_disputed_attackers(a, b) or _exchange(a, b)):
        return 1
    if straight or not (a.actors and b.recipients and not a.recipients and not b.actors
                        or a.recipients and b.actors and not a.actors and not b.recipients):
        return straight
    if a.actors & b.recipients or a.recipients & b.actors:
        return 1
    return straight


def _disputed_attackers(a: Report, b: Report) -> bool:
    """Who struck is what sources of one attack dispute most ("Islamic State said it carried
    out the bombing", "officials blamed the Pakistani Taliban"): two reports naming the very
    same victims (a key in common) at one town on the same day, told by the text, are one
    attack whoever each says did it."""
    return bool(a.actors and b.actors and a.recipients & b.recipients) \
        and _side(a.recipients, b.recipients) == 1 \
        and local_day(a) is not None and local_day(a) == local_day(b)


def _exchange(a: Report, b: Report) -> bool:
    """Who fired first is what each side of a cross-border clash disputes ("Afghan forces
    fired on our posts", "Pakistani troops fired on our guards"): two reports naming both
    sides the opposite way round, whom each says was hit the very one (a key in common) the
    other says fired, the attackers of different countries, at one town on the same day
    told by the text, are one exchange of fire. A strike that killed civilians and the
    troops' answer to it, or an attack and its answer within one country, stay two events."""
    if not (a.actors & b.recipients and a.recipients & b.actors):
        return False
    if local_day(a) is None or local_day(a) != local_day(b):
        return False
    return not _codes(a.actors).keys() & _codes(b.actors).keys() \
        and _sides(a.actors, a.recipients, b.recipients, b.actors) == 2
