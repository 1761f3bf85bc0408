"""Tagging the words of an actor mention with what the registry knows.

``tag`` splits a mention into items, longest alias first: named actors, demonyms ('Pakistani'),
plural demonyms ('Afghans'), titles ('foreign minister'), agent nouns ('border guards') and
'former' words. ``combine.decide`` turns the items into a resolution; ``context`` uses the
same tagging to count the countries named around a mention.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from jirga.actors.registry import Actor, Registry
from jirga.actors.text import case_ok, tokens


@dataclass(slots=True)
class Item:
    kind: str            # actor, demonym, plural, people, title, agent, former, region
    start: int
    end: int
    actors: tuple = ()   # candidates for kind=actor
    country: Optional[Actor] = None  # the state for demonym/plural (kin state for 'ethnic X')
    sector: Optional[str] = None     # agent/title sector (also set on actor items that are agent words)
    office: Optional[str] = None


def tag(reg: Registry, text: str) -> list[Item]:
    """Longest-first tagging of the mention's words with what the registry knows."""
    toks = tokens(text)
    low = [t for t, _ in toks]
    items, i = [], 0
    while i < len(low):
        for n in range(min(reg.reach.get(low[i], 0), len(low) - i), 0, -1):
            key = " ".join(low[i:i + n])
            item = lookup_ngram(reg, key, toks[i:i + n], i, i + n)
            if item is not None:
                items.append(item)
                i += n
                break
        else:
            i += 1
    return _ethnic(low, _split_titles(reg, low, _stances(low, _other_parties(toks, items))))


# words that, capitalised before a party's name, name another party: 'Christian Democrats',
# 'Social Democrats', 'New Democrats', 'Liberal Democratic Party' are not the US Democrats
PARTY_QUALIFIERS = frozenset({"christian", "social", "liberal", "new", "free", "national", "popular",
                              "progressive", "socialist", "radical", "united", "green", "islamic",
                              "conservative", "labour", "peoples", "people's"})


def _other_parties(toks, items: list[Item]) -> list[Item]:
    """Drop a party the mention names with a qualifier before it that no alias of the registry
    holds: 'Social Democrats' is some country's social democrats, not the Democrats."""
    taken = {k for it in items if it.kind != "people" for k in range(it.start, it.end)}   # 'Christian' is a people too
    out = []
    for it in items:
        k = it.start - 1
        if it.kind == "actor" and k >= 0 and k not in taken and all(a.kind == "party" for a in it.actors) \
                and toks[k][0] in PARTY_QUALIFIERS and toks[k][1][:1].isupper():
            out = [o for o in out if not (o.kind == "people" and o.end == it.start)]
            continue
        out.append(it)
    return out


STANCE = {"pro", "anti"}


def _stances(low: list[str], items: list[Item]) -> list[Item]:
    """'pro-Russian separatists', 'anti-government protesters', 'pro-Kremlin media': a word after
    'pro' or 'anti' says whom they side with, not whose they are; it is dropped."""
    return [it for it in items if not (it.start > 0 and low[it.start - 1] in STANCE)]


def _ethnic(low: list[str], items: list[Item]) -> list[Item]:
    """'ethnic Albanians': the demonym names a people living anywhere, not its state."""
    for it in items:
        if it.kind in ("demonym", "plural") and it.start > 0 and low[it.start - 1] == "ethnic":
            it.kind = "people"
    return items


def _split_titles(reg: Registry, low: list[str], items: list[Item]) -> list[Item]:
    """'Pakistan army chief': the greedy pass took 'Pakistan army' + 'chief'; when the tail of
    a name and the next word form a title ('army chief'), re-split as 'Pakistan' + title."""
    for k in range(len(items) - 1):
        a, b = items[k], items[k + 1]
        if a.kind != "actor" or b.kind != "agent" or b.start != a.end or a.end - a.start < 2:
            continue
        for cut in range(a.start + 1, a.end):
            title = " ".join(low[cut:b.end])
            head = " ".join(low[a.start:cut])
            if title in reg.titles:
                first = lookup_ngram(reg, head, [(t, t) for t in low[a.start:cut]], a.start, cut)
                office, sector = reg.titles[title]
                items[k + 1] = Item("title", cut, b.end, sector=sector, office=office)
                if first is None:
                    del items[k]
                else:
                    items[k] = first
                return items
    return items


def lookup_ngram(reg: Registry, key: str, toks, start: int, end: int) -> Optional[Item]:
    """The item for one n-gram (``key`` normalised, ``toks`` its (lower, original) tokens)."""
    if key in reg.regions:      # before names: 'East African troops', not the paper 'The East African'
        return Item("region", start, end)
    cands = [a for a, rule in reg.aliases.get(key, ()) if case_ok(rule, key, [o for _, o in toks])]
    if cands:
        return Item("actor", start, end, actors=tuple(cands), sector=reg.agents.get(key))
    if key in reg.titles:
        office, sector = reg.titles[key]
        return Item("title", start, end, sector=sector, office=office)
    if key in reg.agents:
        return Item("agent", start, end, sector=reg.agents[key])
    if key in reg.demonyms:
        return Item("demonym", start, end, country=reg.demonyms[key])
    if key in reg.plurals:
        return Item("plural", start, end, country=reg.plurals[key])
    if key in reg.peoples:
        return Item("people", start, end)
    if key in reg.former:
        return Item("former", start, end)
    return None


def pick(actors: Sequence[Actor], prefer: Optional[str], date) -> Actor:
    """Among actors sharing an alias, the one of the preferred (context) country, else the first."""
    if prefer and len(actors) > 1:
        for a in actors:
            role = a.role_at(date)
            if role and role.country == prefer:
                return a
    return actors[0]


def strip_honorifics(reg: Registry, key: str) -> str:
    """'maulana fazlur rehman' -> 'fazlur rehman' (at least one word is kept)."""
    words = key.split()
    while len(words) > 1:
        for n in (3, 2, 1):
            if " ".join(words[:n]) in reg.honorifics and len(words) > n:
                words = words[n:]
                break
        else:
            break
    return " ".join(words)
