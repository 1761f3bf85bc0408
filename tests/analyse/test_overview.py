"""The overview, documents and claims (jirga/analyse/overview.py)."""
import jirga.analyse as ja
from jirga import errors


def test_summary_counts_timeline_dyads_and_latest(hand):
    s = ja.summary(hand)
    assert s["counts"] == {"documents": 2, "events": 8, "factual": 5, "rejects": 1, "clusters": 4, "copies": 0}
    assert (s["first_date"], s["last_date"]) == ("2024-01-08", "2024-03-01")
    assert s["top_dyads"][0] == {"source": "PAK GOV", "target": "AFG GOV", "events": 2}
    assert [(p["period"], p["events"], p["verbal_coop"]) for p in s["quad_timeline"]] == [
        ("2024-01-01", 1, 0), ("2024-02-01", 2, 1), ("2024-03-01", 2, 0)]
    assert [e["event_id"] for e in s["recent"]][:2] == ["d2-b", "d2-a"]


def test_documents_with_their_rejects(hand):
    docs = ja.documents(hand)
    assert docs["total"] == 3
    assert [(d["doc_id"], d["events"]) for d in docs["documents"]] == [("d2", 5), ("d1", 3), (None, 0)]
    assert docs["documents"][2]["reject"] == {"code": errors.EMPTY, "stage": "ingest", "reason": "empty",
                                              "source": "bad.txt"}
    assert ja.documents(hand, rejected=True)["total"] == 1
    assert ja.documents(hand, limit=1, offset=1)["documents"][0]["ext_id"] == "my-1"


def test_claims_of_the_example_corpus_have_evidence_and_denials(corpus):
    threads = ja.claims(corpus)["threads"]
    assert threads and all(t["evidence"] or t["denials"] for t in threads)
    denied = [t for t in threads if t["denials"]]
    assert denied and all(d["sentence"] and d["event_id"] for d in denied[0]["denials"])
