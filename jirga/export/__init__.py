"""Exports from the store, one module per format: a module of this package that declares
``WRITER = Writer(name, suffixes, write)`` (``export.base``) adds a format, found here.

    export(store, "events.csv")                 # format from the file name
    export(store, "out.txt", fmt="jsonl", merged=True)
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
    """The writer for ``fmt`` (a format name), else for the suffix of ``out``."""
    known = writers()
    want = (fmt or "").lower().lstrip(".")
    suffix = Path(out).suffix.lower()
    for w in known.values():
        if (want and want in (w.name, *(s.lstrip(".") for s in w.suffixes))) or (not want and suffix in w.suffixes):
            return w
    asked = repr(want) if want else f"of {Path(out).name!r}"
    raise JirgaError(f"unknown export format {asked}; use one of {', '.join(known)} "
                     "(a file suffix or --format)", errors.UNKNOWN_FORMAT)


def export(store, out: str | Path, fmt: str | None = None, merged: bool = False) -> int:
    """Write every stored event (or one per merged event) to ``out``; returns the count."""
    writer = writer_for(out, fmt)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return writer.write(store.events_with_meta(merged=merged), out)
