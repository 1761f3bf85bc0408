"""Flat rows for the tabular formats (jirga/export/flat.py)."""
from jirga.export.flat import FLAT, flat_row
from jirga.model import ActorRef
from jirga.store import DocumentMeta

from .util import event


def test_flat_row_joins_several_actors_and_takes_the_document():
    ev = event("a", "a-1", recipient=[ActorRef("police", 0, 6, None, "PAK", "COP"), ActorRef("army", 0, 4, None, "PAK", "MIL")])
    ev.cluster_id = "c"
    row = flat_row(ev, DocumentMeta("a", url="https://n.example/a", title="T"))
    assert list(row) == FLAT
    assert row["recipient_sector"] == "COP; MIL" and row["cluster_id"] == "c"
    assert (row["url"], row["title"]) == ("https://n.example/a", "T")
    assert flat_row(ev, None)["url"] is None
