"""Place mentions in a parsed text, before resolution: spaCy GPE/LOC/FAC entities, curated
names the NER misses, capitalised names the NER missed or mislabelled that fill a place
slot ('in Tunis', 'Matias Romero, Oaxaca State'), other occurrences of a name the document
already uses as a place (one sense per discourse), and named sites (streets, hospitals,
stadiums) that take the coordinates of the place they are in.

Each mention carries its gazetteer candidates; ``jirga.places.geoparse`` picks one."""
from __future__ import annotations

from jirga.places.gazetteer import Entry, Gazetteer
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
# 'District of Massachusetts', 'State of Qatar', 'City of London': the name after 'of'
_OF_PREFIXES = {"district", "state", "province", "county", "city", "republic", "kingdom", "region",
                "commonwealth", "emirate", "sultanate", "governorate", "department", "municipality"}
_NON_PLACE_WORDS = {"taliban", "isis", "khorasan", "tehreek", "tehrik", "tahreek"}
ADM_WORDS = {"state", "province", "county", "region", "governorate", "prefecture", "district",
             "territory", "department", "oblast"}
# head words of named sites: 'Royal Street', 'Colchester General Hospital', 'Windsor Castle'
SITE_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "drive", "lane", "boulevard", "parade",
              "square", "park", "river", "lake", "canal", "bridge", "hospital", "cathedral", "church",
              "basilica", "abbey", "shrine", "monastery", "chapel", "mosque", "temple", "castle", "palace",
              "stadium", "centre", "center", "arena",
              "airport", "station", "prison", "jail", "university", "college", "library", "estate",
              "mall", "market", "hotel", "theatre", "theater", "museum", "gardens", "racecourse",
              "circuit", "campus", "hall", "plantation", "armory", "armoury", "base", "camp", "port",
              "harbour", "harbor", "beach", "island", "mount", "mountain", "cape", "forest",
              "reservoir", "dam", "highway", "motorway", "court", "courthouse", "plaza", "quay", "pier"}
# sites whose name says nothing of the town they are in: named after the water or mountain
# itself ('Mississippi River'), or streets and buildings named after people and faraway
# places ('Kingsley Road', 'Rogers Centre', 'Bedford Drive')
_NOT_NAMED_AFTER_TOWN = {"river", "lake", "canal", "mount", "mountain", "cape", "forest", "beach",
                         "island", "reservoir", "street", "st", "road", "rd", "avenue", "ave", "drive",
                         "lane", "boulevard", "parade", "square", "estate", "centre", "center",
                         "theatre", "theater", "hall", "plaza", "court", "highway", "park", "gardens"}
LOC_PREPS = {"in", "at", "near", "outside", "from", "to", "around", "across", "into", "towards",
             "toward", "through", "via", "inside", "between"}
_MISLABELLED = {"PERSON", "ORG", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART", "LAW", ""}
# 'the town of Southold', 'the village of Nagrig'
_OF_HEADS = {"city", "town", "village", "district", "province", "region", "county", "suburb",
             "outskirts", "vicinity", "enclave", "island", "port", "state", "governorate", "area"}


# a city this large is known by its other spellings too ('Misrata' for Misratah): one the NER
# missed in a place slot is taken under any of its names
_KNOWN_CITY = 100_000
# 'the village of Nagrig': what follows names a settlement
_SETTLEMENTS = {"town", "village", "hamlet", "suburb", "township", "neighbourhood", "neighborhood"}


class Mention:
    """A place mention: its span, gazetteer candidates, how it was found (``ner``), a
    generic word saying which reading is meant (``hint``: 'adm', 'city' or None) and, for a
    named site, ``site`` = True (its candidates, if any, are of a place named inside it);
    ``seat`` = True for the town a court, police force or council is named after."""
    __slots__ = ("start", "end", "text", "span", "keys", "cands", "ner", "hint", "site", "seat")

    def __init__(self, span, keys, cands, ner, hint=None, site=False, seat=False):
        self.span = span
        self.start, self.end, self.text = span.start_char, span.end_char, span.text
        self.keys, self.cands, self.ner = keys, cands, ner
        self.hint = hint
        self.site = site
        self.seat = seat


# 'central Washington', 'eastern Oregon': parts of an area, which a city is seldom divided into
# in news (and 'downtown' is not here): the area reading of a name that is both
AREA_PARTS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
              "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
              "south-western", "upstate", "downstate"}


def hint(span) -> str | None:
    """Generic word next to the name that says which reading is meant."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    prev = doc[span.start - 1] if span.start else None
    prev2 = doc[span.start - 2].lower_ if span.start >= 2 and doc[span.start - 1].lower_ == "of" else ""
    last = span[-1].lower_
    if last in ADM_WORDS or nxt in ADM_WORDS or prev2 in ADM_WORDS:
        return "adm"
    if (prev is not None and prev.text in AREA_PARTS) or (len(span) > 1 and span[0].text in AREA_PARTS):
        return "adm"   # lower case only: 'North Carolina', 'Central African Republic' are names
    if last == "city" or nxt == "city" or prev2 == "city":
        return "city"
    return None


def trim(span):
    """Drop leading determiners/direction words and trailing possessives."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return doc[s:e]


def lookup(gaz: Gazetteer, span) -> tuple[list[Entry], object]:
    """Candidates for a span, trying it whole, then without generic prefixes/suffixes, then
    the name after 'District of' / 'Republic of'."""
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
    if len(words) > 2 and words[0].lower_ in _OF_PREFIXES and words[1].lower_ == "of":
        tries.append(span[2:])
    for sp in tries:
        c = gaz.candidates(sp.text)
        if c:
            return c, sp
    return [], span


def is_site(span) -> bool:
    """A named site: its last word is a site noun ('Royal Street', 'Windsor Castle')."""
    return len(span) > 1 and span[-1].lower_.rstrip(".") in SITE_WORDS and (span[0].is_title or span[0].is_upper)


def saints_site(span) -> bool:
    """'St. Peter' in "St. Peter's Basilica", 'St George' in "St George's Chapel": a name
    owning a site noun right after it names the site (the NER cut it), not a town."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" \
        and doc[span.end + 1].is_title and doc[span.end + 1].lower_ in SITE_WORDS


# a court of law is named after the town or province it sits in ('Belfast Magistrates' Court',
# 'Lahore High Court'); a street or block of flats called a court is not ('Bedford Court')
_COURT_RANKS = {"magistrates", "magistrate", "magistrates'", "high", "crown", "district", "sessions",
                "county", "municipal", "superior", "circuit", "family", "youth", "juvenile",
                "provincial", "regional", "appeals", "criminal", "sheriff", "coroner", "coroners"}
# words that say what kind of court or body it is, never where it sits ('the Supreme Court',
# 'a Grave Crimes Court', 'the Federal Court': Supreme, Grave and Federal are places too)
_COURT_KINDS = _COURT_RANKS | {"supreme", "constitutional", "federal", "national", "central", "military",
                               "international", "special", "revolutionary", "islamic", "state", "grave",
                               "serious", "civil", "metropolitan", "traffic", "city", "election", "security"}


def town_court(span) -> bool:
    """A court of law whose rank word comes right before 'Court' ('Belfast Magistrates'
    Court', 'Lahore High Court'): the words before the rank name its town."""
    words = [t for t in span[:-1] if t.tag_ != "POS" and not t.is_punct]
    return span[-1].lower_ == "court" and bool(words) and words[-1].lower_ in _COURT_RANKS


def _court_seat(span, cands, site: bool) -> bool:
    """A site mention that is a law court with its town read: the town's court (``seat``)."""
    return site and bool(cands) and town_court(span)


def embedded(gaz: Gazetteer, span) -> list[Entry]:
    """Candidates of a town or area named inside a site's name ('Manila Cathedral' ->
    Manila, 'Colchester General Hospital' -> Colchester), longest name first; none for
    rivers, lakes and mountains, named after themselves ('Mississippi River')."""
    court = town_court(span)
    if (span[-1].lower_.rstrip(".") in _NOT_NAMED_AFTER_TOWN and not court) \
            or span[0].lower_ in _NOT_NAMED_AFTER_TOWN:
        return []
    words = span[:-1]
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            sub = words[i:i + n]
            if not sub[0].is_title or sub[-1].is_punct or sub[-1].tag_ == "POS" \
                    or (n == 1 and sub[0].lower_ in _PREFIXES):
                continue
            cands = [c for c in gaz.candidates(sub.text) if not c.alternate and (
                c.population >= 1000 or c.curated or c.feature_code.startswith(("ADM", "PCL")))
                and not (court and c.is_country)]   # a country's court sits in one town of it
            if cands:
                return cands
    return []


def find_mentions(parsed, gaz: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    taken: set = set()
    for ent in _place_entities(parsed, gaz):
        sp = trim(ent)
        if not len(sp) or any(t.lower_ in _NON_PLACE_WORDS for t in sp):
            continue
        cands, used = lookup(gaz, sp)
        if sp.text.isupper() and len(sp.text) <= 3:   # 'WA', 'KP': abbreviations, never a town 'Wa'
            cands = [c for c in cands if c.is_country or c.feature_code == "ADM1" or c.curated]
        # a named site ('Royal Street', 'Manila Cathedral', a building the NER calls FAC)
        site = not cands and (is_site(sp) or ent.label_ == "FAC")
        if site:
            cands = embedded(gaz, sp)
        elif saints_site(sp):
            site, cands = True, []
        m = Mention(used if cands and not site else sp, [place_key(used.text)], cands, True, hint(sp), site,
                    _court_seat(sp, cands, site))
        mentions.append(m)
        taken.update(range(m.span.start, m.span.end))
    mentions.extend(_curated_names(parsed, gaz, taken))
    mentions.extend(_located_names(parsed, gaz, taken, mentions))
    mentions.extend(_seats(parsed, gaz, taken))
    mentions.extend(_same_names(parsed, taken, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _place_entities(parsed, gaz: Gazetteer):
    """Place entities, two adjacent ones joined when together they name a place ('Baja' +
    'California' is Baja California, not a Hungarian town and a state)."""
    ents = [e for e in parsed.ents if e.label_ in PLACE_LABELS]
    i = 0
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents) and ents[i + 1].start == ent.end:
            joined = parsed[ent.start:ents[i + 1].end]
            if gaz.has(joined.text):
                yield joined
                i += 2
                continue
        yield ent
        i += 1


# military and border sites a district or town names ('the Zhob garrison', 'the Chaman checkpoint')
_POSTS = {"garrison", "cantonment", "checkpoint", "checkpost", "post", "fort", "border", "crossing", "compound"}


def _names_a_site(tok) -> bool:
    """A curated name the NER calls a person that names a site or an area ('the Zhob garrison'):
    a place all the same."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in SITE_WORDS | _OF_HEADS | _POSTS


def _curated_names(parsed, gaz: Gazetteer, taken: set) -> list[Mention]:
    """Curated names (districts, crossings) the NER missed or labelled otherwise."""
    out = []
    n = len(parsed)
    i = 0
    maxlen = gaz.max_curated_len
    while i < n:
        tok = parsed[i]
        if i in taken or not (tok.is_title or tok.is_upper) or tok.is_stop:
            i += 1
            continue
        first = place_key(tok.text).split()
        if not first or first[0] not in gaz.curated_first:
            i += 1          # no curated name starts with this word: no span need be tried
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
            if hit[0].ent_type_ in ("PERSON", "NORP") and len(hit) == 1 and not _names_a_site(hit[0]):
                i += 1
                continue
            cands = [c for c in gaz.candidates(hit.text) if c.curated]
            if cands:
                out.append(Mention(hit, [place_key(hit.text)], cands, False))
                taken.update(range(hit.start, hit.end))
                i = hit.end
                continue
        i += 1
    return out


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
    if prep.lower_ in LOC_PREPS:
        return True
    if prep.lower_ == "of" and (prep.head.lemma_.lower() in _OF_HEADS or prep.head.lower_ in _OF_HEADS):
        return True     # the lemma of 'outskirts' is 'outskirt'
    return first.dep_ == "pobj" and prep.head.lower_ in LOC_PREPS


def _named_settlement(root) -> bool:
    """The name after 'the village of', 'the town of': a settlement, whatever the NER says."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SETTLEMENTS


def _is_area(gaz: Gazetteer, sp) -> bool:
    return any(not c.alternate and (c.is_country or c.feature_code.startswith("ADM"))
               for c in gaz.candidates(sp.text))


def _container_after(sp, by_start: dict, spans_at: dict, gaz: Gazetteer):
    """'Matias Romero, Oaxaca State' / 'Croft, Yorkshire': the area or country right after a
    comma, as a known mention or as a name whose main reading is an area."""
    doc = sp.doc
    if sp.end + 1 < len(doc) and doc[sp.end].text == ",":
        m = by_start.get(sp.end + 1)
        if m is not None:
            return m if any(c.is_country or c.feature_code.startswith("ADM") for c in m.cands) else None
        nxt = spans_at.get(sp.end + 1)
        if nxt is not None and _is_area(gaz, nxt):
            return nxt
    return None


def _name_spans(parsed):
    """Entities of non-place types and capitalised proper-noun runs outside any entity
    (read from the parse's arrays: a Token for every word costs more than the rest)."""
    from spacy.attrs import ENT_TYPE, IS_TITLE, POS
    from spacy.symbols import PROPN
    spans = [e for e in parsed.ents if e.label_ in _MISLABELLED]
    rows = parsed.to_array([ENT_TYPE, POS, IS_TITLE]).tolist()
    bare = [not ent and pos == PROPN for ent, pos, _ in rows]     # a proper noun outside entities
    n = len(rows)
    for i, (_, _, title) in enumerate(rows):
        if bare[i] and title and (i == 0 or not bare[i - 1]):
            j = i
            while j + 1 < n and bare[j + 1]:
                j += 1
            spans.append(parsed[i:j + 1])
    return spans


def _located_names(parsed, gaz: Gazetteer, taken: set, known: list[Mention]) -> list[Mention]:
    """Proper names the NER missed or mislabelled ('in Cirencester' as a person, 'in Tunis'
    as a nationality) that fill a place slot and are the main name of a town of 1,000+
    inhabitants or of a larger area, or another name of a country ('the Holy See') or of a
    city of _KNOWN_CITY ('militias from Misrata', GeoNames' Misratah); or that
    are followed by the area they lie in ('Matias Romero, Oaxaca State'), then any town of
    that area or country. Whole entities only: 'Kent' in 'at Kent State University' is not a
    place. Site names in a place slot ('at Barclays Center') become sites."""
    out = []
    by_start = {m.span.start: m for m in known}
    spans = [trim(sp) if len(sp) and sp[0].lower_ == "the" else sp for sp in _name_spans(parsed)]
    spans = [sp for sp in spans if len(sp) and sp[0].is_title and len(sp) <= 5]
    spans_at = {sp.start: sp for sp in spans}
    for sp in spans:
        if any(t.i in taken for t in sp):
            continue
        area = _container_after(sp, by_start, spans_at, gaz)
        if area is not None:
            if not isinstance(area, Mention):     # the area itself, mislabelled too
                area_cands = [c for c in gaz.candidates(area.text) if not c.alternate]
                area = Mention(area, [place_key(area.text)], area_cands, False, hint(area))
                out.append(area)
                by_start[area.span.start] = area
                taken.update(range(area.span.start, area.span.end))
            ccs = {c.country for c in area.cands}
            cands = [c for c in gaz.candidates(sp.text) if c.country in ccs]
            site = not cands and not (sp.label_ == "PERSON" and len(sp) > 1)
        elif _locative_slot(sp.root, taken):
            cands = [c for c in gaz.candidates(sp.text) if (
                not c.alternate or c.is_country or c.population >= _KNOWN_CITY) and (
                c.population >= 1000 or c.curated or c.feature_code.startswith(("ADM", "PCL")))]
            site = not cands and is_site(sp)
            if not cands and not site and _named_settlement(sp.root):
                # 'the village of Abu Allaj': a place the gazetteer lacks, put where the
                # place after it ('in western Raqqa') or the story's focus is
                out.append(Mention(sp, [place_key(sp.text)], [], False, None, True))
                taken.update(range(sp.start, sp.end))
                continue
        else:
            continue
        if site:
            cands = embedded(gaz, sp)
        if cands or site:
            out.append(Mention(sp, [place_key(sp.text)], cands, False, hint(sp), site,
                               _court_seat(sp, cands, site)))
            taken.update(range(sp.start, sp.end))
    return out


# bodies that sit in the town they are named after: 'the Paranaque Regional Trial Court', 'a
# PARANAQUE court', 'Belfast Magistrate's Court', 'St. Louis Police'
SEATED = {"court", "magistrate", "tribunal", "police", "council", "municipality", "prosecutor"}


def _seats(parsed, gaz: Gazetteer, taken: set) -> list[Mention]:
    """The town a court, a police force or a council is named after, which the NER reads as part
    of the body's name or misses (capitals): the story's news happens where its court sits. A
    town of 1,000 inhabitants at least, or a city of _KNOWN_CITY under another of its names
    ('Paranaque' for Paranaque City); not a state ('the Pakistan Supreme Court')."""
    out = []
    for tok in parsed:
        if tok.i in taken or tok.dep_ != "compound" or not (tok.is_title or tok.is_upper) or tok.is_stop \
                or tok.lower_ in _COURT_KINDS:
            continue        # 'the Supreme Court': no village called Supreme
        if (tok.i > 0 and parsed[tok.i - 1].dep_ == "compound" and parsed[tok.i - 1].head.i == tok.head.i
                and (parsed[tok.i - 1].is_title or parsed[tok.i - 1].is_upper)):
            continue        # not the first word of the name
        body = tok.head
        for _ in range(3):
            if body.lemma_.lower() in SEATED or body.dep_ not in ("compound", "poss") or body.head.i == body.i:
                break
            body = body.head
        if body.lemma_.lower() not in SEATED:
            continue
        for n in (3, 2, 1):
            sp = parsed[tok.i:tok.i + n]
            if sp.end > body.i or any(t.i in taken or not (t.is_title or t.is_upper) for t in sp):
                continue
            cands = [c for c in gaz.candidates(sp.text) if not c.is_country
                     and not c.feature_code.startswith("PCL") and c.population >= 1000
                     and (not c.alternate or c.population >= _KNOWN_CITY)]
            if cands:
                out.append(Mention(sp, [place_key(sp.text)], cands, False, hint(sp), seat=True))
                taken.update(range(sp.start, sp.end))
                break
    return out


def _same_names(parsed, taken: set, known: list[Mention]) -> list[Mention]:
    """Other occurrences of a name the document already uses as a place, wherever they
    stand and however the NER labelled them ('Afrin' found 'in Afrin', then 'Afrin' as a
    product elsewhere): one sense per discourse."""
    names = {}
    for m in known:
        if m.cands and not m.site:
            names.setdefault(m.text, m)
    out = []
    for sp in _name_spans(parsed):
        sp = trim(sp) if len(sp) and sp[0].lower_ == "the" else sp
        if not len(sp) or any(t.i in taken for t in sp):
            continue
        m = names.get(sp.text)
        if m is not None:
            out.append(Mention(sp, list(m.keys), m.cands, False, m.hint))
            taken.update(range(sp.start, sp.end))
    return out
