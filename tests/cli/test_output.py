"""Rendering shared by the commands (``jirga/cli/output.py``): the run summary and progress."""
from collections import Counter

from jirga.cli.output import counting, print_summary, run_progress
from jirga.model import Reject
from jirga.pipeline import RunSummary


def _summary(**kw):
    base = dict(run_id="r1", database="/tmp/j.duckdb", documents=3, skipped=1, sentences=12, events=5,
                factual=4, events_by_type=Counter({"CONSULT": 3, "ACCUSE": 1}), seconds=2.25,
                top_dyads=[("PAK", "AFG", 2)], undated=0)
    base.update(kw)
    return RunSummary(**base)


def test_print_summary_counts_types_dyads_and_database(capsys):
    print_summary(_summary())
    out = capsys.readouterr().out
    assert "Run r1 finished in 2.2 s" in out or "Run r1 finished in 2.3 s" in out
    assert "documents coded: 3" in out and "already stored (skipped): 1" in out and "sentences: 12" in out
    assert "events: 5 (4 factual)" in out and "rejects: 0" in out
    assert out.index("CONSULT") < out.index("ACCUSE")             # most frequent type first
    assert "PAK" in out and "AFG" in out and "database: /tmp/j.duckdb" in out
    assert "no publication date" not in out and "Rejected inputs" not in out


def test_print_summary_lists_rejects_and_undated_documents(capsys):
    rejects = [Reject(None, f"f{i}.txt", "ingest", "E102", "empty document") for i in range(52)]
    print_summary(_summary(rejects=rejects, undated=2, events_by_type=Counter(), top_dyads=[]))
    out = capsys.readouterr().out
    assert "2 document(s) have no publication date" in out
    assert "f0.txt" in out and "f49.txt" in out and "f50.txt" not in out
    assert "... and 2 more in the rejects table" in out
    assert "Factual events by type" not in out and "Top dyads" not in out


def test_counting_yields_every_item_in_order():
    items = [{"id": i} for i in range(5)]
    assert list(counting(iter(items), "records")) == items
    assert list(counting(iter([]), "records")) == []


def test_run_progress_callback_takes_a_summary():
    with run_progress("coding") as update:
        update(_summary())
        update(_summary(documents=4, rejects=[Reject(None, "x", "ingest", "E102", "empty")]))
    assert callable(update)
