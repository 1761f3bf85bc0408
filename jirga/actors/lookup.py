"""Resolution of a mention from its own words, without context: aliases, the
transliteration skeleton, tagged words, fuzzy matching. Memoised per text and day.
Both the resolver and the anaphora rules build on it."""
from __future__ import annotations

import dataclasses
from typing import Optional

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from jirga.actors.combine import Resolution, decide, from_actor
from jirga.actors.mention import strip_honorifics, tag
from jirga.actors.registry import Actor, Registry
from jirga.actors.text import ANY_CASE, case_ok, drop_parens, norm, skeleton, tokens
from jirga.periods import middle

FUZZY_MIN_LEN = 5


def _fuzzy(reg: Registry, key: str, cutoff: float) -> Optional[Actor]:
    if len(key) < FUZZY_MIN_LEN or len(key) > 80:
        return None
    choices = reg.cache.get("fuzzy.choices")
    if choices is None:
        # acronyms and everyday words need their case: never matched loosely
        choices = [k for k, bucket in reg.aliases.items() if len(k) >= FUZZY_MIN_LEN
                   and any(rule == ANY_CASE for _, rule in bucket)]
        reg.cache["fuzzy.choices"] = choices
    hit = rf_process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit is None or hit[0][0] != key[0]:
        return None
    return next(a for a, rule in reg.aliases[hit[0]] if rule == ANY_CASE)


def resolve_free(reg: Registry, text: str, date=None) -> Resolution:
    """Resolution from the mention alone (no context); memoised per (text, day)."""
    day = middle(date)
    memo = reg.cache.setdefault("free", {})
    hit = memo.get((text, day))
    if hit is None:
        hit = _resolve_free(reg, text, day)
        if len(memo) > 200_000:
            memo.clear()
        memo[(text, day)] = hit
    return dataclasses.replace(hit)


def _resolve_free(reg: Registry, text: str, day) -> Resolution:
    bare = drop_parens(text) or text
    keys = list(dict.fromkeys([norm(text), norm(bare)]))
    keys += [k for k in (strip_honorifics(reg, k) for k in keys) if k not in keys]
    keys = [k for k in keys if k]
    if not keys:
        return Resolution(text)
    for k in keys:
        cands = [a for a, rule in reg.aliases.get(k, ()) if _case(rule, text, k)]
        if cands:
            return from_actor(text, cands[0], day, "exact")
    part = _part_of_state(reg, keys[0], text, day)
    if part is not None:
        return part
    tagged = tag(reg, bare)
    ntok = len(tokens(bare))
    if any(it.kind != "actor" for it in tagged):  # "Pakistan's foreign minister", "Romanian"
        return decide(reg, text, tagged, day, ntok=ntok) or Resolution(text)
    for k in keys:
        sk = skeleton(k)
        if len(sk) >= 6 and len(reg.skeletons.get(sk, ())) == 1 and _spelled_alike(k, reg.skeletons[sk][0], sk):
            return from_actor(text, reg.skeletons[sk][0], day, "skeleton")
    if not tagged:
        actor = _fuzzy(reg, keys[-1], reg.fuzzy_strict)
        if actor is not None:
            return from_actor(text, actor, day, "fuzzy")
    res = decide(reg, text, tagged, day, ntok=ntok)
    if res is not None and (res.resolved or res.sector):
        return res
    actor = _fuzzy(reg, keys[-1], reg.fuzzy_loose)
    if actor is not None:
        return from_actor(text, actor, day, "fuzzy")
    return res or Resolution(text)


def _spelled_alike(key: str, actor, sk: str) -> bool:
    """A spelling variant keeps its words' first letters: 'UN peackeepers' is 'UN
    peacekeepers', while 'Sanaa airport' only shares its consonants with 'Saenuri Party'.
    Words joined or split otherwise ('Fazl-ur-Rahman') are not compared."""
    words = key.split()
    for alias in [actor.name, *actor.aliases]:
        k = norm(alias)
        if skeleton(k) == sk and (len(k.split()) != len(words)
                                  or all(a[0] == b[0] for a, b in zip(k.split(), words))):
            return True
    return False


def _part_of_state(reg: Registry, key: str, text: str, day) -> Optional[Resolution]:
    """'northern Syria', 'southeastern Turkey': a part of a state (``parts`` words before a
    state's name) is the people and places there, CVL, not the government."""
    words = key.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in reg.parts:
            rest = " ".join(words[n:])
            state = next((a for a, rule in reg.aliases.get(rest, ()) if a.kind == "state"), None)
            if state is not None and state.roles:
                return Resolution(text, None, state.roles[0].country, "CVL", None, True, "part-of-state")
    return None


def _case(rule: str, text: str, key: str) -> bool:
    if rule == ANY_CASE:
        return True
    words = key.split()
    return case_ok(rule, key, [o for t, o in tokens(text) if t in words])
