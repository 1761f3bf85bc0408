"""Geoparsing: place mentions (found by ``jirga.places.mentions``) resolved to gazetteer
entries with the document as context.

Ranking of a mention's candidates: prominence (population, feature type), main name
over alternate name, the countries the document is about (its dateline's weighs as two
mentions), an adjacent admin name
('Long Beach, California'), nearness to the towns the document names without doubt and
the kind of the list the name is in (``jirga.places.homonyms``). Countries and capitals
used as actors ('Islamabad accused', 'Kabul denies', "Pakistan's defense minister", 'talks
with Islamabad') are not places; the subject of a verb of being is ('London is the busiest').
A named site (street, hospital, stadium) takes the point of a town named in it, of the
place right after it ('the Palais des Nations in Geneva') or before it ("Derry's
Altnagelvin Hospital"), or of the document's focus, a town several mentions centre on.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from jirga import data
from jirga.model import Document, Place, content_id
from jirga.places.gazetteer import Entry, Gazetteer, get_gazetteer, prior
from jirga.places.homonyms import REGION_CODES as _REGION_CODES, list_hints, nearness, town_anchors
from jirga.places.mentions import Mention, find_mentions
from jirga.places.names import PART_WORDS, haversine_km, place_key, skeleton
from jirga.places.story import dateline


_ACTOR_PREPS = {"with", "between", "against", "by", "and"}
_ACTOR_HEAD_NOUNS = {"relations", "ties", "talks", "relationship", "deal", "agreement", "dialogue",
                     "tensions", "cooperation", "negotiations", "accord", "pact", "treaty", "dispute",
                     "rift", "friction", "engagement", "contacts", "mediation", "truce", "war",
                     "standoff", "conflict", "differences", "trust", "rapprochement"}
_ACTOR_OWNED = {"minister", "government", "army", "military", "president", "force", "official",
                "ministry", "envoy", "ambassador", "leader", "defense", "defence", "foreign", "security",
                "embassy", "intelligence", "troop", "police", "authority", "spokesman", "spokesperson",
                "delegation", "mission", "navy", "cabinet", "parliament", "court", "decision", "statement",
                "representative", "regime", "administration", "effort", "policy", "position", "demand",
                "stance", "prime", "chief", "diplomat", "team", "response", "approach", "support", "offer",
                "ally", "allies", "relation", "relationship", "state", "establishment", "agency", "service"}
# 'the Palais des Nations in Geneva', 'Abu Allaj in western Raqqa': the place a site lies in
_CONTAINED = re.compile(r"\s*(?:,|,?\s*in|at|near)(?:\s+(?:the\s+)?(?:north|south|east|west|central|"
                        r"northern|southern|eastern|western|north-?eastern|north-?western|"
                        r"south-?eastern|south-?western|downtown|rural))?\s*", re.I)
_STATIVE = {"be", "remain", "become", "experience", "suffer", "lie", "border", "host", "sit", "stretch"}
_AGE = re.compile(r",\s*\d{1,3}\s*,")      # 'Kupczyk, 44, an officer': a person, not a place
_BIG_CITY = 100_000
# a document's focus (where its unplaced sites are put) needs this many mentions of it or
# near it: one passing mention of a town does not make a local story
_FOCUS_SUPPORT = 3
# a town nearest a county named after it ('Croft, Yorkshire') lies within this of its point
_AREA_KM = 150
# a minor place in a country nothing else names, when the rest gives this much evidence for
# other countries, is a local place the gazetteer lacks; cities this large are kept
_STRANGER_EVIDENCE = 2.0
_STRANGER_POP = 100_000
# the dateline's country counts as this many mentions of it
_DATELINE_WEIGHT = 2.0
# and so does the town a court, police force or council is named after
_SEAT_WEIGHT = 2.0


def _is_actor_use(span, entry: Entry) -> bool:
    """A country or capital standing for its government."""
    if not (entry.is_country or entry.is_capital or entry.feature_code == "ADM1"):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "csubj"):
        # 'London is the second destination', 'South Korea has been experiencing smog': the
        # subject of a verb of being or undergoing is the place itself
        return root.head.lemma_.lower() not in _STATIVE
    if root.dep_ == "poss" or (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        # "Pakistan's defense minister" is an actor, "Syria's Aleppo province" a place
        owner = root.head
        words = {owner.lemma_.lower()} | {c.lemma_.lower() for c in owner.children if c.dep_ in ("compound", "amod")}
        return bool(words & _ACTOR_OWNED) or owner.ent_type_ in ("PERSON", "ORG")
    if root.dep_ == "conj":   # 'Islamabad and Kabul agreed' -> follow the first conjunct
        head = root.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "poss"):
            return True
        if head.dep_ == "pobj" and head.head.lower_ in ("between", "with") \
                and head.head.head.lemma_.lower() in _ACTOR_HEAD_NOUNS:
            return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in ("by",) and prep.dep_ == "agent":
            return True
        if prep.lower_ in _ACTOR_PREPS and prep.head.lemma_.lower() in _ACTOR_HEAD_NOUNS:
            return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in {
            "urge", "accuse", "blame", "ask", "warn", "criticize", "criticise", "condemn", "pressure",
            "persuade", "demand", "press", "tell", "allege", "thank", "support", "recognize", "recognise",
            "sanction", "threaten", "help", "engage", "call"}:
        return True
    return False


def _name_prior(m: Mention, c: Entry) -> float:
    """Prominence, less a penalty for alternate names (heavier when some place carries
    the name as its main name: 'Salisbury' is the English town, not old Harare), and the
    reading asked for by a generic word; a big city beats a same-named province
    ('New York', 'Lagos', 'Hamburg') unless 'state'/'province' says otherwise."""
    s = prior(c)
    # a country's other names are its own curated list and pycountry's: as good as its name
    if (c.alternate and not c.curated and not c.is_country
            and place_key(c.name) not in {m.keys[0] + " city", m.keys[0] + " town"}
            and skeleton(c.name) != skeleton(m.text)):   # a transliteration is the name itself
        s -= 2.0
        if any(not o.alternate for o in m.cands):
            s -= 2.5
    if c.country is None and c.feature_code in _REGION_CODES:
        s += 2.0   # no document country helps a sea or region: give it an average share
    adm = c.feature_code.startswith("ADM")
    if m.hint == "adm":
        s += 3.0 if adm else 0.0
    elif m.hint == "city":
        s += 3.0 if c.feature_code.startswith("PPL") else 0.0
    elif adm and c.feature_code != "ADM2" and any(
            o.population >= _BIG_CITY and o.feature_code.startswith("PPL") for o in m.cands):
        s -= 3.0
    return s


def _top(m: Mention) -> Entry:
    return max(m.cands, key=lambda c: _name_prior(m, c))


def _context_bonus(m: Mention, c: Entry, doc_cc: Counter, total: int, neighbours: dict,
                   doc_admin: set, near: dict | None = None) -> float:
    s = _name_prior(m, c)
    if near:
        s += near.get(c.id, 0.0)
    if total and c.country:
        share = doc_cc.get(c.country, 0) / total
        s += 4.0 * share
    nb = neighbours.get(id(m))
    if nb:
        # 'Long Beach, California', 'Khar, Bajaur': the following name is an admin area or country
        in_area = any(a and place_key(a) in nb[1] for a in (c.admin1, c.admin2))
        if c.country in nb[0] or in_area:
            s += 6.0
            if in_area:
                s += 3.0
            elif nb[2] and _near_area(m, c, nb[2]):   # a county's town the gazetteer gives no county
                s += 3.0
    if c.feature_code != "ADM1" and any(a and place_key(a) in doc_admin for a in (c.admin1, c.admin2)):
        s += 1.0      # the document names the province or district it lies in
    return s


def _neighbours(mentions: list[Mention], text: str) -> dict:
    """For 'X, Y' or 'X in Y' pairs: the countries and admin names Y can be, and the points
    of the second-level areas it can be (a county: 'Croft, Yorkshire')."""
    out = {}
    for a, b in zip(mentions, mentions[1:]):
        if _contains(a, b, text):
            ccs = {c.country for c in b.cands if c.is_country or c.feature_code.startswith("ADM")}
            a1s = {place_key(c.name) for c in b.cands if c.feature_code.startswith("ADM")}
            a1s |= {place_key(b.text)}
            pts = [(c.lat, c.lon) for c in b.cands if c.feature_code == "ADM2"]
            out[id(a)] = (ccs, a1s, pts)
    return out


def _contains(a: Mention, b: Mention, text: str) -> bool:
    """'X, Y' or 'X in Y': Y may be the area X lies in."""
    return text[a.end:b.start].strip().lower() in (",", "in", ", in")


def _near_area(m: Mention, c: Entry, pts: list) -> bool:
    """``c`` is the reading of ``m`` nearest one of the areas' points, within _AREA_KM."""
    def dist(e):
        return min(haversine_km(e.lat, e.lon, la, lo) for la, lo in pts)
    d = dist(c)
    return d <= _AREA_KM and all(dist(o) >= d for o in m.cands)


@lru_cache(maxsize=1)
def _demonyms() -> dict:
    return {place_key(r["demonym"]): r["country"] for r in data.load("gazetteer/demonyms.csv")}


def demonym_countries(parsed) -> Counter:
    """Countries named by nationality words ('British troops', 'Irish police')."""
    table = _demonyms()
    out: Counter = Counter()
    for ent in parsed.ents:
        if ent.label_ == "NORP":
            cc = table.get(place_key(ent.text))
            if cc:
                out[cc] += 0.5
    return out


def _stranger(cands: list[Entry], others: Counter) -> bool:
    """Every reading is a minor place (no country, capital, first-level area, region or city
    of _STRANGER_POP) in a country nothing else in a document about other countries names:
    'Delft' in a story of Cape Town townships is not the Dutch city, 'Rehab' in Cairo not the
    Jordanian village; an unknown local place, left without a point."""
    if sum(others.values()) < _STRANGER_EVIDENCE or any(others.get(c.country, 0) > 0 for c in cands):
        return False
    return not any(c.is_country or c.is_capital or c.curated or c.feature_code in ("ADM1", "ADM1H")
                   or c.feature_code in _REGION_CODES or c.population >= _STRANGER_POP for c in cands)


def resolve(mentions: list[Mention], text: str, gaz: Gazetteer,
            evidence: Counter | None = None) -> list[tuple[Mention, Entry]]:
    """Pick each mention's reading. ``evidence``: extra country weights (demonyms)."""
    list_hints(mentions, text, lambda m: _top(m).feature_code)
    neighbours = _neighbours(mentions, text)
    # first pass: document countries from the unambiguous / dominant readings
    doc_cc: Counter = Counter(evidence or {})
    own: dict = {}     # what each name itself adds to doc_cc: no name is evidence for itself
    doc_admin = set()
    for m in mentions:
        if not m.cands:
            continue
        top = _top(m)
        w = 1.0 if len({c.country for c in m.cands}) == 1 else 0.6
        if m.seat:
            w = _SEAT_WEIGHT    # a court report is told where the court sits, as a dateline says
        if top.country:
            doc_cc[top.country] += w
            own.setdefault(m.keys[0], Counter())[top.country] += w
        if top.feature_code.startswith("ADM"):
            doc_admin.add(place_key(top.name))
    total = sum(doc_cc.values())
    # towns the document names without doubt, read in context, pull their homonyms near
    anchors = town_anchors(mentions, lambda m, c: _context_bonus(m, c, doc_cc, total, neighbours, doc_admin))
    cache: dict = {}
    out = []
    for m in mentions:
        others = doc_cc - own.get(m.keys[0], Counter())
        cands = m.cands
        if m.site and not m.seat:
            # a town named in a site's name counts only in countries the rest names
            cands = [c for c in cands if others.get(c.country, 0) > 0]
        elif _stranger(cands, others):
            continue
        elif _AREA_AFTER.match(text, m.end):
            # 'the province's Spera district': an area of the story's lands, not a village abroad
            cands = [c for c in cands if others.get(c.country, 0) > 0] or cands
        if not cands:
            continue
        near = nearness(m, cands, anchors, _name_prior, cache)
        best = max(cands, key=lambda c: _context_bonus(m, c, doc_cc, total, neighbours, doc_admin, near))
        out.append((m, best))
    return out


def _place(m: Mention, e: Entry, site: bool = False) -> Place:
    """A resolved mention; a site takes its container's point and names but not its GeoNames
    id, which is the container's, not the site's."""
    return Place(text=m.text, start=m.start, end=m.end, name=e.name, lat=e.lat, lon=e.lon,
                 geonameid=None if site else e.geonameid, country=e.country,
                 feature_code=e.feature_code, admin1=e.admin1, admin2=e.admin2)


def _focus(resolved: dict, mentions: list[Mention]) -> Entry | None:
    """Where the document's unplaced sites are taken to be: its town or district (failing
    that, first-level area) with the most support, a mention of it or of a place within
    100 km, or of its first-level area. None when it names neither."""
    # distinct places with their mention counts: a long document names the same few places
    # thousands of times, and each pair of distinct places is compared once
    counts: Counter = Counter()
    entries: dict = {}
    for m in mentions:
        e = resolved.get(id(m))
        if e is not None and not m.site:
            key = (e.name, e.lat, e.lon, e.feature_code, e.country, e.admin1)
            counts[key] += 1
            entries.setdefault(key, e)
    named = [(entries[k], n) for k, n in counts.items()]
    fine = [e for e, _ in named if e.feature_code.startswith(("PPL", "ADM2")) or e.curated]
    pool = fine or [e for e, _ in named if e.feature_code == "ADM1"]
    best, best_score = None, 0.0
    for e in pool:
        score = 0.0
        for r, n in named:
            if r.feature_code == "ADM1" and r.country == e.country and r.name == e.admin1:
                score += n
            elif haversine_km(e.lat, e.lon, r.lat, r.lon) < 100:
                score += n
        if score > best_score and score >= _FOCUS_SUPPORT:
            best, best_score = e, score
    return best


def _containers(mentions: list[Mention], resolved: dict, text: str) -> dict:
    """For each unresolved site: the resolved place right after it ('the Palais des Nations
    in Geneva', 'Oulton Park, Cheshire'), its possessor ("Derry's Altnagelvin Hospital"),
    or the document's focus."""
    out = {}
    focus = None
    for i, m in enumerate(mentions):
        if not m.site or resolved.get(id(m)) is not None:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prv = mentions[i - 1] if i else None
        e = None
        if nxt is not None and _CONTAINED.fullmatch(text[m.end:nxt.start]):
            e = resolved.get(id(nxt))
        if e is None and prv is not None and re.fullmatch(r"\s*[’']s?\s*", text[prv.end:m.start]):
            e = resolved.get(id(prv))
        if e is None:
            focus = focus or _focus(resolved, mentions) or False
            e = focus or None
        if e is not None:
            out[id(m)] = e
    return out


# 'Spera district', 'Kurram agency': a name with the word for a local area after it
_AREA_AFTER = re.compile(r"\s+(?:district|province|tehsil|agency|county|governorate|prefecture)\b", re.I)
# 'the Isham area of North Waziristan', 'Spera district of Khost': a place named as part of an area
_AREA_OF = re.compile(r"^(?:" + "|".join(PART_WORDS) + r")\s+(?:of|in)$", re.I)


def _inside(mentions: list[Mention], resolved: dict, text: str) -> dict:
    """'Rockingham, Northamptonshire', "Estey's Bridge, N.B.", 'the Isham area of North
    Waziristan': a town followed by the area it lies in, whose reading lies elsewhere (or that
    has none: a village the gazetteer lacks, also 'Yelwata in Benue'), is a place of that area
    we do not know; it takes the area's point.
    Countries are too large to stand for a town, and areas or countries in a list ('Kent,
    Sussex') are not towns."""
    out = {}
    for a, b in zip(mentions, mentions[1:]):
        area = resolved.get(id(b))
        gap = text[a.end:b.start].strip()
        if a.site or area is None or area.feature_code not in ("ADM1", "ADM2") or not (
                gap in (",", "in") or _AREA_OF.match(gap)):
            continue
        e = resolved.get(id(a))
        if e is None and not (a.ner and a.span.root.ent_type_ in ("GPE", "LOC")):
            continue
        if gap != "," and e is not None and e.country == area.country:
            continue   # 'in' is no postal address: only a reading abroad gives way ('Kwande in Benue')
        if e is not None and (e.is_country or e.feature_code.startswith("ADM") or e.feature_code in _REGION_CODES):
            continue
        if e is None or e.country != area.country or (
                area.feature_code == "ADM1" and e.admin1 and place_key(e.admin1) != place_key(area.name)) or (
                area.feature_code == "ADM2" and e.admin2 != area.name
                and haversine_km(e.lat, e.lon, area.lat, area.lon) > _AREA_KM):
            out[id(a)] = area
    return out


def geoparse(doc: Document, res) -> list[Place]:
    """The document's place mentions, each resolved to its most likely reading."""
    gaz = get_gazetteer(res)
    parsed = doc.parsed if doc.parsed is not None else res.nlp(doc.text)
    mentions = find_mentions(parsed, gaz)
    places = []
    evidence = demonym_countries(parsed)
    line = dateline(doc, res)
    if line is not None and line.country:
        # the town a story is filed from is where it is told: 'Shankill' in a story filed
        # from BELFAST is Belfast's, not the Dublin suburb the gazetteer knows
        evidence[line.country] += _DATELINE_WEIGHT
    resolved = dict((id(m), e) for m, e in resolve(mentions, doc.text, gaz, evidence))
    containers = _containers(mentions, resolved, doc.text)
    inside = _inside(mentions, resolved, doc.text)
    for m in mentions:
        if id(m) in inside:
            places.append(_place(m, inside[id(m)], site=True))
            continue
        e = resolved.get(id(m))
        if m.site and (e is not None or id(m) in containers):
            places.append(_place(m, e or containers[id(m)], site=True))
            continue
        if e is None:
            if m.ner and m.span.root.ent_type_ in ("GPE", "LOC", "FAC") and m.text[:1].isupper() \
                    and not _AGE.match(doc.text, m.end):
                places.append(Place(text=m.text, start=m.start, end=m.end))
            continue
        if _is_actor_use(m.span, e):
            continue
        places.append(_place(m, e))
    return places


def geoparse_text(text: str, res) -> list[Place]:
    return geoparse(Document(id=content_id(text), text=text), res)

