"""The storage interface, and its implementation shared by the backends.

Library code asks the store by name (``store.top_dyads()``) and gets typed records
back; only ``jirga/store/`` speaks SQL. A backend supplies a connection and five
primitives (run, fetch, stream, stage rows, transaction); everything else is here,
over the statements in ``sql.py``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
from typing import ContextManager, Iterable, Iterator, Protocol, Sequence

from jirga.model import Document, Event, Reject
from jirga.store import sql
from jirga.model import ClaimThread, ClusterCounts, Counts, DocumentMeta, Dyad, HeadKey, Report, actor_key
from jirga.store.query import Queries
from jirga.store.rows import COLUMNS, event_of, merge_keys, meta_of, needle, reports_of, rows_of


class Store(Protocol):
    """What the pipeline, merging, exports and reports need from a database."""

    location: str

    # writing
    def known(self, doc_ids: Sequence[str]) -> set[str]: ...
    def write_batch(self, docs: Sequence[Document], run_id: str) -> None: ...
    def start_run(self, run_id: str, settings: dict, versions: dict) -> None: ...
    def finish_run(self, run_id: str, status: str, counts: dict) -> None: ...
    def mark_interrupted(self) -> list[str]: ...
    # summaries
    def counts(self) -> Counts: ...
    def factual_events_by_type(self) -> dict[str, int]: ...
    def top_dyads(self, limit: int = 10) -> list[Dyad]: ...
    def rejects(self) -> list[Reject]: ...
    def unresolved_mentions(self) -> list[str]: ...
    def story_candidates(self, bands: Sequence[tuple[int, int]]) -> dict[str, tuple[str, int]]: ...
    # events
    def events(self) -> Iterator[Event]: ...
    def events_with_meta(self, merged: bool = False) -> Iterator[tuple[Event, DocumentMeta | None]]: ...
    def merged_events(self) -> Iterator[Event]: ...
    # merging
    def unmerged_reports(self) -> list[Report]: ...
    def cluster_candidates(self, probes: Iterable[HeadKey]) -> list[tuple[str, Report]]: ...
    def recall_candidates(self, probes: Iterable[tuple[str, str, str, str]]) -> list[tuple[str, Report]]: ...
    def set_clusters(self, pairs: Sequence[tuple[str, str]]) -> None: ...
    def join_clusters(self, pairs: Sequence[tuple[str, str]]) -> None: ...
    def close(self) -> None: ...


def merge_group(reports: list[tuple[Event, DocumentMeta | None]]) -> tuple[Event, DocumentMeta | None]:
    """One event from the reports of a cluster: the first report stands for it, every report
    is listed in ``sources``, and ``counts`` says how many reports, articles and outlets
    carried it, when, and which report is the root (the earliest headline or lead sentence,
    else the earliest report). Syndicated copies of a story count as one outlet each."""
    def published(item):
        ev, meta = item
        return (meta.published if meta and meta.published else "9999", ev.doc_id, ev.sentence.index)
    ordered = sorted(reports, key=published)
    leads = [it for it in ordered if it[0].sentence.index <= 1]
    root = (leads or ordered)[0][0]
    dates = [m.published for _, m in reports if m and m.published]
    outlets = {(m.source or m.url or m.doc_id) if m else ev.doc_id for ev, m in reports}
    first, meta = reports[0]
    first.sources = [{"doc_id": ev.doc_id, "event_id": ev.event_id, "sentence": ev.sentence.text,
                      "start": ev.sentence.start, "end": ev.sentence.end, "trigger": ev.trigger.text,
                      "root": ev is root} for ev, _ in reports]
    first.counts = ClusterCounts(mentions=len(reports), articles=len({ev.doc_id for ev, _ in reports}),
                                 sources=len(outlets), first_report=min(dates) if dates else None,
                                 last_report=max(dates) if dates else None, root=root.event_id)
    first.event_id = first.cluster_id
    return first, meta


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _alive(pid) -> bool:
    """Is process ``pid`` of this host still there?"""
    if not pid:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:      # someone else's process: it exists
        return True
    return True


class SQLStore(Queries):
    """The named methods of ``Store``, over a backend's primitives; the selections and
    aggregates of ``jirga.analyse`` come from ``query.Queries``."""

    location: str
    con: object
    one_writer = False   # True where the database admits a single writing process (DuckDB)
    bytes_order = ' COLLATE "C"'   # makes a text comparison follow byte order, whatever the locale

    # -- what a backend supplies ---------------------------------------------------------
    def _run(self, statement: str, params: Sequence = ()) -> None:
        raise NotImplementedError

    def _fetch(self, query: str, params: Sequence = ()) -> list[tuple]:
        raise NotImplementedError

    def _stream(self, query: str, params: Sequence = ()) -> Iterator[tuple]:
        """Rows one at a time, without holding them all, while the store stays usable."""
        raise NotImplementedError

    def _staged(self, columns: Sequence[str], rows: list[tuple], like: str | None = None,
                analyze: bool = False) -> ContextManager[str]:
        """A temporary table holding ``rows`` (typed as table ``like``, else text); yields its
        name. ``analyze``: it is joined with large tables, let the planner count its rows."""
        raise NotImplementedError

    def _transaction(self) -> ContextManager[None]:
        raise NotImplementedError

    # -- connection ----------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _has_schema(self) -> bool:
        return bool(self._fetch(sql.HAS_SCHEMA)[0][0])

    def _upgrade(self) -> None:
        """Fill in what rows an older Jirga stored lack: the events' merge keys and facts,
        the claim keys of its threads."""
        self._index_missing()
        if self._fetch(sql.MISSING_CLAIM_KEYS)[0][0]:
            with self._transaction():
                self._run(sql.ALL_CLAIM_KEYS)
        pairs: dict[str, list] = {}
        for eid, role, *names in self._fetch(sql.MISSING_MERGE_KEYS):
            pairs.setdefault(eid, [])
            if role and names[-1]:     # a party with no words is implied: ``event_keys``
                pairs[eid].append((role, actor_key(*names)))
        if not pairs:
            return
        keyed = [(eid, merge_keys(p)) for eid, p in pairs.items()]
        with self._transaction(), self._staged(("event_id", "merge_keys"), keyed, analyze=True) as staged:
            self._run(sql.set_merge_keys(staged))

    # -- writing -------------------------------------------------------------------------
    def known(self, doc_ids: Sequence[str]) -> set[str]:
        if not doc_ids:
            return set()
        return {r[0] for r in self._fetch(sql.KNOWN, (list(doc_ids),))}

    def write_batch(self, docs: Sequence[Document], run_id: str) -> None:
        """Store a batch in one transaction: every document that could be read (with its
        sentences, places, events and actors) and a row for each reject. Documents
        already stored are left as they are; a reject's latest reason wins."""
        rows = rows_of(docs, run_id)
        with self._transaction():
            for table, data in rows.items():
                if data:
                    with self._staged(COLUMNS[table], data, like=table) as staged:
                        self._run(sql.upsert(table, staged))
            self._index_batch(docs)   # typed facts for queries (query.py)

    def start_run(self, run_id: str, settings: dict, versions: dict) -> None:
        self._run(sql.START_RUN, (run_id, now(), json.dumps(settings, default=str), json.dumps(versions),
                                  socket.gethostname(), os.getpid()))

    def mark_interrupted(self) -> list[str]:
        """Runs left "running" by a process that is gone (killed, crashed) become
        "interrupted"; returns their ids. A run of another host is left alone unless the
        backend admits one writer only (DuckDB: then no other run can be going on)."""
        host = socket.gethostname()
        stale = [run_id for run_id, h, pid in self._fetch(sql.RUNNING)
                 if self.one_writer or (h in (host, None) and not _alive(pid))]
        if stale:
            self._run(sql.INTERRUPTED, (now(), stale))
        return stale

    def finish_run(self, run_id: str, status: str, counts: dict) -> None:
        self._run(sql.FINISH_RUN, (now(), status, counts.get("documents", 0), counts.get("events", 0),
                                   counts.get("rejects", 0), run_id))

    # -- summaries -----------------------------------------------------------------------
    def counts(self) -> Counts:
        return Counts(*(int(n) for n in self._fetch(sql.COUNTS)[0]))

    def factual_events_by_type(self) -> dict[str, int]:
        """Events neither negated nor hypothetical, by type."""
        return {typ: int(n) for typ, n in self._fetch(sql.FACTUAL_BY_TYPE)}

    def top_dyads(self, limit: int = 10) -> list[Dyad]:
        """The most frequent source -> target pairs among factual events."""
        return [Dyad(src, tgt, int(n)) for src, tgt, n in self._fetch(sql.TOP_DYADS, (limit,))]

    def rejects(self) -> list[Reject]:
        return [Reject(*row) for row in self._fetch(sql.REJECTS)]

    def unresolved_mentions(self) -> list[str]:
        """The text of every actor mention no registry entry matched."""
        return [text for (text,) in self._fetch(sql.UNRESOLVED)]

    # -- events --------------------------------------------------------------------------
    def events(self) -> Iterator[Event]:
        """Every stored report, with its ``cluster_id``, by document and position."""
        for record, cluster, claim, answers in self._stream(sql.EVENTS):
            yield event_of(record, cluster, claim, answers)

    def events_with_meta(self, merged: bool = False) -> Iterator[tuple[Event, DocumentMeta | None]]:
        """Every report (or one event per cluster) with its document's metadata."""
        if merged:
            yield from self._merged()
            return
        for record, cluster, claim, answers, *meta in self._stream(sql.EVENTS_WITH_META):
            yield event_of(record, cluster, claim, answers), meta_of(*meta)

    def merged_events(self) -> Iterator[Event]:
        """One Event per real-world event (cluster) of factual reports: its first report,
        ``event_id`` and ``cluster_id`` set to the cluster's id, ``sources`` listing every
        report's evidence (the root report marked) and ``counts`` how it was reported."""
        for ev, _ in self._merged():
            yield ev

    def _merged(self) -> Iterator[tuple[Event, DocumentMeta | None]]:
        group: list[tuple[Event, DocumentMeta | None]] = []
        for cid, record, claim, answers, *doc in self._stream(sql.MERGED):
            if group and group[0][0].cluster_id != cid:
                yield merge_group(group)
                group = []
            group.append((event_of(record, cid, claim, answers), meta_of(*doc)))
        if group:
            yield merge_group(group)

    # -- merging -------------------------------------------------------------------------
    def unmerged_reports(self) -> list[Report]:
        """The reports no cluster holds yet: those stored since the last merge."""
        return reports_of(self._fetch(sql.UNMERGED_REPORTS))

    def cluster_candidates(self, probes: Iterable[HeadKey]) -> list[tuple[str, Report]]:
        """(cluster id, report) of the stored clusters that hold a report matching one of
        ``probes`` (of its type, naming its actor key in its role, dated on its date; None:
        undated): every report of theirs of a probe's type and date."""
        staged = sorted({(p.event_type, p.date, needle(p.role, p.actor_key, p.prefix)) for p in probes},
                        key=lambda p: (p[0], p[1] is None, p[1] or "", p[2]))
        if not staged:
            return []
        days = [d for _, d, _ in staged if d is not None]
        ranges = sql.date_ranges(days)
        undated = len(days) < len(staged)
        with self._transaction(), self._staged(("event_type", "date", "needle"), staged, analyze=True) as table:
            found = self._fetch(sql.cluster_candidates(table, len(ranges), undated, self.bytes_order),
                                [bound for r in ranges for bound in r])
        return list(zip((row[-1] for row in found), reports_of(row[:-1] for row in found)))

    def recall_candidates(self, probes: Iterable[tuple[str, str, str, str]]) -> list[tuple[str, Report]]:
        """(cluster id, report) of the merged reports of each (type, toll, since, until) probe:
        an attack in a town with a death toll (``rows.toll_of``) dated in that window."""
        staged = sorted(set(probes))
        if not staged:
            return []
        with self._transaction(), self._staged(("event_type", "toll", "since", "until"), staged,
                                               analyze=True) as table:
            found = self._fetch(sql.recall_candidates(table))
        return list(zip((row[-1] for row in found), reports_of(row[:-1] for row in found)))

    # -- stories --------------------------------------------------------------------------
    def story_candidates(self, bands: Sequence[tuple[int, int]]) -> dict[str, tuple[str, int]]:
        """Stored originals sharing a MinHash band with ``bands``: doc id -> (its story id,
        bands shared)."""
        if not bands:
            return {}
        staged_rows = [(str(b), str(h)) for b, h in bands]
        with self._transaction(), self._staged(("band", "hash"), staged_rows) as staged:
            return {doc: (story, int(n)) for doc, story, n in self._fetch(sql.story_candidates(staged))}

    def copies(self) -> int:
        """How many stored documents are copies of another story."""
        return int(self._fetch(sql.COPIES)[0][0])

    # -- claims ---------------------------------------------------------------------------
    def unthreaded_claims(self) -> list[tuple]:
        """(event id, type, date, claim key, answers) of accusations and answers that have
        no thread yet: those stored since the last threading, by date."""
        return [(eid, typ, date, key, json.loads(ans) if ans else [])
                for eid, typ, date, key, ans in self._fetch(sql.UNTHREADED)]

    def threads_of(self, accuser: str, matter: str) -> list[tuple[str, str, bool]]:
        """(claim key, claim id, the thread's first accusation among them) of the threaded
        events of an accuser about a matter, each pair once, by its earliest report (read
        from ``claim_keys``: its cost follows the accuser's keys and threads, not reports)."""
        return [(k, c, bool(first)) for k, c, first in self._fetch(sql.THREADS_OF, (accuser, matter))]

    def set_claims(self, rows: Sequence[tuple[str, str, list | None]]) -> None:
        """Give each (event id, claim id, answers or None) its thread; threaded events keep theirs."""
        if not rows:
            return
        staged_rows = [(eid, cid, json.dumps(ans) if ans else None) for eid, cid, ans in rows]
        with self._transaction(), self._staged(("event_id", "claim_id", "answers"), staged_rows) as staged:
            threaded = [tuple(row) for row in self._fetch(sql.set_claims(staged)) if row[1] is not None]
            if threaded:  # their keys, from what the update returned: no second read of the events
                with self._staged(sql.THREADED, threaded) as done:
                    self._run(sql.add_claim_keys(done))

    def claim_threads(self) -> list[ClaimThread]:
        """Every claim thread: accuser, accused, matter, dates, reports, and the denials."""
        threads: dict[str, ClaimThread] = {}
        for cid, key, eid, typ, doc, date, record, answers in self._fetch(sql.THREAD_EVENTS):
            accuser, accused, matter = (key.split("|") + ["", "", ""])[:3]
            t = threads.get(cid)
            if t is None:
                t = threads[cid] = ClaimThread(cid, accuser, None if accused == "?" else accused, matter)
            ev = event_of(record, None, cid, answers)
            t.add(ev)
        return list(threads.values())

    def set_clusters(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Give each event of (event id, cluster id) not yet merged its cluster; no other
        row is touched, and a merged event keeps its cluster."""
        if not pairs:
            return
        with self._transaction(), self._staged(("event_id", "cluster_id"), list(pairs), analyze=True) as staged:
            self._run(sql.set_clusters(staged))

    def join_clusters(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Give every stored event of each (cluster id, new cluster id) the new id: a report
        that bridged two stored clusters made them one."""
        if not pairs:
            return
        with self._transaction(), self._staged(("old_id", "new_id"), list(pairs), analyze=True) as staged:
            self._run(sql.join_clusters(staged))

    # -- bulk loads (jirga/store/bulk.py) -------------------------------------------------
    def write_rows(self, tables: dict[str, tuple[Sequence[str], Sequence[str], list[tuple]]]) -> None:
        """Store ready-made rows in one transaction: table -> (columns, key columns, rows),
        as ``write_batch`` stores them (a stored row is kept, a reject's latest reason wins)."""
        with self._transaction():
            for table, (columns, keys, rows) in tables.items():
                if rows:
                    with self._staged(columns, rows, like=table) as staged:
                        self._run(sql.upsert(table, staged) if list(columns) == COLUMNS.get(table)
                                  else sql.insert_new(table, columns, keys, staged))

    def unmerged_reports_of(self, doc_ids: Sequence[str]) -> list[Report]:
        """``unmerged_reports`` of these documents only."""
        return reports_of(self._fetch(sql.UNMERGED_REPORTS_OF, (list(doc_ids),))) if doc_ids else []

    def unthreaded_claims_of(self, doc_ids: Sequence[str]) -> list[tuple]:
        """``unthreaded_claims`` of these documents only."""
        return [(eid, typ, date, key, json.loads(ans) if ans else [])
                for eid, typ, date, key, ans in self._fetch(sql.UNTHREADED_OF, (list(doc_ids),))] if doc_ids else []
