"""`jirga eval --check` in CI: every suite scored on ../shared/gold, none under its floor."""
import subprocess
import sys

import pytest

from conftest import GOLD
from jirga.eval import SUITES, check_floors, floors



def test_floors_cover_every_suite():
    assert set(floors()) == {s.name for s in SUITES}


def test_check_floors_reports_a_drop():
    floor = floors()["eventloc"]["f1"]
    assert check_floors("eventloc", {"f1": 0.01}) == [f"eventloc: f1 = 0.01 < floor {floor}"]
    assert check_floors("eventloc", {}) == [f"eventloc: f1 = None < floor {floor}"]
    assert check_floors("eventloc", {"f1": floor}) == []


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold not present")
def test_eval_check_passes_on_shared_gold(tmp_path):
    out = tmp_path / "eval.json"
    proc = subprocess.run([sys.executable, "-m", "jirga", "eval", "--check", "--gold", str(GOLD),
                           "--json", str(out)], capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr + proc.stdout[-3000:]
    assert "BELOW FLOOR" not in proc.stderr
    for suite in SUITES:
        assert f"== {suite.name} ==" in proc.stdout
