"""Parquet export (jirga/export/parquet.py)."""
import pyarrow.parquet as pq

from jirga.export import FLAT, export
from jirga.export.parquet import write

from .util import store  # noqa: F401  (fixture)


def test_parquet_keeps_types(store, tmp_path):
    assert export(store, tmp_path / "e.parquet") == 2
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.num_rows == 2 and t.column_names == FLAT and str(t.schema.field("dead").type) == "int64"


def test_parquet_of_nothing_has_the_columns(tmp_path):
    assert write([], tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").column_names == FLAT
