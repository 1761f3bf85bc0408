"""Which events: the filter every selection takes (``EventQuery``), the search keys the
event facts hold for each side, and the WHERE clause they make over ``event_facts f``.

Every value reaches the database as a bound parameter; the SQL text is fixed here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Optional, Sequence

from jirga import errors
from jirga.errors import JirgaError
from jirga.periods import first_day

SEP = "\x1f"   # between search keys, as in ``events.merge_keys``
PRECISIONS = ("day", "week", "month", "year")   # finest first


# -- the typed date of an event ------------------------------------------------------------
def period_start(value: Optional[str], precision: Optional[str]) -> Optional[dt.date]:
    """The first day of a stored date (``jirga.periods.first_day``); a value's own form says
    its period, so ``precision`` adds nothing."""
    return first_day(value)


def precision_of(value: Optional[str], precision: Optional[str]) -> Optional[str]:
    if precision in PRECISIONS:
        return precision
    return {10: "day", 8: "week", 7: "month", 4: "year"}.get(len(value or "")) if value else None


# -- search keys ------------------------------------------------------------------------
def actor_keys(country, sector, name, wikidata, text) -> list[str]:
    """The keys an actor mention is found by: country ``c:``, sector ``s:``, both ``cs:``,
    registry name ``n:`` (lower case), Wikidata ``q:``, and the text ``t:`` of a mention
    with no country."""
    keys = []
    if country:
        keys.append(f"c:{country}")
    if sector:
        keys.append(f"s:{sector}")
    if country and sector:
        keys.append(f"cs:{country} {sector}")
    if name:
        keys.append(f"n:{name.lower()}")
    if wikidata:
        keys.append(f"q:{wikidata}")
    if not country and text:
        keys.append(f"t:{text.lower()}")
    return keys


def keys_text(refs) -> str:
    keys = sorted({k for a in refs for k in actor_keys(a.country, a.sector, a.name, a.wikidata, a.text)})
    return f"{SEP}{SEP.join(keys)}{SEP}" if keys else ""


def needle(key: str) -> str:
    return f"{SEP}{key}{SEP}"


_CODES = re.compile(r"^([A-Z]{3})(?: ([A-Z]{3}))?$")
_QID = re.compile(r"^Q\d+$")


def side_needles(spec: str) -> list[str]:
    """The needles one of which a side must hold for ``spec``: "PAK" (a country), "PAK GOV"
    (country and sector, as dyads are labelled), "? text" (an unresolved mention, as
    ``top_dyads`` labels it), "Q843" (Wikidata), else a registry name."""
    spec = spec.strip()
    if spec.startswith("? "):
        return [needle(f"t:{spec[2:].strip().lower()}")]
    m = _CODES.match(spec)
    if m and m[2]:
        return [needle(f"cs:{m[1]} {m[2]}")]
    if m:   # a country code, or a name that looks like one ("TTP")
        return [needle(f"c:{m[1]}"), needle(f"n:{spec.lower()}")]
    if _QID.match(spec):
        return [needle(f"q:{spec}")]
    return [needle(f"n:{spec.lower()}")]


# -- the filter ---------------------------------------------------------------------------
def _tuple(value, cast=str) -> tuple:
    if value is None or value == "":
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(cast(v.strip()) if isinstance(v, str) else cast(v) for v in items if str(v).strip())


def _day(value, name) -> Optional[dt.date]:
    if value is None or value == "" or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value or None
    if isinstance(value, dt.datetime):
        return value.date()
    d = period_start(str(value), None)
    if d is None:
        raise JirgaError(f"{name}={value!r} is not a date: give YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www",
                         errors.BAD_FILTER)
    return d


def _end_day(value, name) -> Optional[dt.date]:
    """An end bound names the last day of its period: end=2024-03 means up to 31 March."""
    if value is None or value == "" or isinstance(value, dt.date):
        return _day(value, name)
    s = str(value)
    first = _day(s, name)
    if len(s) == 4:
        return dt.date(first.year, 12, 31)
    if len(s) == 7:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if len(s) == 8:
        return first + dt.timedelta(days=6)
    return first


@dataclasses.dataclass(frozen=True)
class EventQuery:
    """Which events: every field left empty selects all. Values are checked on creation
    (a bad one is a ``JirgaError``, code E602).

    Dates: an event is in [start, end] when the first day of its date is (a month's 1st,
    a week's Monday); ``end`` given as a month or year means its last day. ``precision``
    keeps events dated at least that finely ("month": day, week and month dates).
    Sides: ``actor_country``/``actor_sector`` (one mention having both when both are
    given), ``actor`` a registry name or Wikidata id; ``source``/``target`` a dyad, each
    side as ``side_needles`` reads it; ``directed=False`` also takes target -> source and
    reciprocal events naming both among their actors. ``place``: a place name or its
    country code; ``bbox``: (west, south, east, north). ``q``: text in the sentence,
    any case. ``factual``: True (default) only events reported as having happened, False
    only the others, None both."""
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    types: tuple = ()
    quads: tuple = ()
    modes: tuple = ()
    actor_country: Optional[str] = None
    recipient_country: Optional[str] = None
    actor_sector: Optional[str] = None
    recipient_sector: Optional[str] = None
    actor: Optional[str] = None
    recipient: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    directed: bool = True
    place: Optional[str] = None
    bbox: Optional[tuple] = None
    q: Optional[str] = None
    factual: Optional[bool] = True
    precision: Optional[str] = None
    doc_id: Optional[str] = None

    def __post_init__(self):
        set_ = lambda k, v: object.__setattr__(self, k, v)   # noqa: E731  (frozen)
        set_("start", _day(self.start, "start"))
        set_("end", _end_day(self.end, "end"))
        set_("types", tuple(t.upper() for t in _tuple(self.types)))
        set_("modes", _tuple(self.modes))
        try:
            set_("quads", _tuple(self.quads, int))
        except ValueError:
            raise JirgaError(f"quad={self.quads!r}: give quad classes 1 to 4", errors.BAD_FILTER) from None
        if any(q not in (1, 2, 3, 4) for q in self.quads):
            raise JirgaError(f"quad={self.quads!r}: give quad classes 1 to 4", errors.BAD_FILTER)
        for name in ("actor_country", "recipient_country", "actor_sector", "recipient_sector"):
            v = getattr(self, name)
            set_(name, v.strip().upper() or None if isinstance(v, str) else v)
        for name in ("actor", "recipient", "source", "target", "place", "q", "doc_id"):
            v = getattr(self, name)
            set_(name, v.strip() or None if isinstance(v, str) else v)
        if self.bbox is not None and self.bbox != "":
            set_("bbox", _bbox(self.bbox))
        else:
            set_("bbox", None)
        if self.precision is not None and self.precision not in PRECISIONS:
            raise JirgaError(f"precision={self.precision!r}: give one of {', '.join(PRECISIONS)}",
                             errors.BAD_FILTER)

    def replace(self, **changes) -> "EventQuery":
        return dataclasses.replace(self, **changes)


def _bbox(value) -> tuple:
    try:
        parts = [float(v) for v in (value.split(",") if isinstance(value, str) else value)]
    except (TypeError, ValueError):
        parts = []
    if len(parts) != 4 or not (-90 <= parts[1] <= parts[3] <= 90) or not all(-180 <= x <= 180 for x in parts[::2]):
        raise JirgaError(f"bbox={value!r}: give west,south,east,north in degrees", errors.BAD_FILTER)
    return tuple(parts)


def _any_needle(column: str, needles: Sequence[str], params: list) -> str:
    params.extend(needles)
    return "(" + " OR ".join(f"strpos({column}, ?) > 0" for _ in needles) + ")"


def _side(q: EventQuery, role: str) -> list[str]:
    """Needle groups one side must hold: each group is a list of alternatives."""
    country, sector, entity = (getattr(q, f"{role}_country"), getattr(q, f"{role}_sector"), getattr(q, role))
    groups = []
    if country and sector:
        groups.append([needle(f"cs:{country} {sector}")])
    elif country:
        groups.append([needle(f"c:{country}")])
    elif sector:
        groups.append([needle(f"s:{sector}")])
    if entity:
        groups.append(side_needles(entity))
    return groups


def where(q: EventQuery) -> tuple[str, list]:
    """The WHERE clause over ``event_facts f`` for ``q``, and its parameters."""
    parts: list[str] = []
    params: list = []
    if q.factual is True:
        parts.append("f.factual")
    elif q.factual is False:
        parts.append("NOT f.factual")
    if q.start:
        parts.append("f.day >= ?")
        params.append(q.start)
    if q.end:
        parts.append("f.day <= ?")
        params.append(q.end)
    for column, values in (("f.event_type", q.types), ("f.quad", q.quads), ("f.mode", q.modes)):
        if values:
            parts.append(f"{column} = ANY(?)")
            params.append(list(values))
    if q.precision:
        parts.append("f.date_precision = ANY(?)")
        params.append(list(PRECISIONS[:PRECISIONS.index(q.precision) + 1]))
    for role, column in (("actor", "f.actors"), ("recipient", "f.recipients")):
        for group in _side(q, role):
            parts.append(_any_needle(column, group, params))
    if q.source or q.target:
        parts.append(_dyad(q, params))
    if q.place:
        parts.append("(f.place_key = ? OR f.place_country = ?)")
        params += [q.place.lower(), q.place.upper()]
    if q.bbox:
        w, s, e, n = q.bbox
        parts.append("f.lat BETWEEN ? AND ?")
        params += [s, n]
        if w <= e:
            parts.append("f.lon BETWEEN ? AND ?")
        else:   # across the antimeridian
            parts.append("(f.lon >= ? OR f.lon <= ?)")
        params += [w, e]
    if q.q:
        parts.append("f.event_id IN (SELECT t.event_id FROM events t WHERE strpos(lower(t.sentence_text), ?) > 0)")
        params.append(q.q.lower())
    if q.doc_id:
        parts.append("f.doc_id = ?")
        params.append(q.doc_id)
    return (" AND ".join(parts) or "TRUE"), params


def _dyad(q: EventQuery, params: list) -> str:
    src = side_needles(q.source) if q.source else None
    tgt = side_needles(q.target) if q.target else None

    def pair(a, b, a_col="f.actors", b_col="f.recipients"):
        out = []
        if a:
            out.append(_any_needle(a_col, a, params))
        if b:
            out.append(_any_needle(b_col, b, params))
        return "(" + " AND ".join(out) + ")"
    if q.directed:
        return pair(src, tgt)
    alternatives = [pair(src, tgt), pair(tgt, src)]
    if src and tgt:   # reciprocal: "A and B met" names both as actors
        alternatives.append(pair(src, tgt, "f.actors", "f.actors"))
    return "(" + " OR ".join(alternatives) + ")"
