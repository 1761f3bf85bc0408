"""JSONL export (jirga/export/jsonl.py)."""
import json

from jirga.export import export
from jirga.export.jsonl import plover_record
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)


def test_jsonl_writes_one_plover_event_per_line(store, tmp_path):
    n = export(store, tmp_path / "e.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == len(lines) == 2
    assert lines[0]["event_type"] == "ASSAULT" and lines[0]["size"]["dead"] == 5
    assert lines[0]["source"] == {"doc_id": "a", "url": "https://n.example/a", "title": "Story a",
                                  "published": "2024-01-08", "source": "Outlet a", "ext_id": "my-a"}


def test_jsonl_record_ends_with_source_then_cluster_id():
    ev = event("a", "a-1")
    ev.cluster_id = "c"
    rec = plover_record(ev, DocumentMeta("a", url="u"))
    assert list(rec)[-3:] == ["sources", "source", "cluster_id"] and rec["cluster_id"] == "c"
    assert "source" not in plover_record(ev, None)
