"""``jirga eval`` (``jirga/cli/evaluate.py``)."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from jirga import errors
from conftest import GOLD
from jirga.cli import app
from jirga.errors import JirgaError
from jirga.eval import SUITES

runner = CliRunner()


def test_eval_unknown_suite_is_a_user_error_listing_the_suites():
    result = runner.invoke(app, ["eval", "timex", "nosuch"])
    assert isinstance(result.exception, JirgaError) and result.exception.code == errors.UNKNOWN_SUITE
    assert "nosuch" in str(result.exception) and "events-plover" in str(result.exception)


def test_eval_missing_gold_file_is_a_user_error(tmp_path):
    result = runner.invoke(app, ["eval", "timex", "--gold", str(tmp_path)])
    assert isinstance(result.exception, JirgaError) and result.exception.code == errors.GOLD_MISSING
    assert "timex_te3_platinum.jsonl" in str(result.exception)


@pytest.mark.model
def test_eval_scores_a_suite_and_writes_json(tmp_path):
    text = "The talks began on Monday."
    i = text.index("Monday")
    gold = {"id": "g1", "text": text, "dct": "2024-01-10",
            "timex": [{"start": i, "end": i + 6, "type": "DATE", "value": "2024-01-08"}]}
    (tmp_path / "timex_te3_platinum.jsonl").write_text(json.dumps(gold) + "\n")
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["eval", "timex", "--gold", str(tmp_path), "--json", str(out), "--check"])
    assert result.exit_code in (0, 1), result.output
    assert "== timex ==" in result.output and "1 documents, 1 gold, 1 predicted" in result.output
    report = json.loads(out.read_text())["timex"]
    assert report["strict"]["f1"] == 1.0 and report["value_accuracy"] == 1.0


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


def test_evaluate_help_names_every_suite():
    from jirga.cli import evaluate as cmd
    from jirga.eval import SUITES
    import inspect
    help_text = inspect.signature(cmd.evaluate).parameters["suites"].default.help
    assert all(s.name in help_text for s in SUITES), help_text
