"""Start-up cost of the actor registry and the gazetteer, and actor resolution speed.

    .venv/bin/python bench/load.py [--runs 3]

Each load is timed in a fresh Python process (imports done before the clock starts), the
median of ``--runs``:

- registry warm: ``Registry.load`` reading the built registry from the cache folder;
- registry built: the same registry parsed from the YAML files and indexed (no cache) --
  the baseline the warm load is a ratio to, measured in the same run;
- gazetteer warm: ``Gazetteer.load`` reading its cached index.

Then the resolution speed: the world actor cases (``jirga/eval/actors_world.jsonl``) resolved
as the pipeline resolves a mention, each once, with an empty memo: mentions per second.
The cache folder is a temporary one, so the figures do not depend on the user's cache.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOAD = """
import sys, time
from jirga.actors.registry import Registry
from jirga.places.gazetteer import Gazetteer
what, cache = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if what == "registry":
    Registry.load((), cache)
elif what == "built":
    Registry.load((), None)
else:
    Gazetteer.load(cache)
print(time.perf_counter() - t)
"""

RESOLVE = """
import json, sys, time
from pathlib import Path
from jirga.actors.registry import Registry
from jirga.actors.resolve import resolve_with
from jirga.places.gazetteer import Gazetteer
reg, gaz = Registry.load((), sys.argv[1]), Gazetteer.load(sys.argv[1])
cases = [json.loads(line) for line in Path(sys.argv[2]).read_text().splitlines() if line.strip()]
t = time.perf_counter()
for c in cases:
    ctx = [c["context"]] if c.get("context") else []
    resolve_with(reg, c["mention"], c.get("date"), ctx, places=gaz.candidates)
print(len(cases) / (time.perf_counter() - t))
"""


def run(code: str, *args: str) -> float:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    cases = ROOT / "jirga" / "eval" / "actors_world.jsonl"
    with tempfile.TemporaryDirectory() as cache:
        run(LOAD, "registry", cache), run(LOAD, "gazetteer", cache)     # build the caches
        t = {what: statistics.median(run(LOAD, what, cache) for _ in range(args.runs))
             for what in ("registry", "built", "gazetteer")}
        speed = statistics.median(run(RESOLVE, cache, str(cases)) for _ in range(args.runs))
    print(f"registry warm (cached)    {t['registry']:.2f} s")
    print(f"registry built from YAML  {t['built']:.2f} s   (warm = {t['registry'] / t['built']:.2f} of it)")
    print(f"gazetteer warm (cached)   {t['gazetteer']:.2f} s")
    print(f"registry + gazetteer warm {t['registry'] + t['gazetteer']:.2f} s")
    print(f"actor resolution          {speed:,.0f} mentions/s (world cases, cold memo)")
    print(json.dumps({"registry_warm_s": round(t["registry"], 3), "registry_built_s": round(t["built"], 3),
                      "gazetteer_warm_s": round(t["gazetteer"], 3), "mentions_per_s": round(speed)}))


if __name__ == "__main__":
    main()
