"""One long document: time and peak memory for 10k, 100k, 1M and 4M characters of prose.

    .venv/bin/python bench/longdoc.py [--sizes 10000,100000,1000000,4000000]

The document is the example corpus's articles end to end (paragraphs apart), repeated up to
the size. Each size runs in a fresh process that loads the model and the stages' data, warms
up on one short text, then parses and codes the document (every pipeline stage, no store):
the seconds are net of start-up. Peak memory is the process's RSS peak
(``resource.getrusage``), model and data included. The cost per 100k characters should stay
flat (ratio near 1: linear) and the peak under 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (10_000, 100_000, 1_000_000, 4_000_000)


def text_of(size: int) -> str:
    sys.path.insert(0, str(HERE))
    import corpus
    articles = "\n\n".join(r["text"] for r in corpus.records())
    text = "\n\n".join([articles] * (size // len(articles) + 1))[:size]
    return text[:text.rfind(" ")] if len(text) == size else text   # end at a word


def child(size: int) -> None:
    from jirga import Resources, nlp
    from jirga.model import Document
    from jirga.pipeline import STAGES
    from jirga.stage import prepare, run_stages
    res = Resources(n_process=1)
    prepare(STAGES, res)
    run_stages(nlp.parse_one(Document(id="w", text="Pakistan and Afghanistan held talks."), res), res, STAGES)
    text = text_of(size)
    started = time.perf_counter()
    doc = nlp.parse_one(Document(id="long", text=text, published="2024-01-09"), res)
    times = {"parse": time.perf_counter() - started}
    for stage in STAGES:
        t = time.perf_counter()
        stage.run(doc, res)
        times[stage.name] = time.perf_counter() - t
    print(json.dumps({"chars": len(text), "seconds": time.perf_counter() - started, "stages": times,
                      "events": len(doc.events), "rejects": len(doc.rejects),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--child", type=int)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--child", str(size)], capture_output=True,
                             text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        per = r["seconds"] / r["chars"] * 100_000
        parts = "  ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
        print(f"{r['chars']:>9,} chars  {r['seconds']:7.1f} s  {per:5.2f} s/100k  peak {r['peak_mb']:5.0f} MB"
              f"  events {r['events']:>6,}  ({parts})", flush=True)
    base = min(rows, key=lambda r: abs(r["chars"] - 100_000))
    last = rows[-1]
    ratio = (last["seconds"] / last["chars"]) / (base["seconds"] / base["chars"])
    print(f"cost per character, {last['chars']:,} / {base['chars']:,} chars: {ratio:.2f} (1.0 = linear)")
    scale = base["chars"] / last["chars"]
    print("by stage: " + "  ".join(f"{k} {v * scale / max(base['stages'][k], 1e-3):.2f}"
                                   for k, v in last["stages"].items()))


if __name__ == "__main__":
    main()
