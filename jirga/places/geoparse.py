"""Geoparsing: place mentions (spaCy GPE/LOC/FAC entities plus curated gazetteer names
the NER misses) resolved to gazetteer entries with the document as context.

Ranking of a mention's candidates: prominence (population, feature type), main name
over alternate name, the countries the document is about, and an adjacent admin name
('Long Beach, California'). Countries and capitals used as actors ('Islamabad accused',
'Kabul denies', "Pakistan's defense minister", 'talks with Islamabad') are not places.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from jirga import data
from jirga.model import Document, Place, content_id
from jirga.places.gazetteer import Entry, Gazetteer, get_gazetteer, prior
from jirga.places.names import place_key


PLACE_LABELS = {"GPE", "LOC", "FAC"}
# words that may trail or lead a place name without being part of the gazetteer name
_SUFFIXES = {"district", "province", "agency", "region", "city", "state", "county", "valley",
             "border", "crossing", "area", "areas", "tribal", "town", "village", "governorate",
             "municipality", "prefecture", "capital", "territory", "division", "tehsil", "gate"}
_PREFIXES = {"northern", "southern", "eastern", "western", "northwestern", "northeastern",
             "southwestern", "southeastern", "north", "south", "east", "west", "central",
             "northwest", "northeast", "southwest", "southeast", "upper", "lower", "greater",
             "downtown", "rural", "neighbouring", "neighboring", "restive", "volatile", "troubled",
             "war-torn", "mountainous", "remote", "former", "erstwhile", "tribal", "the", "mid"}
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
_AGE = re.compile(r",\s*\d{1,3}\s*,")      # 'Kupczyk, 44, an officer': a person, not a place
_NON_PLACE_WORDS = {"taliban", "isis", "khorasan", "tehreek", "tehrik", "tahreek"}


def _is_actor_use(span, entry: Entry) -> bool:
    """A country or capital standing for its government."""
    if not (entry.is_country or entry.is_capital or entry.feature_code == "ADM1"):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "csubj"):
        return True
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


class _Mention:
    __slots__ = ("start", "end", "text", "span", "keys", "cands", "ner", "hint")

    def __init__(self, span, keys, cands, ner, hint=None):
        self.span = span
        self.start, self.end, self.text = span.start_char, span.end_char, span.text
        self.keys, self.cands, self.ner = keys, cands, ner
        self.hint = hint      # 'adm' ('Oaxaca State', 'state of X'), 'city' ('X City') or None


_ADM_WORDS = {"state", "province", "county", "region", "governorate", "prefecture", "district",
              "territory", "department", "oblast"}
_BIG_CITY = 100_000
_REGION_CODES = {"OCN", "SEA", "RGN", "GULF", "PEN", "LK", "CONT"}


def _hint(span) -> str | None:
    """Generic word next to the name that says which reading is meant."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    prev2 = doc[span.start - 2].lower_ if span.start >= 2 and doc[span.start - 1].lower_ == "of" else ""
    last = span[-1].lower_
    if last in _ADM_WORDS or nxt in _ADM_WORDS or prev2 in _ADM_WORDS:
        return "adm"
    if last == "city" or nxt == "city" or prev2 == "city":
        return "city"
    return None


def _trim(span):
    """Drop leading determiners/direction words and trailing possessives."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return doc[s:e]


def _lookup(gaz: Gazetteer, span) -> tuple[list[Entry], object]:
    """Candidates for a span, trying it whole, then without generic prefixes/suffixes."""
    words = [t for t in span]
    tries = [span]
    s, e = 0, len(words)
    while s < e - 1 and words[s].lower_ in _PREFIXES:
        s += 1
        tries.append(span[s:e])
    e2 = e
    while e2 - 1 > s and words[e2 - 1].lower_ in _SUFFIXES:
        e2 -= 1
        tries.append(span[s:e2])
    for sp in tries:
        c = gaz.candidates(sp.text)
        if c:
            return c, sp
    return [], span


def find_mentions(parsed, gaz: Gazetteer) -> list[_Mention]:
    mentions: list[_Mention] = []
    taken = set()
    for ent in parsed.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        sp = _trim(ent)
        if not len(sp) or any(t.lower_ in _NON_PLACE_WORDS for t in sp):
            continue
        cands, used = _lookup(gaz, sp)
        m = _Mention(used if cands else sp, [place_key(used.text)], cands, True, _hint(sp))
        mentions.append(m)
        taken.update(range(m.span.start, m.span.end))
    # curated names (districts, crossings) the NER missed or labelled otherwise
    n = len(parsed)
    i = 0
    maxlen = gaz.max_curated_len
    while i < n:
        tok = parsed[i]
        if i in taken or not (tok.is_title or tok.is_upper) or tok.is_stop:
            i += 1
            continue
        hit = None
        for L in range(min(maxlen, n - i), 0, -1):
            sp = parsed[i:i + L]
            if any(j in taken for j in range(i, i + L)):
                continue
            if place_key(sp.text) in gaz.curated_keys and sp[-1].is_alpha:
                hit = sp
                break
        if hit is not None:
            ent_label = hit[0].ent_type_
            if ent_label in ("PERSON", "NORP") and len(hit) == 1:
                i += 1
                continue
            cands = [c for c in gaz.candidates(hit.text) if c.curated]
            if cands:
                mentions.append(_Mention(hit, [place_key(hit.text)], cands, False))
                taken.update(range(hit.start, hit.end))
                i = hit.end
                continue
        i += 1
    mentions.extend(_located_names(parsed, gaz, taken))
    mentions.sort(key=lambda m: m.start)
    return mentions


_LOC_PREPS = {"in", "at", "near", "outside", "from", "to", "around", "across", "into", "towards",
              "toward", "through", "via", "inside", "between"}
_MISLABELLED = {"PERSON", "ORG", "PRODUCT", "NORP", ""}
# 'the town of Southold', 'the village of Nagrig'
_OF_HEADS = {"city", "town", "village", "district", "province", "region", "county", "suburb",
             "outskirts", "vicinity", "enclave", "island", "port", "state", "governorate", "area"}


def _locative_slot(root, taken: set) -> bool:
    """The name fills a place slot: object of a locative preposition ('in Tunis'), of
    'of' after a place noun ('the town of Southold'), or a later conjunct of a list that
    starts in such a slot or with a known place ('in Zilina, Nitra, Presov and Kosice')."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != root.i and first.i in taken:
        return True
    if first.dep_ == "appos" and first.head.i in taken:
        return True
    if first.dep_ not in ("pobj", "appos", "conj"):
        return False
    prep = first.head
    if prep.lower_ in _LOC_PREPS:
        return True
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _OF_HEADS:
        return True
    return first.dep_ == "pobj" and prep.head.lower_ in _LOC_PREPS


def _located_names(parsed, gaz: Gazetteer, taken: set) -> list[_Mention]:
    """Proper names the NER missed or mislabelled ('in Cirencester' as a person, 'in Tunis'
    as a nationality) but that follow a locative preposition and are the main name of a
    town of 1,000+ inhabitants or of a larger area. Whole entities only: 'Kent' in
    'at Kent State University' is not a place."""
    out = []
    spans = [e for e in parsed.ents if e.label_ in _MISLABELLED]
    for tok in parsed:     # capitalised names outside any entity
        if not tok.ent_type_ and tok.pos_ == "PROPN" and tok.is_title \
                and (tok.i == 0 or parsed[tok.i - 1].ent_type_ or parsed[tok.i - 1].pos_ != "PROPN"):
            j = tok.i
            while j + 1 < len(parsed) and parsed[j + 1].pos_ == "PROPN" and not parsed[j + 1].ent_type_:
                j += 1
            spans.append(parsed[tok.i:j + 1])
    for sp in spans:
        if any(t.i in taken for t in sp) or len(sp) > 4 or not sp[0].is_title:
            continue
        if not _locative_slot(sp.root, taken):
            continue
        cands = [c for c in gaz.candidates(sp.text) if not c.alternate and (
            c.population >= 1000 or c.curated or c.feature_code.startswith(("ADM", "PCL")))]
        if cands:
            out.append(_Mention(sp, [place_key(sp.text)], cands, False, _hint(sp)))
            taken.update(range(sp.start, sp.end))
    return out


def _name_prior(m: _Mention, c: Entry) -> float:
    """Prominence, less a penalty for alternate names (heavier when some place carries
    the name as its main name: 'Salisbury' is the English town, not old Harare), and the
    reading asked for by a generic word; a big city beats a same-named province
    ('New York', 'Lagos', 'Hamburg') unless 'state'/'province' says otherwise."""
    s = prior(c)
    if c.alternate and not c.curated and place_key(c.name) not in {m.keys[0] + " city", m.keys[0] + " town"}:
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


def _context_bonus(m: _Mention, c: Entry, doc_cc: Counter, total: int, neighbours: dict,
                   doc_admin: set) -> float:
    s = _name_prior(m, c)
    if total and c.country:
        share = doc_cc.get(c.country, 0) / total
        s += 4.0 * share
    nb = neighbours.get(id(m))
    if nb:
        # 'Long Beach, California': the following name is an admin area or country
        if c.country in nb[0] or (c.admin1 and place_key(c.admin1) in nb[1]):
            s += 6.0
            if c.admin1 and place_key(c.admin1) in nb[1]:
                s += 3.0
    if c.admin1 and place_key(c.admin1) in doc_admin and c.feature_code != "ADM1":
        s += 1.0
    return s


def _neighbours(mentions: list[_Mention], text: str) -> dict:
    """For 'X, Y' or 'X in Y' pairs: the countries and admin names Y can be."""
    out = {}
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if gap.strip() in (",", "in", ", in") or re.fullmatch(r"\s*,\s*", gap) or gap.strip().lower() in ("in", ", in"):
            ccs = {c.country for c in b.cands if c.is_country or c.feature_code.startswith("ADM")}
            a1s = {place_key(c.name) for c in b.cands if c.feature_code.startswith("ADM")}
            a1s |= {place_key(b.text)}
            out[id(a)] = (ccs, a1s)
    return out


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


def resolve(mentions: list[_Mention], text: str, gaz: Gazetteer,
            evidence: Counter | None = None) -> list[tuple[_Mention, Entry]]:
    """Pick each mention's reading. ``evidence``: extra country weights (demonyms)."""
    neighbours = _neighbours(mentions, text)
    # first pass: document countries from the unambiguous / dominant readings
    doc_cc: Counter = Counter(evidence or {})
    doc_admin = set()
    for m in mentions:
        if not m.cands:
            continue
        top = max(m.cands, key=lambda c: _name_prior(m, c))
        w = 1.0 if len({c.country for c in m.cands}) == 1 else 0.6
        if top.country:
            doc_cc[top.country] += w
        if top.feature_code.startswith("ADM"):
            doc_admin.add(place_key(top.name))
    total = sum(doc_cc.values())
    out = []
    for m in mentions:
        if not m.cands:
            continue
        best = max(m.cands, key=lambda c: _context_bonus(m, c, doc_cc, total, neighbours, doc_admin))
        out.append((m, best))
    return out


def geoparse(doc: Document, res) -> list[Place]:
    """The document's place mentions, each resolved to its most likely reading."""
    gaz = get_gazetteer(res)
    parsed = doc.parsed if doc.parsed is not None else res.nlp(doc.text)
    mentions = find_mentions(parsed, gaz)
    places = []
    resolved = dict((id(m), e) for m, e in resolve(mentions, doc.text, gaz, demonym_countries(parsed)))
    for m in mentions:
        e = resolved.get(id(m))
        if e is None:
            if m.ner and m.span.root.ent_type_ in ("GPE", "LOC", "FAC") and m.text[:1].isupper() \
                    and not _AGE.match(doc.text, m.end):
                places.append(Place(text=m.text, start=m.start, end=m.end))
            continue
        if _is_actor_use(m.span, e):
            continue
        places.append(Place(text=m.text, start=m.start, end=m.end, name=e.name, lat=e.lat, lon=e.lon,
                            geonameid=e.geonameid, country=e.country, feature_code=e.feature_code,
                            admin1=e.admin1))
    return places


def geoparse_text(text: str, res) -> list[Place]:
    return geoparse(Document(id=content_id(text), text=text), res)

