"""Parse and run the stages in worker processes, a batch at a time.

Workers return finished Documents, not spaCy Docs: shipping parses back to the
parent costs as much as parsing. A bounded window of pending batches keeps memory
flat however long the input is. With the fork start method the workers share
the parent's loaded data (registry, gazetteer); elsewhere ``Resources`` pickles
as its settings and each worker loads its own.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from jirga import nlp
from jirga.model import Document
from jirga.stage import Stage, run_stages

_WORKER: dict = {}   # this worker process's resources and stages, set once by _init


def _init(res, stages: tuple[Stage, ...]) -> None:
    _WORKER["res"], _WORKER["stages"] = res, stages


def _work(batch: list[Document]) -> list[Document]:
    res, stages = _WORKER["res"], _WORKER["stages"]
    out = []
    for doc in nlp.parse(batch, res, batch_size=len(batch)):
        doc = run_stages(doc, res, stages)
        doc.parsed = None
        out.append(doc)
    return out


def process(docs: Iterable[Document], res, stages: tuple[Stage, ...], n: int,
            batch_size: int) -> Iterator[Document]:
    """Order kept, one out per one in, at most ``2 * n`` batches in flight."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    it = iter(docs)
    with ctx.Pool(n, initializer=_init, initargs=(res, tuple(stages))) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * n:
                batch = list(itertools.islice(it, batch_size))
                if not batch:
                    break
                pending.append(pool.apply_async(_work, (batch,)))
            if not pending:
                return
            yield from pending.popleft().get()
