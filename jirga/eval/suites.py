"""The evaluation suites: each a scorer, its renderer and the gold file it reads (from the
gold folder, or shipped in this package: ``packaged``), with the floors CI holds them to
(``floors.json``)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable

from jirga.errors import GOLD_MISSING, JirgaError
from jirga.eval import actors, eventloc, events, geo, merging, news, timex, world


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    evaluate: Callable[..., dict]   # evaluate(path, res, limit=None) -> report
    render: Callable[[dict], str]
    gold: str                       # file name in the gold folder
    packaged: bool = False          # True: ``gold`` is a file shipped in jirga/eval/, no gold folder needed
    reads_gold_dir: bool = False    # True: evaluate also gets ``gold_dir=`` (a packaged file pointing into it)


SUITES = (
    Suite("events-plover", events.evaluate_plover_gsr, events.render, "event_plover_gsr_cameo.jsonl"),
    Suite("events-petr2", events.evaluate_petr2, events.render, "event_petr2_gsr_validation.jsonl"),
    Suite("actors", actors.evaluate, actors.render, "event_plover_gsr_cameo.jsonl"),
    Suite("geo", geo.evaluate, geo.render, "geo_geowebnews.jsonl"),
    Suite("eventloc", eventloc.evaluate, eventloc.render, "eventloc_halterman.jsonl"),
    Suite("timex", timex.evaluate, timex.render, "timex_te3_platinum.jsonl"),
    Suite("actors-world", world.evaluate, world.render, world.CASES, packaged=True),
    Suite("merge", merging.evaluate, merging.render, merging.GOLD, packaged=True),
    Suite("events-news", news.evaluate, news.render, news.ANNOTATION_FILE, packaged=True, reads_gold_dir=True),
)


def floors() -> dict:
    return json.loads(resources.files("jirga.eval").joinpath("floors.json").read_text())


def suite_path(suite: Suite, gold_dir: Path | None) -> Path:
    """The file ``suite`` reads: shipped in this package, or in the gold folder."""
    if suite.packaged:
        return Path(str(resources.files("jirga.eval").joinpath(suite.gold)))
    return Path(gold_dir) / suite.gold


def run_suite(suite: Suite, gold_dir: Path | None, res, limit: int | None = None) -> tuple[dict, str]:
    path = suite_path(suite, gold_dir)
    if not path.is_file():
        raise JirgaError(f"gold file {path} not found; pass --gold DIR", GOLD_MISSING)
    extra = {"gold_dir": Path(gold_dir) if gold_dir is not None else None} if suite.reads_gold_dir else {}
    report = suite.evaluate(path, res, limit=limit, **extra)
    return report, suite.render(report)


def check_floors(name: str, report: dict) -> list[str]:
    """Metrics of ``report`` below the floors for suite ``name``; empty if all pass."""
    failures = []
    for metric, floor in floors().get(name, {}).items():
        value = _get(report, metric)
        if value is None or value < floor:
            failures.append(f"{name}: {metric} = {value} < floor {floor}")
    return failures


def _get(report: dict, dotted: str):
    cur = report
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur
