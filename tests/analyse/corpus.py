"""Stores for the analysis and server tests: the example corpus coded by the real
pipeline (once per session), and a small store of events built by hand."""
from __future__ import annotations

from pathlib import Path

from jirga import errors
from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Span

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "pak-afg" / "articles.jsonl"


def corpus_db(tmp_path_factory, res) -> Path:
    """examples/pak-afg/articles.jsonl run through ``Pipeline``, built once per session
    (the store file is kept in the session's temporary folder). Needs the spaCy model."""
    from jirga.pipeline import Pipeline
    db = tmp_path_factory.getbasetemp() / "workbench-corpus" / "corpus.duckdb"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        summary = Pipeline(db=str(db), res=res).run([str(EXAMPLES)])
        assert summary.documents > 30 and summary.events > 100
    return db


TEXT = "Pakistan accused Kabul of sheltering the TTP. Kabul denied it. They met in Doha on Monday."
PAK = ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", "Q843", resolved=True)
AFG = ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)
TTP = ActorRef("TTP", 41, 44, "Tehrik-i-Taliban Pakistan", "PAK", "REB", resolved=True)
KABUL = Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG")
DOHA = Place("Doha", 77, 81, "Doha", 25.3, 51.5, 290030, "QAT")
S0 = Sentence(0, 0, 45, TEXT[:45])
S1 = Sentence(1, 46, 62, TEXT[46:62])
S2 = Sentence(2, 63, 90, TEXT[63:])


def event(eid, typ="ACCUSE", quad=3, date="2024-01-08", precision="day", actor=(PAK,), recipient=(AFG,),
          place=KABUL, doc="d1", sentence=S0, trigger=Span(9, 16, "accused"), **flags) -> Event:
    return Event(doc_id=doc, event_id=eid, event_type=typ, quad=quad, intensity=-2.0 if quad > 2 else 3.0,
                 sentence=sentence, trigger=trigger, actor=list(actor), recipient=list(recipient), date=date,
                 date_precision=precision, location=place, **flags)


def hand_docs() -> list[Document]:
    """d1 (Jan-Feb 2024): Pakistan accuses Kabul twice, a reciprocal meeting in Doha;
    d2 (March): Kabul rejects, TTP attacks, and a negated, a hypothetical and a future
    event; and an input rejected before it could be stored."""
    d1 = Document(id="d1", text=TEXT, title="<b>One</b>", source="Wire", url="https://n.example/1",
                  published="2024-01-09", ext_id="my-1", sentences=[S0, S1, S2],
                  events=[event("d1-a", claim_key="PAK GOV|AFG GOV|sheltering"),
                          event("d1-b", date="2024-02-03"),
                          event("d1-c", "CONSULT", 1, "2024-W07", "week", actor=(PAK, AFG), recipient=(), place=DOHA,
                                sentence=S2, trigger=Span(68, 71, "met"))])
    d2 = Document(id="d2", text=TEXT, title="Two", published="2024-03-01", sentences=[S0, S1, S2],
                  events=[event("d2-a", "REJECT", 3, "2024-03-01", actor=(AFG,), recipient=(PAK,), doc="d2",
                                sentence=S1, trigger=Span(52, 58, "denied"), answers=["d1-a"]),
                          event("d2-b", "ASSAULT", 4, "2024-03", "month", actor=(TTP,), recipient=(PAK,),
                                place=None, doc="d2"),
                          event("d2-n", negated=True, doc="d2"), event("d2-h", hypothetical=True, doc="d2"),
                          event("d2-f", "AGREE", 1, future=True, doc="d2")])
    bad = Document(id="", text="", rejects=[Reject(None, "bad.txt", "ingest", errors.EMPTY, "empty")])
    return [d1, d2, bad]


def hand_db(path: Path) -> Path:
    """A DuckDB store of ``hand_docs``, d1-a and d1-b one cluster."""
    from jirga.store import open_store
    with open_store(path) as store:
        store.write_batch(hand_docs(), "r1")
        store.set_clusters([("d1-a", "d1-a"), ("d1-b", "d1-a")])
    return path
