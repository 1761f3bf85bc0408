"""Scoring against gold data written by others (see ../shared/gold/README.md).

Each suite (``suites.py``): a scorer module with ``evaluate(path, res, limit) -> dict``
and ``render(report) -> str``, and the gold file it reads; ``gold.py`` reads gold
files. ``floors.json`` holds the minimum scores CI accepts.
"""
from __future__ import annotations

from jirga.eval.suites import SUITES, Suite, check_floors, floors, run_suite

__all__ = ["SUITES", "Suite", "check_floors", "floors", "run_suite"]
