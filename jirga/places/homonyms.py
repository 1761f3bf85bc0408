"""Context that tells homonyms apart, beyond prominence and the document's countries:
the towns a story names lie near each other ('Charleston' in a story that also names
Morgantown is the West Virginia town, not the larger one in South Carolina), and the
members of a list are of one kind ('Alaska, Hawaii, Florida and Washington' are states,
so Washington is the state, not the capital).

Both take the scorer of ``jirga.places.geoparse`` as an argument (``prior(m, c)``): a
reading's prominence for its mention, before the document is taken into account."""
from __future__ import annotations

import re
from typing import Callable

from jirga.places.gazetteer import Entry
from jirga.places.mentions import Mention
from jirga.places.names import haversine_km

REGION_CODES = {"OCN", "SEA", "RGN", "GULF", "PEN", "LK", "CONT", "STRT"}
# the pull of the document's other towns fades to nothing at NEAR_KM; it is worth at most
# NEAR_WEIGHT, about ten times a town's population (prominence is its log10)
NEAR_KM = 600
NEAR_WEIGHT = 3.0
# a town is an anchor when its main reading is this much more prominent than any reading
# elsewhere (ten times the population): 'Morgantown' is the West Virginia town
ANCHOR_MARGIN = 1.0
# 'A, B and C', 'A, B, or C': the text between two members of a list
_LIST_SEP = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*", re.I)
_LIST_MIN = 3    # two names joined by a comma are often a town and its area ('Leeds, Yorkshire')

Prior = Callable[[Mention, Entry], float]


def large(e: Entry) -> bool:
    """A country, first-level area, continent or region: its point is a centre, which says
    little of where the towns it holds lie."""
    return e.is_country or e.feature_code.startswith(("ADM1", "CONT")) or e.feature_code in REGION_CODES


def _spread(cands: list[Entry]) -> bool:
    """The readings lie in different places (more than 161 km apart)."""
    a = cands[0]
    return any(haversine_km(a.lat, a.lon, c.lat, c.lon) > 161 for c in cands[1:])


def town_anchors(mentions: list[Mention], score: Prior) -> dict:
    """Points of the towns and districts a document names without doubt: one reading,
    readings close together, or a reading that ``score`` (prominence, or prominence in the
    document's context) puts far ahead of any other elsewhere. Keyed by name, so that no
    name anchors itself."""
    out: dict = {}
    seen = set()      # a name is judged once, at its first mention
    for m in mentions:
        if not m.cands or m.site or m.keys[0] in seen:
            continue
        seen.add(m.keys[0])
        ranked = sorted(m.cands, key=lambda c: -score(m, c))
        top = ranked[0]
        if large(top):
            continue
        rivals = [c for c in ranked[1:] if haversine_km(top.lat, top.lon, c.lat, c.lon) > 161]
        if rivals and score(m, top) - score(m, rivals[0]) < ANCHOR_MARGIN:
            continue
        out[m.keys[0]] = (top.lat, top.lon)
    return out


def nearness(m: Mention, cands: list[Entry], anchors: dict, prior: Prior, cache: dict) -> dict:
    """Per town reading (by entry id) of a name whose readings lie far apart, a bonus fading
    with the distance to the nearest anchor of another name. Areas get none, and a name
    whose main reading is an area or country keeps it: 'Mexico' is the country, whatever
    towns near the story bear its name."""
    if len(cands) < 2 or not anchors:
        return {}
    key = (m.keys[0], tuple(c.id for c in cands))
    if key in cache:
        return cache[key]
    out = {}
    pts = [p for k, p in anchors.items() if k != m.keys[0]]
    if pts and not large(max(cands, key=lambda c: prior(m, c))) and _spread(cands):
        for c in cands:
            if large(c):
                continue
            d = min(haversine_km(c.lat, c.lon, la, lo) for la, lo in pts)
            if d < NEAR_KM:
                out[c.id] = NEAR_WEIGHT * (1 - d / NEAR_KM)
    cache[key] = out
    return out


def _lists(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Runs of mentions joined by commas and 'and'/'or', of _LIST_MIN names or more."""
    runs, cur = [], []
    for m in mentions:
        if cur and _LIST_SEP.fullmatch(text[cur[-1].end:m.start]):
            cur.append(m)
        else:
            if len(cur) >= _LIST_MIN:
                runs.append(cur)
            cur = [m]
    if len(cur) >= _LIST_MIN:
        runs.append(cur)
    return runs


def list_hints(mentions: list[Mention], text: str, kind: Callable[[Mention], str]) -> None:
    """A name in a list whose other members are mostly first-level areas (by their main
    reading, ``kind(m)`` = its feature code) is read as an area too, as if 'state' followed
    it: sets its ``hint`` to 'adm' when it has no hint and an area as its own main name.
    Not a name its own area follows ('Florida and Washington, D.C.')."""
    starts = {m.start: m for m in mentions}
    for run in _lists([m for m in mentions if m.cands and not m.site], text):
        kinds = [kind(m) for m in run]
        for i, m in enumerate(run):
            others = kinds[:i] + kinds[i + 1:]
            areas = sum(k == "ADM1" for k in others)
            if m.hint is not None or areas < 2 or areas * 2 <= len(others) \
                    or not any(c.feature_code == "ADM1" and not c.alternate for c in m.cands):
                continue
            after = re.match(r",\s*", text[m.end:])
            nxt = starts.get(m.end + after.end()) if after else None
            if nxt is not None and nxt not in run:
                continue
            m.hint = "adm"
