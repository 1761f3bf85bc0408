"""docs/ARCHITECTURE.md describes the code as it is."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PATH = re.compile(r"`(jirga/[\w/]+(?:\.py|\.sql|\.json)?/?)`")


def named_paths(text: str) -> set[str]:
    return set(PATH.findall(text))


def test_architecture_names_only_existing_paths():
    text = DOC.read_text(encoding="utf-8")
    missing = sorted(p for p in named_paths(text) if not (ROOT / p).exists())
    assert not missing, f"docs/ARCHITECTURE.md names what does not exist: {missing}"


def test_architecture_names_paths_with_and_without_suffix():
    assert named_paths("see `jirga/stage.py`, `jirga/store/` and `jirga/nope`") == {
        "jirga/stage.py", "jirga/store/", "jirga/nope"}


def test_architecture_table_lists_every_stage():
    from jirga.pipeline import STAGES
    text = DOC.read_text(encoding="utf-8")
    rows = {m.group(1) for m in re.finditer(r"^\s*\| (\w+) \| `jirga/", text, re.M)}
    assert rows == {s.name for s in STAGES}
