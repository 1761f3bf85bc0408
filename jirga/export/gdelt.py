"""GDELT 2.0: the Event table (61 tab-separated columns, one row per real-world event) and
its Mentions table (16 columns, one row per report of an event), as GDELT ships them:
no header line unless asked (``header=True``), the Mentions beside the events file
("x.gdelt.tsv" -> "x.gdelt.mentions.tsv"; "x.export.CSV" -> "x.mentions.CSV").

An event is a merged cluster of factual reports (negated, hypothetical and future ones
are left out): NumMentions, NumSources and NumArticles count its reports, outlets and
documents, SOURCEURL and IsRootEvent come from its root report, DATEADDED is the day it was
first reported. CAMEO event codes keep their leading zero ("042"); QuadClass is 1..4; the
GoldsteinScale column holds PLOVER's -10..+10 intensity, a Goldstein-like score; actor codes
are country plus CAMEO type ("PAKGOV"); the ActionGeo columns hold the event's place with
GDELT's FIPS 10-4 country codes, its GeoNames id as FeatureID. Jirga computes no tone
(AvgTone, MentionDocTone empty), no admin-1 codes (ADM1Code is the country code, as GDELT
writes it for a country) and no per-actor places (Actor1Geo/Actor2Geo type 0). GLOBALEVENTID
is a number derived from the cluster id, the same in every export.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse
from xml.sax.saxutils import escape

from jirga.export import codes
from jirga.export.base import Rows, Writer
from jirga.export.flat import factual
from jirga.export.table import line
from jirga.periods import first_day

# The GDELT 2.0 Event table's columns, in order (GDELT Event Codebook V2.0).
EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"{a}{f}" for a in ("Actor1", "Actor2") for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"])
# The GDELT 2.0 Mentions table's columns, in order (GDELT Event Codebook V2.0).
MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

WEB, CITATION_ONLY = 1, 2          # GDELT MentionType
NO_GEO = [0] + [None] * 7          # a Geo block for no place


def global_id(cluster: str) -> int:
    """A stable positive 60-bit number for a cluster id."""
    return int(hashlib.sha256(cluster.encode("utf-8")).hexdigest()[:15], 16)


def stamp(value: Optional[str]) -> Optional[str]:
    """A date or ISO datetime as GDELT's YYYYMMDDHHMMSS."""
    day = first_day(value)
    if day is None:
        return None
    clock = "".join(ch for ch in str(value)[11:19] if ch.isdigit()) if len(str(value)) > 10 else ""
    return day.strftime("%Y%m%d") + (clock if len(clock) == 6 else "000000")


def identifier(ev, meta) -> str:
    """The report's document: its URL, else the id given in the input, else Jirga's id."""
    return (meta.url or meta.ext_id or meta.doc_id) if meta else ev.doc_id


def actor(refs) -> list:
    """The ten Actor columns for one side: its first actor with codes."""
    if not refs:
        return [None] * 10
    ref = next((r for r in refs if r.country), refs[0])
    world = codes.international(ref.country)
    country = None if world else ref.country
    types = [codes.cameo_type(ref.country)] if world else []
    types = [t for t in dict.fromkeys(types + [codes.cameo_type(ref.sector)]) if t]
    name = ref.name or codes.country_name(ref.country) or ref.text
    code = (country or "") + "".join(types)
    return [code or None, name.upper() if name else None, country, None, None, None, None,
            *(types + [None, None, None])[:3]]


def geo(loc) -> list:
    """The eight ActionGeo columns for the event's place."""
    if loc is None or loc.lat is None:
        return list(NO_GEO)
    fc, usa = loc.feature_code or "", loc.country == "USA"
    kind = 1 if fc.startswith("PCL") else (2 if usa else 5) if fc.startswith("ADM1") else 3 if usa else 4
    parts = [loc.name] + ([loc.admin1] if loc.admin1 and loc.admin1 != loc.name and kind > 1 else [])
    country = codes.country_name(loc.country)
    full = ", ".join(p for p in parts + ([country] if kind > 1 and country else []) if p)
    fips = codes.fips(loc.country) or None
    feature = fips if kind == 1 else loc.geonameid if loc.geonameid is not None else fips
    return [kind, full, fips, fips, None, loc.lat, loc.lon, feature]


class Cluster:
    """What the event row needs from all reports of one cluster."""
    __slots__ = ("head", "mentions", "docs", "outlets", "first", "root", "lead")

    def __init__(self):
        self.head: Optional[str] = None      # the report that stands for the event
        self.mentions, self.docs, self.outlets = 0, set(), set()
        self.first: Optional[str] = None     # earliest publication date
        self.root: Optional[tuple] = None    # (sort key, source) of the earliest report
        self.lead: Optional[tuple] = None    # the same for the earliest headline or lead sentence

    def add(self, key: str, ev, meta) -> None:
        if self.head is None or ev.event_id == key:   # the cluster's own first report, if factual
            self.head = ev.event_id
        published = meta.published if meta else None
        self.mentions += 1
        self.docs.add(ev.doc_id)
        self.outlets.add((meta.source or meta.url or meta.doc_id) if meta else ev.doc_id)
        if published and (self.first is None or published < self.first):
            self.first = published
        pick = (((published or "9999"), ev.doc_id, ev.sentence.index), identifier(ev, meta))
        self.root = min(self.root, pick) if self.root else pick
        if ev.sentence.index <= 1:
            self.lead = min(self.lead, pick) if self.lead else pick

    @property
    def added(self) -> Optional[str]:
        return stamp(self.first)


def event_row(ev, gid: int, c: Cluster) -> list:
    day = first_day(ev.date) or first_day(c.first)
    cameo = ev.cameo or ""
    dates = [None] * 4 if day is None else [
        day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
        f"{day.year + day.timetuple().tm_yday / 365:.4f}"]
    return [gid, *dates, *actor(ev.actor), *actor(ev.recipient), int(c.lead is not None),
            cameo or None, cameo[:3] or None, cameo[:2] or None, ev.quad, ev.intensity,
            c.mentions, len(c.outlets), len(c.docs), None, *NO_GEO, *NO_GEO, *geo(ev.location),
            c.added, (c.lead or c.root)[1]]


def mention_row(ev, meta, gid: int, c: Cluster) -> list:
    url = meta.url if meta else None
    source = urlparse(url).hostname if url else (meta.source if meta else None)
    ids = "".join(f"<{tag}>{escape(v)}</{tag}>" for tag, v in (
        ("EXT_ID", meta.ext_id if meta else None), ("DOC_ID", ev.doc_id)) if v)
    return [gid, c.added, stamp(meta.published if meta else None), WEB if url else CITATION_ONLY,
            source, identifier(ev, meta), ev.sentence.index + 1,
            ev.actor[0].start if ev.actor else -1, ev.recipient[0].start if ev.recipient else -1,
            ev.trigger.start, 1, round((ev.confidence or 0) * 100), None, None, None, ids]


def mentions_path(out: Path) -> Path:
    """Where the Mentions table goes, beside the events file."""
    name = out.name
    if ".export." in name.lower():
        i = name.lower().index(".export.")
        return out.with_name(name[:i] + ".mentions." + name[i + len(".export."):])
    return out.with_name(f"{out.stem}.mentions{out.suffix}")


def write(rows: Rows, out: Path, header: bool = False) -> int:
    """Two passes over the reports: the clusters' counts, then one row per event (at the
    report that stands for it) and one per mention. The store's rows are read again; a
    one-shot iterator is held in memory first."""
    if iter(rows) is rows:
        rows = list(rows)
    clusters: dict[str, Cluster] = {}
    for ev, meta in rows:
        if factual(ev):
            key = ev.cluster_id or ev.event_id
            clusters.setdefault(key, Cluster()).add(key, ev, meta)
    n = 0
    with Path(out).open("w", encoding="utf-8", newline="") as events, \
            mentions_path(Path(out)).open("w", encoding="utf-8", newline="") as mentions:
        if header:
            events.write(line(EVENT_COLUMNS))
            mentions.write(line(MENTION_COLUMNS))
        for ev, meta in rows:
            if not factual(ev):
                continue
            key = ev.cluster_id or ev.event_id
            c, gid = clusters[key], global_id(key)
            if ev.event_id == c.head:
                events.write(line(event_row(ev, gid, c)))
                n += 1
            mentions.write(line(mention_row(ev, meta, gid, c)))
    return n


WRITER = Writer("gdelt", (".gdelt.tsv", ".export.csv"), write, merged=False, options=("header",))
