"""The pipeline, top-down: ingest -> parse -> each stage -> store -> merge.

    Pipeline(db="jirga.duckdb").run(["articles/"])

The stages are the ``STAGE`` objects their packages declare; their order is checked
against what each requires and provides. Each batch of documents is stored in one
transaction; a document already in the store is skipped, so a run that was killed
is finished by starting it again. A user error (bad settings, actor file or data)
stops the run before the first parse; a bug on one document rejects that document
and the run goes on.
"""
from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from jirga import actors, claims, coding, data, dates, ingest, merge, nlp, parallel, places
from jirga.coding import size
from jirga.ingest import stories
from jirga.model import Document, Event, Reject, content_id
from jirga.resources import Resources
from jirga.stage import Stage, check_order, prepare, run_stages
from jirga.store import open_store

log = logging.getLogger("jirga")

# places before actors: a bare agent ('soldiers', 'the ministry') belongs to the country its
# event happens in, which the places stage has found by then
STAGES: tuple[Stage, ...] = (coding.STAGE, dates.STAGE, places.STAGE, actors.STAGE, size.STAGE,
                             claims.STAGE, merge.STAGE)


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
    copies: int = 0             # near-duplicates of a story already read: listed, not coded

    @property
    def read_nothing(self) -> bool:
        return self.documents == 0 and self.skipped == 0 and self.copies == 0


class Pipeline:
    """Ingest, parse, code and store documents; ``documents()`` codes without storing."""

    def __init__(self, db: str | None = None, res: Resources | None = None,
                 stages: Iterable[Stage] = STAGES, progress: Callable | None = None, **settings):
        self.res = res or Resources(**settings)
        self.db = db or self.res.settings["db"]
        self.stages = tuple(stages)
        check_order(self.stages)
        self.progress = progress
        self._ready = False

    def prepare(self) -> None:
        """Check the model and load every stage's data: user errors surface here, at once."""
        if not self._ready:
            nlp.check_model(self.res.settings["model"])
            prepare(self.stages, self.res)
            self._ready = True

    def documents(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse and run the stages; order kept, one out per one in."""
        self.prepare()
        n = nlp.workers(self.res.settings["n_process"])
        if n > 1:
            yield from parallel.process(docs, self.res, self.stages, n, self.res.settings["batch_size"])
            return
        for doc in nlp.parse(docs, self.res):
            yield run_stages(doc, self.res, self.stages)

    def run(self, sources: Iterable[str]) -> RunSummary:
        store = open_store(self.db)
        run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        summary = RunSummary(run_id, store.location)
        started = time.perf_counter()
        status = "failed"
        try:
            for stale in store.mark_interrupted():
                log.warning("run %s was interrupted; this run finishes its work", stale)
            store.start_run(run_id, self.res.settings, data.versions())
            self.prepare()
            fresh = self._stories(self._fresh(ingest.read(sources, self.res.settings), store, summary), store)
            for batch in _chunks(self._code_originals(fresh), self.res.settings["batch_size"]):
                for doc in batch:
                    self._count(doc, summary)
                store.write_batch(batch, run_id)
                merge.merge_new(store, self.res.settings["merge_days"])
                merge.thread_new(store)
                log.info("stored batch of %d documents (%d coded so far)", len(batch), summary.documents)
            merge.merge_new(store, self.res.settings["merge_days"])
            merge.thread_new(store)
            summary.top_dyads = store.top_dyads()
            status = "done"
        finally:
            summary.seconds = time.perf_counter() - started
            store.finish_run(run_id, status, {"documents": summary.documents, "events": summary.events,
                                              "rejects": len(summary.rejects)})
            store.close()
        return summary

    def _fresh(self, items, store, summary) -> Iterator[Document]:
        """Drop documents already stored or seen in this run; rejects pass as documents."""
        seen: set[str] = set()
        for chunk in _chunks(items, 256):
            known = store.known([i.id for i in chunk if isinstance(i, Document)])
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

    def _stories(self, docs: Iterable[Document], store) -> Iterator[Document]:
        """Tell copies of a story (syndicated, updated) from originals: each new document is
        compared with this run's originals and with the stored ones sharing a MinHash band."""
        index = stories.StoryIndex()
        for chunk in _chunks(docs, 64):
            for doc in chunk:
                if doc.rejected:
                    yield doc
                    continue
                doc.bands = stories.bands(doc.text)
                shared = {d: (d, n) for d, n in index.shared(doc.bands).items()}
                shared.update(store.story_candidates(doc.bands))
                best = max(shared.items(), key=lambda kv: (kv[1][1], kv[0]), default=None)
                if best is not None and stories.is_copy(best[1][1]):
                    doc.story_id = best[1][0]
                    doc.notes.append(stories.copy_note(doc.story_id, best[1][1]))
                else:
                    doc.story_id = doc.id
                    index.add(doc.id, doc.bands)
                yield doc

    def _code_originals(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse and code the originals; copies pass by uncoded, stored with their story."""
        copies: list[Document] = []

        def originals():
            for doc in docs:
                if doc.is_copy:
                    copies.append(doc)
                else:
                    yield doc
        for doc in self.documents(originals()):
            yield from copies
            copies.clear()
            yield doc
        yield from copies

    def _count(self, doc: Document, summary: RunSummary) -> None:
        summary.rejects.extend(doc.rejects)
        if doc.is_copy:
            summary.copies += 1
            self._tick(summary)
            return
        if not doc.rejected:
            summary.documents += 1
            summary.sentences += len(doc.sentences)
            summary.events += len(doc.events)
            facts = [e.event_type for e in doc.events if coding.is_factual(e)]
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


def code_text(text: str, date: str | None = None, res: Resources | None = None) -> list[Event]:
    """Code one text; ``date`` is its publication date (ISO). Returns every event,
    negated and hypothetical ones included (see ``jirga.coding.is_factual``)."""
    pipe = Pipeline(db=None, res=res or _default_resources())
    pipe.prepare()
    doc = run_stages(nlp.parse_one(Document(id=content_id(text), text=text, published=date), pipe.res),
                     pipe.res, pipe.stages)
    if doc.rejects:
        raise RuntimeError(doc.rejects[0].reason)
    return doc.events


_RES: Resources | None = None


def _default_resources() -> Resources:
    """One set of loaded models for repeated ``code_text`` calls in a session."""
    global _RES
    if _RES is None:
        _RES = Resources(n_process=1)
    return _RES
