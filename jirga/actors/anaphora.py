"""Mentions that point back into the document: reciprocal group nouns ('the two sides'),
possessive pronoun heads ('its security agencies'), anaphoric group nouns ('the group') and
place names used as actors ('Quetta').

All take ``before``, the document text up to the mention (nearest context last), and return
a ``Resolution`` or None (then the mention stays as the other rules left it).

- *Reciprocals* ('the two sides', 'both countries', 'the two neighbours'; 'the three sides'):
  the N parties most named before the mention (states; for 'sides'/'delegations'/'leaders'
  also named non-state actors such as the TTP), nearest first. An ActorRef holds one actor:
  the mention resolves to the first party not in ``taken`` (the parties the event's other
  mentions already resolved to), so 'the two countries should cooperate' as actor and
  recipient gives Pakistan and Afghanistan. A state party is its government (GOV, named).
- *Possessives* ('its members', 'his guards', 'its own security'): 'its'/'their' -> the
  nearest named organisation, group or state before the mention in its sentence or the one
  before; 'his'/'her' -> the nearest named person, else the owner of the nearest title
  ('Pakistan's head of mission ... his guards' -> Pakistan). The head noun gives the sector
  (a state owner: 'its security agencies' -> STATE COP; a group owner keeps its own sector);
  membership words ('its members', 'its fighters' of a group) are the possessor itself.
- *Anaphoric group nouns* ('the group', 'these groups', 'the militant group', 'the
  organisation'; as owners, "the group's leaders" is the group's, as 'its leaders' is): a definite or demonstrative determiner is required (in the mention or just
  before it: 'no individual, group or party' is not anaphoric); the nearest named armed group
  or organisation before the mention, preferring actors not governing on the date ('the group'
  in a Pakistani story about the TTP and the governing Taliban is the TTP).
- *Places* ('Quetta', 'North Waziristan'): a capitalised name the registry does not know but the
  gazetteer does is the place's local population/authorities: its country, sector CVL, no name;
  a first-order province or state ('Tamil Nadu', 'Sindh') acts through its government: GOV.
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from jirga.actors.combine import Resolution, from_actor, of_state
from jirga.actors.lookup import resolve_free
from jirga.actors.mention import Item, pick, tag
from jirga.actors.registry import STATE_KINDS, Registry
from jirga.actors.text import tokens
from jirga.tokens import RECIPROCAL

_NUM = {"two": 2, "both": 2, "three": 3, "all three": 3, "the three": 3, "four": 4, "all four": 4}
STATE_ONLY = {"countries", "nations", "neighbours", "neighbors", "governments", "states", "capitals",
              "armies", "militaries"}
HEAD_SECTOR = {"armies": "MIL", "militaries": "MIL"}
# 'the two sides' forces': what the sides own gives the sector
OWNED_SECTOR = {"forces": "MIL", "troops": "MIL", "soldiers": "MIL", "guards": "MIL", "border guards": "MIL",
                "security forces": "MIL"}
POSSESSIVE = re.compile(r"^(its|his|her|their)\s+(?:own\s+)?(.+)$", re.I)
MEMBERS = {"members", "member", "ranks", "cadres", "affiliates", "loyalists", "men", "fighters",
           "militants", "followers", "leadership", "leaders", "leader", "commanders"}
HEAD_ALIAS = {"security": "security forces", "security apparatus": "security forces",
              "forces": "security forces"}
PERSON_WORDS = {"envoy", "ambassador", "minister", "president", "premier", "spokesman", "spokeswoman",
                "spokesperson", "official", "diplomat", "commander", "general", "chief", "head",
                "leader", "governor", "mayor", "king", "emir", "cleric", "judge", "officer",
                "consul", "representative", "negotiator", "secretary", "lawmaker", "senator"}
GROUP = re.compile(r"^(?:(the|this|that|these|those)\s+)?(?:(militant|armed|terrorist|insurgent|jihadist|"
                   r"banned|outlawed|extremist|rebel|separatist|proscribed|political|religious)\s+)?"
                   r"(group|groups|organisation|organisations|organization|organizations|outfit|"
                   r"outfits|network|movement|party)$", re.I)
# "the group's leaders", "the militant outfit's fighters": an anaphoric group noun as owner
GROUP_OWNER = re.compile(r"^(.+?)['’]s?\s+(.+)$")
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
DEFINITE = {"the", "this", "that", "these", "those"}
ARMED = {"militant", "armed", "terrorist", "insurgent", "jihadist", "banned", "outlawed",
         "extremist", "rebel", "separatist", "proscribed"}
GROUP_KINDS = {"armed_group", "org", "ngo", "party", "group"}
_SENT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def _group_owner(t: str, bare: bool = False):
    """(group match, owned head) of "the group's leaders", else None. ``bare``: also "group's
    leaders", a span whose article was trimmed off (``_group`` then reads it before the span)."""
    m = GROUP_OWNER.match(t)
    g = GROUP.match(m.group(1)) if m else None
    return (g, m.group(2)) if g and (g.group(1) or bare) else None


def is_anaphor(text: str) -> bool:
    t = " ".join(text.split())
    return bool(RECIPROCAL.match(t) or POSSESSIVE.match(t) or GROUP.match(t) or _group_owner(t, bare=True))


def recent(before: str, limit: int) -> str:
    """The last ``limit`` characters of ``before``, starting at a word. A reference reaches
    back a few paragraphs (the read_back setting): reading the whole preceding text for
    every mention would make long documents quadratic."""
    if len(before) <= limit:
        return before
    cut = before[-limit:]
    return cut[cut.find(" ") + 1:]


def resolve_anaphor(reg: Registry, text: str, day, before: str,
                    taken: Sequence[tuple] = (), opposite: Sequence[tuple] = ()) -> Optional[Resolution]:
    """A reciprocal, possessive or anaphoric group mention resolved from ``before``;
    ``opposite``: parties of the event's other side, which a possessive does not point to."""
    before = recent(before, reg.read_back)
    t = " ".join(text.split())
    m = RECIPROCAL.match(t)
    if m:
        return _reciprocal(reg, text, day, before, m, taken)
    m = POSSESSIVE.match(t)
    if m:
        own = re.match(r"^\S+\s+own\b", t, re.I) is not None
        # 'his'/'her' is most often the doer's own ('Trump criticised his secretary'); the
        # other side's soldiers are 'its' or 'their' ('the TTP killed seven of its soldiers')
        person = m.group(1).lower() in ("his", "her")
        return _possessive(reg, text, day, before, m.group(1).lower(), m.group(2),
                           () if own or person else opposite)
    m = GROUP.match(t)
    if m:
        return _group(reg, text, day, before, m)
    owned = _group_owner(t, bare=True)
    if owned:
        owner = _group(reg, text, day, before, owned[0])
        return _owned(reg, text, day, owner, " ".join(owned[1].lower().split())) if owner else None
    return None


# -- reciprocals ----------------------------------------------------------------------------------
def _party(reg: Registry, it: Item, day, states_only: bool) -> Optional[tuple]:
    """('state', code) or ('actor', name) a tagged item stands for as a side, or None."""
    if it.kind in ("demonym", "plural"):
        role = it.country.roles[0]
        return ("state", role.country)
    if it.kind != "actor":
        return None
    homes = {r.country for r in (a.role_at(day) for a in it.actors) if r is not None}
    if len(homes) > 1:
        return None    # an alias of several states' bodies ('the foreign office') names no side
    actor = pick(it.actors, None, day)
    role = actor.role_at(day)
    if role is None or actor.kind in ("media", "igo", "ngo"):
        return None
    if role.country in reg.states and (actor.kind in STATE_KINDS or role.sector in STATE_SECTORS):
        return ("state", role.country)
    if states_only or actor.kind == "person":
        return None
    return ("actor", actor.name)


PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "to", "into"})


def parties(reg: Registry, before: str, day, states_only: bool = False) -> tuple[list, dict]:
    """Parties named in ``before``, most named first, ties broken by nearness (nearest first);
    and the token position where each was last named."""
    count: dict[tuple, int] = {}
    last: dict[tuple, int] = {}
    low = [t for t, _ in tokens(before)]
    for it in tag(reg, before):
        if it.kind == "actor" and it.start and low[it.start - 1] in PLACE_PREPS:
            continue  # "met in Doha": the venue is not a side
        p = _party(reg, it, day, states_only)
        if p is not None:
            count[p] = count.get(p, 0) + 1
            last[p] = it.start
    return sorted(count, key=lambda p: (-count[p], -last[p])), last


def _reciprocal(reg, text, day, before, m, taken) -> Optional[Resolution]:
    n, noun = _NUM[m.group(1).lower()], m.group(2).lower()
    ranked, last = parties(reg, before, day, noun in STATE_ONLY)
    top = sorted(ranked[:n], key=lambda p: -last[p])  # the N most named, nearest first
    if not top:
        return None
    free = [p for p in top if p not in set(taken)] or top
    kind, key = free[0]
    sector = HEAD_SECTOR.get(noun, "GOV")
    if m.group(3):
        sector = OWNED_SECTOR.get(m.group(3).lower(), sector)
    if kind == "state":
        return of_state(text, reg.states.get(key), key, sector, "reciprocal")
    return from_actor(text, reg.lookup(key), day, "reciprocal")


def story_side(reg: Registry, text: str, day, before: str, pair: Sequence[tuple],
               taken: Sequence[tuple] = ()) -> Optional[Resolution]:
    """'the two sides', 'both delegations' in a story whose events so far pair two parties
    most often (``pair``): those two, whatever else the text before names ('talks on the
    threat of the TTP and ISIS ... the two sides agreed': the TTP is talked about, no side).
    The side named nearest first, then the one not ``taken``."""
    m = RECIPROCAL.match(" ".join(text.split()))
    if m is None or _NUM[m.group(1).lower()] != 2 or len(pair) != 2:
        return None
    _, last = parties(reg, recent(before, reg.read_back), day)
    top = sorted(pair, key=lambda p: -last.get(p, -1))
    kind, key = ([p for p in top if p not in set(taken)] or top)[0]
    if kind == "state":
        sector = OWNED_SECTOR.get((m.group(3) or "").lower(), HEAD_SECTOR.get(m.group(2).lower(), "GOV"))
        return of_state(text, reg.states.get(key), key, sector, "reciprocal")
    return from_actor(text, reg.lookup(key), day, "reciprocal")


def party_of(reg: Registry, res: Resolution) -> Optional[tuple]:
    """The party key of a resolved mention (for ``taken``): its state, or the non-state actor."""
    if not res.resolved or res.country is None:
        return None
    actor = reg.lookup(res.name) if res.name else None
    if actor is None or actor.kind in STATE_KINDS or res.sector in STATE_SECTORS:
        return ("state", res.country) if res.country in reg.states else None
    return ("actor", actor.name)


# -- possessives ----------------------------------------------------------------------------------
def _window(before: str) -> str:
    """The sentence up to the mention and the sentence before it."""
    parts = _SENT.split(before)
    return " ".join(parts[-2:])


def _possessors(reg: Registry, pron: str, before: str, day):
    """Candidate possessors, nearest first."""
    window = _window(before)
    items = tag(reg, window)
    for it in reversed(items):
        if it.kind == "actor":
            actor = pick(it.actors, None, day)
            person = actor.kind == "person"
            if actor.kind == "media" or person != (pron in ("his", "her")):
                continue
            yield from_actor(actor.name, actor, day, "possessor")
        if it.kind in ("demonym", "plural") and pron in ("its", "their"):
            yield from_actor(it.country.name, it.country, day, "possessor")
    if pron not in ("his", "her"):
        return
    low = [t for t, _ in tokens(window)]
    for it in reversed(items):  # the owner of the nearest title: "Pakistan's head of mission"
        if it.kind != "title" and not (it.kind == "agent" and low[it.end - 1] in PERSON_WORDS):
            continue
        owners = [o for o in items if o.kind in ("actor", "demonym", "plural")
                  and (it.start - 3 <= o.end <= it.start or it.end <= o.start <= it.end + 2)]
        owners.sort(key=lambda o: (o.start > it.start, abs(o.start - it.start)))
        for o in owners:
            actor = o.country if o.country is not None else pick(o.actors, None, day)
            if actor.kind != "person":
                yield from_actor(actor.name, actor, day, "possessor")
                return
        return


def _possessive(reg, text, day, before, pron, head, opposite=()) -> Optional[Resolution]:
    """The nearest possessor that can own the head ('its members': not a state), not of the
    event's other side: 'the TTP had killed seven of its soldiers' are not the TTP's ('its
    own' may be)."""
    head = " ".join(head.lower().split())
    for owner in _possessors(reg, pron, before, day):
        if owner.resolved and (not opposite or party_of(reg, owner) not in opposite):
            out = _owned(reg, text, day, owner, head)
            if out is not None:
                return out
    return None


def _owned(reg, text, day, owner: Resolution, head: str) -> Optional[Resolution]:
    actor = reg.lookup(owner.name)
    statelike = actor is not None and (actor.kind in STATE_KINDS or owner.sector == "GOV")
    if head in MEMBERS and not statelike and actor is not None and actor.kind != "person":
        return from_actor(text, actor, day, "possessive")  # "its members": the group itself
    r = resolve_free(reg, HEAD_ALIAS.get(head, head), day)
    if r.method == "bare" and r.sector:
        if not statelike and actor is not None and actor.kind != "person":
            return from_actor(text, actor, day, "possessive")  # a group keeps its own sector
        if r.office and owner.country:
            holder = reg.office_holder(owner.country, r.office, day)
            if holder is not None:
                return from_actor(text, holder, day, "possessive")
        return of_state(text, reg.states.get(owner.country), owner.country, r.sector, "possessive")
    if r.resolved:
        r.text = text
        return r
    return None


# -- anaphoric group nouns -------------------------------------------------------------------------
def _group(reg, text, day, before, m) -> Optional[Resolution]:
    det, mod, noun = (g.lower() if g else None for g in m.groups())
    if det is None:
        prev = tokens(before[-20:])
        if not prev or prev[-1][0] not in DEFINITE:
            return None
    kinds = {"party"} if noun == "party" else GROUP_KINDS | ({"igo"} if noun.startswith("organi") else set())
    found = []
    for it in tag(reg, before):
        if it.kind != "actor":
            continue
        actor = pick(it.actors, None, day)
        role = actor.role_at(day)
        if actor.kind in kinds and role is not None:
            found.append((actor, role))
    if not found:
        return None
    prefer = [a for a, r in found if r.sector != "GOV"]
    if mod in ARMED:
        prefer = [a for a, r in found if r.sector in ("REB", "PRM", "UAF")] or prefer
    actor = (prefer or [a for a, _ in found])[-1]
    return from_actor(text, actor, day, "anaphor")


# -- places ------------------------------------------------------------------------------------
def looks_like_name(text: str) -> bool:
    toks = tokens(text)
    return 0 < len(toks) <= 4 and all(o[:1].isupper() for _, o in toks) and not text.isupper()


def _place_of(lookup: Callable[[str], list], text: str, prefer: Sequence[str] = ()):
    """The most prominent populated place or district called ``text``; a place in a context
    country (``prefer``) wins; none when it is a province's name that provinces of three
    states or more share and the context prefers none of them ('Centre', 'Eastern')."""
    cands = [e for e in lookup(text) if e.country and not e.is_country
             and (e.curated or e.population > 0 or e.feature_code.startswith("ADM") or e.country in prefer)]
    if not cands:
        return None
    for e in cands:
        if e.country in prefer:
            return e
    regions = {e.country for e in cands if e.feature_code == "ADM1"}
    return cands[0] if cands[0].feature_code != "ADM1" or len(regions) < 3 else None


def place_country(lookup: Callable[[str], list], text: str, prefer: Sequence[str] = ()) -> Optional[str]:
    """Country of the place ``_place_of`` picks."""
    e = _place_of(lookup, text, prefer)
    return e.country if e is not None else None


def resolve_place(text: str, lookup: Callable[[str], list], prefer: Sequence[str] = ()) -> Optional[Resolution]:
    """A place name as a party: a province or state ('Tamil Nadu moved the court', 'Punjab
    announced a curfew') acts through its government (GOV); a town, or a province named as
    its big city ('Tel Aviv'), stands for its people."""
    if not looks_like_name(text):
        return None
    e = _place_of(lookup, text, prefer)
    if e is None:
        return None
    return Resolution(text, None, e.country, "GOV" if _province(e, lookup(text)) else "CVL", None, True, "place")


CITY = 100_000      # people in a town big enough to be what its province's name means


def _province(e, cands) -> bool:
    """A first-order division whose name is no big town of its state too ('Tel Aviv', 'Lagos'
    are cities first)."""
    return e.feature_code == "ADM1" and not any(
        c.country == e.country and c.feature_code.startswith("PPL") and c.population >= CITY for c in cands)
