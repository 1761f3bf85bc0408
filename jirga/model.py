"""The one data model: every stage reads and writes these records.

Offsets are character offsets into ``Document.text``. Records convert to
plain dicts with ``to_dict`` (the JSONL contracts) and back with ``from_dict``.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional


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
    location: Optional[Place] = field(default=None, metadata={"type": Place})
    size: Size = field(default_factory=Size, metadata={"type": Size})
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.0
    sources: list = field(default_factory=list)  # provenance after merge: [{doc_id, sentence, ...}]


@dataclass(slots=True)
class Reject(Record):
    doc_id: Optional[str]
    source: str          # file path, URL or record locator
    stage: str           # ingest, nlp, coding, ...
    code: str            # catalogue code, e.g. E103
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
    sentences: list = field(default_factory=list, metadata={"type": [Sentence]})
    events: list = field(default_factory=list, metadata={"type": [Event]})
    places: list = field(default_factory=list, metadata={"type": [Place]})
    timex: list = field(default_factory=list, metadata={"type": [Timex]})
    rejects: list = field(default_factory=list, metadata={"type": [Reject]})
    parsed: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})


def content_id(text: str) -> str:
    """Stable document id: hash of the whitespace-normalised text."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
