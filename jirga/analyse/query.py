"""Events out of the store as typed records or a DataFrame, one row per event.

    import jirga.analyse as ja
    df = ja.frame("jirga.duckdb", actor_country="PAK", start="2024-01")
    rows = ja.events("jirga.duckdb", source="PAK", target="AFG", limit=20)

Every function takes ``db``: an open store, a DuckDB path or a ``postgresql://`` URL
(opened for reading, closed again), and the filters of ``EventQuery`` as keywords or a
ready ``query``. Only events reported as having happened are selected unless
``factual=None`` (all) or ``False`` (only negated, hypothetical and future ones).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import threading
from typing import Iterator, Optional

from jirga.store import Store, open_store
from jirga.store.filters import EventQuery

_CODE_LIKE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@contextlib.contextmanager
def opened(db) -> Iterator[Store]:
    """``db`` itself if it is a store, else the database it names, opened for reading.
    A store written by an older Jirga lacks the typed facts queries read: it is opened
    for writing once, which fills them in."""
    if not isinstance(db, (str, bytes)) and hasattr(db, "count_events"):
        yield db
        return
    store = open_store(db, read_only=True)
    try:
        if store.facts_missing():
            store.close()
            open_store(db).close()            # a writer fills in what is missing
            store = open_store(db, read_only=True)
        yield store
    finally:
        store.close()


def make_query(query: Optional[EventQuery] = None, **filters) -> EventQuery:
    """``query`` with ``filters`` changed, or a new one; entity names given by an alias
    ("TTP") are read as the registry's name for them."""
    q = query.replace(**filters) if query is not None else EventQuery(**filters)
    names = {k: canonical(getattr(q, k)) for k in ("actor", "recipient", "source", "target") if getattr(q, k)}
    changed = {k: v for k, v in names.items() if v != getattr(q, k)}
    return q.replace(**changed) if changed else q


def canonical(spec: str) -> str:
    """The registry name of an actor given by name or alias; codes ("PAK", "PAK GOV"),
    Wikidata ids and "? text" labels are returned as they are, and so is a name the
    registry does not know."""
    spec = spec.strip()
    if spec.startswith("? ") or _is_code(spec) or (spec[:1] == "Q" and spec[1:].isdigit()):
        return spec
    actor = registry().lookup(spec)
    return actor.name if actor is not None else spec


def _is_code(spec: str) -> bool:
    parts = spec.split(" ")
    if not (1 <= len(parts) <= 2 and all(len(p) == 3 and p.isalpha() and p.isupper() for p in parts)):
        return False
    if len(parts) == 2:
        return True
    import pycountry
    return spec in _CODE_LIKE or pycountry.countries.get(alpha_3=spec) is not None


_REGISTRY_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _registry():
    from jirga.actors.registry import Registry, user_files
    from jirga.settings import load_settings
    settings = load_settings()
    return Registry.load(user_files(settings), settings.get("cache_dir"))


def registry():
    """The actor registry (shipped files and the user's), loaded once per process."""
    with _REGISTRY_LOCK:
        return _registry()


# -- records ------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class EventRow:
    """One event as a flat, typed row (the columns of ``frame``). ``date`` is the first
    day of the event's date and ``date_precision`` says how much of it is known: a
    month's events are dated its 1st with precision "month"; ``date_text`` is the value
    as coded ("2024-W08"). ``actor_*`` and ``recipient_*`` describe the first mention on
    each side (``actors_frame`` lists them all); ``actor_entity`` is the registry name."""
    event_id: str
    doc_id: str
    ext_id: Optional[str]
    date: Optional[dt.date]
    date_precision: Optional[str]
    date_text: Optional[str]
    type: str
    mode: Optional[str]
    cameo: Optional[str]
    quad: Optional[int]
    intensity: Optional[float]
    factual: bool
    negated: bool
    hypothetical: bool
    future: bool
    actor_text: Optional[str]
    actor_entity: Optional[str]
    actor_country: Optional[str]
    actor_sector: Optional[str]
    recipient_text: Optional[str]
    recipient_entity: Optional[str]
    recipient_country: Optional[str]
    recipient_sector: Optional[str]
    place_name: Optional[str]
    place_country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    dead: Optional[int]
    injured: Optional[int]
    arrested: Optional[int]
    contexts: list
    confidence: Optional[float]
    cluster_id: Optional[str]
    claim_id: Optional[str]
    title: Optional[str]
    source: Optional[str]
    url: Optional[str]
    published: Optional[str]
    sentence: Optional[str]
    trigger: Optional[str]

    @classmethod
    def of(cls, r: dict) -> "EventRow":
        d = r["date"]
        return cls(r["event_id"], r["doc_id"], r["ext_id"], d if isinstance(d, dt.date) or d is None
                   else dt.date.fromisoformat(str(d)[:10]), r["date_precision"], r["date_text"], r["type"],
                   r["mode"], r["cameo"], r["quad"], r["intensity"], bool(r["factual"]), bool(r["negated"]),
                   bool(r["hypothetical"]), bool(r["future"]), r["actor_text"], r["actor_name"],
                   r["actor_country"], r["actor_sector"], r["recipient_text"], r["recipient_name"],
                   r["recipient_country"], r["recipient_sector"], r["place_name"], r["place_country"],
                   r["lat"], r["lon"], r["dead"], r["injured"], r["arrested"],
                   json.loads(r["contexts"]) if r["contexts"] else [], r["confidence"], r["cluster_id"],
                   r["claim_id"], r["title"], r["source"], r["url"], r["published"], r["sentence"], r["trigger"])

    @property
    def modality(self) -> str:
        """factual, negated, hypothetical or future (the first that holds)."""
        for name in ("negated", "hypothetical", "future"):
            if getattr(self, name):
                return name
        return "factual"

    def summary(self) -> dict:
        """The event as the REST API gives it (EventSummary: nested actor, recipient, place)."""
        return {
            "event_id": self.event_id, "doc_id": self.doc_id, "ext_id": self.ext_id, "title": self.title,
            "source": self.source, "url": self.url, "published": self.published,
            "date": self.date.isoformat() if self.date else None, "date_precision": self.date_precision,
            "date_text": self.date_text, "type": self.type, "mode": self.mode, "contexts": self.contexts,
            "cameo": self.cameo, "quad": self.quad, "intensity": self.intensity, "factual": self.factual,
            "modality": self.modality, "negated": self.negated, "hypothetical": self.hypothetical,
            "future": self.future, "sentence": self.sentence, "trigger": self.trigger,
            "cluster_id": self.cluster_id, "claim_id": self.claim_id, "confidence": self.confidence,
            "actor": _actor(self.actor_text, self.actor_entity, self.actor_country, self.actor_sector),
            "recipient": _actor(self.recipient_text, self.recipient_entity, self.recipient_country,
                                self.recipient_sector),
            "place": None if self.place_name is None and self.lat is None else {
                "name": self.place_name, "lat": self.lat, "lon": self.lon, "country": self.place_country},
            "size": {"dead": self.dead, "injured": self.injured, "arrested": self.arrested},
        }


def _actor(text, name, country, sector) -> Optional[dict]:
    if text is None and name is None and country is None:
        return None
    return {"text": text, "name": name, "entity_id": name, "country": country, "sector": sector}


COLUMNS = tuple(f.name for f in dataclasses.fields(EventRow))


# -- the API ----------------------------------------------------------------------------
def events(db, limit: Optional[int] = None, offset: int = 0, query: Optional[EventQuery] = None,
           **filters) -> list[EventRow]:
    """The selected events, latest first; ``limit=None``: all of them."""
    q = make_query(query, **filters)
    with opened(db) as store:
        if limit is not None:
            return [EventRow.of(r) for r in store.page_events(q, limit, offset)]
        return [EventRow.of(r) for r in store.stream_events(q, None, offset)]


def iter_events(store: Store, query: EventQuery, limit: Optional[int] = None, offset: int = 0) -> Iterator[EventRow]:
    """The selected events of an open store one at a time (for long exports)."""
    for r in store.stream_events(query, limit, offset):
        yield EventRow.of(r)


def count(db, query: Optional[EventQuery] = None, **filters) -> int:
    """How many events the filters select."""
    q = make_query(query, **filters)
    with opened(db) as store:
        return store.count_events(q)


def frame(db, query: Optional[EventQuery] = None, **filters):
    """A pandas DataFrame of the selected events, one row per event (``EventRow``'s
    columns): ``date`` a datetime64 column with ``date_precision`` beside it, integers as
    nullable Int64, ``factual`` and the modality flags as booleans."""
    pd = _pandas()
    rows = events(db, query=query, **filters)
    df = pd.DataFrame([dataclasses.astuple(r) for r in rows], columns=list(COLUMNS))
    df["date"] = pd.to_datetime(df["date"])
    for col in ("quad", "dead", "injured", "arrested"):
        df[col] = df[col].astype("Int64")
    for col in ("intensity", "lat", "lon", "confidence"):
        df[col] = df[col].astype("float64")
    for col in ("factual", "negated", "hypothetical", "future"):
        df[col] = df[col].astype("bool")
    return df


ACTOR_COLUMNS = ("event_id", "date", "date_precision", "role", "idx", "text", "entity", "country", "sector",
                 "wikidata", "resolved")


def actors_frame(db, query: Optional[EventQuery] = None, **filters):
    """The long table: one row per actor mention (role "actor" or "recipient", ``idx``
    its place on that side) of the selected events, with the event's date."""
    pd = _pandas()
    q = make_query(query, **filters)
    with opened(db) as store:
        df = pd.DataFrame(list(store.stream_actors(q)), columns=list(ACTOR_COLUMNS))
    df["date"] = pd.to_datetime(df["date"])
    df["idx"] = df["idx"].astype("Int64")
    df["resolved"] = df["resolved"].astype("boolean")
    return df


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("DataFrames need pandas: pip install pandas==3.1.1 "
                          "(events() gives the same rows without it)") from None
    return pandas
