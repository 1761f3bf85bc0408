"""What an executor does with its partition of documents: parse, run the stages, make rows.

The models and data are loaded once per executor process: ``pipeline_for`` keeps the
pipeline in a module-level holder that lives as long as the (reused) Python worker, so
a task ships only settings, never a model. Documents go through ``Pipeline.documents``
(the parse and ``run_stages`` of ``jirga run``) a batch at a time; rows come from
``jirga.store.bulk.rows_for``: the builders ``write_batch`` uses. A document that
breaks the parser or anything else here becomes a reject row: the task never fails for
a document, only for a user error (``JirgaError``), which must stop the job.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import resource
import time
from typing import Iterable, Iterator

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import Document, Reject
from jirga.pipeline import STAGES, Pipeline
from jirga.resources import Resources
from jirga.stage import Stage
from jirga.store.bulk import rows_for

log = logging.getLogger("jirga")

STATS = "_stats"            # the pseudo-table of per-task figures (worker pid, documents, peak memory)
UNDATED = "undated"         # month partition of documents without a publication date

_HELD: dict = {}            # this worker process's pipeline, by settings: built on first use


def worker_key(settings: dict, stages: tuple[Stage, ...] = STAGES) -> str:
    """What one loaded pipeline serves: the same settings (as JSON: they also travel through
    the environment to the worker daemon) and stages."""
    return json.dumps(settings, sort_keys=True, default=str) + "|" + ",".join(s.name for s in stages)


def pipeline_for(settings: dict, stages: tuple[Stage, ...] = STAGES) -> Pipeline:
    """The worker's pipeline for ``settings``, loaded on the first call in this process:
    the stages' data and the spaCy model, which ``Pipeline.prepare`` leaves to the first
    parse (loaded here, the daemon's workers fork with it instead of each loading its own)."""
    key = worker_key(settings, stages)
    pipe = _HELD.get(key)
    if pipe is None:
        _HELD.clear()      # one set of models per process
        pipe = Pipeline(db=None, res=Resources({**settings, "n_process": 1}), stages=stages)
        pipe.prepare()
        _ = pipe.res.nlp        # the model too: Pipeline.prepare leaves it to the first parse
        _HELD[key] = pipe
    return pipe


def month_of(doc: Document) -> str:
    return doc.published[:7] if doc.published else UNDATED


def fresh_copy(doc: Document) -> Document:
    """The document as read, without what a failed attempt added to it."""
    return dataclasses.replace(doc, notes=list(doc.notes), rejects=list(doc.rejects), sentences=[],
                               events=[], places=[], timex=[], parsed=None)


def code_batch(pipe: Pipeline, batch: list[Document]) -> list[Document]:
    """Parse and code a batch; if the batch as a whole fails, each document alone, and a
    document that still fails is rejected (E201) with the exception."""
    originals = [fresh_copy(d) for d in batch]
    try:
        return list(pipe.documents(batch))
    except JirgaError:
        raise
    except Exception:  # one document broke the batch: find it by coding them one by one
        log.info("a batch failed; coding its %d documents one by one", len(batch), exc_info=True)
    out = []
    for doc in originals:
        try:
            out.extend(pipe.documents([fresh_copy(doc)]))
        except JirgaError:
            raise
        except Exception as exc:
            log.info("document %s failed", doc.id, exc_info=True)
            doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "nlp", errors.NLP_FAILED,
                                      f"failed: {type(exc).__name__}: {exc}"[:300]))
            out.append(doc)
    return out


def coded(pipe: Pipeline, docs: Iterable[tuple[int, Document]], batch_size: int) -> Iterator[tuple[int, Document]]:
    """(seq, document) coded; copies and rejected documents pass through uncoded."""
    batch: list[tuple[int, Document]] = []

    def flush():
        done = code_batch(pipe, [d for _, d in batch])
        yield from zip([s for s, _ in batch], done)
        batch.clear()
    for seq, doc in docs:
        if doc.rejected or doc.is_copy:
            yield seq, doc
            continue
        batch.append((seq, doc))
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def table_rows(seq: int, doc: Document, run_id: str) -> Iterator[tuple[str, tuple]]:
    """(table, row + (seq, month)) for every row ``write_batch`` would store for ``doc``."""
    month = month_of(doc)
    for table, rows in rows_for(doc, run_id).items():
        for row in rows:
            yield table, (*row, seq, month)


def code_partition(items: Iterable[tuple[int, Document]], settings: dict, run_id: str,
                   stages: tuple[Stage, ...] = STAGES) -> Iterator[tuple[str, tuple]]:
    """One Spark partition: (seq, Document) in, (table, row) out, then one ``STATS`` row
    (worker pid, documents, seconds, peak resident memory in MB of this process)."""
    started, n = time.perf_counter(), 0
    items = iter(items)
    first = next(items, None)
    if first is None:
        return
    pipe = pipeline_for(settings, stages)
    stream = _chain(first, items)
    for seq, doc in coded(pipe, stream, int(settings["batch_size"])):
        n += 1
        try:
            yield from table_rows(seq, doc, run_id)
        except Exception as exc:  # a row that cannot be built is the document's reject
            bad = Reject(doc.id, doc.origin or doc.id, "nlp", errors.NLP_FAILED,
                         f"failed: {type(exc).__name__}: {exc}"[:300])
            yield from table_rows(seq, Document(id=doc.id, text="", origin=doc.origin, rejects=[bad]), run_id)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    yield STATS, (os.getpid(), n, time.perf_counter() - started, peak)


def _chain(first, rest):
    yield first
    yield from rest
