"""Cluster ids: a report joins the cluster whose reports it fits (who, when, where), in one
batch (``cluster``) or against the stored clusters it could join (``merge_new``)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable, Iterator

from jirga.claims.matter import matter_labels
from jirga.merge.sides import (ONE_SIDED_MUTUAL, PLACE_BOUND, PLACED_VAGUE, SYMMETRIC, _codes, _named, _same,
                               _side, _sides, side_agreement)
from jirga.merge.when_where import (BOUND_DAYS, _loose_dates, dates_compatible, head_dates, local_day,
                                    places_compatible)
from jirga.model import BOUND_BASES, NAME_KEY, HeadKey, Report, place_scope
from jirga.periods import as_day
from jirga.store.rows import event_keys, matter_of_key, toll_of


def _order(r: Report) -> tuple:
    return (r.date or "", r.event_id)


def _fit(m: Report, r: Report, days: int) -> int | None:
    """None when something tells the two apart (places, dates, a side: ``side_agreement``),
    else the number of sides they agree on; ``r`` may join ``m``'s cluster through ``m``
    when it is one or more."""
    if _recalled(m, r):
        return None if side_agreement(m, r) is None else 1
    if not places_compatible(m, r) or not dates_compatible(m.date, r.date, days, m.date_bound, r.date_bound):
        return None
    if _loose_dates(m, r, days) and not _same(_named(m.actors | m.recipients), _named(r.actors | r.recipients)):
        return None
    if _other_matters(m, r):
        return None
    agreement = side_agreement(m, r)
    if agreement is None and _one_visit(m, r):
        return 1
    return 1 if agreement == 0 and _placed(m, r) else agreement


RECALL_DAYS = 366    # how long after an attack a report may recall it by its town and toll alone


def _recalled(a: Report, b: Report) -> bool:
    """One report recalls the other's attack: "Pakistan blamed Kabul for the attack near
    Besham, which killed five Chinese nationals", weeks after the day. Told without a date of
    its own, the recall is dated only by its report or publication (a bound), too late for
    ``dates_compatible``; the same town and the same death toll (``Report.toll``) name the
    attack as well as a date would, up to ``RECALL_DAYS`` before the bound. The sides must
    still not conflict (``_fit``)."""
    if not a.toll or a.toll != b.toll or a.modality != b.modality:
        return False
    early, late = sorted((a, b), key=lambda r: (r.date or "", not r.date_bound))
    if not late.date_bound or len(late.date or "") != 10 or not early.date:
        return False
    start = as_day(early.date if len(early.date) == 10 else early.date[:7] + "-01")
    end = as_day(late.date)
    return start is not None and end is not None and BOUND_DAYS < (end - start).days <= RECALL_DAYS


def _recall_probe(r: Report) -> tuple[str, str, str, str] | None:
    """(type, toll, since, until): the stored attacks ``r`` may recall or be recalled by are
    those of its town and toll dated up to ``RECALL_DAYS`` either side (``_recalled``), not
    the whole archive's; ``since`` is trimmed to its month, which sorts before the month's
    days and so keeps month-dated attacks. None for a report with no day or month."""
    if not r.date or len(r.date) not in (7, 10):
        return None
    day = as_day(r.date if len(r.date) == 10 else r.date + "-01")
    if day is None:
        return None
    span = dt.timedelta(days=RECALL_DAYS)
    end = day + dt.timedelta(days=31 if len(r.date) == 7 else 0)
    return (r.event_type, r.toll, (day - span).isoformat()[:7], (end + span).isoformat())


def _other_matters(a: Report, b: Report) -> bool:
    """Two accusations about different matters (``jirga.claims.matter`` labels: "shelter",
    "attacks"), one of them dated only to a week or a month: such a period holds every
    accusation the same accuser made of the same accused in it ("Islamabad blamed Kabul
    this week for the rise in attacks", "on Friday it accused Kabul of ignoring evidence
    about hideouts"), and only what they claim tells them apart. Between two days, or a
    day and the bound of a report, the matter is no test: outlets sum up one statement
    under different matters ("blamed Kabul for the attack", "accused it of letting its
    soil be used")."""
    if a.event_type != "ACCUSE" or not (a.matter and b.matter) or a.matter == b.matter:
        return False
    labels = matter_labels()
    if a.matter not in labels or b.matter not in labels:
        return False      # a claim no label names is keyed by its own words: too loose to compare
    return len(a.date or "") in (4, 7, 8) or len(b.date or "") in (4, 7, 8)


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
    return a.event_type in PLACE_BOUND and local_day(a) is not None \
        and local_day(a) == local_day(b) \
        and _sides(a.actors, a.recipients, b.actors, b.recipients, strict=True) is not None   # not even loosely apart


class _Clusters:
    """Reports already clustered, by type, modality and date, each with its cluster id: a
    report's candidates are found by lookup, however many clusters there are. Clusters a
    report bridges become one (``joined``: each joined id -> the id it now has)."""

    def __init__(self, members: Iterable[tuple[str, Report]] = ()):
        self.by_key: dict[tuple, list[tuple[str, Report]]] = defaultdict(list)
        self.by_toll: dict[tuple, list[tuple[str, Report]]] = defaultdict(list)
        self.joined: dict[str, str] = {}
        self.members: dict[str, list[Report]] = defaultdict(list)
        for cid, m in members:
            self.add(cid, m)

    def find(self, cid: str) -> str:
        while cid in self.joined:
            cid = self.joined[cid]
        return cid

    def add(self, cid: str, r: Report) -> None:
        self.by_key[r.event_type, r.modality, r.date].append((cid, r))
        if r.toll:
            self.by_toll[r.event_type, r.toll].append((cid, r))
        self.members[self.find(cid)].append(r)

    def home(self, r: Report, days: int) -> str | None:
        """The cluster ``r`` joins: its reports near ``r`` in time that link with ``r`` outnumber
        more than two to one those that tell ``r`` apart (one report is compared with the
        whole cluster, so a report without a place cannot bridge two places; yet one
        report of the cluster coded with a wrong day or town does not keep out a report
        that three others agree with; an undated report looks at its own article's reports
        only: with no date, nothing ties two articles to one occasion). Of several: when
        no report of one tells apart a
        report of another, ``r`` bridges them and they become one cluster (the id of the
        one with the earliest report); else the one with the latest linking report in
        (date, event id) order."""
        near: dict[str, list[Report]] = defaultdict(list)
        for date in head_dates(r.date, days):
            for cid, m in self.by_key.get((r.event_type, r.modality, date), ()):
                if r.date or m.doc_id == r.doc_id:      # undated: its own article's only
                    near[self.find(cid)].append(m)
        recalled = [(self.find(cid), m) for cid, m in self.by_toll.get((r.event_type, r.toll), ()) if _recalled(m, r)]
        if len({cid for cid, _ in recalled}) == 1:     # two attacks it may recall: neither
            for cid, m in recalled:
                if all(m is not n for n in near[cid]):
                    near[cid].append(m)
        homes: dict[str, tuple] = {}
        for cid, members in near.items():
            fits = [_fit(m, r, days) for m in members]
            linked = [m for m, f in zip(members, fits) if f]
            if linked and fits.count(None) * 2 < len(linked):   # one report's slip is no veto
                homes[cid] = max(_order(m) for m in linked)
        if not homes:
            return None
        if len(homes) > 1 and not r.place and _other_places([self.members[cid] for cid in homes]):
            return None     # a report naming no place, between events at two places: either
        if len(homes) > 1 and _one_event([self.members[cid] for cid in homes], days):
            keep = min(homes, key=lambda cid: (min(map(_order, self.members[cid])), cid))
            for cid in homes:
                if cid != keep:
                    self.joined[cid] = keep
                    self.members[keep] += self.members.pop(cid)
            return keep
        return max(homes, key=lambda cid: homes[cid])


def _other_places(clusters: list[list[Report]]) -> bool:
    """Two clusters placed at places that tell them apart."""
    placed = [[m for m in c if m.place] for c in clusters]
    return any(not places_compatible(x, y) for i, a in enumerate(placed) for b in placed[i + 1:]
               for x in a for y in b)


def _one_event(clusters: list[list[Report]], days: int) -> bool:
    """No report of one cluster tells apart a report of another."""
    for i, a in enumerate(clusters):
        for b in clusters[i + 1:]:
            if any(_fit(x, y, days) is None for x in a for y in b):
                return False
    return True


def _assign(reports: Iterable[Report], stored: Iterable[tuple[str, Report]], days: int
            ) -> tuple[dict[str, str], dict[str, str]]:
    """(cluster id of each report, new id of each stored cluster a report joined to
    another): that of a cluster it joins (of ``stored``, (cluster id, report) pairs, or of
    those these reports start), else its own id."""
    clusters = _Clusters(stored)
    out: dict[str, str] = {}
    for r in sorted(reports, key=_order):
        cid = clusters.home(r, days) or r.event_id
        clusters.add(cid, r)
        out[r.event_id] = cid
    out = {eid: clusters.find(cid) for eid, cid in out.items()}
    return out, {cid: clusters.find(cid) for cid in clusters.joined}


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


def _placed_vague(vague: Iterable[Report], placed: Iterable[tuple[str, Report]],
                  mapping: dict[str, str]) -> None:
    """An attack or protest told without its parties ("Sunday's bombing in Bajaur was
    condemned", ``PLACED_VAGUE``) joins the one cluster of its type at its town or district
    on its day, told by the text (``local_day``), in any article: the place and day name the
    act as well as its parties would. With two such clusters, the one whose reports tell an attack of its kind
    (``_akin``: the bombing, not the ambush the same day); else it stays apart."""
    homes: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for cid, r in placed:
        if r.event_type in PLACED_VAGUE and local_day(r) is not None:
            homes[r.event_type, r.modality, local_day(r)][cid].add(r.mode)
    for v in vague:
        if v.event_id in mapping or v.event_type not in PLACED_VAGUE or local_day(v) is None:
            continue
        found = homes.get((v.event_type, v.modality, local_day(v)), {})
        if len(found) > 1 and v.mode:
            found = {cid: modes for cid, modes in found.items() if any(_akin(v.mode, m) for m in modes)}
        if len(found) == 1:
            mapping[v.event_id] = next(iter(found))


# modes one attack is told by in different reports: a suicide bombing is a bombing; a drone
# strike an air strike
AKIN_MODES = (frozenset({"explosives", "suicide-attack"}), frozenset({"aerial", "drone"}))


def _akin(a: str, b: str | None) -> bool:
    return b is not None and (a == b or any(a in g and b in g for g in AKIN_MODES))


def cluster(reports: list[Report], days: int = 1) -> dict[str, str]:
    """Map each event id to its cluster id (the id of the cluster's earliest report).
    Reports without actors are left out, unless re-mentions (``_rementions``) or attacks
    named by their place and day (``_placed_vague``)."""
    todo = [r for r in reports if _clusterable(r)]
    mapping, _ = _assign(todo, (), days)
    vague = [r for r in reports if not _clusterable(r)]
    _rementions(vague, todo, mapping, days)
    _placed_vague(vague, ((mapping[r.event_id], r) for r in todo), mapping)
    return mapping


def _probe_keys(keys: frozenset) -> set[tuple[str, bool]]:
    """What a stored report must name in a role to agree with ``keys`` (``_side``): a key
    of its own, or (prefix) a country of its codes."""
    out = {(k, False) for k in keys if not _codes(frozenset({k}))}
    out |= {(f"{country} ", True) for country in _codes(keys)}
    return out


def _probes(r: Report, days: int) -> Iterator[HeadKey]:
    """What a stored report ``r`` could link with must share with it: the type, an actor
    key or country in the same role (``side_agreement``), or in either role for meetings
    and for a report of one side (a clash seen from its other end; a joint act dated to
    the day, ``_joint``), a compatible date."""
    if not r.date:
        return      # an undated report joins only its own article's (``_Clusters.home``)
    dates = head_dates(r.date, days)
    sides = [("actor", r.actors), ("recipient", r.recipients)]
    one_side = not (r.actors and r.recipients)
    if r.event_type in SYMMETRIC or one_side and (len(r.date or "") == 10 or r.event_type in ONE_SIDED_MUTUAL):
        sides += [("actor", r.recipients), ("recipient", r.actors)]
    for role, keys in sides:
        for key, prefix in _probe_keys(keys):
            for date in dates:
                yield HeadKey(r.event_type, role, key, date, prefix)
    if r.event_type in PLACE_BOUND and local_day(r) is not None:
        yield HeadKey(r.event_type, "place", r.place_id, r.date)   # ``_placed``


def merge_new(store, days: int = 1) -> int:
    """Give every report not yet merged a cluster id, comparing it only with the stored
    clusters it could join; returns the number of reports merged."""
    new = store.unmerged_reports()
    if not new:
        return 0
    todo = [r for r in new if _clusterable(r)]
    vague = [r for r in new if not _clusterable(r)]
    probes = [probe for r in todo for probe in _probes(r, days)]
    probes += [HeadKey(r.event_type, "place", r.place_id, r.date) for r in vague
               if r.event_type in PLACED_VAGUE and local_day(r) is not None]   # ``_placed_vague``
    stored = store.cluster_candidates(probes)
    seen = {m.event_id for _, m in stored}
    stored += [(cid, m) for cid, m in store.recall_candidates({p for r in todo if r.toll for p in [_recall_probe(r)] if p})
               if m.event_id not in seen]
    mapping, joined = _assign(todo, stored, days)
    stored = [(joined.get(cid, cid), m) for cid, m in stored]
    _rementions(vague, todo, mapping, days)
    _placed_vague(vague, [*stored, *((mapping[r.event_id], r) for r in todo)], mapping)
    for r in new:
        mapping.setdefault(r.event_id, r.event_id)
    store.set_clusters(sorted(mapping.items()))
    store.join_clusters(sorted(joined.items()))
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
                  ev.date_basis in BOUND_BASES, matter_of_key(ev.claim_key), ev.mode,
                  toll_of(ev))
