"""All settings in one place: name, default, help.

Defaults are overlaid by a user TOML file (``--config`` or ``JIRGA_CONFIG``)
and then by keyword arguments. Paths come from here, never from the working
directory: a relative ``db`` is the user's own path, as on any command line.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jirga import errors
from jirga.errors import JirgaError


def _user_dir(env: str, fallback: str) -> str:
    base = os.environ.get(env) or os.path.join(os.path.expanduser("~"), fallback)
    return os.path.join(base, "jirga")


def _default_gold() -> str:
    """``$JIRGA_GOLD``, else the shared gold beside a source checkout (``../shared/gold``)."""
    if os.environ.get("JIRGA_GOLD"):
        return os.environ["JIRGA_GOLD"]
    return str(Path(__file__).resolve().parents[2] / "shared" / "gold")


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("db", "jirga.duckdb", "database: a DuckDB file or a postgresql:// URL"),
    Setting("model", "en_core_web_md", "spaCy English pipeline: en_core_web_md (default, better places) or en_core_web_sm"),
    Setting("n_process", 0, "spaCy worker processes; 0 = one per core, at most 2"),
    Setting("batch_size", 32, "documents per spaCy batch and per database transaction"),
    Setting("max_bytes", 5_000_000, "documents larger than this are rejected (E108)"),
    Setting("min_chars", 40, "documents with less text are rejected (E113)"),
    Setting("check_language", True, "reject documents that are not English (E110)"),
    Setting("actor_files", (), "more user actor registry files (YAML/CSV) merged over the shipped registry"),
    Setting("user_actors", os.path.join(_user_dir("XDG_DATA_HOME", ".local/share"), "actors.yaml"),
            "your own actor registry file: `jirga actors add` writes it, every command reads it if it exists"),
    Setting("cache_dir", os.environ.get("JIRGA_CACHE") or _user_dir("XDG_CACHE_HOME", ".cache"),
            "where built indexes (the gazetteer) are cached"),
    Setting("gold_dir", _default_gold(), "folder of gold files for `jirga eval` ($JIRGA_GOLD)"),
    Setting("fuzzy_strict", 93, "rapidfuzz score (0-100) for a fuzzy actor-name match when nothing else matched"),
    Setting("fuzzy_loose", 88, "rapidfuzz score for the last-resort fuzzy match of an actor name"),
    Setting("read_back", 4000, "characters read back for 'the two sides', 'its members' and other references"),
    Setting("http_timeout", 20.0, "seconds a feed or article download may take in all: connecting, redirects and the whole body"),
    Setting("merge_days", 1, "reports of one event may differ by this many days and still merge"),
    Setting("learned_events", True, "score coded events with the learned model (jirga/data/models): calibrated confidence, re-ranked types, unlikely events dropped"),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}


def load_settings(path: str | os.PathLike | None = None, **overrides) -> dict:
    values = dict(DEFAULTS)
    path = path or os.environ.get("JIRGA_CONFIG")
    if path:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise JirgaError(f"{path}: cannot read settings ({exc})", errors.SETTINGS_UNREADABLE) from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise JirgaError(f"unknown setting(s): {', '.join(sorted(unknown))}", errors.UNKNOWN_SETTING)
    for s in SETTINGS:
        kind = type(s.default)
        if kind in (int, float) and not isinstance(values[s.name], (int, float)) or (
                kind is bool and not isinstance(values[s.name], bool)):
            raise JirgaError(f"setting {s.name} must be a {kind.__name__}, not {values[s.name]!r}",
                             errors.BAD_SETTING)
    return values
