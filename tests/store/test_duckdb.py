from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Size, Span
from jirga.store.base import open_store


def _doc(doc_id="d1", n_events=2):
    text = "Pakistan accused Kabul. Kabul denied it."
    events = [Event(doc_id=doc_id, event_id=f"{doc_id}-e{i}", event_type="ACCUSE",
                    sentence=Sentence(0, 0, 23, "Pakistan accused Kabul."), trigger=Span(9, 16, "accused"),
                    actor=[ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", resolved=True)],
                    recipient=[ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)],
                    location=Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG"),
                    size=Size(dead=1)) for i in range(n_events)]
    return Document(id=doc_id, text=text, sentences=[Sentence(0, 0, 23, "Pakistan accused Kabul.")],
                    events=events, places=[Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG")])


def test_write_batch_stores_every_table(tmp_path):
    with open_store(tmp_path / "j.duckdb") as s:
        s.write_batch([_doc()], [Reject(None, "bad.txt", "ingest", "E102", "bad.txt: empty file")], "r1")
        counts = {t: s.query(f"SELECT count(*) FROM {t}")[0][0]
                  for t in ("documents", "sentences", "events", "event_actors", "places", "rejects")}
    assert counts == {"documents": 1, "sentences": 1, "events": 2, "event_actors": 4, "places": 1, "rejects": 1}


def test_write_batch_twice_keeps_one_copy(tmp_path):
    with open_store(tmp_path / "j.duckdb") as s:
        for _ in range(2):
            s.write_batch([_doc()], [Reject(None, "bad.txt", "ingest", "E102", "empty")], "r1")
        assert s.query("SELECT count(*) FROM events")[0][0] == 2
        assert s.query("SELECT count(*) FROM rejects")[0][0] == 1


def test_events_round_trip_records(tmp_path):
    with open_store(tmp_path / "j.duckdb") as s:
        s.write_batch([_doc()], [], "r1")
        got = [ev for ev, _ in s.events()]
    assert got == _doc().events


def test_known_returns_stored_ids_only(tmp_path):
    with open_store(tmp_path / "j.duckdb") as s:
        s.write_batch([_doc("a"), _doc("b")], [], "r1")
        assert s.known(["a", "c", "b"]) == {"a", "b"}


def test_reopened_file_keeps_rows(tmp_path):
    path = tmp_path / "j.duckdb"
    with open_store(path) as s:
        s.write_batch([_doc()], [], "r1")
    with open_store(path) as s:
        assert s.query("SELECT count(*) FROM documents")[0][0] == 1
