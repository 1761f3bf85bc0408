import csv
import json

import pyarrow.parquet as pq
import pytest

from jirga.errors import JirgaError
from jirga.export import FLAT, export
from jirga.merge import merge_store
from jirga.model import ActorRef, Document, Event, Place, Sentence, Size, Span
from jirga.store.base import open_store


def _event(doc_id, eid):
    return Event(doc_id=doc_id, event_id=eid, event_type="ASSAULT", mode="explosives", cameo="183",
                 quad=4, intensity=-9.0, date="2024-01-08", date_precision="day",
                 sentence=Sentence(0, 0, 40, "A bomb killed five police in Bajaur."),
                 trigger=Span(7, 13, "killed"),
                 actor=[ActorRef("TTP", 0, 3, "Tehrik-e-Taliban Pakistan", "PAK", "REB", resolved=True)],
                 recipient=[ActorRef("police", 19, 25, None, "PAK", "COP", resolved=True)],
                 location=Place("Bajaur", 29, 35, "Bajaur", 34.7, 71.5, None, "PAK"),
                 size=Size(dead=5, injured=22, at_least=True))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "x.duckdb")
    docs = [Document(id=d, text="A bomb killed five police in Bajaur.", url=f"https://n.example/{d}",
                     title=f"Story {d}", events=[_event(d, f"{d}-0-7")]) for d in ("a", "b")]
    s.write_batch(docs, [], "r1")
    merge_store(s)
    yield s
    s.close()


def test_export_jsonl_writes_one_plover_event_per_line(store, tmp_path):
    n = export(store, tmp_path / "e.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == len(lines) == 2
    assert lines[0]["event_type"] == "ASSAULT" and lines[0]["size"]["dead"] == 5
    assert lines[0]["source"]["url"] == "https://n.example/a"


def test_export_csv_has_flat_columns(store, tmp_path):
    export(store, tmp_path / "e.csv")
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert list(rows[0]) == FLAT and rows[0]["actor_country"] == "PAK" and rows[0]["dead"] == "5"


def test_export_parquet_keeps_types(store, tmp_path):
    export(store, tmp_path / "e.parquet")
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.num_rows == 2 and str(t.schema.field("dead").type) == "int64"


def test_export_merged_gives_one_event_with_every_report(store, tmp_path):
    n = export(store, tmp_path / "m.jsonl", merged=True)
    rec = json.loads((tmp_path / "m.jsonl").read_text())
    assert n == 1 and {s["doc_id"] for s in rec["sources"]} == {"a", "b"}


def test_export_unknown_format_is_a_user_error(store, tmp_path):
    with pytest.raises(JirgaError, match="E601"):
        export(store, tmp_path / "e.xlsx")
