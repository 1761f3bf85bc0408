"""``jirga run`` and ``jirga summary`` (``jirga/cli/run.py``)."""
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from jirga import errors
from jirga.cli import app
from jirga.errors import JirgaError
from tests.cli.shell import jirga

runner = CliRunner()
_jirga = jirga


@pytest.mark.model
def test_run_then_export_all_formats(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Pakistani police arrested twelve suspected militants in Peshawar on Tuesday, officials said.\n")
    db = str(tmp_path / "j.duckdb")
    proc = _jirga("run", str(src), "--db", db, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert "database:" in proc.stdout and "events" in proc.stdout
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        assert _jirga("export", str(out), "--db", db).returncode == 0
        assert out.stat().st_size > 0
    table = pq.read_table(tmp_path / "events.parquet")
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert table.num_rows == len(lines) >= 1
    assert json.loads(lines[0])["event_type"]


@pytest.mark.model          # a run loads the parser even when every input is rejected
def test_run_with_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    proc = _jirga("run", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "j.duckdb"))
    assert proc.returncode == 1
    assert "E102" in proc.stdout


def test_run_unreadable_settings_file_is_a_user_error(tmp_path):
    cfg = tmp_path / "jirga.toml"
    cfg.write_text("batch_size = [unclosed\n")
    result = runner.invoke(app, ["run", str(tmp_path), "--config", str(cfg)])
    assert isinstance(result.exception, JirgaError)
    assert result.exception.code == errors.SETTINGS_UNREADABLE and "jirga.toml" in str(result.exception)


def test_run_setting_of_the_wrong_kind_is_a_user_error(tmp_path):
    cfg = tmp_path / "jirga.toml"
    cfg.write_text('batch_size = "many"\n')
    result = runner.invoke(app, ["run", str(tmp_path), "--config", str(cfg)])
    assert isinstance(result.exception, JirgaError) and result.exception.code == errors.BAD_SETTING


def test_summary_shows_what_the_database_holds(tmp_path):
    from jirga.model import Document
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    with open_store(db) as store:
        store.write_batch([Document(id="d1", text="Nothing happened.")], "r1")
    result = runner.invoke(app, ["summary", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents coded: 1" in result.output and str(db) in result.output


def test_run_with_a_malformed_actor_file_stops_at_once_with_exit_2(tmp_path):
    """A user error in an actor file stops the run in one line, before any parse: nothing
    is stored, not one document rejected for it."""
    (tmp_path / "a.txt").write_text("Pakistani police arrested twelve suspected militants in Peshawar.\n")
    bad = tmp_path / "actors.yaml"
    bad.write_text("- name: Khyber Traders Union\n  roles:\n    - {country: PAK, sector: NOPE}\n")
    db = tmp_path / "j.duckdb"
    proc = _jirga("run", str(tmp_path / "a.txt"), "--db", str(db), "--actors", str(bad))
    assert proc.returncode == 2, proc.stderr
    line, = proc.stderr.strip().splitlines()
    assert line.startswith("jirga: [E303]") and "actors.yaml" in line and "NOPE" in line
    assert "Traceback" not in proc.stderr
    from tests.store.util import count
    assert count(db, "documents") == 0 and count(db, "rejects") == 0
