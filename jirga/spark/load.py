"""``jirga load``: bring a ``jirga spark`` output into a store, then merge and thread it.

Rows go in a slice of the archive's reading order at a time, each slice one transaction;
a document the store holds already is skipped with all its rows, as ``jirga run`` skips
it, so loading twice adds nothing twice. The job found the copies of a story within the
archive; a document it took for an original that copies a story the store holds already
(from an earlier run or load) is stored as that story's copy, without its coded rows, as
``jirga run`` would have stored it. Merging and claim threads then run over the
loaded documents in reading order, ``batch_size`` documents at a time (the job's
setting): the batches ``jirga run`` would have stored and merged, so the clusters and
threads are the ones a run over the same archive gives.
"""
from __future__ import annotations

import itertools
import json
import time
import uuid
from dataclasses import dataclass
from typing import Iterable, Sequence

from jirga import merge
from jirga.ingest import stories
from jirga.spark.job import read_manifest
from jirga.store import open_store
from jirga.store.bulk import TABLES, Batches

SLICE = 2000        # items per load transaction


@dataclass
class LoadSummary:
    run_id: str
    database: str
    documents: int = 0          # new documents stored
    skipped: int = 0            # documents the store held already
    copies: int = 0             # originals of the job found to copy a story the store holds
    events: int = 0
    rejects: int = 0
    merged: int = 0             # reports given a cluster
    threaded: int = 0           # claims given a thread
    seconds: float = 0.0


class Scoped:
    """A store whose merging and threading see the new reports of some documents only."""

    def __init__(self, store, doc_ids: Sequence[str]):
        self.store, self.doc_ids = store, list(doc_ids)

    def unmerged_reports(self):
        return self.store.unmerged_reports_of(self.doc_ids)

    def unthreaded_claims(self):
        return self.store.unthreaded_claims_of(self.doc_ids)

    def __getattr__(self, name):
        return getattr(self.store, name)


def load(out_dir: str, db: str | None = None, batch_size: int | None = None) -> LoadSummary:
    """Load the Parquet tables of ``out_dir`` into ``db`` (a DuckDB file or postgresql:// URL;
    default the job's ``db`` setting)."""
    manifest = read_manifest(out_dir)
    settings = manifest["settings"]
    batch_size = int(batch_size or settings["batch_size"])
    days = int(settings.get("merge_days", 1))
    store = open_store(db or settings["db"])
    run_id = "load-" + time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    summary = LoadSummary(run_id, store.location)
    started, status = time.perf_counter(), "failed"
    try:
        store.mark_interrupted()
        store.start_run(run_id, {**settings, "spark_run": manifest["run_id"], "archive": manifest["archive"]},
                        manifest["versions"])
        with Batches(out_dir) as batches:
            pending: list = []
            stored_as: dict[str, str] = {}     # an original of the job -> the stored story it copies
            ours: set[str] = set()              # the job's documents loaded so far
            for part in _slices(batches.items(), SLICE):
                fresh = _load_slice(store, batches, part, run_id, summary, stored_as, ours)
                pending.extend(fresh)
                while len(pending) >= batch_size:
                    _merge(store, pending[:batch_size], days, summary)
                    del pending[:batch_size]
            if pending:
                _merge(store, pending, days, summary)
        summary.merged += merge.merge_new(store, days)   # anything another writer left unmerged
        summary.threaded += merge.thread_new(store)
        status = "done"
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(run_id, status, {"documents": summary.documents, "events": summary.events,
                                          "rejects": summary.rejects})
        store.close()
    return summary


def _slices(items: Iterable, n: int):
    it = iter(items)
    while part := list(itertools.islice(it, n)):
        yield part


def _load_slice(store, batches: Batches, part: list, run_id: str, summary: LoadSummary,
                stored_as: dict[str, str], ours: set[str]) -> list:
    """Store one slice of items; returns the items that were new, in reading order."""
    known = store.known([doc for _, doc, stored in part if stored])
    skip = {seq for seq, doc, stored in part if stored and doc in known}
    summary.skipped += len(skip)
    rows = batches.rows(part[0][0], part[-1][0])
    ours.update(doc for seq, doc, stored in part if stored and seq not in skip)
    _copies_of_stored(store, rows, skip, stored_as, summary, ours)
    tables = {}
    for table, (cols, keys) in TABLES.items():
        kept = [r[:-1] for r in rows[table] if r[-1] not in skip]
        if "run_id" in cols:
            i = cols.index("run_id")
            kept = [(*r[:i], run_id, *r[i + 1:]) for r in kept]
        tables[table] = (cols, keys, kept)
    store.write_rows(tables)
    summary.documents += len(tables["documents"][2])
    summary.events += len(tables["events"][2])
    summary.rejects += len(tables["rejects"][2])
    return [item for item in part if item[0] not in skip]


def _copies_of_stored(store, rows: dict, skip: set, stored_as: dict[str, str], summary: LoadSummary,
                      ours: set[str]) -> None:
    """Turn the job's originals that copy a stored story into copies of it, in ``rows``: the
    story id and note on the document row, and none of its coded rows; the job's copies of
    such an original copy the stored story too. The job's own documents (``ours``) are not
    looked at: it compared them already."""
    bands: dict[str, list] = {}
    for band, hash_, doc, seq in rows["story_bands"]:
        if seq not in skip:
            bands.setdefault(doc, []).append((band, hash_))
    found: dict[str, tuple[str, int]] = {}
    for doc, own in bands.items():
        candidates = {d: c for d, c in store.story_candidates(own).items() if d not in ours}
        best = max(candidates.items(), key=lambda kv: (kv[1][1], kv[0]), default=None)
        if best is not None and stories.is_copy(best[1][1]):
            found[doc] = best[1]
            stored_as[doc] = best[1][0]
    summary.copies += len(found)
    if not stored_as:
        return
    cols = TABLES["documents"][0]
    at_id, at_notes, at_story = cols.index("id"), cols.index("notes"), cols.index("story_id")
    for i, row in enumerate(rows["documents"]):
        doc, story = row[at_id], row[at_story]
        if doc not in found and story not in stored_as:
            continue
        row = list(row)
        if doc in found:
            story_now, shared = found[doc]
            row[at_notes] = json.dumps(json.loads(row[at_notes] or "[]") + [stories.copy_note(story_now, shared)])
        else:
            story_now = stored_as[story]
        row[at_story] = story_now
        rows["documents"][i] = tuple(row)
    if found:
        _drop_coded(rows, set(found))


def _drop_coded(rows: dict, docs: set) -> None:
    """Remove every coded row of ``docs`` (and their bands: a copy is no story of its own)."""
    events = set()
    for table in ("story_bands", "sentences", "places", "events", "event_facts"):
        i = TABLES[table][0].index("doc_id")
        if table == "events":
            e = TABLES[table][0].index("event_id")
            events = {r[e] for r in rows[table] if r[i] in docs}
        rows[table] = [r for r in rows[table] if r[i] not in docs]
    e = TABLES["event_actors"][0].index("event_id")
    rows["event_actors"] = [r for r in rows["event_actors"] if r[e] not in events]


def _merge(store, items: list, days: int, summary: LoadSummary) -> None:
    """Merge and thread one batch's documents, as ``jirga run`` does after storing a batch."""
    scoped = Scoped(store, [doc for _, doc, stored in items if stored])
    summary.merged += merge.merge_new(scoped, days)
    summary.threaded += merge.thread_new(scoped)
