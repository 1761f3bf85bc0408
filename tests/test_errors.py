"""The error catalogue: every code is defined once in jirga/errors.py, with one meaning,
used through its named constant, and listed in docs/errors.md."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from jirga import errors

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jirga"
ERRORS_PY = PACKAGE / "errors.py"
CODE = re.compile(r"^E\d{3}$")


def literal_codes(source: str) -> list[tuple[int, str]]:
    """(line, code) of every string constant in ``source`` that is an error code."""
    return [(node.lineno, node.value) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value)]


def unknown_names(source: str) -> list[tuple[int, str]]:
    """(line, name) of every ``errors.NAME`` or ``from jirga.errors import NAME`` that
    jirga.errors does not define."""
    known = set(vars(errors))
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "errors" and node.attr.isupper() and node.attr not in known):
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.ImportFrom) and node.module == "jirga.errors":
            found += [(node.lineno, a.name) for a in node.names if a.name not in known]
    return found


def shared_codes(constants: dict[str, str]) -> dict[str, list[str]]:
    """code -> constant names, for codes that more than one constant uses."""
    by_code: dict[str, list[str]] = {}
    for name, code in constants.items():
        by_code.setdefault(code, []).append(name)
    return {c: names for c, names in by_code.items() if len(names) > 1}


def table_of(markdown: str) -> str:
    return "".join(line + "\n" for line in markdown.splitlines() if line.startswith("|"))


def _constants() -> dict[str, str]:
    return {k: v for k, v in vars(errors).items()
            if k.isupper() and isinstance(v, str) and CODE.match(v)}


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path != ERRORS_PY:
            yield path.relative_to(ROOT), path.read_text(encoding="utf-8")


# -- the checks work ----------------------------------------------------------------------
def test_literal_codes_finds_strings_not_comments_or_prose():
    src = ('"""Docstring naming E101 in prose."""\n'
           "# raise Bad(\"E102\", ...) in a comment\n"
           "x = reject(src, \"E103\", f\"E104 in a message\")\n"
           "y = errors.FILE_NOT_FOUND\n")
    assert literal_codes(src) == [(3, "E103")]


def test_unknown_names_finds_constants_that_do_not_exist():
    src = ("from jirga.errors import DataFileError, NO_SUCH_CODE\n"
           "raise DataFileError('x', errors.NOT_A_CONSTANT)\n"
           "ok = errors.FILE_NOT_FOUND\n"
           "errors.append(3)\n")
    assert unknown_names(src) == [(1, "NO_SUCH_CODE"), (2, "NOT_A_CONSTANT")]


def test_shared_codes_finds_a_code_with_two_names():
    assert shared_codes({"A": "E101", "B": "E102", "C": "E101"}) == {"E101": ["A", "C"]}
    assert shared_codes({"A": "E101", "B": "E102"}) == {}


def test_table_of_differs_when_a_row_is_missing():
    assert table_of("intro\n\n| a |\n|---|\n| x |\n") == "| a |\n|---|\n| x |\n"
    assert table_of("| a |\n|---|\n") != table_of("| a |\n|---|\n| x |\n")


# -- the package ------------------------------------------------------------------------
def test_no_literal_codes_outside_errors_py():
    found = [f"{path}:{line}: {code!r}" for path, src in _sources() for line, code in literal_codes(src)]
    assert not found, "use the named constants from jirga.errors, not literal codes:\n" + "\n".join(found)


def test_every_named_code_exists():
    found = [f"{path}:{line}: {name}" for path, src in _sources() for line, name in unknown_names(src)]
    assert not found, "not defined in jirga.errors:\n" + "\n".join(found)


def test_every_constant_is_catalogued_once():
    constants = _constants()
    assert set(constants.values()) == set(errors.CATALOGUE), "a constant is not catalogued, or a code has no constant"
    assert not shared_codes(constants), f"codes with two names: {shared_codes(constants)}"
    meanings = list(errors.CATALOGUE.values())
    assert len(set(meanings)) == len(meanings), "two codes with one meaning"
    assert all(CODE.match(c) for c in errors.CATALOGUE)
    assert all(m and "\n" not in m for m in meanings)


def test_docs_list_the_catalogue():
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert table_of(doc) == errors.catalogue_markdown(), (
        "docs/errors.md is out of date: replace its table with jirga.errors.catalogue_markdown()")


def test_jirga_error_needs_a_catalogued_code():
    with pytest.raises(AssertionError):
        errors.JirgaError("x", "E999")
    with pytest.raises(TypeError):
        errors.JirgaError("x")  # type: ignore[call-arg]
    err = errors.DataFileError("bad file", errors.BAD_DATA_FILE)
    assert err.code == "E906" and str(err) == "[E906] bad file"
