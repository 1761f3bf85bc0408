"""What an export format declares: ``WRITER = Writer(name, suffixes, write)`` in its own module."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from jirga.model import DocumentMeta, Event

# Each stored event (or merged event) with its document's metadata, if stored. ``export``
# hands a writer rows it may read more than once (a format with two tables reads them twice).
Rows = Iterable[tuple[Event, Optional[DocumentMeta]]]


@dataclass(frozen=True, slots=True)
class Writer:
    name: str                            # what --format takes: "csv"
    suffixes: tuple[str, ...]            # file name endings it is chosen for: (".csv",), (".polecat.tsv",)
    write: Callable[..., int]            # write(rows, path, **options): writes every row; returns the count
    merged: Optional[bool] = None        # None: the rows asked for (--merged); True/False: always these
    options: tuple[str, ...] = ()        # keyword options write() takes, e.g. ("header",)


def write_lines(rows: Rows, out: Path, record: Callable[[Event, Optional[DocumentMeta]], dict]) -> int:
    """One JSON object a line, ``record(event, meta)`` of each row; returns the count."""
    n = 0
    with Path(out).open("w", encoding="utf-8") as fh:
        for ev, meta in rows:
            fh.write(json.dumps(record(ev, meta), ensure_ascii=False) + "\n")
            n += 1
    return n
