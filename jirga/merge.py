"""One event, many reports: reports of the same event are given one cluster id.

Two coded events are one real-world event when they have the same type and modality,
agreeing actors (``side_agreement``: each side the same actor, or the same country with no
two different specific sectors, or left empty by one report; at least one side agreeing;
two different named people, organisations or countries on one side never agree; meetings
either way round), compatible places (the same, one unknown, or an area holding the other)
and compatible dates (days no more than ``days`` apart, or a month holding the other's
day: "2024-01" holds "2024-01-08"; a date that only bounds the event, the publication day
or the day of the report that tells it, holds the ``BOUND_DAYS`` before it; two such
bounds more than ``days`` apart tie two reports only when they name one actor by name).
Actors are compared by country and sector codes, as event data users count dyads, so
"Rehman met Muttaqi" and "the JUI chief met the Taliban's foreign minister" agree; an actor
without codes by its canonical name, else its lower-cased text. Every report keeps its own
row and sentence: the cluster is the provenance list.

Merging is incremental. A report joins a cluster when it agrees with one of the
cluster's reports near it in time and fits all of them (the cluster's id is its first
report's event id); of several, the one with the latest such report in (date, event id)
order; else it starts a cluster. ``merge_new`` takes the reports stored since the last
merge, asks the store only for the clusters they could join (same type, an actor key or
country in the same role, a date in the window: ``head_dates``)
and writes only their cluster ids: its cost follows the size of the batch, not of
the archive. (Undated reports are the exception: these rules compare them with every
undated cluster of their type and actors.) A report without actors is too vague to tie
to another report, whatever its place: it is a cluster of its own, unless its own
document has exactly one cluster it could belong to (a re-mention: "the talks", "the
attack").
"""
from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections import defaultdict
from typing import Iterable, Iterator

from jirga import errors
from jirga.model import NAME_KEY, ORG_KEY, Document, HeadKey, Report, place_scope
from jirga.periods import as_day, first_day, iso_week, week_days
from jirga.stage import Stage
from jirga.store.rows import BOUND_BASES, event_keys

__all__ = ["Report", "cluster", "merge_new", "same_dyad", "side_agreement", "dates_compatible", "head_dates",
           "report_of", "share_within", "STAGE"]


BOUND_DAYS = 7                      # how long before a report or publication an undated event may lie
SYMMETRIC = frozenset({"CONSULT"})   # A meeting B is B meeting A: reports name either side first
# In a clash each side fires and is hit: "a soldier was wounded" and "the troops opened fire"
# may tell one exchange from its two ends. Read either way round only when each report names
# one side, opposite ones, by the very same actor key (a report naming both sides keeps its
# direction: an attack and its reprisal are two events).
ONE_SIDED_MUTUAL = frozenset({"ASSAULT"})


def same_dyad(a: Report, b: Report) -> bool:
    """The two reports' actors agree: no side conflicts and at least one agrees
    (``side_agreement``; "Rehman met Akhund" and "Rehman met Akhund and Pakistani
    officials" are one meeting, Rehman's visit and Haq's are two)."""
    return (side_agreement(a, b) or 0) >= 1


def _named(keys: frozenset) -> frozenset:
    return frozenset(k for k in keys if k.startswith(NAME_KEY))


def _people(keys: frozenset) -> frozenset:
    return frozenset(k for k in keys if k.startswith(NAME_KEY) and not k.startswith(ORG_KEY))


def _others(x: frozenset, y: frozenset) -> bool:
    """Both sides name a person (or both an organisation) and no name of one is a name of
    the other; a name whose words hold the other's is the same ("=maulana sher zaman
    qasmi" and "=sher zaman qasmi", as unresolved names are written in full or in part).
    A person and an organisation never tell two reports apart: a minister speaks for
    the government, a commander for the group."""
    for orgs in (False, True):
        wx = [_words(k) for k in x if k.startswith(ORG_KEY) == orgs]
        wy = [_words(k) for k in y if k.startswith(ORG_KEY) == orgs]
        if wx and wy and not any(a <= b or b <= a for a in wx for b in wy):
            return True
    return False


def _same(x: frozenset, y: frozenset) -> bool:
    """A name of one is a name of the other (as ``_others`` compares them)."""
    return any(a <= b or b <= a for a in map(_words, x) for b in map(_words, y))


@functools.lru_cache(maxsize=4096)
def _words(key: str) -> frozenset:
    return frozenset(key.removeprefix(ORG_KEY).removeprefix(NAME_KEY).lower().split())


# -- sides compared by country: how reports of one event differ most ------------------------
# Reports of one attack call its victims "civilians", "people", "soldiers" or "border posts";
# of one visit, the guest "Pakistan", "a Pakistani delegation" or "the minister". So two
# sides of one country agree unless both give a specific sector and these differ; the state
# as a whole (GOV) and people in general (CVL) are not specific.
GENERIC_SECTORS = frozenset({"GOV", "CVL"})
# Of a use of force, outlets name unknown attackers as they see them: the same men are
# "gunmen", "militants", "insurgents" or "terrorists". In force events two sectors of this
# family on the acting side do not tell reports apart (but do not tie them either). The
# state's forces are named by their institution (police and army making arrests the same day
# are two operations), and who was hit still tells attacks apart (police or soldiers).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
SECTOR_FAMILIES = (frozenset({"REB", "UAF", "INS", "CRM"}),)


@functools.lru_cache(maxsize=256)
def _kin(sectors: frozenset) -> frozenset:
    """``sectors`` with every sector of their families."""
    out = set(sectors)
    for family in SECTOR_FAMILIES:
        if sectors & family:
            out |= family
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _codes(keys: frozenset) -> dict[str, frozenset[str]]:
    """Country -> sectors of a side's code keys ("PAK GOV")."""
    out: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        country, _, sector = k.partition(" ")
        if len(country) == 3 and country.isupper() and sector.isupper() and len(sector) == 3:
            out[country].add(sector)
    return {c: frozenset(v) for c, v in out.items()}


def _side(x: frozenset, y: frozenset, force: bool = False) -> int | None:
    """How two reports' actors in one role compare: 1 they agree (a key or a country in
    common, no specific sector against another), 0 nothing to compare (a side empty or
    without codes; with ``force``, sectors of one of the ``SECTOR_FAMILIES``: they do not
    conflict, yet "militants" and "gunmen" are too loose to tie two attacks alone), None
    they conflict (different named actors, countries or sectors)."""
    if not x or not y:
        return 0
    if _others(_named(x), _named(y)):
        return None
    if x & y:
        return 1
    cx, cy = _codes(x), _codes(y)
    if not cx or not cy:
        return 0
    shared = cx.keys() & cy.keys()
    if not shared:
        return None
    kin = False
    for country in shared:
        sx, sy = cx[country] - GENERIC_SECTORS, cy[country] - GENERIC_SECTORS
        if not sx or not sy or sx & sy:
            return 1
        kin = kin or force and bool(_kin(sx) & sy)
    return 0 if kin else None


def _sides(a_src, a_tgt, b_src, b_tgt, force: bool = False) -> int | None:
    src, tgt = _side(a_src, b_src, force), _side(a_tgt, b_tgt)   # families: the acting side only
    if src is None or tgt is None:
        return None
    if src == 0 and tgt == 1 and a_src and b_src and not a_tgt & b_tgt and _side(a_src, b_src) is None:
        return 0    # loosely named attackers and victims alike only as "people": too little
    return src + tgt


def side_agreement(a: Report, b: Report) -> int | None:
    """The sides two reports agree on (0-2), None when a side conflicts; meetings either
    way round, the better of the two. A meeting read the other way round must then share
    a named person, if the straight reading names two different people on one side: a
    report that puts everyone on one side cannot tie one cleric's visit to another's."""
    straight = _sides(a.actors, a.recipients, b.actors, b.recipients, a.event_type in FORCE_TYPES)
    if a.event_type in ONE_SIDED_MUTUAL:
        return _one_sided(a, b, straight)
    if a.event_type not in SYMMETRIC:
        return straight
    crossed = _sides(a.actors, a.recipients, b.recipients, b.actors)
    if crossed is not None and (_others(_people(a.actors), _people(b.actors))
                                or _others(_people(a.recipients), _people(b.recipients))):
        if not (_same(_people(a.actors), _people(b.recipients))
                or _same(_people(a.recipients), _people(b.actors))):
            crossed = None
    if straight is None or (crossed is not None and crossed > straight):
        return crossed
    return straight


# Who was hit is what sources of one strike dispute most: "eight women and children" say the
# victims' side, "militant hideouts" the attackers'. Victims called civilians by one report and
# armed men by another do not tell two attacks apart when the attackers agree.
CONTESTED_VICTIMS = (frozenset({"CVL"}), frozenset({"REB", "UAF"}))


def _contested(x: frozenset, y: frozenset) -> bool:
    """One side only civilians, the other only armed groups (``CONTESTED_VICTIMS``), unnamed."""
    if _named(x) or _named(y):
        return False
    sx = {s for v in _codes(x).values() for s in v}
    sy = {s for v in _codes(y).values() for s in v}
    civil, armed = CONTESTED_VICTIMS
    return bool(sx and sy) and (sx <= civil and sy <= armed or sy <= civil and sx <= armed)


def _one_sided(a: Report, b: Report, straight: int | None) -> int | None:
    """``straight``; 1 when the attackers agree and the victims are ``_contested``, or the
    victims are the same and the attackers disputed at one town on one day; or 1 when it
    links nothing and one report's only side is the other's opposite side, by the same
    key (``ONE_SIDED_MUTUAL``)."""
    if straight is None and _contested(a.recipients, b.recipients) \
            and _side(a.actors, b.actors, True) == 1:
        return 1
    if straight is None and _disputed_attackers(a, b):
        return 1
    if straight or not (a.actors and b.recipients and not a.recipients and not b.actors
                        or a.recipients and b.actors and not a.actors and not b.recipients):
        return straight
    if a.actors & b.recipients or a.recipients & b.actors:
        return 1
    return straight


def _disputed_attackers(a: Report, b: Report) -> bool:
    """Who struck is what sources of one attack dispute most ("Islamic State said it carried
    out the bombing", "officials blamed the Pakistani Taliban"): two reports naming the very
    same victims (a key in common) at one town on the same day, told by the text, are one
    attack whoever each says did it."""
    return bool(a.actors and b.actors and a.recipients & b.recipients) \
        and _side(a.recipients, b.recipients) == 1 \
        and local_day(a) is not None and local_day(a) == local_day(b)


def dates_compatible(x: str | None, y: str | None, days: int,
                     bound_x: bool = False, bound_y: bool = False) -> bool:
    """Two days no more than ``days`` apart; a week or month holding a day; a day that is
    only an upper bound (a report's or the publication's date: ``Report.date_bound``) and a
    day on or up to ``BOUND_DAYS`` before it; two such bounds whose weeks overlap."""
    if not x or not y:
        return x == y
    if (bound_x or bound_y) and len(x) == len(y) == 10:
        bound, other = (as_day(x), as_day(y)) if bound_x else (as_day(y), as_day(x))
        if bound is None or other is None:
            return False
        if bound_x and bound_y:   # two bounds: the weeks before them overlap
            return abs((bound - other).days) <= BOUND_DAYS
        return -days <= (bound - other).days <= BOUND_DAYS
    wx, wy = week_days(x), week_days(y)
    if wx or wy:   # "this week" holds its days and shares days with its months
        if wx and wy:
            return x == y
        week, other = (wx, y) if wx else (wy, x)
        return any(d.isoformat().startswith(other) or d.isoformat() == other for d in week) \
            if len(other) in (7, 10) else False
    if len(x) == len(y) == 10:
        a, b = as_day(x), as_day(y)
        return a is not None and b is not None and abs((a - b).days) <= days
    short, long_ = sorted((x, y), key=len)
    # A month may hold a day; a bare year is too vague to tie two reports together.
    return short == long_ or (len(short) == 7 and long_.startswith(short))


def head_dates(date: str | None, days: int) -> set[str | None]:
    """Every date ``x`` for which ``dates_compatible(x, date, days, ...)`` can hold, given
    the dates Jirga writes (day, ISO week, month, year) and either side a bound or not: the
    lookup keys of candidate clusters."""
    if not date:
        return {date}
    out = {date}
    if len(date) > 7:
        out.add(date[:7])  # a month holds its days
    day = as_day(date) if len(date) == 10 else None
    if day is not None:
        reach = max(days, BOUND_DAYS)
        out.update((day + dt.timedelta(days=k)).isoformat() for k in range(-reach, reach + 1))
        out.add(iso_week(day))                               # the week that holds it
    week = week_days(date)
    if week is not None:
        out.discard(date[:7])
        out.update(d.isoformat() for d in week)              # the days it holds
        out.update(d.isoformat()[:7] for d in week)          # the months it overlaps
    first = as_day(date + "-01") if len(date) == 7 else None
    if first is not None:
        out.update(f"{date}-{d:02d}" for d in range(1, 32))  # the days a month holds
        out.update(iso_week(first + dt.timedelta(days=k)) for k in (0, 7, 14, 21, 28, 30))
    return out


def _order(r: Report) -> tuple:
    return (r.date or "", r.event_id)


def places_compatible(a: Report, b: Report) -> bool:
    """The same place, either unknown, or one an area that holds the other (a country or a
    first-level area: "in Khyber Pakhtunkhwa" and "in Bajaur district")."""
    if not a.place or not b.place or a.place == b.place:
        return True
    return (a.place_id is not None and a.place_id in b.place_within) or \
        (b.place_id is not None and b.place_id in a.place_within)


def _fit(m: Report, r: Report, days: int) -> int | None:
    """None when something tells the two apart (places, dates, a side: ``side_agreement``),
    else the number of sides they agree on; ``r`` may join ``m``'s cluster through ``m``
    when it is one or more."""
    if not places_compatible(m, r) or not dates_compatible(m.date, r.date, days, m.date_bound, r.date_bound):
        return None
    if _loose_dates(m, r, days) and not _same(_named(m.actors | m.recipients), _named(r.actors | r.recipients)):
        return None
    agreement = side_agreement(m, r)
    if agreement is None and _one_visit(m, r):
        return 1
    return 1 if agreement == 0 and _placed(m, r) else agreement


def _one_visit(a: Report, b: Report) -> bool:
    """Two reports of one trip that name different hosts ("Khar met Muttaqi", "Khar held
    talks with Hanafi"): a meeting in one city on one day (told by the text, not a bound),
    the same actor (the visitor) by name or code, and whom they met of one country and
    sector but other named people. A visitor sees several officials on one trip; two
    visitors stay two."""
    if a.event_type not in SYMMETRIC or not (a.place and b.place and places_compatible(a, b)):
        return False
    if a.date != b.date or len(a.date or "") != 10 or a.date_bound or b.date_bound:
        return False
    if _side(a.actors, b.actors) != 1:
        return False        # the visitor: who met, in both reports (the hosts are whom they met)
    codes = [frozenset(k for k in side if not k.startswith(NAME_KEY)) for side in (a.recipients, b.recipients)]
    return _side(*codes) == 1


def _placed(a: Report, b: Report) -> bool:
    """Two reports of an attack whose sides neither agree nor conflict (one tells who
    struck, the other who was hit: "a suicide bomber struck", "nine police died"; or the
    target is a building without codes: "the mosque") at one town or district on the
    same day, told by the text (not a bound): the place and day tie them where the actors
    cannot (``local_day``)."""
    return a.event_type in ONE_SIDED_MUTUAL and local_day(a) is not None \
        and local_day(a) == local_day(b) \
        and _sides(a.actors, a.recipients, b.actors, b.recipients) is not None   # not even loosely apart


def local_day(r: Report) -> tuple[str, str] | None:
    """(town or district, day) of a report placed below the first-level area and dated to
    the day by its text, else None."""
    if not (r.place_id and "~" in r.place_id and len(r.date or "") == 10) or r.date_bound:
        return None
    return r.place_id, r.date


def _loose_dates(a: Report, b: Report, days: int) -> bool:
    """Both dates only bound their events and lie more than ``days`` apart: the days do not
    tie the two reports, so a country in common is too little ('civilians killed' reported
    on Tuesday and on Thursday are two attacks as often as one); a named actor must be."""
    if not (a.date_bound and b.date_bound and a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    x, y = as_day(a.date), as_day(b.date)
    return x is None or y is None or abs((x - y).days) > days


class _Clusters:
    """Reports already clustered, by type, modality and date, each with its cluster id: a
    report's candidates are found by lookup, however many clusters there are."""

    def __init__(self, members: Iterable[tuple[str, Report]] = ()):
        self.by_key: dict[tuple, list[tuple[str, Report]]] = defaultdict(list)
        for cid, m in members:
            self.add(cid, m)

    def add(self, cid: str, r: Report) -> None:
        self.by_key[r.event_type, r.modality, r.date].append((cid, r))

    def home(self, r: Report, days: int) -> str | None:
        """The cluster ``r`` joins: one of its reports near ``r`` in time links with ``r``,
        and none of them tells ``r`` apart (one report is compared with the whole
        cluster, so a report without a place cannot bridge two places); of several, the
        one with the latest linking report in (date, event id) order."""
        near: dict[str, list[Report]] = defaultdict(list)
        for date in head_dates(r.date, days):
            for cid, m in self.by_key.get((r.event_type, r.modality, date), ()):
                near[cid].append(m)
        best, best_order = None, None
        for cid, members in near.items():
            fits = [_fit(m, r, days) for m in members]
            linked = [m for m, f in zip(members, fits) if f]
            if not linked or None in fits:
                continue
            order = max(_order(m) for m in linked)
            if best_order is None or order > best_order:
                best, best_order = cid, order
        return best


def _assign(reports: Iterable[Report], stored: Iterable[tuple[str, Report]], days: int) -> dict[str, str]:
    """Cluster id of each report: that of a cluster it joins (of ``stored``, (cluster id,
    report) pairs, or of those these reports start), else its own id."""
    clusters = _Clusters(stored)
    out: dict[str, str] = {}
    for r in sorted(reports, key=_order):
        cid = clusters.home(r, days) or r.event_id
        clusters.add(cid, r)
        out[r.event_id] = cid
    return out


def _clusterable(r: Report) -> bool:
    """A report that names an actor: one without can agree on no side, so it links with
    nothing (``_fit``) and may only be a re-mention (``_rementions``)."""
    return bool(r.actors or r.recipients)


def _rementions(vague: Iterable[Report], placed: Iterable[Report], mapping: dict[str, str],
                days: int) -> None:
    """A report without actors ("the talks were held in a cordial atmosphere", "the gate
    was shut") joins its own document's cluster of the same type, modality, a compatible
    date and place, when there is exactly one: a re-mention in one article. Across
    documents it stays too vague to tie."""
    by_doc: dict[tuple, list[Report]] = defaultdict(list)
    for r in placed:
        by_doc[r.doc_id, r.event_type, r.modality].append(r)
    for v in vague:
        homes = {mapping[r.event_id] for r in by_doc.get((v.doc_id, v.event_type, v.modality), ())
                 if dates_compatible(r.date, v.date, days, r.date_bound, v.date_bound)
                 and places_compatible(r, v)}
        if len(homes) == 1:
            mapping[v.event_id] = homes.pop()


def cluster(reports: list[Report], days: int = 1) -> dict[str, str]:
    """Map each event id to its cluster id (the id of the cluster's earliest report).
    Reports without actors are left out, unless re-mentions (``_rementions``)."""
    todo = [r for r in reports if _clusterable(r)]
    mapping = _assign(todo, (), days)
    _rementions([r for r in reports if not _clusterable(r)], todo, mapping, days)
    return mapping


def _probe_keys(keys: frozenset) -> set[tuple[str, bool]]:
    """What a stored report must name in a role to agree with ``keys`` (``_side``): a key
    of its own, or (prefix) a country of its codes."""
    out = {(k, False) for k in keys if not _codes(frozenset({k}))}
    out |= {(f"{country} ", True) for country in _codes(keys)}
    return out


def _probes(r: Report, days: int) -> Iterator[HeadKey]:
    """What a stored report ``r`` could link with must share with it: the type, an actor
    key or country in the same role (``side_agreement``), a compatible date."""
    dates = head_dates(r.date, days)
    sides = [("actor", r.actors), ("recipient", r.recipients)]
    if r.event_type in SYMMETRIC or (r.event_type in ONE_SIDED_MUTUAL and not (r.actors and r.recipients)):
        sides += [("actor", r.recipients), ("recipient", r.actors)]
    for role, keys in sides:
        for key, prefix in _probe_keys(keys):
            for date in dates:
                yield HeadKey(r.event_type, role, key, date, prefix)
    if r.event_type in ONE_SIDED_MUTUAL and local_day(r) is not None:
        yield HeadKey(r.event_type, "place", r.place_id, r.date)   # ``_placed``


def merge_new(store, days: int = 1) -> int:
    """Give every report not yet merged a cluster id, comparing it only with the stored
    clusters it could join; returns the number of reports merged."""
    new = store.unmerged_reports()
    if not new:
        return 0
    todo = [r for r in new if _clusterable(r)]
    stored = store.cluster_candidates(probe for r in todo for probe in _probes(r, days))
    mapping = _assign(todo, stored, days)
    _rementions([r for r in new if not _clusterable(r)], todo, mapping, days)
    for r in new:
        mapping.setdefault(r.event_id, r.event_id)
    store.set_clusters(sorted(mapping.items()))
    return len(mapping)


def report_of(ev) -> Report:
    """The ``Report`` of a coded event, as the store hands it to merging."""
    loc = ev.location
    place = None
    if loc is not None:
        place = str(loc.geonameid) if loc.geonameid is not None else loc.name
    keys = event_keys(ev)
    own, within = place_scope(loc)
    return Report(ev.event_id, ev.doc_id, ev.event_type, ev.date, place,
                  frozenset(k for role, k in keys if role == "actor"),
                  frozenset(k for role, k in keys if role == "recipient"),
                  (bool(ev.negated), bool(ev.hypothetical), bool(ev.future)), own, frozenset(within),
                  ev.date_basis in BOUND_BASES)


# -- re-mentions within one article -----------------------------------------------------------
# An article tells its main event once with its day and place ("met Taliban leaders in Kabul on
# Monday") and then again without them ("the meeting", "the two discussed trade"). The reports
# ``cluster`` puts together within one article share the day and place of the one that has
# them: a date from the text outranks a bound (report or publication day) that it lies within,
# a place found in the article outranks none. Only into a sentence that names no time (or no
# place) of its own: "one civilian was killed on Thursday in a fresh exchange" is not the
# attack on Sunday the article goes on to recall, whatever rule left its date a bound.
PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
BLOCK_SENTENCES = 60


def share_within(doc: Document, res=None) -> None:
    """The re-mentions stage: events of ``doc`` that ``cluster`` finds to be one occurrence
    take the date (``date_basis`` "remention") and place of the one that tells them."""
    events = [e for e in doc.events if e.event_id]
    if len(events) < 2:
        return
    # an article's re-mentions lie within a few paragraphs of what they re-mention; a long
    # document (a book, a transcript) is read in blocks of sentences, so that its cost stays
    # linear in its length
    blocks: dict[int, list] = defaultdict(list)
    for e in events:
        blocks[e.sentence.index // BLOCK_SENTENCES].append(e)
    groups: dict[str, list] = defaultdict(list)
    for block in blocks.values():
        mapping = cluster([report_of(e) for e in block])
        for e in block:
            groups[mapping.get(e.event_id, e.event_id)].append(e)
    timed = _sentences_with(doc, [t.start for t in doc.timex if t.type in ("DATE", "TIME")])
    placed = _sentences_with(doc, [p.start for p in doc.places])
    for members in groups.values():
        if len(members) > 1:
            _share_date(members, timed)
            _share_place(members, placed)


def _sentences_with(doc: Document, offsets: list[int]) -> set[int]:
    """Start offsets of the events' sentences holding one of ``offsets``."""
    offsets = sorted(offsets)
    starts = {(e.sentence.start, e.sentence.end) for e in doc.events}
    return {a for a, b in starts if bisect_left(offsets, b) > bisect_left(offsets, a)}


def _share_date(members: list, timed: set[int]) -> None:
    told = [e for e in members if e.date and e.date_basis not in BOUND_BASES and e.date_precision in PRECISION]
    if not told:
        return
    best = min(told, key=lambda e: (PRECISION[e.date_precision], e.trigger.start))
    start = first_day(best.date)
    for e in members:
        bound = as_day(e.date) if e.date_basis in BOUND_BASES and e.date else None
        if bound is not None and e.sentence.start not in timed and start is not None and start <= bound:
            e.date, e.date_precision, e.date_span = best.date, best.date_precision, best.date_span
            e.date_basis = "remention"


def _share_place(members: list, named: set[int]) -> None:
    placed = [e for e in members if e.location is not None and e.location.lat is not None]
    if not placed:
        return
    best = min(placed, key=lambda e: (bool((e.location.feature_code or "").startswith("PCL")), e.trigger.start))
    for e in members:
        if e.location is None and e.sentence.start not in named:
            e.location = best.location


STAGE = Stage("rementions", requires=("events", "event.date", "event.location", "actors"),
              provides=("event.rementions",), reject_code=errors.REMENTIONS_FAILED, run=share_within)


# -- claim threads ---------------------------------------------------------------------------
def _accused(key: str) -> str:
    return key.split("|")[1]


def _thread(key: str, threads: list[tuple[str, str]]) -> str | None:
    """The thread a claim key joins among an accuser's threads about its matter, earliest
    first: the same accused, else one that does not name the accused ('?'), or any when
    this claim does not name it."""
    accused = _accused(key)
    for k, cid in threads:
        if k == key:
            return cid
    for k, cid in threads:
        if "?" in (accused, _accused(k)):
            return cid
    return None


def thread_new(store) -> int:
    """Give every accusation and answer not yet threaded a ``claim_id``: accusations by one
    accuser against one accused about one matter share the id of the first of them, across
    documents; a denial joins the thread of what it answers, and a denial whose accusation
    is in another document answers that thread's first accusation. Only the threads of the
    new claims' accusers and matters are read from the store. Returns the events threaded."""
    new = store.unthreaded_claims()
    if not new:
        return 0
    threads: dict[tuple[str, str], list[tuple[str, str]]] = {}
    given: dict[str, str] = {}
    rows = []
    for eid, typ, _date, key, answers in sorted(new, key=lambda n: (n[1] == "REJECT", n[2] or "", n[0])):
        accuser, _, matter = key.split("|", 2)
        known = threads.get((accuser, matter))
        if known is None:
            known = threads[accuser, matter] = [(k, c) for k, c, _ in store.threads_of(accuser, matter)]
        cid = given.get(answers[0]) if answers else None
        cid = cid or _thread(key, known)
        if cid is None:
            cid = eid                       # the first accusation of a new thread
            known.append((key, cid))
        given[eid] = cid
        reply = [cid] if typ == "REJECT" and not answers and cid != eid else None
        rows.append((eid, cid, reply))
    store.set_claims(rows)
    return len(rows)
