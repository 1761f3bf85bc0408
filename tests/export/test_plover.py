"""PLOVER JSON export (jirga/export/plover.py): the manual's field names, loaded with pandas."""
import json

import pandas as pd

from jirga.export import export
from jirga.export.plover import (CITE_FIELDS, ENTITY_FIELDS, EXTRA_FIELDS, LOCATION_FIELDS, RECORD_FIELDS,
                                 TEXT_FIELDS, plover_record)
from jirga.store import DocumentMeta

from .util import event, store  # noqa: F401  (fixture)

# The PLOVER manual's "PLOVER JSON" table (draft 0.8, Data Fields), in its order.
MANUAL = ("id has_event date time enddate endtime actor recipient event event_loc event_text quad_code "
          "event_scale mode context link text text_info cite_info coder coded_date coded_time comment").split()


def test_plover_field_lists_are_the_manuals():
    assert RECORD_FIELDS == MANUAL
    assert ENTITY_FIELDS[:5] == ["code", "sector", "entity_text", "identifier_id", "identifier_text"]
    assert {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code"} <= set(LOCATION_FIELDS)
    assert not set(EXTRA_FIELDS) & set(RECORD_FIELDS)


def check(record: dict) -> None:
    """Manual fields first and in the manual's order, then only Jirga's own fields."""
    keys = list(record)
    manual = [k for k in keys if k in RECORD_FIELDS]
    assert keys[:len(manual)] == manual == sorted(manual, key=RECORD_FIELDS.index)
    assert set(keys[len(manual):]) <= set(EXTRA_FIELDS)
    for ent in record["actor"] + record.get("recipient", []):
        assert set(ent) <= set(ENTITY_FIELDS)
    assert set(record.get("event_loc", {})) <= set(LOCATION_FIELDS)
    assert set(record["text_info"]) <= set(TEXT_FIELDS) and set(record.get("cite_info", {})) <= set(CITE_FIELDS)
    assert {"id", "date", "actor", "event"} <= set(record)       # the manual's required fields


def test_plover_record_of_a_hand_built_event():
    rec = plover_record(event("a", "a-1", date="2023-12", date_precision="month", future=True),
                        DocumentMeta("a", url="u", ext_id="mine"))
    check(rec)
    assert (rec["date"], rec["date_text"], rec["date_precision"]) == ("2023-12-01", "2023-12", "month")
    assert rec["event"] == ["ASSAULT"] and rec["quad_code"] == 4 and rec["mode"] == ["explosives"]
    assert rec["actor"][0] == {"code": "PAK", "sector": "REB", "entity_text": "TTP",
                               "identifier_text": "Tehrik-e-Taliban Pakistan"}
    assert rec["cite_info"]["citation"] == rec["ext_id"] == "mine" and rec["factual"] is False
    assert rec["size"] == {"dead": 5, "injured": 22}


def test_plover_corpus_export_loads_in_pandas(corpus, tmp_path):
    n = export(corpus, tmp_path / "e.plover.jsonl")
    lines = (tmp_path / "e.plover.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n > 100
    for line in lines:
        check(json.loads(line))
    df = pd.read_json(tmp_path / "e.plover.jsonl", lines=True, dtype={"date": str})
    assert pd.to_datetime(df["date"], format="%Y-%m-%d").notna().all()
    assert df["quad_code"].between(1, 4).all() and df["event"].map(len).eq(1).all()
    assert df["ext_id"].str.startswith("https://").all() and (~df["factual"]).any()
