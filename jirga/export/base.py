"""What an export format declares: ``WRITER = Writer(name, suffixes, write)`` in its own module."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from jirga.model import Event
from jirga.model import DocumentMeta

# Each stored event (or merged event) with its document's metadata, if stored.
Rows = Iterable[tuple[Event, Optional[DocumentMeta]]]


@dataclass(frozen=True, slots=True)
class Writer:
    name: str                            # what --format takes: "csv"
    suffixes: tuple[str, ...]            # file names it is chosen for: (".csv",)
    write: Callable[[Rows, Path], int]   # writes every row to the path; returns the count
