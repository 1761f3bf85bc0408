"""A small merged store for the export tests."""
import pytest

from jirga.merge import merge_new
from jirga.model import ActorRef, Document, Event, Place, Sentence, Size, Span
from jirga.store import open_store


def event(doc_id, eid, **fields):
    values = dict(actor=[ActorRef("TTP", 0, 3, "Tehrik-e-Taliban Pakistan", "PAK", "REB", resolved=True)],
                  recipient=[ActorRef("police", 19, 25, None, "PAK", "COP", resolved=True)],
                  mode="explosives", cameo="183", quad=4, intensity=-9.0, date="2024-01-08", date_precision="day",
                  location=Place("Bajaur", 29, 35, "Bajaur", 34.7, 71.5, None, "PAK"))
    values.update(fields)
    return Event(doc_id=doc_id, event_id=eid, event_type="ASSAULT",
                 sentence=Sentence(0, 0, 40, "A bomb killed five police in Bajaur."),
                 trigger=Span(7, 13, "killed"), size=Size(dead=5, injured=22, at_least=True), **values)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "x.duckdb")
    docs = [Document(id=d, text="A bomb killed five police in Bajaur.", url=f"https://n.example/{d}",
                     title=f"Story {d}", ext_id=f"my-{d}", published=f"2024-01-0{i + 8}",
                     source=f"Outlet {d}", events=[event(d, f"{d}-0-7")]) for i, d in enumerate(("a", "b"))]
    s.write_batch(docs, "r1")
    merge_new(s)
    yield s
    s.close()
