"""Summaries of a store (jirga/report.py)."""
from jirga.report import store_summary
from jirga.store import Dyad, open_store

from store.util import accuse_doc, assault_docs


def test_store_summary_counts_everything_the_store_holds(tmp_path):
    neg = accuse_doc("n", 1, negated=True)
    with open_store(tmp_path / "j.duckdb") as s:
        s.write_batch([accuse_doc("p"), neg] + assault_docs(), "r1")
        got = store_summary(s)
    assert (got.run_id, got.database) == ("(all runs)", str(tmp_path / "j.duckdb"))
    assert (got.documents, got.sentences, got.events, got.factual, got.undated) == (5, 2, 6, 5, 2)
    assert got.events_by_type == {"ACCUSE": 2, "ASSAULT": 3} and got.rejects == []
    assert got.top_dyads == [Dyad("PAK REB", "PAK COP", 3), Dyad("PAK GOV", "AFG GOV", 2)]
