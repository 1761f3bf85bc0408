"""Coding throughput against a bare spaCy parse of the same text, in the same run.

    .venv/bin/python bench/throughput.py [--copies 4] [--processes 1]

Prints words/s for (a) spaCy alone, (b) the full Jirga pipeline without storage,
(c) the full pipeline with DuckDB storage, and each as a ratio to (a).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from jirga import Pipeline, Resources  # noqa: E402
from jirga.nlp import workers  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()
    res = Resources(n_process=args.processes)
    n = workers(args.processes)
    nwords = corpus.words(args.copies)
    pipe = Pipeline(db=None, res=res)
    # Warm up: load the model, lexicons, registry and gazetteer outside the timings.
    for _ in pipe.documents(corpus.documents(1)):
        pass

    bare = timed(lambda: [d for d in res.nlp.pipe((d.text for d in corpus.documents(args.copies)),
                                                  n_process=n, batch_size=32)])
    full = timed(lambda: [d for d in pipe.documents(corpus.documents(args.copies))])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w") as fh:
            for d in corpus.documents(args.copies):
                fh.write(json.dumps({"id": d.origin, "text": d.text, "published": d.published}) + "\n")
        stored = timed(lambda: Pipeline(db=Path(tmp) / "b.duckdb", res=res).run([str(src)]))

    rows = [("spaCy parse only", bare), ("Jirga pipeline, no store", full), ("Jirga pipeline + DuckDB", stored)]
    print(f"{nwords} words, {args.copies} copies of the example corpus, {n} process(es)")
    print(f"{'measure':28} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    for name, secs in rows:
        print(f"{name:28} {secs:8.2f} {nwords / secs:9.0f} {bare / secs:6.2f}")


if __name__ == "__main__":
    main()
