"""The CLI is a thin skin: each command works from the shell and user errors exit 2 with one line."""
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from jirga.cli import app

runner = CliRunner()


def _jirga(*args, input=None):
    return subprocess.run([sys.executable, "-m", "jirga", *args], input=input, capture_output=True,
                          text=True, timeout=600)


def test_help_lists_every_command():
    out = runner.invoke(app, ["--help"]).output
    for cmd in ("run", "summary", "code", "geoparse", "dates", "export", "eval", "actors"):
        assert cmd in out


def test_user_error_exits_2_with_one_line_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    proc = _jirga("code", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("jirga: [E105]") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_export_rejects_unknown_format(tmp_path):
    proc = _jirga("export", str(tmp_path / "x.xls"), "--db", str(tmp_path / "j.duckdb"))
    assert proc.returncode == 2 and "[E601]" in proc.stderr


@pytest.mark.model
def test_code_reads_stdin_and_writes_contract():
    text = "Pakistan accused the Taliban government of sheltering militants on Monday."
    proc = _jirga("code", "-", input=json.dumps({"id": "t1", "text": text, "date": "2024-01-09"}) + "\n")
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert events, "no event coded"
    ev = events[0]
    for key in ("doc_id", "event_id", "event_type", "mode", "contexts", "cameo", "quad", "intensity",
                "sentence", "trigger", "actor", "recipient", "date", "location", "size"):
        assert key in ev
    assert ev["doc_id"] == "t1"
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]


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


def test_run_with_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    proc = _jirga("run", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "j.duckdb"))
    assert proc.returncode == 1
    assert "E102" in proc.stdout


@pytest.mark.model
def test_geoparse_and_dates_follow_their_contracts():
    rec = {"id": "g1", "text": "Officials met in Peshawar on Tuesday before travelling to Kabul last month.",
           "date": "2024-01-09"}
    proc = _jirga("geoparse", "-", input=json.dumps(rec) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    names = {p["name"] for p in out["places"]}
    assert out["id"] == "g1" and {"Peshawar", "Kabul"} <= names
    for p in out["places"]:
        assert set(p) == {"text", "start", "end", "name", "lat", "lon", "geonameid", "country", "feature_code"}
        assert rec["text"][p["start"]:p["end"]] == p["text"]
    proc = _jirga("dates", "-", input=json.dumps(rec) + "\n")
    values = {t["text"]: t["value"] for t in json.loads(proc.stdout)["timex"]}
    assert values == {"Tuesday": "2024-01-09", "last month": "2023-12"}


def test_settings_file_applies_unless_an_option_overrides(tmp_path, monkeypatch):
    from jirga.settings import load_settings
    cfg = tmp_path / "jirga.toml"
    cfg.write_text("batch_size = 64\nmerge_days = 3\n")
    assert load_settings(cfg)["batch_size"] == 64
    assert load_settings(cfg, batch_size=None)["batch_size"] == 64
    assert load_settings(cfg, batch_size=8)["batch_size"] == 8
    cfg.write_text("bogus = 1\n")
    with pytest.raises(Exception, match="E902"):
        load_settings(cfg)
