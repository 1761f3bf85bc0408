"""Parquet export (jirga/export/parquet.py), whole and partitioned by month."""
import datetime as dt

import pandas as pd
import pyarrow.parquet as pq
import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.export import FLAT, export
from jirga.export.parquet import write, write_monthly

from .util import event, store  # noqa: F401  (fixture)


def test_parquet_keeps_types(store, tmp_path):  # noqa: F811
    assert export(store, tmp_path / "e.parquet") == 2
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.num_rows == 2 and t.column_names == FLAT and str(t.schema.field("dead").type) == "int64"
    assert str(t.schema.field("date").type) == "date32[day]" and str(t.schema.field("factual").type) == "bool"
    assert t.column("ext_id").to_pylist() == ["my-a", "my-b"]


def test_parquet_of_nothing_has_the_columns(tmp_path):
    assert write([], tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").column_names == FLAT


def test_parquet_monthly_writes_a_hive_folder_per_month(tmp_path):
    rows = [(event("a", "a-1", date="2024-01-08"), None), (event("b", "b-1", date="2024-W08", date_precision="week"), None),
            (event("c", "c-1", date="2024-01", date_precision="month"), None), (event("d", "d-1", date=None), None)]
    assert write_monthly(rows, tmp_path / "m") == 4
    parts = sorted(p.relative_to(tmp_path / "m").as_posix() for p in (tmp_path / "m").rglob("*.parquet"))
    assert parts == ["month=2024-01/part-0.parquet", "month=2024-02/part-0.parquet",
                     "month=undated/part-0.parquet"]
    df = pd.read_parquet(tmp_path / "m")
    assert sorted(df["event_id"]) == ["a-1", "b-1", "c-1", "d-1"] and set(df.columns) == set(FLAT) | {"month"}
    jan = df[df["month"] == "2024-01"].sort_values("event_id")
    assert list(jan["date"]) == [dt.date(2024, 1, 8), dt.date(2024, 1, 1)]


def test_parquet_monthly_again_replaces_its_own_files_only(tmp_path):
    write_monthly([(event("a", "a-1", date="2023-05-02"), None)], tmp_path / "m")
    (tmp_path / "m" / "_notes.txt").write_text("mine")
    write_monthly([(event("b", "b-1", date="2024-01-08"), None)], tmp_path / "m")
    assert list(pd.read_parquet(tmp_path / "m")["event_id"]) == ["b-1"]
    assert (tmp_path / "m" / "_notes.txt").read_text() == "mine"


def test_parquet_monthly_into_a_file_is_a_user_error(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(JirgaError) as err:
        write_monthly([], tmp_path / "f")
    assert err.value.code == errors.EXPORT_NOT_FOLDER


def test_parquet_monthly_corpus_export_loads_in_pandas(corpus, tmp_path):
    n = export(corpus, tmp_path / "months", "parquet-monthly")
    df = pd.read_parquet(tmp_path / "months")
    assert len(df) == n > 100 and df["month"].nunique() >= 12
    days = pd.to_datetime(df["date"])
    assert (days.dt.strftime("%Y-%m") == df["month"].astype(str)).all()
    assert pd.api.types.is_float_dtype(df["lat"]) and pd.api.types.is_bool_dtype(df["factual"])
    for part in (tmp_path / "months").iterdir():
        assert part.name.startswith("month=") and [p.name for p in part.iterdir()] == ["part-0.parquet"]
