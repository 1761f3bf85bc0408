"""Scoring against gold data written by others (see ../shared/gold/README.md).

Each suite: a scorer module with ``evaluate(path, res, limit) -> dict`` and
``render(report) -> str``, and the gold file it reads. ``floors.json`` holds
the minimum scores CI accepts.
"""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    target: str    # module:function
    gold: str      # file name in the gold folder


SUITES = (
    Suite("events-plover", "jirga.eval.events:evaluate_plover_gsr", "event_plover_gsr_cameo.jsonl"),
    Suite("events-petr2", "jirga.eval.events:evaluate_petr2", "event_petr2_gsr_validation.jsonl"),
    Suite("actors", "jirga.eval.actors:evaluate", "event_plover_gsr_cameo.jsonl"),
    Suite("geo", "jirga.eval.geo:evaluate", "geo_geowebnews.jsonl"),
    Suite("eventloc", "jirga.eval.eventloc:evaluate", "eventloc_halterman.jsonl"),
    Suite("timex", "jirga.eval.timex:evaluate", "timex_te3_platinum.jsonl"),
)


def gold_records(path, limit: int | None = None):
    """The records of a JSON Lines gold file, the first ``limit`` if given."""
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield json.loads(line)


def floors() -> dict:
    return json.loads(resources.files("jirga.eval").joinpath("floors.json").read_text())


def run_suite(suite: Suite, gold_dir: Path, res, limit: int | None = None) -> tuple[dict, str]:
    from jirga.errors import JirgaError
    path = Path(gold_dir) / suite.gold
    if not path.is_file():
        raise JirgaError(f"gold file {path} not found; pass --gold DIR", "E701")
    module_name, func = suite.target.split(":")
    module = importlib.import_module(module_name)
    report = getattr(module, func)(path, res, limit=limit)
    return report, module.render(report)


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
