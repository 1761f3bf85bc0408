"""``jirga claims`` (``jirga/cli/claims.py``): threads, their denials and evidence."""
import json

from typer.testing import CliRunner

from jirga.cli import app
from jirga.merge import thread_new
from jirga.model import ActorRef, Document, Event, Sentence, Span
from jirga.store import open_store

runner = CliRunner()


def _doc(doc_id, date):
    text = "Pakistan accused Kabul of sheltering militants. Kabul denied it."
    key = "PAK GOV|AFG GOV|shelter"
    pak = [ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", resolved=True)]
    kabul = [ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)]
    accuse = Event(doc_id, f"{doc_id}-a", "ACCUSE", Sentence(0, 0, 47, text[:47]), Span(9, 16, "accused"),
                   actor=pak, recipient=kabul, date=date, claim=Span(26, 46, "sheltering militants"), claim_key=key)
    deny = Event(doc_id, f"{doc_id}-r", "REJECT", Sentence(1, 48, 64, text[48:]), Span(54, 60, "denied"),
                 actor=kabul, recipient=pak, date=date, claim_key=key, answers=[f"{doc_id}-a"])
    return Document(id=doc_id, text=text, events=[accuse, deny])


def _db(tmp_path):
    db = tmp_path / "j.duckdb"
    with open_store(db) as s:
        s.write_batch([_doc("d1", "2024-01-09"), _doc("d2", "2024-07-03")], "r")
        thread_new(s)
    return db


def test_claims_lists_a_thread_with_its_denials(tmp_path):
    result = runner.invoke(app, ["claims", "--db", str(_db(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "PAK GOV accuses AFG GOV of: shelter" in result.output
    assert "2 accusation(s) and 2 denial(s) in 2 document(s)" in " ".join(result.output.split())
    assert "2024-01-09" in result.output and "denies" in result.output


def test_claims_json_gives_one_object_per_thread(tmp_path):
    result = runner.invoke(app, ["claims", "--db", str(_db(tmp_path)), "--json"])
    thread, = [json.loads(line) for line in result.output.splitlines()]
    assert (thread["claim_id"], thread["first"], thread["last"], thread["documents"]) == ("d1-a", "2024-01-09", "2024-07-03", 2)
    assert [d["answers"] for d in thread["denials"]] == [["d1-a"], ["d2-a"]]
    assert thread["accusations"][0]["claim"] == "sheltering militants"


def test_claims_on_a_store_without_threads_says_so(tmp_path):
    db = tmp_path / "e.duckdb"
    open_store(db, read_only=False).close()
    result = runner.invoke(app, ["claims", "--db", str(db)])
    assert result.exit_code == 0 and "no claim threads" in result.output
