"""Exports from the store, one module per format: a module of this package that declares
``WRITER = Writer(name, suffixes, write)`` (``export.base``) adds a format, found here.

    export(store, "events.csv")                 # format from the file name
    export(store, "out.txt", fmt="jsonl", merged=True)
    export(store, "gdelt.tsv", fmt="gdelt", header=True)   # an option of that format
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from jirga import errors
from jirga.errors import JirgaError
from jirga.export.base import Writer
from jirga.export.flat import FLAT

__all__ = ["export", "writers", "writer_for", "Writer", "FLAT", "FORMATS"]


def writers() -> dict[str, Writer]:
    """Every format: the ``WRITER`` of each module in this package, by name."""
    found: dict[str, Writer] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        w = getattr(importlib.import_module(f"{__name__}.{info.name}"), "WRITER", None)
        if isinstance(w, Writer):
            if w.name in found:
                raise AssertionError(f"two export writers are called {w.name!r}")
            found[w.name] = w
    return found


def __getattr__(name: str):
    if name == "FORMATS":  # the names of every format, found as ``writers()`` finds them
        return tuple(writers())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def writer_for(out: str | Path, fmt: str | None = None) -> Writer:
    """The writer for ``fmt`` (a format name), else for the longest suffix ``out`` ends with
    ("e.polecat.tsv" is POLECAT, "e.csv" CSV)."""
    known = writers()
    want = (fmt or "").lower().lstrip(".")
    if want:
        for w in known.values():
            if want in (w.name, *(s.lstrip(".") for s in w.suffixes)):
                return w
    else:
        name = Path(out).name.lower()
        ends = [(len(s), w) for w in known.values() for s in w.suffixes if name.endswith(s) and name != s]
        if ends:
            return max(ends, key=lambda e: e[0])[1]
    asked = repr(want) if want else f"of {Path(out).name!r}"
    raise JirgaError(f"unknown export format {asked}; use one of {', '.join(known)} "
                     "(a file suffix or --format)", errors.UNKNOWN_FORMAT)


class _StoredRows:
    """The store's rows, read afresh each time they are iterated."""

    def __init__(self, store, merged: bool):
        self.store, self.merged = store, merged

    def __iter__(self):
        return iter(self.store.events_with_meta(merged=self.merged))


def export(store, out: str | Path, fmt: str | None = None, merged: bool = False, **options) -> int:
    """Write every stored event (or one per merged event) to ``out``; returns the count.
    ``options`` (None values ignored) go to the format's writer, which must take them."""
    writer = writer_for(out, fmt)
    given = {k: v for k, v in options.items() if v is not None}
    for key in given:
        if key not in writer.options:
            takes = [w.name for w in writers().values() if key in w.options]
            raise JirgaError(f"the {writer.name} format takes no {key} option"
                             + (f" (formats that take it: {', '.join(takes)})" if takes else ""), errors.EXPORT_OPTION)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = _StoredRows(store, merged if writer.merged is None else writer.merged)
    return writer.write(rows, out, **given)
