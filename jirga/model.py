"""The one data model: every stage reads and writes these records.

Offsets are character offsets into ``Document.text``. Records convert to
plain dicts with ``to_dict`` (the JSONL contracts) and back with ``from_dict``.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple, Optional


def _asdict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _asdict(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                if not f.metadata.get("transient")}
    if isinstance(obj, (list, tuple)):
        return [_asdict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _asdict(v) for k, v in obj.items()}
    return obj


class Record:
    """Mixin: dict round-trip for slotted dataclasses."""

    def to_dict(self) -> dict:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict):
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name not in d or f.metadata.get("transient"):
                continue
            kwargs[f.name] = _from(f.metadata.get("type"), d[f.name])
        return cls(**kwargs)


def _from(kind, value):
    if kind is None or value is None:
        return value
    if isinstance(kind, list):
        return [kind[0].from_dict(v) for v in value]
    return kind.from_dict(value)


@dataclass(slots=True)
class Span(Record):
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence(Record):
    index: int
    start: int
    end: int
    text: str = ""


@dataclass(slots=True)
class ActorRef(Record):
    """An actor mention. ``name`` is the canonical actor, or None if unknown."""
    text: str
    start: int
    end: int
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    wikidata: Optional[str] = None
    resolved: bool = False
    kind: Optional[str] = None       # registry kind of the named actor: person, party, state, ...


@dataclass(slots=True)
class Place(Record):
    text: str
    start: int
    end: int
    name: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    country: Optional[str] = None     # ISO 3166 alpha-3
    feature_code: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None      # the second-level area (district, county) it lies in, by its gazetteer name


@dataclass(slots=True)
class Timex(Record):
    """A TimeML TIMEX3 expression (type DATE/TIME/DURATION/SET)."""
    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Size(Record):
    dead: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    at_least: bool = False  # counts are lower bounds ("at least 12", "dozens")


@dataclass(slots=True)
class ClusterCounts(Record):
    """How one real-world event was reported (GDELT-style): reports (mentions), distinct
    articles and outlets, the first and last publication date, and the root report (the
    earliest headline or lead sentence, else the earliest report)."""
    mentions: int = 0
    articles: int = 0
    sources: int = 0
    first_report: Optional[str] = None
    last_report: Optional[str] = None
    root: Optional[str] = None          # event id of the root report


@dataclass(slots=True)
class Event(Record):
    doc_id: str
    event_id: str
    event_type: str                       # one of PLOVER's 16 types
    sentence: Sentence = field(metadata={"type": Sentence})
    trigger: Span = field(metadata={"type": Span})
    mode: Optional[str] = None
    contexts: list = field(default_factory=list)
    cameo: Optional[str] = None
    quad: Optional[int] = None            # 1 verbal coop .. 4 material conflict
    intensity: Optional[float] = None
    actor: list = field(default_factory=list, metadata={"type": [ActorRef]})
    recipient: list = field(default_factory=list, metadata={"type": [ActorRef]})
    date: Optional[str] = None
    date_precision: Optional[str] = None  # day/week/month/year
    # where the date comes from: "text" (the event's own clause), "sentence" (a past date
    # of its sentence no nearer event takes), "context" (the past date the sentence before
    # tells its story on), "remention" (the report it re-mentions in its article), "report"
    # (the verb that reports it), "anchor" (the dated act it came before: 'shut on Friday
    # after clashes') or "published" (the publication date); the last three bound it from
    # above (``BOUND_BASES``)
    date_basis: Optional[str] = None
    date_span: Optional[Span] = field(default=None, metadata={"type": Span})  # the words that date it, if any
    location: Optional[Place] = field(default=None, metadata={"type": Place})
    size: Size = field(default_factory=Size, metadata={"type": Size})
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.0
    cluster_id: Optional[str] = None      # the real-world event this report belongs to (merge)
    answers: list = field(default_factory=list)   # ids of the events this one answers (a denial -> the accusation)
    claim: Optional[Span] = field(default=None, metadata={"type": Span})  # what an accusation claims
    claim_key: Optional[str] = None       # accuser | accused | matter: what makes accusations one claim
    claim_id: Optional[str] = None        # the claim thread (its first accusation's id), across documents
    counts: Optional[ClusterCounts] = field(default=None, metadata={"type": ClusterCounts})  # merged events
    sources: list = field(default_factory=list)  # provenance after merge: [{doc_id, sentence, ...}]


# Rejects from these stages mean the document has no text or parse to code; a reject
# from a later stage leaves the document coded by the stages that do not need it.
UNREAD_STAGES = ("ingest", "nlp")


# date bases that bound an event from above: it happened on or before that day
BOUND_BASES = frozenset({"report", "anchor", "published"})


@dataclass(slots=True)
class Reject(Record):
    doc_id: Optional[str]
    source: str          # file path, URL or record locator
    stage: str           # ingest, nlp, coding, ...
    code: str            # catalogue code (jirga.errors), e.g. E103
    reason: str          # one line, says what is wrong


@dataclass(slots=True)
class Document(Record):
    id: str
    text: str
    title: Optional[str] = None
    source: Optional[str] = None     # publisher / feed name
    url: Optional[str] = None
    published: Optional[str] = None  # ISO date or datetime, None if unknown
    origin: Optional[str] = None     # where it was read from (path, URL, path:line)
    ext_id: Optional[str] = None     # the id given in the input, if any
    notes: list = field(default_factory=list)  # e.g. "no publication date"
    story_id: Optional[str] = None   # the story it belongs to: its own id, or the original it copies
    sentences: list = field(default_factory=list, metadata={"type": [Sentence]})
    events: list = field(default_factory=list, metadata={"type": [Event]})
    places: list = field(default_factory=list, metadata={"type": [Place]})
    timex: list = field(default_factory=list, metadata={"type": [Timex]})
    rejects: list = field(default_factory=list, metadata={"type": [Reject]})
    parsed: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})
    bands: list = field(default_factory=list, repr=False, compare=False, metadata={"transient": True})

    @property
    def is_copy(self) -> bool:
        """A near-duplicate of another stored story: recorded, listed with it, not coded again."""
        return self.story_id is not None and self.story_id != self.id

    @property
    def rejected(self) -> bool:
        """True when the document could not be read or parsed: nothing of it is stored but
        its reject. A document on which a later stage failed is stored, with the reject."""
        return any(r.stage in UNREAD_STAGES for r in self.rejects)


# -- what the store returns: summaries, document metadata, and what merging compares --------
@dataclass(frozen=True, slots=True)
class Counts:
    """What a store holds, over all runs."""
    documents: int
    sentences: int
    events: int       # every coded event, negated and hypothetical ones included
    factual: int      # neither negated, hypothetical nor future (is_factual)
    undated: int      # documents without a publication date


@dataclass(frozen=True, slots=True)
class Dyad:
    """Source -> target, as country and sector codes ('PAK GOV'), or '? text' for an actor
    without a country; ``events`` counts factual events."""
    source: str
    target: str
    events: int

    def __iter__(self):  # ``src, tgt, n = dyad``, as with the tuples it replaces
        return iter((self.source, self.target, self.events))


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """A stored document's metadata, as exports attach it to each event."""
    doc_id: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    ext_id: Optional[str] = None     # the user's own id of the document, as given in the input

    def to_dict(self) -> dict:
        return asdict(self)


def is_factual(ev: "Event") -> bool:
    """Reported as having happened: not negated, hypothetical or in the future. Only such
    events are facts, in summaries, merging, exports and scores."""
    return not (ev.negated or ev.hypothetical or ev.future)


def actor_key(country: Optional[str], sector: Optional[str], name: Optional[str], text: Optional[str]) -> str:
    """How merging compares an actor: by its country and sector codes ('PAK GOV') when it
    has both, else by its canonical name, else by its lower-cased text. Stored with each
    actor mention (``event_actors.merge_key``) when it is written."""
    if country is not None and sector is not None:
        return f"{country} {sector}"
    if name is not None:
        return name
    return (text or "").lower()


NAME_KEY = "="   # prefix of an actor's identity key: a named actor is itself, not only its codes
ORG_KEY = "=org:"  # ... of an organisation's: a person is not told apart from the body they serve


# Named actors that are someone of their own, not the state they belong to.
IDENTITY_KINDS = frozenset({"person", "org", "party", "armed_group", "igo", "ngo", "media", "group"})


def name_key(country: Optional[str], sector: Optional[str], name: Optional[str],
             kind: Optional[str], text: Optional[str] = None) -> Optional[str]:
    """The identity key of a named person or organisation that also has codes ("=Fazlur
    Rehman" beside "PAK PTY"; "=org:Tehrik-i-Taliban Pakistan"): two reports naming
    different people, or different organisations, of one country and sector are not one
    event. A state, its capital or its government is the state itself.
    A name the registry does not know, written as one ("Maulana Sher Zaman Qasmi": two
    or more capitalised words), is its own identity too, in lower case."""
    if name and kind in IDENTITY_KINDS and country is not None and sector is not None:
        return f"{NAME_KEY}{name}" if kind == "person" else f"{ORG_KEY}{name}"
    if name is None and text and _proper_name(text):
        return f"{NAME_KEY}{text.lower()}"
    return None


_NAME_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "abu", "ul", "ud", "de", "da", "del", "van", "von", "la", "el"})


def _proper_name(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    return (len(caps) >= 2 and not any(ch.isdigit() for ch in text)
            and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words))


@dataclass(slots=True)
class Report:
    """A stored event as merging compares it. ``actors`` and ``recipients`` hold the
    ``actor_key`` of each mention; ``modality`` is (negated, hypothetical, future)."""
    event_id: str
    doc_id: str
    event_type: str
    date: Optional[str]
    place: Optional[str]
    actors: frozenset
    recipients: frozenset
    modality: tuple
    place_id: Optional[str] = None        # the place as an area ("PAK", "PAK/Khyber Pakhtunkhwa"), if one
    place_within: frozenset = frozenset()  # the areas that hold the place
    date_bound: bool = False              # the date is a report's or the publication's: on or before
    matter: Optional[str] = None          # what an accusation is about (its ``claim_key``'s matter)
    mode: Optional[str] = None            # the event's PLOVER mode ("explosives", "firearms")
    toll: Optional[str] = None            # an attack's town and dead ("PAK~besham#5"): ``rows.toll_of``


def place_scope(loc) -> tuple[Optional[str], list[str]]:
    """A place as an area others may lie in, and the areas it lies in: a country is its code,
    a first-level area "country/name"; a town lies in its first-level area and its country.
    Merging reads "in Bajaur" and "in Khyber Pakhtunkhwa" as compatible places. Below the
    first level a place is also known by "country~name": a district and its chief town
    mostly share a name (Zhob, Kandahar), and one report names the town, another the
    district. A town with an ``admin2`` also lies in that district's own key ("in Khar" and
    "in Bajaur district" are one place), and in "X" when the district is "X District": such a
    district goes by its chief town's name ("in the Daraban area of Dera Ismail Khan"). A
    border crossing also lies in the first-level area across the border ("at Torkham" and
    "in Nangarhar")."""
    if loc is None or not loc.country:
        return None, []
    code = loc.feature_code or ""
    if code.startswith("PCL"):
        return loc.country, []
    if code.startswith("ADM1") and loc.name:
        # a curated province's name may carry its kind ("Khost Province"); its towns name it bare
        return f"{loc.country}/{loc.admin1 or loc.name}", [loc.country]
    within = [loc.country] + ([f"{loc.country}/{loc.admin1}"] if loc.admin1 else [])
    if not loc.name:
        return None, within
    own = f"{loc.country}~{loc.name.lower()}"
    far = _far_side(loc.country, loc.name) if code == "PSTB" else None
    if far:          # a crossing lies on the border: in the area across it too
        within += [far[0], f"{far[0]}/{far[1]}"]
    a2 = (getattr(loc, "admin2", None) or "").lower()
    areas = [a2, a2.removesuffix(" district")] if a2 else []
    cell = [grid_cell(loc.lat, loc.lon)] if loc.lat is not None and loc.lon is not None else []
    return own, within + [own] + [k for k in dict.fromkeys(f"{loc.country}~{a}" for a in areas) if k != own] + cell


_FAR_SIDES: dict = {}


def _far_side(country: str, name: str) -> Optional[tuple[str, str]]:
    """(country, first-level area) across a border crossing (``gazetteer/crossings.csv``)."""
    if not _FAR_SIDES:
        from jirga import data      # a data file, read once; the model imports nothing else
        _FAR_SIDES.update({(r["country"], r["name"].lower()): (r["far_country"], r["far_admin1"])
                           for r in data.load("gazetteer/crossings.csv")})
    return _FAR_SIDES.get((country, name.lower()))


GRID = 10      # cells per degree: a cell is about 11 km high


def grid_cell(lat: float, lon: float) -> str:
    """"@row,col": where a town or district lies, as a cell of a tenth of a degree, so that
    merging can tell places a few kilometres apart (twin towns across a border, a town and
    its district's seat) from places far apart without carrying coordinates."""
    return f"@{round(lat * GRID)},{round(lon * GRID)}"


class HeadKey(NamedTuple):
    """What a clustered report must have for a new report to be compared with it: its
    type, an actor key in a role ("actor" or "recipient"), a date (None: undated);
    ``prefix``: the key is the start of the actor's key (a country: "PAK ")."""
    event_type: str
    role: str
    actor_key: str
    date: Optional[str]
    prefix: bool = False


@dataclass(slots=True)
class ClaimThread:
    """One claim across documents and time: who accuses whom of what, every report of the
    accusation and every denial that answers it, with the evidence sentences."""
    claim_id: str
    accuser: str                     # country and sector codes, or a name
    accused: Optional[str]
    matter: str
    first: Optional[str] = None      # earliest and latest dates
    last: Optional[str] = None
    documents: list = field(default_factory=list)
    accusations: list = field(default_factory=list)   # Events (ACCUSE)
    denials: list = field(default_factory=list)       # Events (REJECT) answering it

    def add(self, ev: "Event") -> None:
        (self.denials if ev.event_type == "REJECT" else self.accusations).append(ev)
        if ev.doc_id not in self.documents:
            self.documents.append(ev.doc_id)
        if ev.date:
            self.first = min(self.first or ev.date, ev.date)
            self.last = max(self.last or ev.date, ev.date)


def content_id(text: str) -> str:
    """Stable document id: hash of the whitespace-normalised text."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
