"""Unresolved place mentions for event location: named villages, neighbourhoods, camps,
crossings and buildings the gazetteer does not hold ('in al-Tijara neighbourhood', 'the
village of Tamthil', 'near the Kissufim crossing point', 'in Taji'). They come from the
parse, not from the gazetteer, so they carry no coordinates (Place.name/lat/lon empty).

How the locator uses them: an event's place is the most specific place the sentence
gives. When that is an unresolved site, ``with_container`` gives it the coordinates of a
resolved place the phrase puts it in ('al-Tijara neighbourhood in central Damascus' ->
text 'al-Tijara', name/coordinates of Damascus); without one the site keeps no coordinates,
and the pipeline prefers a resolved reading of the same sentence when there is one.

A name fills a place slot after a strong preposition ('in Taji'), as the object of
'<place noun> of', compounded with a site noun ('Balata refugee camp'), as the target of
an attack ('fired on Ramadi'), or as the head of a 'where' clause ('Dubai, where
officials briefed him'); a compass word makes a place of a name the tagger took for a
person ('in eastern Nangarhar'). A border named by the adjectives of its two sides is a site
too ('along the Afghan-Tajik border'), and so is a capital named by its people's adjective
('in the Afghan capital'; ``jirga.places.story.capital_site`` reads it).
"""
from __future__ import annotations

from typing import Optional

from jirga.model import Place

# nouns a site name may be a compound of ('Khanasir town', 'Balata refugee camp')
SITE_HEADS = {"city", "town", "village", "district", "province", "region", "area", "county",
              "neighbourhood", "neighborhood", "suburb", "quarter", "governorate", "valley", "camp",
              "port", "crossing", "junction", "checkpoint", "airport", "base", "hospital", "stadium",
              "square", "market", "mosque", "bridge", "road", "street", "prison", "settlement",
              "airbase", "compound", "township", "hamlet", "mountain", "river", "island", "border"}
# '<place noun> of X': 'the village of Tamthil', 'the settlements of Arbin, ...'
OF_HEADS = {"city", "town", "village", "district", "province", "region", "area", "county", "suburb",
            "neighbourhood", "neighborhood", "settlement", "vicinity", "outskirts", "governorate",
            "enclave", "island", "hamlet", "township", "camp", "port", "countryside"}
STRONG = {"in", "at", "near", "inside", "outside", "around", "within", "into", "across"}
_PARTICLES = {"al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ibn", "bin", "abu", "umm",
              "de", "del", "la", "-", "/"}
# 'in eastern Nangarhar': a name a compass word qualifies is a place, whatever the tagger said
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
           "north-western", "south-eastern", "south-western", "upper", "lower"}
# verbs and nouns of attack whose 'on' names the target: 'fired on Ramadi', 'a raid on Taji'
ON_TARGET = {"fire", "attack", "strike", "raid", "assault", "shell", "advance", "march", "bomb",
             "push", "converge", "offensive", "airstrike"}
BORDERS = {"border", "frontier", "boundary"}
_BAD_ENTS = {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
             "QUANTITY", "LANGUAGE", "LAW", "EVENT", "WORK_OF_ART"}


def _namey(t) -> bool:
    return (t.is_title or (t.is_upper and len(t) > 1)) and not t.is_stop and t.is_alpha \
        and (t.ent_type_ not in _BAD_ENTS or _compassed(t))


def _compassed(t) -> bool:
    """'eastern Nangarhar', 'southern Helmand': the tagger's PERSON is wrong here."""
    return t.ent_type_ == "PERSON" and any(c.dep_ == "amod" and c.lower_ in COMPASS for c in t.children)


def _run(tok):
    """The contiguous name around ``tok``: 'Hawsh Nasri', 'al-Tijara', 'Sheikh Najjar'."""
    doc = tok.doc
    s = e = tok.i
    while s > 0 and (_namey(doc[s - 1]) or (doc[s - 1].lower_ in _PARTICLES and s - 1 > 0
                                             and doc[s - 1].whitespace_ == "")):
        s -= 1
    while s < tok.i and doc[s].lower_ in _PARTICLES and (doc[s].whitespace_ != "" or not doc[s].is_alpha):
        s += 1    # a name starts with a word: not '-Tajik' out of 'Afghan-Tajik'
    while e + 1 < len(doc) and (_namey(doc[e + 1]) or (doc[e + 1].lower_ in _PARTICLES
                                                      and doc[e].whitespace_ == "")) \
            and doc[e + 1].lemma_.lower() not in SITE_HEADS:
        e += 1
    while e > s and doc[e].lower_ in _PARTICLES:
        e -= 1
    return doc[s:e + 1]


def _slot(tok) -> bool:
    """Does the name fill a place slot?"""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    h = first.head
    if first.dep_ in ("compound", "nmod", "amod"):
        while h.dep_ == "compound" and h.head.i != h.i:
            if h.lemma_.lower() in SITE_HEADS:
                break
            h = h.head
        return h.lemma_.lower() in SITE_HEADS and h.pos_ == "NOUN"
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in first.children):
        return True       # 'Dubai, where officials briefed him'
    if first.dep_ == "pobj":
        if h.lower_ == "of":
            return h.head.lemma_.lower() in OF_HEADS
        if h.lower_ == "on" and h.head.lemma_.lower() in ON_TARGET:
            return first.ent_type_ in ("GPE", "LOC", "FAC", "")
        return h.lower_ in STRONG and (first.ent_type_ in ("GPE", "LOC", "FAC", "") or _compassed(first))
    if first.dep_ == "appos" and first.head.lemma_.lower() in OF_HEADS:
        return True
    return False


def _noun_slot(tok) -> bool:
    """The name is tied to a place noun ('al-Tijara neighbourhood', 'the town of X')."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("compound", "nmod", "amod") or (first.dep_ == "pobj" and first.head.lower_ == "of")


def _border(tok):
    """'the Afghan-Tajik border', 'the Greek-Macedonian frontier': a border named by the
    peoples' adjectives of its two sides, in a place slot; the span from the first adjective
    to the border noun, or None ('the Afghan border' names no stretch of it)."""
    if tok.lemma_.lower() not in BORDERS or tok.dep_ != "pobj" or tok.head.lower_ not in STRONG | {"along", "on"}:
        return None
    adjs = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.is_title]
    if not adjs:
        return None
    a, doc = adjs[0].i, tok.doc       # two sides: 'Afghan-Tajik'; 'the Afghan border' is a line
    if a >= 2 and doc[a - 1].text == "-" and doc[a - 2].is_title:
        return doc[a - 2:tok.i + 1]
    return None


def _capital(tok):
    """'in the Afghan capital': a capital named by its people's adjective and no name of its
    own; the span from the adjective to 'capital', or None ('the Afghan capital, Kabul' and
    'the capital Kabul' name it)."""
    if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" \
            or tok.head.lower_ not in STRONG | {"on", "to", "from"}:
        return None
    if any((c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i)
           or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None       # 'the Tunisian capital of Tunis'

    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return None
    adj = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_title and c.ent_type_ == "NORP"]
    return tok.doc[adj[0].i:tok.i + 1] if len(adj) == 1 else None


def site_mentions(parsed, start: int, end: int, places: list[Place]) -> list[Place]:
    taken = [(p.start, p.end) for p in places]
    out, seen = [], set()
    span = parsed.char_span(start, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        run = _border(tok) or _capital(tok)
        if run is not None and not any(run.start_char < e and s < run.end_char for s, e in taken):
            out.append(Place(text=run.text, start=run.start_char, end=run.end_char))
            taken.append((run.start_char, run.end_char))
            continue
        if not _namey(tok) or tok.i in seen or tok.i == span.start or tok.pos_ == "ADJ" or not _slot(tok):
            continue     # 'the Afghan-Tajik border': a people's adjective, not a name
        run = _run(tok)
        seen.update(range(run.start, run.end))
        a, b = run.start_char, run.end_char
        # a place read from only part of a name tied to a place noun ('Mir' of 'the Mir Ali
        # area') does not take it
        whole = _noun_slot(run.root)
        if any(a < e and s < b and not (whole and a <= s and e <= b and (a, b) != (s, e)) for s, e in taken) \
                or len(run) > 5:
            continue
        if run.root.ent_type_ == "ORG" and not (_slot(run.root) and _noun_slot(run.root)):
            continue     # an organisation after 'in' is a body ('in ISIS-Khorasan'), not a site
        out.append(Place(text=run.text, start=a, end=b))
        taken.append((a, b))
    return out


def _clause_between(t, top) -> bool:
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj"):
            return True
        t = t.head
    return False


def with_container(loc: Place, resolved: list[Place], parsed) -> Optional[Place]:
    """Coordinates for an unresolved site from a resolved place its phrase puts it in:
    below the site's noun phrase ('X neighbourhood in central Damascus', 'the village of
    X in the countryside of Aleppo') or right after it ('in Taji, north of Baghdad')."""
    sp = parsed.char_span(loc.start, loc.end, alignment_mode="expand")
    if sp is None or not resolved:
        return None
    top = sp.root
    while top.dep_ in ("compound", "pobj", "conj", "appos", "nmod", "amod") and top.head.i != top.i \
            and top.head.pos_ in ("NOUN", "PROPN", "ADP"):
        if top.dep_ == "pobj" and top.head.lower_ != "of":
            break
        top = top.head
    below = {t.i for t in top.subtree if not _clause_between(t, top)}
    best = None
    for p in resolved:
        ps = parsed.char_span(p.start, p.end, alignment_mode="expand")
        if ps is None or (p.start < loc.end and ps.root.i not in below) or (loc.start <= p.start and p.end <= loc.end):
            continue      # nor a part of the site's own name ('Mir' of 'Mir Ali')
        near = 0 <= p.start - loc.end < 30 and not any(      # 'Taji, just north of Baghdad'
            t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in parsed[sp.end:ps.start + 1])
        if ps.root.i in below or near:    # below: "Paktika's Barmal district" too
            if best is None or p.start < best.start:
                best = p
    if best is None:
        return None
    return Place(text=loc.text, start=loc.start, end=loc.end, name=best.name, lat=best.lat,
                 lon=best.lon, geonameid=best.geonameid, country=best.country,
                 feature_code=best.feature_code, admin1=best.admin1, admin2=best.admin2)
