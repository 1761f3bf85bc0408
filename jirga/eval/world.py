"""World actor coverage: resolve hand-written mention + date cases from every region.

``actors_world.jsonl`` (packaged beside this module) holds one case a line: a ``mention``
with the ``date`` of its story and a ``context`` sentence, and the expected ``country``
(ISO alpha-3 or a PLOVER non-state code) and ``sector`` for that date; ``class`` (head of
state, minister, agent noun, ...) and ``region`` say what kind of case it is, ``split``
puts a third of each class in ``heldout``, which no one tunes the registry against.
The cases were written before the registry was extended, from public facts, so they
measure coverage rather than echo the registry.

Each case is resolved like the pipeline resolves a mention: ``resolve_with`` with the case's
date, the context sentence (as sentence and document) and the gazetteer. Scores: country
accuracy, sector accuracy, both, and the share resolved, overall, per split, per class and
per region; an unresolved mention is never right. Speed is the resolution loop alone
(registry and gazetteer are loaded before the clock starts).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from time import perf_counter
from typing import Optional

from jirga.actors.registry import get_registry
from jirga.actors.resolve import place_lookup, resolve_with
from jirga.eval.gold import gold_records

CASES = "actors_world.jsonl"
SPLITS = ("dev", "heldout")


def _scores(rows: list[dict]) -> dict:
    n = len(rows)

    def rate(key):
        return round(sum(r[key] for r in rows) / n, 4) if n else None
    return {"n": n, "country_accuracy": rate("country_ok"), "sector_accuracy": rate("sector_ok"),
            "both_accuracy": rate("both_ok"), "resolved": rate("resolved")}


def _grouped(rows: list[dict], key: str) -> dict:
    groups: dict = defaultdict(list)
    for r in rows:
        groups[r[key]].append(r)
    return {k: _scores(v) for k, v in sorted(groups.items())}


def evaluate(path, res, limit: Optional[int] = None) -> dict:
    """Score actor resolution on the world cases; returns the scores, the speed and the misses."""
    reg, places = get_registry(res), place_lookup(res)
    cases = list(gold_records(path, limit))
    rows, misses = [], []
    sector_confusion: Counter = Counter()
    country_confusion: Counter = Counter()
    start = perf_counter()
    for case in cases:
        context = case.get("context") or ""
        out = resolve_with(reg, case["mention"], case.get("date"), [context, context], places=places)
        c_ok = out.resolved and out.country == case["country"]
        s_ok = out.resolved and out.sector == case["sector"]
        rows.append({"split": case.get("split", "dev"), "class": case.get("class", "?"),
                     "region": case.get("region", "?"), "country_ok": c_ok, "sector_ok": s_ok,
                     "both_ok": c_ok and s_ok, "resolved": bool(out.resolved)})
        if not s_ok:
            sector_confusion[(case["sector"], out.sector if out.resolved else None)] += 1
        if not c_ok:
            country_confusion[(case["country"], out.country if out.resolved else None)] += 1
        if not (c_ok and s_ok):
            misses.append({"id": case.get("id"), "mention": case["mention"], "date": case.get("date"),
                           "class": case.get("class"), "region": case.get("region"),
                           "split": case.get("split"), "gold": f"{case['country']} {case['sector']}",
                           "got": f"{out.country} {out.sector}" if out.resolved else "unresolved",
                           "name": out.name, "method": out.method})
    seconds = perf_counter() - start
    return {"cases": Path(path).name, "mentions": len(rows), **_scores(rows),
            "splits": {s: _scores([r for r in rows if r["split"] == s]) for s in SPLITS},
            "classes": _grouped(rows, "class"), "regions": _grouped(rows, "region"),
            "seconds": round(seconds, 3),
            "mentions_per_second": round(len(rows) / seconds, 1) if seconds > 0 else None,
            "sector_confusion": [[g, str(o), k] for (g, o), k in sector_confusion.most_common(15)],
            "country_confusion": [[g, str(o), k] for (g, o), k in country_confusion.most_common(15)],
            "misses": misses}


def _pct(v) -> str:
    return "  n/a" if v is None else f"{100 * v:5.1f}"


def _table(title: str, groups: dict, worst_first: bool = False) -> list[str]:
    items = list(groups.items())
    if worst_first:
        items.sort(key=lambda kv: (kv[1]["both_accuracy"] if kv[1]["both_accuracy"] is not None else 2, kv[0]))
    width = max([len(title), *(len(k) for k, _ in items)])
    lines = [f"  {title:<{width}}     n  country  sector   both  resolved"]
    for k, s in items:
        lines.append(f"  {k:<{width}}  {s['n']:4d}   {_pct(s['country_accuracy'])}   {_pct(s['sector_accuracy'])}  "
                     f"{_pct(s['both_accuracy'])}     {_pct(s['resolved'])}")
    return lines


def render(report: dict) -> str:
    """The scores as plain-text tables (percentages): overall and per split, class, region."""
    speed = report["mentions_per_second"]
    overall = {"all": {k: report[k] for k in ("country_accuracy", "sector_accuracy", "both_accuracy", "resolved")}
               | {"n": report["mentions"]}, **report["splits"]}
    lines = [f"world actors on {report['cases']}: {report['mentions']} mentions, "
             f"{'n/a' if speed is None else f'{speed:,.0f}'} mentions/s",
             *_table("split", overall), "",
             *_table("class (worst first)", report["classes"], worst_first=True), "",
             *_table("region (worst first)", report["regions"], worst_first=True)]
    if report["sector_confusion"]:
        lines += ["", "  most common sector errors (gold -> ours): " + ", ".join(
            f"{g}->{o} x{k}" for g, o, k in report["sector_confusion"][:10])]
    if report["country_confusion"]:
        lines.append("  most common country errors (gold -> ours): " + ", ".join(
            f"{g}->{o} x{k}" for g, o, k in report["country_confusion"][:10]))
    return "\n".join(lines)
