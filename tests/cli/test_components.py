"""The component commands ``jirga code``, ``geoparse`` and ``dates`` (``jirga/cli/components.py``)."""
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jirga import errors
from jirga.cli import app
from jirga.cli.components import records_io, write_records
from tests.cli.shell import jirga as _jirga

runner = CliRunner()


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


def test_records_io_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(errors.InputError) as exc:
        with records_io(str(tmp_path / "nope.jsonl"), None):
            pass
    assert exc.value.code == errors.FILE_NOT_FOUND and "nope.jsonl" in str(exc.value)


def test_records_io_reads_the_file_and_writes_the_output(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"text": "one"}\n\n{"id": "b", "text": "two"}\n')
    with records_io(str(src), out) as (records, fout):
        got = list(records)
        fout.write("x\n")
    assert [(r["id"], r["text"]) for r in got] == [(f"{src}:1", "one"), ("b", "two")]
    assert out.read_text() == "x\n"


def test_write_records_writes_one_json_line_per_row_unescaped():
    buf = io.StringIO()
    write_records(iter([{"id": 1, "text": "Kabul — کابل"}, {"id": 2}]), buf)
    lines = buf.getvalue().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [1, 2]
    assert "کابل" in lines[0]


@pytest.mark.model
def test_dates_command_writes_its_output_file(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": "Officials met on Tuesday in Kabul.", "date": "2024-01-09"}) + "\n")
    result = runner.invoke(app, ["dates", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text())
    assert rec == {"id": "d1", "timex": [{"text": "Tuesday", "start": 17, "end": 24, "type": "DATE",
                                         "value": "2024-01-09"}]}


def test_records_io_dash_output_is_stdout_not_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "one"}\n')
    with records_io(str(src), Path("-")) as (records, fout):
        list(records)
        assert fout is sys.stdout
    assert not (tmp_path / "-").exists()


@pytest.mark.model
def test_dates_command_dash_output_writes_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": "Officials met on Tuesday in Kabul.", "date": "2024-01-09"}) + "\n")
    result = runner.invoke(app, ["dates", str(src), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["id"] == "d1" and not (tmp_path / "-").exists()
