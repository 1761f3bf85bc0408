"""tools/check_actor_registry.py: the shipped registry passes; bad entries, overlapping heads
of state and unmarked shared aliases fail with file:line; coverage is reported."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "check_actor_registry.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("check_actor_registry", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(tmp_path, text: str) -> str:
    f = tmp_path / "mine.yaml"
    f.write_text(text, encoding="utf-8")
    return str(f)


def test_check_actor_registry_shipped_registry_passes(tool, capsys):
    assert tool.main([]) == 0
    out = capsys.readouterr().out
    assert "coverage of the 193 UN member states" in out and "0 error(s)" in out
    assert "'foreign office'" in out  # a shared alias with its documented preferred reading


def test_check_actor_registry_un_members_are_193_states(tool):
    assert len(set(tool.UN_MEMBERS)) == 193


def test_check_actor_registry_coverage_names_the_holders(tool):
    from jirga.actors.registry import Registry
    reg = Registry.load()
    assert tool.holders(reg, "USA", "head_of_state", "2020-01-01") == ["Donald Trump"]
    assert tool.holders(reg, "DEU", "head_of_government", "2010-01-01") == ["Angela Merkel"]
    assert len(tool.holders(reg, "BIH", "head_of_state", "2020-01-01")) == 3  # co-office
    missing = tool.coverage(reg, ["2020-01-01"])["2020-01-01"]
    assert "USA" not in missing["head_of_state"] and "USA" not in missing["head_of_government"]


def test_check_actor_registry_bad_entries_fail_with_their_line(tool, tmp_path, capsys):
    f = _write(tmp_path, "- {name: Good Person, kind: person, country: FRA, sector: GOV}\n"
                         "- {name: Jane Doe, kind: person, roles: [{country: XXX, sector: GOV}]}\n"
                         "- {name: John Doe, kind: person, roles: [{country: FRA, sector: FOO}]}\n"
                         "- {name: Late Doe, kind: person, roles: [{country: FRA, sector: GOV, start: 2020-01-01, end: 2019-01-01}]}\n"
                         "- {name: Day Doe, kind: person, roles: [{country: FRA, sector: GOV, start: 2021-02-30}]}\n")
    assert tool.main(["--actors", f]) == 1
    out = capsys.readouterr().out
    assert "mine.yaml:2: Jane Doe: country 'XXX'" in out
    assert "mine.yaml:3: John Doe: sector 'FOO'" in out
    assert "mine.yaml:4: Late Doe: role ends (2019-01-01) before it starts (2020-01-01)" in out
    assert "mine.yaml:5: date '2021-02-30' is not a real YYYY-MM-DD date" in out


def test_check_actor_registry_overlapping_heads_of_state_fail(tool, tmp_path):
    f = _write(tmp_path, "- {name: Jane Doe, kind: person, roles: [\n"
                         "    {country: USA, sector: GOV, office: head_of_state, start: 2019-01-01, end: 2019-12-31}]}\n")
    errs, _, _ = tool.check([f])
    assert any(e.startswith("USA head_of_state: Donald Trump") and "Jane Doe" in e for e in errs)


def test_check_actor_registry_co_office_may_overlap(tool, tmp_path):
    f = _write(tmp_path, "- {name: Jane Doe, kind: person, roles: [\n"
                         "    {country: BIH, sector: GOV, office: co_head_of_state, start: 2019-01-01, end: 2019-12-31}]}\n")
    errs, _, _ = tool.check([f])
    assert errs == []


def test_check_actor_registry_shared_alias_needs_a_preferred_reading(tool, tmp_path):
    entry = "- {name: Jean Putin, kind: person, aliases: [Putin], roles: [{country: FRA, sector: CVL}]}"
    errs, _, _ = tool.check([_write(tmp_path, entry + "\n")])
    assert any(e.startswith("alias 'putin' is shared by") for e in errs)
    # user files load first, so pick() reads the user's actor without context: mark it
    errs, _, lines = tool.check([_write(tmp_path, entry + "  # preferred: Putin (our own)\n")])
    assert errs == [] and any("'putin'" in ln and "-> Jean Putin" in ln for ln in lines)
