"""All settings in one place: name, default, help.

Defaults are overlaid by a user TOML file (``--config`` or ``JIRGA_CONFIG``)
and then by keyword arguments.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jirga.errors import JirgaError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("model", "en_core_web_md", "spaCy English pipeline: en_core_web_md (default, better places) or en_core_web_sm"),
    Setting("n_process", 0, "spaCy worker processes; 0 = one per core, at most 2"),
    Setting("batch_size", 32, "documents per spaCy batch and per database transaction"),
    Setting("max_bytes", 5_000_000, "documents larger than this are rejected (E108)"),
    Setting("min_chars", 40, "documents with less text are rejected (E113)"),
    Setting("check_language", True, "reject documents that are not English (E110)"),
    Setting("actor_files", (), "user actor registry files (YAML/CSV) merged over the shipped registry"),
    Setting("http_timeout", 20.0, "seconds to wait for a feed or article URL"),
    Setting("merge_days", 1, "reports of one event may differ by this many days and still merge"),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}


def load_settings(path: str | os.PathLike | None = None, **overrides) -> dict:
    values = dict(DEFAULTS)
    path = path or os.environ.get("JIRGA_CONFIG")
    if path:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise JirgaError(f"{path}: cannot read settings ({exc})", "E901") from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise JirgaError(f"unknown setting(s): {', '.join(sorted(unknown))}", "E902")
    return values
