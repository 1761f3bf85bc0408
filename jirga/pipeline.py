"""Builds the stages, streams documents through them in batches, stores
each batch in one transaction, and routes failures to rejects.

A document already in the store is skipped, so a run that was killed can
simply be started again: it finishes with the rows an unbroken run makes.
"""
from __future__ import annotations

import importlib
import itertools
import logging
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from jirga.model import Document, Event, Reject
from jirga.resources import Resources

log = logging.getLogger("jirga")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    target: str              # "module:function", called as fn(doc, res)
    requires: tuple
    provides: tuple
    code: str                # reject code when the stage fails on a document

    def function(self) -> Callable:
        module, func = self.target.split(":")
        return getattr(importlib.import_module(module), func)


# The order is checked: each stage needs what earlier ones provide.
STAGES = (
    Stage("coding", "jirga.stages:code", ("parsed",), ("events",), "E202"),
    Stage("dates", "jirga.stages:dates", ("parsed", "events"), ("timex", "event.date"), "E403"),
    Stage("actors", "jirga.stages:actors", ("events", "event.date"), ("actors",), "E301"),
    Stage("places", "jirga.stages:places", ("parsed", "events"), ("places", "event.location"), "E401"),
    Stage("size", "jirga.stages:size", ("parsed", "events"), ("event.size",), "E404"),
)


def check_order(stages: Iterable[Stage], given=("text", "parsed", "sentences")) -> None:
    have = set(given)
    for s in stages:
        missing = [r for r in s.requires if r not in have]
        if missing:
            raise ValueError(f"stage {s.name} needs {', '.join(missing)}, which no earlier stage provides")
        have.update(s.provides)


def apply_stages(doc: Document, res: Resources, funcs) -> Document:
    """Run the per-document stages; the first failure rejects the document."""
    from jirga.stages import guarded
    if doc.rejects:
        return doc
    for stage, fn in funcs:
        if not guarded(doc, res, fn, stage.name, stage.code):
            doc.events = []
            break
    return doc


@dataclass
class RunSummary:
    run_id: str
    database: str
    documents: int = 0          # newly coded
    skipped: int = 0            # already in the store
    sentences: int = 0
    events: int = 0             # all coded, negated and hypothetical ones included
    factual: int = 0            # reported as having happened
    events_by_type: Counter = field(default_factory=Counter)  # factual events
    rejects: list = field(default_factory=list)
    seconds: float = 0.0
    top_dyads: list = field(default_factory=list)
    undated: int = 0            # coded documents with no publication date

    @property
    def read_nothing(self) -> bool:
        return self.documents == 0 and self.skipped == 0


class Pipeline:
    """``Pipeline(db="jirga.duckdb").run(paths)`` ingests, codes and stores."""

    def __init__(self, db: str | None = "jirga.duckdb", res: Resources | None = None,
                 stages=STAGES, progress: Callable | None = None, **settings):
        self.res = res or Resources(**settings)
        self.db = db
        self.stages = tuple(stages)
        check_order(self.stages)
        self.progress = progress

    def documents(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse and code documents; order kept, one out per one in."""
        from jirga import nlp, parallel
        n = nlp.workers(self.res.settings["n_process"])
        if n > 1:
            yield from parallel.process(docs, self.res.settings, self.stages, n,
                                        self.res.settings["batch_size"])
            return
        funcs = [(s, s.function()) for s in self.stages]
        for doc in nlp.process(docs, self.res, n_process=1):
            yield apply_stages(doc, self.res, funcs)

    def code(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Like ``documents`` but reads nothing and stores nothing."""
        return self.documents(docs)

    def run(self, sources: Iterable[str]) -> RunSummary:
        from jirga import data, ingest
        from jirga.merge import merge_store
        from jirga.store.base import open_store

        store = open_store(self.db)
        run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        summary = RunSummary(run_id, store.location)
        store.start_run(run_id, self.res.settings, data.versions())
        started = time.perf_counter()
        try:
            fresh = self._fresh(ingest.read(sources, self.res.settings), store, summary)
            bs = self.res.settings["batch_size"]
            batch = []
            for doc in self.documents(fresh):
                batch.append(doc)
                self._count(doc, summary)
                if len(batch) >= bs:
                    self._store(store, batch, run_id, summary)
                    batch = []
            self._store(store, batch, run_id, summary)
            merge_store(store, self.res.settings["merge_days"])
            summary.top_dyads = top_dyads(store)
            status = "done"
        except BaseException:
            status = "failed"
            raise
        finally:
            summary.seconds = time.perf_counter() - started
            store.finish_run(run_id, status, {"documents": summary.documents, "events": summary.events,
                                              "rejects": len(summary.rejects)})
            store.close()
        return summary

    def _store(self, store, batch, run_id, summary) -> None:
        store.write_batch(batch, [], run_id)
        log.info("stored batch of %d documents (%d coded so far)", len(batch), summary.documents)

    def _fresh(self, items, store, summary) -> Iterator[Document]:
        """Drop documents already stored or seen in this run; rejects pass as documents."""
        seen: set[str] = set()
        for chunk in _chunks(items, 256):
            ids = [i.id for i in chunk if isinstance(i, Document)]
            known = store.known(ids)
            for item in chunk:
                if isinstance(item, Reject):
                    item = Document(id=item.doc_id or "", text="", origin=item.source, rejects=[item])
                elif item.id in known or item.id in seen:
                    summary.skipped += 1
                    self._tick(summary)
                    continue
                else:
                    seen.add(item.id)
                yield item

    def _count(self, doc: Document, summary: RunSummary) -> None:
        if doc.rejects:
            summary.rejects.extend(doc.rejects)
        else:
            summary.documents += 1
            summary.sentences += len(doc.sentences)
            summary.events += len(doc.events)
            facts = [e.event_type for e in doc.events if not (e.negated or e.hypothetical)]
            summary.factual += len(facts)
            summary.events_by_type.update(facts)
            summary.undated += not doc.published
        self._tick(summary)

    def _tick(self, summary):
        if self.progress:
            self.progress(summary)


def _chunks(items, n):
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def top_dyads(store, limit: int = 10) -> list[tuple[str, str, int]]:
    """Most frequent source -> target pairs among factual events, as country and sector codes."""
    label = ("CASE WHEN {t}.country IS NULL THEN '? ' || {t}.text "
             "ELSE {t}.country || COALESCE(' ' || {t}.sector, '') END")
    return store.query(
        f"SELECT {label.format(t='a')} AS src, {label.format(t='r')} AS tgt, count(DISTINCT e.event_id) AS n "
        "FROM events e JOIN event_actors a ON a.event_id = e.event_id AND a.role = 'actor' "
        "JOIN event_actors r ON r.event_id = e.event_id AND r.role = 'recipient' "
        "WHERE NOT e.negated AND NOT e.hypothetical "
        "GROUP BY 1, 2 ORDER BY n DESC, src, tgt LIMIT ?", (limit,))


def code_text(text: str, date: str | None = None, res: Resources | None = None) -> list[Event]:
    """Code one text; ``date`` is its publication date (ISO)."""
    from jirga.model import content_id
    from jirga.nlp import parse_one
    res = res or _default_resources()
    doc = parse_one(Document(id=content_id(text), text=text, published=date), res)
    funcs = [(s, s.function()) for s in STAGES]
    doc = apply_stages(doc, res, funcs)
    if doc.rejects:
        raise RuntimeError(doc.rejects[0].reason)
    return doc.events


_RES: Resources | None = None


def _default_resources() -> Resources:
    global _RES
    if _RES is None:
        _RES = Resources(n_process=1)
    return _RES
