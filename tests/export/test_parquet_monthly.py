"""The parquet-monthly format's declaration (jirga/export/parquet_monthly.py)."""
import pandas as pd

from jirga.export import export, writer_for
from jirga.export.parquet import write_monthly
from jirga.export.parquet_monthly import WRITER

from .util import store  # noqa: F401  (fixture)


def test_parquet_monthly_is_chosen_by_name_or_folder_suffix():
    assert WRITER.write is write_monthly
    assert writer_for("out", "parquet-monthly") is not None and writer_for("ev.parquet-monthly").name == "parquet-monthly"
    assert writer_for("ev.parquet").name == "parquet"


def test_parquet_monthly_export_of_a_store(store, tmp_path):  # noqa: F811
    assert export(store, tmp_path / "ev.parquet-monthly") == 2
    df = pd.read_parquet(tmp_path / "ev.parquet-monthly")
    assert list(df["month"].astype(str)) == ["2024-01", "2024-01"]
