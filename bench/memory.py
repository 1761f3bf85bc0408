"""Memory stays flat however many documents: peak RSS of runs over N and 4N documents.

    .venv/bin/python bench/memory.py [--copies 2]

Each size runs in a fresh process; the report gives both peaks and their ratio
(1.0 = flat).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(copies: int) -> None:
    sys.path.insert(0, str(HERE))
    import corpus
    from jirga import Pipeline, Resources
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w") as fh:
            for d in corpus.documents(copies):
                fh.write(json.dumps({"id": d.origin, "text": d.text, "published": d.published}) + "\n")
        s = Pipeline(db=Path(tmp) / "m.duckdb", res=Resources(n_process=1)).run([str(src)])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"documents": s.documents, "peak_mb": peak_mb}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--child", type=int)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    results = []
    for copies in (args.copies, args.copies * 4):
        out = subprocess.run([sys.executable, __file__, "--child", str(copies)], capture_output=True,
                             text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for r in results:
        print(f"{r['documents']:6d} documents: peak RSS {r['peak_mb']:.0f} MB")
    print(f"ratio of peaks (4x the documents): {results[1]['peak_mb'] / results[0]['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
