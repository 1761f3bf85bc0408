"""Tests mirror the code: ``jirga/x/y.py`` is tested in ``tests/x/test_y.py`` (STYLE (c) 9)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_NAMES = {"__init__.py", "__main__.py"}
SKIPPED_DIRS = {"data"}          # jirga/data/ holds data files and their loader packages


def mirror(module: Path, code: Path) -> Path:
    """``jirga/x/y.py`` -> ``x/test_y.py`` (relative to the tests folder)."""
    rel = module.relative_to(code)
    return rel.with_name(f"test_{rel.name}")


def missing_tests(code: Path, tests: Path) -> list[str]:
    """Modules under ``code`` without their mirrored test file under ``tests``, sorted."""
    out = []
    for module in sorted(code.rglob("*.py")):
        rel = module.relative_to(code)
        if module.name in SKIPPED_NAMES or rel.parts[0] in SKIPPED_DIRS or "__pycache__" in rel.parts:
            continue
        if not (tests / mirror(module, code)).is_file():
            out.append(f"{code.name}/{rel.as_posix()} -> tests/{mirror(module, code).as_posix()}")
    return out


def test_layout_every_module_has_its_test_file():
    missing = missing_tests(ROOT / "jirga", ROOT / "tests")
    assert not missing, "modules without their test file:\n  " + "\n  ".join(missing)


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")


def test_layout_missing_tests_lists_modules_without_a_mirror(tmp_path):
    code, tests = tmp_path / "pkg", tmp_path / "tests"
    for name in ("__init__.py", "__main__.py", "top.py", "sub/__init__.py", "sub/leaf.py",
                 "sub/other.py", "data/__init__.py", "data/loader.py"):
        _touch(code / name)
    _touch(tests / "test_top.py")
    _touch(tests / "sub" / "test_other.py")
    _touch(tests / "test_leaf.py")             # wrong folder: does not count for sub/leaf.py
    assert missing_tests(code, tests) == ["pkg/sub/leaf.py -> tests/sub/test_leaf.py"]
    _touch(tests / "sub" / "test_leaf.py")
    assert missing_tests(code, tests) == []


def test_layout_mirror_keeps_the_package_path():
    code = Path("/x/jirga")
    assert mirror(code / "dates" / "find.py", code) == Path("dates/test_find.py")
    assert mirror(code / "model.py", code) == Path("test_model.py")
