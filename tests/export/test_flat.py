"""Flat rows for the tabular formats (jirga/export/flat.py)."""
import datetime as dt

import pandas as pd
import pytest

from jirga.export import export
from jirga.export.flat import FLAT, factual, flat_row
from jirga.model import ActorRef
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)


def test_flat_row_joins_several_actors_and_takes_the_document():
    ev = event("a", "a-1", recipient=[ActorRef("police", 0, 6, None, "PAK", "COP"), ActorRef("army", 0, 4, None, "PAK", "MIL")])
    ev.cluster_id = "c"
    row = flat_row(ev, DocumentMeta("a", url="https://n.example/a", title="T", ext_id="mine-7"))
    assert list(row) == FLAT
    assert row["recipient_sector"] == "COP; MIL" and row["cluster_id"] == "c"
    assert (row["url"], row["title"], row["ext_id"]) == ("https://n.example/a", "T", "mine-7")
    assert flat_row(ev, None)["url"] is None and flat_row(ev, None)["ext_id"] is None


def test_flat_date_is_a_day_with_its_precision_and_the_coded_text():
    ev = event("a", "a-1", date="2024-W08", date_precision="week")
    row = flat_row(ev, None)
    assert (row["date"], row["date_precision"], row["date_text"]) == (dt.date(2024, 2, 19), "week", "2024-W08")


@pytest.mark.parametrize("flag", ["negated", "hypothetical", "future"])
def test_flat_negated_hypothetical_and_future_events_are_not_factual(flag):
    ev = event("a", "a-1", **{flag: True})
    assert not factual(ev) and flat_row(ev, None)["factual"] is False
    assert flat_row(event("a", "a-2"), None)["factual"] is True


def test_flat_csv_dates_parse_in_pandas_whatever_their_precision(store, tmp_path):  # noqa: F811
    export(store, tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv")
    assert pd.to_datetime(df["date"], format="%Y-%m-%d").notna().all()
    assert list(df["ext_id"]) == ["my-a", "my-b"]


def test_flat_corpus_export_parses_and_flags_modality(corpus, tmp_path):
    export(corpus, tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str})
    assert list(df.columns) == FLAT
    dated = df[df["date_text"].notna()]
    assert set(dated["date_precision"]) >= {"day", "month"}              # mixed precisions...
    assert pd.to_datetime(dated["date"], format="%Y-%m-%d").notna().all()  # ...one column of days
    month = dated[dated["date_precision"] == "month"].iloc[0]
    assert month["date"] == month["date_text"] + "-01"
    assert df["ext_id"].str.startswith("https://example.jirga.news/").all()
    modal = df["negated"] | df["hypothetical"] | df["future"]
    assert modal.any() and df["future"].any()
    assert (df["factual"] == ~modal).all()
