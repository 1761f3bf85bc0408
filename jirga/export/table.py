"""Tab-separated files as the event datasets ship them: one record per line, no quoting, a
tab or line break inside a value turned into a space so that every line keeps its columns."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Sequence

_SPACE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def cell(value) -> str:
    """A value as its TSV text: None is empty, a float keeps its digits, True is 1."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).translate(_SPACE)


def line(values: Sequence) -> str:
    """One TSV line of ``values``."""
    return "\t".join(cell(v) for v in values) + "\n"


def write_tsv(out: Path, columns: Sequence[str], rows: Iterable[Sequence], header: bool = True) -> int:
    """Write ``rows`` (values in ``columns`` order) to ``out``; returns the count."""
    n = 0
    with Path(out).open("w", encoding="utf-8", newline="") as fh:
        if header:
            fh.write(line(columns))
        for row in rows:
            if len(row) != len(columns):
                raise AssertionError(f"{len(row)} values for {len(columns)} columns")
            fh.write(line(row))
            n += 1
    return n


def day(value) -> Optional[str]:
    """A ``datetime.date`` as YYYY-MM-DD, None as None."""
    return value.isoformat() if value is not None else None
