"""GDELT 2.0 export (jirga/export/gdelt.py): the Event and Mentions tables, loaded with pandas."""
from pathlib import Path

import pandas as pd

from jirga.export import export
from jirga.export.gdelt import (EVENT_COLUMNS, MENTION_COLUMNS, actor, geo, global_id, mentions_path, stamp,
                                write)
from jirga.model import ActorRef, Place
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)

# The GDELT 2.0 Event table (61 columns) and Mentions table (16), as the GDELT Event
# Codebook V2.0 lists them.
PUBLISHED_EVENTS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL").split()
PUBLISHED_MENTIONS = (
    "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier SentenceID "
    "Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone "
    "MentionDocTranslationInfo Extras").split()
CODES = {c: str for c in ("EventCode", "EventBaseCode", "EventRootCode", "SQLDATE", "DATEADDED")}


def read(path: Path, header: bool = False):
    events = pd.read_csv(path, sep="\t", header=0 if header else None,
                         names=None if header else EVENT_COLUMNS, dtype=CODES)
    mentions = pd.read_csv(mentions_path(path), sep="\t", header=0 if header else None,
                           names=None if header else MENTION_COLUMNS, dtype={"EventTimeDate": str})
    return events, mentions


def test_gdelt_columns_are_the_published_ones():
    assert EVENT_COLUMNS == PUBLISHED_EVENTS and len(EVENT_COLUMNS) == 61
    assert MENTION_COLUMNS == PUBLISHED_MENTIONS and len(MENTION_COLUMNS) == 16


def test_gdelt_mentions_go_beside_the_events():
    assert mentions_path(Path("d/pak.gdelt.tsv")) == Path("d/pak.gdelt.mentions.tsv")
    assert mentions_path(Path("20240101.export.CSV")) == Path("20240101.mentions.CSV")


def test_gdelt_codes_actors_and_places():
    assert actor([ActorRef("police", 0, 6, None, "PAK", "COP")])[:3] == ["PAKCOP", "PAKISTAN", "PAK"]
    assert actor([ActorRef("UNHCR", 0, 5, "UNHCR", "UNO", "REF")])[:3] == ["UNOREF", "UNHCR", None]
    assert actor([ActorRef("Dawn", 0, 4, "Dawn", "PAK", "JRN")])[7] == "MED"   # CAMEO's media code
    assert actor([]) == [None] * 10
    kabul = Place("Kabul", 0, 5, "Kabul", 34.5, 69.2, 1138958, "AFG", "PPLC", "Kabul")
    assert geo(kabul) == [4, "Kabul, Afghanistan", "AF", "AF", None, 34.5, 69.2, 1138958]
    assert geo(Place("Pakistan", 0, 8, "Pakistan", 30.0, 70.0, 1168579, "PAK", "PCLI"))[:4] == [1, "Pakistan", "PK", "PK"]
    assert geo(None)[0] == 0
    assert stamp("2024-01-08") == "20240108000000" and stamp("2024-01-08T10:15:00+00:00") == "20240108101500"
    assert global_id("a-0-7") == global_id("a-0-7") != global_id("b-0-7") and 0 < global_id("x") < 2 ** 60


def test_gdelt_one_event_per_cluster_one_mention_per_report(store, tmp_path):  # noqa: F811
    assert export(store, tmp_path / "e.gdelt.tsv") == 1             # reports a and b are one event
    events, mentions = read(tmp_path / "e.gdelt.tsv")
    ev = events.iloc[0]
    assert (ev.NumMentions, ev.NumArticles, ev.NumSources) == (2, 2, 2)
    assert (ev.EventCode, ev.QuadClass, ev.SQLDATE, ev.Actor1Code, ev.Actor2Code) == ("183", 4, "20240108", "PAKREB", "PAKCOP")
    assert (ev.DATEADDED, ev.SOURCEURL) == ("20240108000000", "https://n.example/a")
    assert list(mentions.MentionIdentifier) == ["https://n.example/a", "https://n.example/b"]
    assert (mentions.GLOBALEVENTID == ev.GLOBALEVENTID).all() and (mentions.EventTimeDate == ev.DATEADDED).all()
    assert mentions.Extras[1] == "<EXT_ID>my-b</EXT_ID><DOC_ID>b</DOC_ID>"


def test_gdelt_leaves_out_what_did_not_happen(tmp_path):
    rows = [(event("a", "a-1", future=True), None), (event("b", "b-1", negated=True), None),
            (event("c", "c-1"), DocumentMeta("c", url="https://n.example/c"))]
    assert write(iter(rows), tmp_path / "e.tsv") == 1               # a one-shot iterator is read twice
    events, mentions = read(tmp_path / "e.tsv")
    assert len(events) == len(mentions) == 1 and mentions.MentionSourceName[0] == "n.example"


def test_gdelt_corpus_export_loads_in_pandas(corpus, tmp_path):
    n = export(corpus, tmp_path / "e.tsv", "gdelt", header=True)
    events, mentions = read(tmp_path / "e.tsv", header=True)
    assert list(events.columns) == EVENT_COLUMNS and list(mentions.columns) == MENTION_COLUMNS
    assert len(events) == n > 50 and events.GLOBALEVENTID.is_unique
    assert len(mentions) == events.NumMentions.sum() >= n
    assert set(mentions.GLOBALEVENTID) == set(events.GLOBALEVENTID)
    assert pd.to_datetime(events.SQLDATE, format="%Y%m%d").notna().all()
    assert pd.to_datetime(events.DATEADDED, format="%Y%m%d%H%M%S").notna().all()
    assert events.EventCode.str.fullmatch(r"\d{3,4}").all() and events.EventCode.str.startswith("0").any()
    assert (events.EventRootCode == events.EventCode.str[:2]).all()
    assert events.QuadClass.between(1, 4).all() and events.GoldsteinScale.between(-10, 10).all()
    located = events[events.ActionGeo_Type > 0]
    assert len(located) > 20 and located.ActionGeo_Lat.between(-90, 90).all()
    assert pd.api.types.is_float_dtype(events.ActionGeo_Long) and located.ActionGeo_CountryCode.str.len().eq(2).all()
    assert {"PAKGOV", "AFGGOV"} <= set(events.Actor1Code.dropna())
    assert (events.NumArticles <= events.NumMentions).all() and (mentions.SentenceID >= 1).all()
    assert mentions.Confidence.between(0, 100).all()
    plain = pd.read_csv(tmp_path / "e.tsv", sep="\t", nrows=0)
    assert len(plain.columns) == 61
    export(corpus, tmp_path / "raw.tsv", "gdelt")                   # as GDELT ships it: no header
    assert (tmp_path / "raw.tsv").read_text().split("\t", 1)[0].isdigit()
