"""Jirga on Spark: speed-up with cores, overhead against `jirga run`, throughput and peak
executor memory as the archive grows, and DuckDB query latency on a large events table.

    .venv/bin/python bench/spark.py                      # defaults: ~10 minutes on 2 cores
    .venv/bin/python bench/spark.py --docs 2000 --sizes 10000,100000 --events 10000000
    .venv/bin/python bench/spark.py --skip speed,queries --sizes 10000,100000 --sentences 2

Everything is timed in this run, on the same synthetic archive: distinct articles made from
the example corpus (paragraphs of two or three stories mixed, names and places swapped,
publication dates spread over ten years, lengths varied), so few are copies of one story.
Each command runs as a user runs it (`jirga spark`, `jirga load`, `jirga run`), JVM start-up
included. Query latency uses the store's own query methods (jirga/store/query.py).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import records  # noqa: E402

PLACES = ["Peshawar", "Quetta", "Kabul", "Jalalabad", "Kandahar", "Lahore", "Karachi", "Khost", "Bajaur",
          "Chaman", "Torkham", "Islamabad", "Herat", "Kunar", "Nangarhar", "Paktika", "Gwadar", "Swat"]
PEOPLE = ["Shehbaz Sharif", "Ishaq Dar", "Asim Munir", "Amir Khan Muttaqi", "Zabihullah Mujahid",
          "Fazlur Rehman", "Sirajuddin Haqqani", "Mohsin Naqvi", "Khawaja Asif", "Mohammad Sadiq"]


def synthetic(n: int, seed: int = 7, sentences: int = 0) -> list[dict]:
    """``n`` distinct articles made from the example corpus; ``sentences`` > 0: wire briefs of
    that many sentences from different stories (a large archive in less machine time)."""
    rng = random.Random(seed)
    base = records()
    lines = [s for r in base for s in re.split(r"(?<=[.!?])\s+", r["text"]) if len(s.split()) > 5]
    out = []
    for i in range(n):
        main, *others = rng.sample(base, 3)
        paras = [p for p in main["text"].split("\n\n") if p.strip()]
        if sentences:
            said = rng.sample(lines, sentences)
            keep = [" ".join(said[:1]), " ".join(said[1:])]
        else:
            keep = paras[:1] + [p for p in paras[1:] if rng.random() < 0.7]
            for other in others[:rng.randint(1, 2)]:
                extra = [p for p in other["text"].split("\n\n") if p.strip()]
                keep.append(rng.choice(extra))
        text = "\n\n".join(keep)
        for name in PLACES + PEOPLE:
            if name in text and rng.random() < 0.5:
                pool = PLACES if name in PLACES else PEOPLE
                text = text.replace(name, rng.choice(pool))
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
        out.append({"id": f"synth-{i}", "title": main["title"], "published": day.isoformat(),
                    "source": rng.choice(["Wire A", "Wire B", "Daily C"]), "text": text + f"\n\n(Report {i}.)"})
    return out


def write_archive(path: Path, n: int, sentences: int = 0) -> int:
    docs = synthetic(n, sentences=sentences)
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return sum(len(d["text"].split()) for d in docs)


def timed(*args) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "jirga", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"jirga {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def spark_run(archive: Path, work: Path, cores: int, tag: str) -> tuple[float, dict]:
    out = work / f"out-{tag}"
    seconds = timed("spark", str(archive), "-o", str(out), "--master", f"local[{cores}]")
    return seconds, json.loads((out / "manifest.json").read_text())


def peak_mb(manifest: dict) -> float:
    return max(w[3] for w in manifest["summary"]["workers"])


def part_speed(archive: Path, work: Path, n: int, words: int) -> dict:
    print(f"\n== speed-up and overhead: {n} articles, {words:,} words ==")
    r = {}
    for cores in (1, 2):
        r[f"spark{cores}"], manifest = spark_run(archive, work, cores, f"speed{cores}")
        r[f"run{cores}"] = timed("run", str(archive), "--db", str(work / f"run{cores}.duckdb"), "-j", str(cores))
        print(f"local[{cores}]: {r[f'spark{cores}']:.1f} s ({n / r[f'spark{cores}']:.2f} docs/s), "
              f"jirga run -j {cores}: {r[f'run{cores}']:.1f} s; peak executor {peak_mb(manifest):.0f} MB")
        print("  job phases, seconds from its start: " + ", ".join(
            f"{k} {v:.1f}" for k, v in manifest["summary"].get("phases", {}).items()))
    r["load"] = timed("load", str(work / "out-speed2"), "--db", str(work / "loaded.duckdb"))
    print(f"speed-up local[1] -> local[2]: {r['spark1'] / r['spark2']:.2f}x "
          f"(jirga run -j1 -> -j2: {r['run1'] / r['run2']:.2f}x)")
    print(f"Spark time / jirga run time: 1 core {r['spark1'] / r['run1']:.2f}, 2 cores {r['spark2'] / r['run2']:.2f}"
          f"; jirga load of that output: {r['load']:.1f} s")
    return r


def part_scale(work: Path, sizes: list[int], sentences: int = 0) -> list[tuple]:
    kind = f"briefs of {sentences} sentences" if sentences else "articles"
    print(f"\n== throughput and peak executor memory, local[2]: {sizes} {kind} ==")
    rows = []
    for n in sizes:
        archive = work / f"scale-{n}.jsonl"
        words = write_archive(archive, n, sentences)
        seconds, manifest = spark_run(archive, work, 2, f"scale{n}")
        s = manifest["summary"]
        rows.append((n, seconds, words, peak_mb(manifest), s["copies"]))
        print(f"{n:>7} {kind} ({words / n:.0f} words on average): {seconds:7.1f} s, {n / seconds:6.2f} docs/s, {words / seconds:8.0f} words/s, "
              f"peak executor {peak_mb(manifest):.0f} MB, {s['copies']} copies, {s['events']} events")
    if len(rows) > 1:
        print(f"peak memory ratio {rows[-1][0]}/{rows[0][0]} articles: {rows[-1][3] / rows[0][3]:.2f}")
    return rows


def build_events(db: Path, n: int) -> None:
    """A DuckDB store with ``n`` synthetic events (events, event_facts, documents)."""
    import duckdb
    from jirga.store import open_store
    open_store(str(db)).close()                 # the schema, as Jirga creates it
    con = duckdb.connect(str(db))
    countries = "['PAK','AFG','IND','IRN','USA','CHN','UNO','RUS']"
    sectors = "['GOV','MIL','REB','COP','CVL','PTY']"
    types = "['CONSULT','ACCUSE','ASSAULT','AGREE','REQUEST','REJECT','THREATEN','COERCE','AID','PROTEST']"
    gen = (f"SELECT i, {countries}[1 + (hash(i) % 8)::INT] AS ac, {sectors}[1 + (hash(i + 1) % 6)::INT] AS asec, "
           f"{countries}[1 + (hash(i + 2) % 8)::INT] AS rc, {sectors}[1 + (hash(i + 3) % 6)::INT] AS rsec, "
           f"{types}[1 + (hash(i + 4) % 10)::INT] AS typ, DATE '2015-01-01' + (hash(i + 5) % 3650)::INT AS day "
           f"FROM range({n}) t(i)")
    con.execute(f"CREATE TEMP TABLE g AS {gen}")
    con.execute("INSERT INTO documents (id, title, published, text) SELECT DISTINCT 'd' || (i // 8), 'T', "
                "'2020-01-01', 'text' FROM g")
    con.execute("INSERT INTO events (event_id, doc_id, event_type, sentence_text, trigger_text, date, record, "
                "negated, hypothetical, future) SELECT 'e' || i, 'd' || (i // 8), typ, 'A sentence.', 'met', "
                "CAST(day AS VARCHAR), '{}', false, false, false FROM g")
    sep = "chr(31)"
    keys = ("{s} || 'c:' || {c} || {s} || 'cs:' || {c} || ' ' || {x} || {s} || 's:' || {x} || {s}")
    con.execute("INSERT INTO event_facts (event_id, doc_id, day, date_precision, event_type, quad, intensity, "
                "factual, actors, recipients, actor_country, actor_sector, recipient_country, recipient_sector) "
                f"SELECT 'e' || i, 'd' || (i // 8), day, 'day', typ, 1 + (hash(i + 6) % 4)::INT, -5.0, "
                f"(hash(i + 7) % 10) > 1, {keys.format(s=sep, c='ac', x='asec')}, "
                f"{keys.format(s=sep, c='rc', x='rsec')}, ac, asec, rc, rsec FROM g")
    con.close()


def part_queries(work: Path, n: int, repeat: int = 5) -> dict:
    print(f"\n== DuckDB query latency on {n:,} synthetic events (store.series_rows, store.page_events) ==")
    from jirga.store import open_store
    from jirga.store.query import EventQuery
    db = work / "events.duckdb"
    started = time.perf_counter()
    build_events(db, n)
    print(f"built in {time.perf_counter() - started:.1f} s")
    out = {}
    with open_store(str(db), read_only=True) as store:
        cases = {
            "dyad month series PAK -> AFG": lambda: store.series_rows(EventQuery(source="PAK", target="AFG"), "month"),
            "filtered event page (ASSAULT by PAK MIL, 2020-2022, 50 rows)": lambda: store.page_events(
                EventQuery(types=("ASSAULT",), actor_country="PAK", actor_sector="MIL",
                           start="2020-01-01", end="2022-12-31"), 50),
        }
        for name, fn in cases.items():
            fn()                                              # warm
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                result = fn()
                times.append(time.perf_counter() - t)
            out[name] = statistics.median(times)
            print(f"{name}: median {1000 * out[name]:.0f} ms of {repeat} ({len(result)} rows)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="articles for the speed-up and overhead runs")
    ap.add_argument("--sizes", default="100,400", help="archive sizes for throughput and memory (comma-separated)")
    ap.add_argument("--sentences", type=int, default=0,
                    help="scale runs on wire briefs of this many sentences from different stories (0: articles)")
    ap.add_argument("--events", type=int, default=1_000_000, help="synthetic events for query latency (10000000 for the README)")
    ap.add_argument("--skip", default="", help="parts to skip: speed,scale,queries")
    args = ap.parse_args()
    skip = set(args.skip.split(","))
    with tempfile.TemporaryDirectory(prefix="jirga-bench-spark-") as tmp:
        work = Path(tmp)
        if "speed" not in skip:
            archive = work / "speed.jsonl"
            r = part_speed(archive, work, args.docs, write_archive(archive, args.docs))
            per_core = args.docs / r["spark1"]
            hours = 10_000_000 / per_core / 3600
            print(f"\n10M articles at the measured {per_core:.2f} docs/s per core: {hours:,.0f} core-hours, "
                  f"e.g. {hours / 16 / 10:,.1f} hours on 10 executors of 16 cores")
        if "scale" not in skip:
            part_scale(work, [int(s) for s in args.sizes.split(",")], args.sentences)
        if "queries" not in skip:
            part_queries(work, args.events)


if __name__ == "__main__":
    main()
