"""CSV export (jirga/export/csv.py): flat columns, and no cell a spreadsheet runs as a formula."""
import csv

import pytest

from jirga.export import FLAT, export
from jirga.export.csv import safe_cell, write
from jirga.model import ActorRef
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)


def test_csv_has_flat_columns(store, tmp_path):
    export(store, tmp_path / "e.csv")
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert list(rows[0]) == FLAT and rows[0]["actor_country"] == "PAK" and rows[0]["dead"] == "5"
    assert rows[0]["intensity"] == "-9.0"  # numbers are not text: a negative stays a number


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_a_cell_starting_with(trigger, tmp_path):
    text = f"{trigger}HYPERLINK(\"http://evil.example\")"
    assert safe_cell(text) == "'" + text
    ev = event("a", "a-1", actor=[ActorRef(text, 0, 3, resolved=False)])
    write([(ev, DocumentMeta("a", title=text))], tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["actor_text"] == row["title"] == "'" + text


def test_csv_leaves_ordinary_cells_alone():
    assert [safe_cell(v) for v in ("Pakistan", "", None, -3, 2.5, "a=b")] == ["Pakistan", "", None, -3, 2.5, "a=b"]
