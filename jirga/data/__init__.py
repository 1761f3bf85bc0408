"""Data files shipped in the package, read only through ``load``.

Each file is validated on load; errors name file:line.
"""
from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from importlib import resources

import yaml

from jirga import errors
from jirga.errors import DataFileError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: several times faster


def path(name: str):
    """Traversable for a packaged data file, e.g. ``path("ontology/plover.yaml")``."""
    return resources.files("jirga.data").joinpath(name)


def read_text(name: str) -> str:
    p = path(name)
    if not p.is_file():
        raise DataFileError(f"data file {name} is missing from the package", errors.DATA_FILE_MISSING)
    return p.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load(name: str):
    """Parse a packaged data file by extension: .yaml, .json, .jsonl, .csv, .tsv."""
    text = read_text(name)
    return parse(text, name)


def parse(text: str, name: str):
    if name.endswith((".yaml", ".yml")):
        try:
            return yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{name}:{mark.line + 1}" if mark else name
            raise DataFileError(f"{where}: invalid YAML ({exc})", errors.BAD_DATA_FILE) from None
    if name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{name}:{exc.lineno}: invalid JSON ({exc.msg})", errors.BAD_DATA_FILE) from None
    if name.endswith(".jsonl"):
        rows = []
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataFileError(f"{name}:{i}: invalid JSON ({exc.msg})", errors.BAD_DATA_FILE) from None
        return rows
    if name.endswith((".csv", ".tsv")):
        delim = "\t" if name.endswith(".tsv") else ","
        lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
        return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delim))
    return text


def versions() -> dict:
    """Version of each data folder (its VERSION file), stored with every run."""
    out = {}
    root = resources.files("jirga.data")
    for sub in root.iterdir():
        v = sub.joinpath("VERSION") if sub.is_dir() else None
        if v is not None and v.is_file():
            out[sub.name] = v.read_text().strip()
    return out
