"""``jirga export`` (``jirga/cli/export.py``)."""
import json

from typer.testing import CliRunner

from jirga.cli import app
from jirga.model import Document, Event, Sentence, Span
from tests.cli.shell import jirga as _jirga

runner = CliRunner()


def test_export_rejects_unknown_format(tmp_path):
    proc = _jirga("export", str(tmp_path / "x.xls"), "--db", str(tmp_path / "j.duckdb"))
    assert proc.returncode == 2 and "[E601]" in proc.stderr


def test_export_writes_the_stored_events_and_says_how_many(tmp_path):
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    ev = Event(doc_id="d", event_id="d-0", event_type="ACCUSE", sentence=Sentence(0, 0, 10, "Kabul said"),
               trigger=Span(6, 10, "said"))
    with open_store(db) as store:
        store.write_batch([Document(id="d", text="Kabul said", events=[ev])], "r1")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"wrote 1 events to {out}" in result.output
    assert json.loads(out.read_text().splitlines()[0])["event_id"] == "d-0"


def test_export_format_option_overrides_the_file_name(tmp_path):
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    with open_store(db):
        pass
    out = tmp_path / "events.txt"
    result = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "wrote 0 events" in result.output and out.exists()


def test_export_field_formats_by_option_and_gdelt_header(tmp_path):
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    ev = Event(doc_id="d", event_id="d-0", event_type="ACCUSE", sentence=Sentence(0, 0, 10, "Kabul said"),
               trigger=Span(6, 10, "said"), cameo="112", quad=3)
    with open_store(db) as store:
        store.write_batch([Document(id="d", text="Kabul said", events=[ev])], "r1")
    result = runner.invoke(app, ["export", str(tmp_path / "out.tsv"), "--db", str(db), "--format", "polecat"])
    assert result.exit_code == 0 and (tmp_path / "out.tsv").read_text().startswith("Event ID\tEvent Date\t")
    result = runner.invoke(app, ["export", str(tmp_path / "g.tsv"), "--db", str(db), "--format", "gdelt", "--header"])
    assert result.exit_code == 0 and (tmp_path / "g.mentions.tsv").read_text().startswith("GLOBALEVENTID\t")
    proc = _jirga("export", str(tmp_path / "p.polecat.tsv"), "--db", str(db), "--header")
    assert proc.returncode == 2 and "[E602]" in proc.stderr
