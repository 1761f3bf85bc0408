"""CSV: one flat row per event (``flat.FLAT``), safe to open in a spreadsheet."""
from __future__ import annotations

import csv
from pathlib import Path

from jirga.export.base import Rows, Writer
from jirga.export.flat import FLAT, flat_row

# A cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text cell a spreadsheet would run as a formula, with a leading ' so it shows as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write(rows: Rows, out: Path) -> int:
    n = 0
    with Path(out).open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FLAT)
        w.writeheader()
        for ev, meta in rows:
            w.writerow({k: safe_cell(v) for k, v in flat_row(ev, meta).items()})
            n += 1
    return n


WRITER = Writer("csv", (".csv",), write)
