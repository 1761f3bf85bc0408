"""One event, many reports: reports of the same event are given one cluster id.

Two coded events are one real-world event when they have the same type, agreeing
source and target actors (each side shared, or left empty by one report; at least
one side shared), compatible places (same, or one unknown) and
compatible dates (days no more than ``days`` apart, or a month holding the
other's day: "2024-01" holds "2024-01-08"; a date that only bounds the event, the
publication day or the day of the report that tells it, holds the ``BOUND_DAYS`` before
it). Meetings (CONSULT) are compared either way round. Actors are compared by their country and
sector codes, as event data users count dyads, so "Rehman met Muttaqi" and "the
JUI chief met the Taliban's foreign minister" agree, and "a Pakistani cleric met Taliban
leaders" agrees with either; but two reports naming different people or organisations of
the same country and sector (Rehman's visit, Haq's visit) do not. An actor without codes is
compared by its canonical name, else its lower-cased text. Negated and
hypothetical statements never merge with facts. Every report keeps its own row
and sentence: the cluster is the provenance list.

Merging is incremental. A report is compared with the first report of each cluster
(the cluster's id is that report's event id), and joins the latest compatible one
in (date, event id) order, else starts a cluster. ``merge_new`` takes the reports
stored since the last merge, asks the store only for the clusters they could join
(same type, an actor key shared in the same role, a date in the window: ``head_dates``)
and writes only their cluster ids: its cost follows the size of the batch, not of
the archive. (Undated reports are the exception: these rules compare them with every
undated cluster of their type and actors.) A report with neither actors nor place is
too vague to tie to another report: it is a cluster of its own, unless its own document
has exactly one cluster it could belong to (a re-mention: "the talks", "the attack").
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable, Iterator

from jirga.model import NAME_KEY, HeadKey, Report
from jirga.periods import as_day, iso_week, week_days

__all__ = ["Report", "cluster", "merge_new", "same_dyad", "dates_compatible", "head_dates"]


BOUND_DAYS = 7                      # how long before a report or publication an undated event may lie
SYMMETRIC = frozenset({"CONSULT"})   # A meeting B is B meeting A: reports name either side first


def same_dyad(a: Report, b: Report) -> bool:
    """Sources agree and targets agree, where a side one report leaves empty agrees with
    anything; at least one side must be named by both ("Rehman met Akhund" and "Rehman
    met Akhund and Pakistani officials" are one meeting). Meetings are compared either way
    round."""
    if _dyad(a.actors, a.recipients, b.actors, b.recipients):
        return True
    return a.event_type in SYMMETRIC and _dyad(a.actors, a.recipients, b.recipients, b.actors)


def _dyad(a_src: frozenset, a_tgt: frozenset, b_src: frozenset, b_tgt: frozenset) -> bool:
    return (_agree(a_src, b_src) and _agree(a_tgt, b_tgt)
            and bool((a_src & b_src) or (a_tgt & b_tgt)))


def _agree(x: frozenset, y: frozenset) -> bool:
    if not x or not y:
        return True
    named_x, named_y = _named(x), _named(y)
    if named_x and named_y and not named_x & named_y:
        return False          # two different named actors: Rehman's visit is not Haq's
    return bool(x & y)


def _named(keys: frozenset) -> frozenset:
    return frozenset(k for k in keys if k.startswith(NAME_KEY))


def dates_compatible(x: str | None, y: str | None, days: int,
                     bound_x: bool = False, bound_y: bool = False) -> bool:
    """Two days no more than ``days`` apart; a week or month holding a day; a day that is
    only an upper bound (a report's or the publication's date: ``Report.date_bound``) and a
    day on or up to ``BOUND_DAYS`` before it."""
    if not x or not y:
        return x == y
    if bound_x != bound_y and len(x) == len(y) == 10:
        bound, other = (as_day(x), as_day(y)) if bound_x else (as_day(y), as_day(x))
        return bound is not None and other is not None and -days <= (bound - other).days <= BOUND_DAYS
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


def _compatible(first: Report, r: Report, days: int) -> bool:
    if not places_compatible(first, r):
        return False
    return same_dyad(first, r) and dates_compatible(first.date, r.date, days, first.date_bound, r.date_bound)


class _Heads:
    """First reports of clusters, by type, modality and date: a report's candidates are
    found by lookup, however many clusters there are."""

    def __init__(self, heads: Iterable[Report] = ()):
        self.by_key: dict[tuple, list[Report]] = defaultdict(list)
        for h in heads:
            self.add(h)

    def add(self, head: Report) -> None:
        self.by_key[head.event_type, head.modality, head.date].append(head)

    def home(self, r: Report, days: int) -> Report | None:
        """The latest compatible first report, in (date, event id) order, or None."""
        best = None
        for date in head_dates(r.date, days):
            for h in self.by_key.get((r.event_type, r.modality, date), ()):
                if _compatible(h, r, days) and (best is None or _order(h) > _order(best)):
                    best = h
        return best


def _assign(reports: Iterable[Report], heads: Iterable[Report], days: int) -> dict[str, str]:
    """Cluster id of each report: that of a compatible cluster (of ``heads``, the first
    reports of stored clusters, or of those these reports start), else its own id."""
    clusters = _Heads(heads)
    out: dict[str, str] = {}
    for r in sorted(reports, key=_order):
        home = clusters.home(r, days)
        if home is None:
            clusters.add(r)
            home = r
        out[r.event_id] = home.event_id
    return out


def _clusterable(r: Report) -> bool:
    return bool(r.actors or r.recipients or r.place)


def _rementions(vague: Iterable[Report], placed: Iterable[Report], mapping: dict[str, str],
                days: int) -> None:
    """A report with neither actors nor place ("the talks were held in a cordial
    atmosphere") joins its own document's cluster of the same type, modality and a
    compatible date, when there is exactly one: a re-mention in one article. Across
    documents it stays too vague to tie."""
    by_doc: dict[tuple, list[Report]] = defaultdict(list)
    for r in placed:
        by_doc[r.doc_id, r.event_type, r.modality].append(r)
    for v in vague:
        homes = {mapping[r.event_id] for r in by_doc.get((v.doc_id, v.event_type, v.modality), ())
                 if dates_compatible(r.date, v.date, days, r.date_bound, v.date_bound)}
        if len(homes) == 1:
            mapping[v.event_id] = homes.pop()


def cluster(reports: list[Report], days: int = 1) -> dict[str, str]:
    """Map each event id to its cluster id (the id of the cluster's earliest report).
    Reports with neither actors nor place are left out, unless re-mentions (``_rementions``)."""
    todo = [r for r in reports if _clusterable(r)]
    mapping = _assign(todo, (), days)
    _rementions([r for r in reports if not _clusterable(r)], todo, mapping, days)
    return mapping


def _probes(r: Report, days: int) -> Iterator[HeadKey]:
    """What the first report of a cluster ``r`` could join must share with it: the type,
    an actor key in the same role (``same_dyad``), a compatible date."""
    dates = head_dates(r.date, days)
    sides = [("actor", r.actors), ("recipient", r.recipients)]
    if r.event_type in SYMMETRIC:
        sides += [("actor", r.recipients), ("recipient", r.actors)]
    for role, keys in sides:
        for key in keys:
            for date in dates:
                yield HeadKey(r.event_type, role, key, date)


def merge_new(store, days: int = 1) -> int:
    """Give every report not yet merged a cluster id, comparing it only with the stored
    clusters it could join; returns the number of reports merged."""
    new = store.unmerged_reports()
    if not new:
        return 0
    todo = [r for r in new if _clusterable(r)]
    heads = store.cluster_heads(probe for r in todo for probe in _probes(r, days))
    mapping = _assign(todo, heads, days)
    _rementions([r for r in new if not _clusterable(r)], todo, mapping, days)
    for r in new:
        mapping.setdefault(r.event_id, r.event_id)
    store.set_clusters(sorted(mapping.items()))
    return len(mapping)


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
