"""POLECAT export (jirga/export/polecat.py): POLECAT's columns, loaded with pandas."""
import pandas as pd

from jirga.export import export
from jirga.export.polecat import COLUMNS, POLECAT_COLUMNS, QUADS, polecat_row
from jirga.model import ActorRef
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)

# The columns of POLECAT's event files as published (Harvard Dataverse releases, 2023-),
# written out here again so that a change of the module's list is caught.
PUBLISHED = ("Event ID|Event Date|Event Type|Event Mode|Event Intensity|Quad Code|Contexts|Actor Name|"
             "Actor Country|Actor COW|Primary Actor Sector|Actor Sectors|Actor Title|Actor Name Raw|"
             "Wikipedia Actor ID|Recipient Name|Recipient Country|Recipient COW|Primary Recipient Sector|"
             "Recipient Sectors|Recipient Title|Recipient Name Raw|Wikipedia Recipient ID|Placename|City|"
             "District|Province|Country|Latitude|Longitude|GeoNames ID|Raw Placename|Feature Type|Source|"
             "Publication Date|Story People|Story Organizations|Story Locations|Language|Version").split("|")


def read(path):
    return pd.read_csv(path, sep="\t", dtype={"Actor COW": str, "Recipient COW": str})


def test_polecat_columns_are_the_published_ones_then_story_id():
    assert POLECAT_COLUMNS == PUBLISHED and len(PUBLISHED) == 40
    assert COLUMNS == PUBLISHED + ["Story ID"]


def test_polecat_row_joins_a_side_and_gives_cow_numbers():
    ev = event("a", "a-1", recipient=[ActorRef("police", 0, 6, None, "PAK", "COP"),
                                      ActorRef("Afghan troops", 0, 4, None, "AFG", "MIL")])
    row = dict(zip(COLUMNS, polecat_row(ev, DocumentMeta("a", ext_id="mine-1", source="Dawn"))))
    assert row["Recipient Country"] == "PAK; AFG" and row["Recipient COW"] == "770; 700"
    assert row["Primary Recipient Sector"] == "COP" and row["Recipient Sectors"] == "COP; MIL"
    assert row["Actor Name"] == "Tehrik-e-Taliban Pakistan" and row["Actor Name Raw"] == "TTP"
    assert (row["Quad Code"], row["Event Date"], row["Source"], row["Story ID"]) == ("MATERIAL CONFLICT", "2024-01-08", "Dawn", "mine-1")


def test_polecat_small_store_loads(store, tmp_path):  # noqa: F811
    assert export(store, tmp_path / "e.polecat.tsv") == 2
    df = read(tmp_path / "e.polecat.tsv")
    assert list(df.columns) == COLUMNS and list(df["Story ID"]) == ["my-a", "my-b"]


def test_polecat_corpus_export_loads_in_pandas(corpus, tmp_path):
    n = export(corpus, tmp_path / "e.tsv", "polecat")
    df = read(tmp_path / "e.tsv")
    assert len(df) == n > 100 and list(df.columns) == COLUMNS
    assert pd.to_datetime(df["Event Date"], format="%Y-%m-%d").notna().all()
    assert set(df["Quad Code"]) <= set(QUADS.values()) and len(set(df["Quad Code"])) >= 3
    assert pd.api.types.is_float_dtype(df["Event Intensity"]) and df["Event Intensity"].between(-10, 10).all()
    assert pd.api.types.is_float_dtype(df["Latitude"]) and df["Latitude"].dropna().between(-90, 90).all()
    assert pd.api.types.is_float_dtype(df["Longitude"]) and df["Longitude"].notna().sum() > 50
    pak = df[df["Actor Country"] == "PAK"]
    assert len(pak) > 20 and (pak["Actor COW"] == "770").all()
    assert df["Story ID"].str.startswith("https://example.jirga.news/").all()
    assert (df["Language"] == "en").all()
