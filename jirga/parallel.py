"""Run parse + coding in worker processes, a batch at a time.

Workers return finished Documents, not spaCy Docs: shipping parses back to
the parent costs as much as parsing. A bounded window of pending batches
keeps memory flat however long the input is.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from jirga.model import Document

_WORKER: dict = {}


def _init(settings: dict, stage_names: tuple) -> None:
    from jirga.pipeline import STAGES
    from jirga.resources import Resources
    res = Resources(dict(settings, n_process=1))
    stages = [s for s in STAGES if s.name in stage_names]
    _WORKER["res"] = res
    _WORKER["funcs"] = [(s, s.function()) for s in stages]


def _work(batch: list[Document]) -> list[Document]:
    from jirga import nlp
    from jirga.pipeline import apply_stages
    res, funcs = _WORKER["res"], _WORKER["funcs"]
    out = []
    for doc in nlp.process(batch, res, n_process=1, batch_size=len(batch)):
        doc = apply_stages(doc, res, funcs)
        doc.parsed = None
        out.append(doc)
    return out


def process(docs: Iterable[Document], settings: dict, stages, n: int, batch_size: int) -> Iterator[Document]:
    """Order-kept, one out per one in, at most ``2 * n`` batches in flight."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    names = tuple(s.name for s in stages)
    it = iter(docs)
    with ctx.Pool(n, initializer=_init, initargs=(settings, names)) as pool:
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
