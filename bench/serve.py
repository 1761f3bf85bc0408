"""Latency of the workbench API on a store of a million events.

    .venv/bin/python bench/serve.py [--events 1000000] [--db /tmp/jirga-bench-1m.duckdb] [--reuse]
                                    [--requests 60]

1. Codes the example corpus (examples/pak-afg/articles.jsonl) into a small store: the
   baseline, measured in the same run.
2. Builds a synthetic DuckDB store of ``--events`` events from the corpus's coded events
   through ``Store.write_rows`` (the bulk path of ``jirga load``, with the same keys and
   event facts as ``jirga run``): each synthetic document copies a corpus article and a
   sample of the corpus's events, re-dated over 2010-2025 (some dated only by week, month
   or year), their sides' countries redrawn from 24 countries, their places moved among
   the corpus's places.
   ``--reuse`` keeps a store built before with as many events.
3. Times ``/api/series`` (a dyad by month, the dyad varied per request) and a filtered
   ``/api/events`` page (actor country, type and a year, varied) through FastAPI's
   TestClient, ``--requests`` of each after two warm-ups, and a few other routes.
   Prints p50/p95 in ms on both stores and the ratio big/small. The target: p95 under
   200 ms on a million events.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jirga.store import open_store  # noqa: E402

CORPUS = ROOT / "examples" / "pak-afg" / "articles.jsonl"
COUNTRIES = ("PAK", "AFG", "IND", "IRN", "CHN", "USA", "RUS", "TUR", "SAU", "ARE", "QAT", "UZB", "TJK", "TKM",
             "GBR", "FRA", "DEU", "BGD", "NPL", "LKA", "IRQ", "SYR", "ISR", "EGY")
PER_DOC = 40


def corpus_store(tmp: Path) -> str:
    """The example corpus coded into a fresh store (spaCy model needed)."""
    from jirga.pipeline import Pipeline
    from jirga.resources import Resources
    db = str(tmp / "corpus.duckdb")
    Pipeline(db=db, res=Resources(n_process=1)).run([str(CORPUS)])
    return db


def templates(db: str):
    with open_store(db, read_only=True) as store:
        evs = list(store.events())
        docs = {}
        for ev, meta in store.events_with_meta():
            docs.setdefault(ev.doc_id, meta)
        texts = {d: store.document_text(d) for d in docs}
    places = [e.location for e in evs if e.location is not None and e.location.lat is not None]
    return evs, texts, places


def _date(rng: random.Random) -> tuple[str, str]:
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(16 * 365))
    r = rng.random()
    if r < 0.90:
        return day.isoformat(), "day"
    if r < 0.94:
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}", "week"
    if r < 0.98:
        return day.isoformat()[:7], "month"
    return str(day.year), "year"


def synthetic_batch(lo: int, hi: int, rng: random.Random, evs, texts, places) -> dict:
    """The rows of synthetic documents ``lo`` to ``hi`` for ``Store.write_rows``: each a
    corpus article with ``PER_DOC`` corpus events, re-dated, their sides' countries and
    their places redrawn. The ``events`` rows are the template's own with those columns
    changed (their ``record`` JSON keeps the template's date, actors and place); the
    facts and actor rows are made from the changed events."""
    from jirga.store.query import FACT_COLUMNS, fact_row
    from jirga.store.rows import COLUMNS, KEYS, event_row
    cols = COLUMNS["events"]
    at = {c: cols.index(c) for c in ("event_id", "doc_id", "date", "date_precision", "place_name", "lat", "lon",
                                     "geonameid", "place_country", "record", "cluster_id", "claim_id")}
    base_rows = {e.event_id: event_row(e) for e in evs}
    tables = {"documents": [], "events": [], "event_actors": [], "event_facts": []}
    names = list(texts)
    for i in range(lo, hi):
        doc_id = f"syn{i:07d}"
        title, text = texts[rng.choice(names)]
        first_date = None
        for k in range(PER_DOC):
            ev = rng.choice(evs)
            date, precision = _date(rng)
            first_date = first_date or date
            swap = {c: rng.choice(COUNTRIES) for c in ("PAK", "AFG")} if rng.random() < 0.7 else {}
            actor = [dataclasses.replace(a, country=swap.get(a.country, a.country)) for a in ev.actor]
            recipient = [dataclasses.replace(a, country=swap.get(a.country, a.country)) for a in ev.recipient]
            loc = rng.choice(places) if ev.location is not None else None
            new = dataclasses.replace(ev, doc_id=doc_id, event_id=f"{doc_id}-{k}", date=date,
                                      date_precision=precision, actor=actor, recipient=recipient, location=loc)
            row = list(base_rows[ev.event_id])
            row[at["event_id"]], row[at["doc_id"]] = new.event_id, doc_id
            row[at["date"]], row[at["date_precision"]] = date, precision
            row[at["place_name"]], row[at["lat"]], row[at["lon"]], row[at["geonameid"]], row[at["place_country"]] = (
                (loc.name, loc.lat, loc.lon, loc.geonameid, loc.country) if loc else (None,) * 5)
            row[at["record"]] = row[at["record"]].replace(ev.event_id, new.event_id).replace(ev.doc_id, doc_id)
            row[at["cluster_id"]] = row[at["claim_id"]] = None
            tables["events"].append(tuple(row))
            tables["event_facts"].append(fact_row(new))
            for role, refs in (("actor", actor), ("recipient", recipient)):
                tables["event_actors"].extend((new.event_id, role, j, a.text, a.start, a.end, a.name, a.country,
                                               a.sector, a.wikidata, a.resolved) for j, a in enumerate(refs))
        tables["documents"].append((doc_id, doc_id, title, f"Synthetic Wire {i % 17}",
                                    f"https://synthetic.example/{doc_id}", first_date[:10], "bench", "[]", text,
                                    "bench", doc_id))
    return {t: (COLUMNS[t] if t in COLUMNS else list(FACT_COLUMNS), KEYS.get(t, ["event_id"]), rows)
            for t, rows in tables.items()}


def build(db: str, n_events: int, evs, texts, places, batch_docs: int = 2500) -> float:
    """A store of ``n_events`` synthetic events, stored a batch of documents at a time."""
    rng = random.Random(13)
    started = time.perf_counter()
    n_docs = n_events // PER_DOC
    with open_store(db) as store:
        for lo in range(0, n_docs, batch_docs):
            hi = min(lo + batch_docs, n_docs)
            store.write_rows(synthetic_batch(lo, hi, rng, evs, texts, places))
            print(f"  {hi * PER_DOC:,} events stored ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return time.perf_counter() - started


def timed(client, urls: list[str]) -> list[float]:
    out = []
    for url in urls:
        t = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: {r.status_code} {r.text[:200]}")
    return out


def p95(ms: list[float]) -> float:
    return sorted(ms)[max(0, int(round(0.95 * len(ms))) - 1)]


def workloads(n: int, rng: random.Random) -> dict[str, list[str]]:
    pairs = [(a, b) for a in COUNTRIES[:8] for b in COUNTRIES[:8] if a != b]
    types = ("ACCUSE", "ASSAULT", "CONSULT", "REQUEST", "AGREE", "REJECT", "COERCE")
    series = [f"/api/series?source={a}&target={b}&interval=month" for a, b in (rng.choice(pairs) for _ in range(n))]
    page = [f"/api/events?actor_country={rng.choice(COUNTRIES[:8])}&type={rng.choice(types)}"
            f"&start={y}-01-01&end={y}-12-31&limit=50" for y in (rng.randrange(2010, 2026) for _ in range(n))]
    dyad_page = [f"/api/events?source={a}&target={b}&directed=false&limit=50&offset={rng.choice((0, 50, 500))}"
                 for a, b in (rng.choice(pairs) for _ in range(n))]
    return {"/api/series (dyad, monthly)": series, "/api/events (country+type+year)": page,
            "/api/events (undirected dyad, deep page)": dyad_page,
            "/api/events (text q)": [f"/api/events?q={w}&limit=50" for w in
                                     (rng.choice(("border", "talks", "attack", "refugees", "trade")) for _ in range(max(5, n // 6)))],
            "/api/summary": ["/api/summary"] * max(3, n // 12),
            "/api/actors (ranking)": ["/api/actors?limit=20&start=2024-01-01"] * max(3, n // 12),
            "/api/network (one year)": ["/api/network?start=2024-01-01&end=2024-12-31"] * max(3, n // 12)}


def measure(db: str, n: int) -> dict[str, tuple[float, float]]:
    from fastapi.testclient import TestClient

    from jirga.serve import create_app
    client = TestClient(create_app(db))
    out = {}
    for name, urls in workloads(n, random.Random(7)).items():
        timed(client, urls[:2])            # warm-up: caches, first plans
        ms = timed(client, urls)
        out[name] = (statistics.median(ms), p95(ms))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "jirga-bench-1m.duckdb"))
    ap.add_argument("--reuse", action="store_true", help="keep a store built before with as many events")
    ap.add_argument("--requests", type=int, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("coding the example corpus (baseline store) ...", file=sys.stderr)
        small = corpus_store(Path(tmp))
        evs, texts, places = templates(small)
        db = Path(args.db)
        have = 0
        if args.reuse and db.exists():
            with open_store(str(db), read_only=True) as store:
                have = store.counts().events
        if have != args.events // PER_DOC * PER_DOC:
            db.unlink(missing_ok=True)
            print(f"building {args.events:,} synthetic events in {db} ...", file=sys.stderr)
            seconds = build(str(db), args.events, evs, texts, places)
            print(f"built in {seconds:.0f} s", file=sys.stderr)
        base = measure(small, max(10, args.requests // 3))
        big = measure(str(db), args.requests)
        with open_store(str(db), read_only=True) as store:
            n_big = store.counts().events
    print(f"\nstores: {n_big:,} synthetic events vs the example corpus ({len(evs)} events)")
    print(f"{'route':45} {'corpus p50':>10} {'p95':>7} {'1M p50':>9} {'p95':>7} {'p95 ratio':>10}")
    for name in big:
        (b50, b95), (s50, s95) = big[name], base[name]
        print(f"{name:45} {s50:10.1f} {s95:7.1f} {b50:9.1f} {b95:7.1f} {b95 / max(s95, 1e-9):10.1f}")
    target = [k for k in big if k.startswith("/api/series") or k.startswith("/api/events (country")]
    worst = max(big[k][1] for k in target)
    print(f"\ntarget routes (series, filtered events page): worst p95 {worst:.1f} ms "
          f"({'under' if worst < 200 else 'OVER'} 200 ms)")


if __name__ == "__main__":
    main()
