"""ICEWS export (jirga/export/icews.py): ICEWS's columns, loaded with pandas."""
import pandas as pd

from jirga.export import export
from jirga.export.icews import COLUMNS, actor_name, icews_row
from jirga.model import ActorRef
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)

# The columns of the ICEWS Coded Event Data files as published (doi:10.7910/DVN/28075).
PUBLISHED = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
             "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
             "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
             "Longitude"]


def read(path):
    return pd.read_csv(path, sep="\t", dtype={"CAMEO Code": str, "Story ID": str})


def test_icews_columns_are_the_published_ones():
    assert COLUMNS == PUBLISHED


def test_icews_names_an_unnamed_actor_by_sector_and_country():
    assert actor_name(ActorRef("police", 0, 6, None, "PAK", "COP")) == "Police (Pakistan)"
    assert actor_name(ActorRef("TTP", 0, 3, "Tehrik-e-Taliban Pakistan", "PAK", "REB")) == "Tehrik-e-Taliban Pakistan"
    assert actor_name(ActorRef("the Zorblat Front", 0, 17)) == "the Zorblat Front"


def test_icews_row_in_words_with_the_cameo_label():
    row = dict(zip(COLUMNS, icews_row(event("a", "a-1"), DocumentMeta("a", source="Dawn"))))
    assert (row["Source Country"], row["Source Sectors"], row["Target Name"]) == ("Pakistan", "Rebels", "Police (Pakistan)")
    assert (row["CAMEO Code"], row["Event Text"], row["Intensity"]) == ("183", "Conduct suicide, car, or other non-military bombing", -9.0)
    assert (row["Story ID"], row["Sentence Number"], row["Publisher"], row["Country"]) == ("a", 1, "Dawn", "Pakistan")


def test_icews_small_store_loads(store, tmp_path):  # noqa: F811
    assert export(store, tmp_path / "e.icews.tsv") == 2
    df = read(tmp_path / "e.icews.tsv")
    assert list(df.columns) == COLUMNS and list(df["Story ID"]) == ["my-a", "my-b"]


def test_icews_corpus_export_loads_in_pandas(corpus, tmp_path):
    n = export(corpus, tmp_path / "e.tsv", "icews")
    df = read(tmp_path / "e.tsv")
    assert len(df) == n > 100 and list(df.columns) == COLUMNS
    assert pd.to_datetime(df["Event Date"], format="%Y-%m-%d").notna().all()
    cameo = df["CAMEO Code"].dropna()
    assert cameo.str.fullmatch(r"\d{3,4}").all() and cameo.str.startswith("0").any()   # "042", not 42
    assert df["Event Text"].notna().all() and df["Intensity"].between(-10, 10).all()
    assert pd.api.types.is_integer_dtype(df["Sentence Number"]) and (df["Sentence Number"] >= 1).all()
    assert pd.api.types.is_float_dtype(df["Latitude"]) and pd.api.types.is_float_dtype(df["Longitude"])
    assert {"Pakistan", "Afghanistan"} <= set(df["Source Country"].dropna())
