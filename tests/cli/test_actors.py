"""`jirga actors` (``jirga/cli/actors.py``): resolve, show, add, unknown."""
import json

from typer.testing import CliRunner

from jirga.cli import app
from jirga.errors import NO_SUCH_ACTOR, JirgaError
from jirga.model import ActorRef, Document, Event, Sentence, Span
from tests.cli.shell import jirga

runner = CliRunner()


def _jirga(*args, input=None):
    return jirga("actors", *args, input=input, timeout=300)


def test_actors_resolve_uses_the_date():
    recs = [{"id": "a", "text": "Taliban", "date": "2021-08-01"}, {"id": "b", "text": "Taliban", "date": "2022-01-01"}]
    proc = _jirga("resolve", "-", input="".join(json.dumps(r) + "\n" for r in recs))
    assert proc.returncode == 0, proc.stderr
    out = {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert (out["a"]["country"], out["a"]["sector"]) == ("AFG", "REB")
    assert (out["b"]["country"], out["b"]["sector"]) == ("AFG", "GOV")


def test_actors_show_prints_roles_and_unknown_name_exits_2():
    proc = _jirga("show", "TTP")
    assert proc.returncode == 0 and "PAK" in proc.stdout and "REB" in proc.stdout
    proc = _jirga("show", "Nobody Anyone Such")
    assert proc.returncode == 2 and f"[{NO_SUCH_ACTOR}]" in proc.stderr


def test_actors_add_then_resolve_with_user_file(tmp_path):
    user = tmp_path / "mine.yaml"
    proc = _jirga("add", "Khyber Traders Union", "--country", "PAK", "--sector", "BUS", "--alias", "KTU",
                  "--file", str(user))
    assert proc.returncode == 0, proc.stderr
    proc = _jirga("resolve", "-", "--actors", str(user), input='{"id": "x", "text": "KTU", "date": "2024-01-01"}\n')
    rec = json.loads(proc.stdout)
    assert (rec["name"], rec["country"], rec["sector"]) == ("Khyber Traders Union", "PAK", "BUS")


def test_actors_unknown_lists_unresolved_mentions_with_counts(tmp_path):
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    refs = [ActorRef("Zorblat Front", 0, 13), ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", resolved=True)]
    events = [Event(doc_id="d", event_id=f"d-{i}", event_type="ACCUSE", sentence=Sentence(0, 0, 10, "x"),
                    trigger=Span(0, 1, "x"), actor=[refs[0]], recipient=[refs[1]]) for i in range(3)]
    with open_store(db) as s:
        s.write_batch([Document(id="d", text="x", events=events)], "r")
    proc = _jirga("unknown", "--db", str(db))
    assert proc.returncode == 0
    assert "Zorblat Front" in proc.stdout and "3" in proc.stdout and "Pakistan" not in proc.stdout


def test_actors_show_in_process_prints_the_record_as_json():
    result = runner.invoke(app, ["actors", "show", "TTP"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["name"] == "Tehrik-i-Taliban Pakistan"


def test_actors_show_unknown_name_is_a_user_error():
    result = runner.invoke(app, ["actors", "show", "Nobody Anyone Such"])
    assert isinstance(result.exception, JirgaError) and result.exception.code == NO_SUCH_ACTOR


def test_actors_add_writes_the_user_file_from_the_settings(tmp_path, monkeypatch):
    user = tmp_path / "deep" / "actors.yaml"
    cfg = tmp_path / "jirga.toml"
    cfg.write_text(f'user_actors = "{user}"\n')
    monkeypatch.setenv("JIRGA_CONFIG", str(cfg))
    result = runner.invoke(app, ["actors", "add", "Khyber Traders Union", "--country", "PAK",
                                 "--sector", "BUS", "--alias", "KTU"])
    assert result.exit_code == 0, result.output
    assert f"added Khyber Traders Union (PAK BUS) to {user}" in result.output
    assert "--actors" not in result.output          # the user file is read without it
    assert "KTU" in user.read_text()
    shown = runner.invoke(app, ["actors", "show", "KTU"])       # no --actors needed
    assert shown.exit_code == 0 and json.loads(shown.output)["name"] == "Khyber Traders Union"


def test_actors_resolve_writes_the_output_file(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "x", "text": "TTP", "date": "2024-01-01"}\n')
    result = runner.invoke(app, ["actors", "resolve", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text())
    assert (rec["id"], rec["name"], rec["country"], rec["sector"], rec["resolved"]) == \
        ("x", "Tehrik-i-Taliban Pakistan", "PAK", "REB", True)
