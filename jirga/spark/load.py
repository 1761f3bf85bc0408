"""``jirga load``: bring a ``jirga spark`` output into a store, then merge and thread it.

Rows go in a slice of the archive's reading order at a time, each slice one transaction;
a document the store holds already is skipped with all its rows, as ``jirga run`` skips
it, so loading twice adds nothing twice. Merging and claim threads then run over the
loaded documents in reading order, ``batch_size`` documents at a time (the job's
setting): the batches ``jirga run`` would have stored and merged, so the clusters and
threads are the ones a run over the same archive gives.
"""
from __future__ import annotations

import itertools
import time
import uuid
from dataclasses import dataclass
from typing import Iterable, Sequence

from jirga import merge
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
            for part in _slices(batches.items(), SLICE):
                fresh = _load_slice(store, batches, part, run_id, summary)
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


def _load_slice(store, batches: Batches, part: list, run_id: str, summary: LoadSummary) -> list:
    """Store one slice of items; returns the items that were new, in reading order."""
    known = store.known([doc for _, doc, stored in part if stored])
    skip = {seq for seq, doc, stored in part if stored and doc in known}
    summary.skipped += len(skip)
    rows = batches.rows(part[0][0], part[-1][0])
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


def _merge(store, items: list, days: int, summary: LoadSummary) -> None:
    """Merge and thread one batch's documents, as ``jirga run`` does after storing a batch."""
    scoped = Scoped(store, [doc for _, doc, stored in items if stored])
    summary.merged += merge.merge_new(scoped, days)
    summary.threaded += merge.thread_new(scoped)
