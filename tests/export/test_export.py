"""export() and the registry of writers (jirga/export/__init__.py)."""
import json
import sys

import pytest

import jirga.export
from jirga import errors
from jirga.errors import JirgaError
from jirga.export import Writer, export, writer_for, writers

from .util import store  # noqa: F401  (fixture)


def test_export_writers_are_found_in_the_package():
    assert set(writers()) == {"jsonl", "csv", "parquet", "parquet-monthly", "plover", "polecat", "icews",
                              "gdelt"}
    assert set(jirga.export.FORMATS) == set(writers())
    assert all(isinstance(w, Writer) for w in writers().values())


def test_export_format_comes_from_the_suffix_or_the_option():
    assert writer_for("out/e.CSV").name == "csv"
    assert writer_for("e.txt", "jsonl").name == "jsonl"
    assert writer_for("e.csv", "parquet").name == "parquet"
    assert writer_for("e.polecat.tsv").name == "polecat" and writer_for("x.plover.jsonl").name == "plover"
    assert writer_for("20240101.export.CSV").name == "gdelt" and writer_for("m.parquet-monthly").name == "parquet-monthly"
    assert writer_for("e.jsonl").name == "jsonl" and writer_for("e.tsv", "icews").name == "icews"


def test_export_unknown_format_is_a_user_error(store, tmp_path):
    for out, fmt in (("e.xlsx", None), ("e.csv", "xlsx"), ("events", None)):
        with pytest.raises(JirgaError) as err:
            export(store, tmp_path / out, fmt)
        assert err.value.code == errors.UNKNOWN_FORMAT and "jsonl" in str(err.value)
    assert not (tmp_path / "e.xlsx").exists()


def test_export_a_module_with_a_writer_adds_a_format(store, tmp_path, monkeypatch):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "ids.py").write_text(
        "from jirga.export.base import Writer\n\n"
        "def write(rows, out):\n"
        "    ids = [ev.event_id for ev, meta in rows]\n"
        "    out.write_text('\\n'.join(ids))\n"
        "    return len(ids)\n\n"
        "WRITER = Writer('ids', ('.ids',), write)\n")
    monkeypatch.setattr(jirga.export, "__path__", [*jirga.export.__path__, str(plugins)])
    monkeypatch.delitem(sys.modules, "jirga.export.ids", raising=False)
    try:
        assert "ids" in jirga.export.FORMATS
        assert export(store, tmp_path / "e.ids") == 2
        assert (tmp_path / "e.ids").read_text() == "a-0-7\nb-0-7"
    finally:
        sys.modules.pop("jirga.export.ids", None)


def test_export_writes_every_event_with_its_cluster(store, tmp_path):
    assert export(store, tmp_path / "sub" / "e.jsonl") == 2
    lines = [json.loads(x) for x in (tmp_path / "sub" / "e.jsonl").read_text().splitlines()]
    assert [(r["event_id"], r["cluster_id"]) for r in lines] == [("a-0-7", "a-0-7"), ("b-0-7", "a-0-7")]


def test_export_merged_gives_one_event_with_every_report(store, tmp_path):
    n = export(store, tmp_path / "m.jsonl", merged=True)
    rec = json.loads((tmp_path / "m.jsonl").read_text())
    assert n == 1 and {s["doc_id"] for s in rec["sources"]} == {"a", "b"}
    assert rec["event_id"] == rec["cluster_id"] == "a-0-7"


def test_export_option_goes_to_a_format_that_takes_it(store, tmp_path):
    assert export(store, tmp_path / "e.gdelt.tsv", header=True) == 1
    assert (tmp_path / "e.gdelt.tsv").read_text().startswith("GLOBALEVENTID\t")
    assert export(store, tmp_path / "e.csv", header=None) == 2     # None: not given


def test_export_option_a_format_does_not_take_is_a_user_error(store, tmp_path):
    with pytest.raises(JirgaError) as err:
        export(store, tmp_path / "e.polecat.tsv", header=True)
    assert err.value.code == errors.EXPORT_OPTION and "gdelt" in str(err.value)
    assert not (tmp_path / "e.polecat.tsv").exists()


def test_export_hands_writers_rows_they_can_read_twice(store, tmp_path, monkeypatch):
    seen = []

    def twice(rows, out):
        seen.extend([len(list(rows)), len(list(rows))])
        return 0
    monkeypatch.setattr(jirga.export, "writer_for", lambda out, fmt=None: Writer("x", (".x",), twice))
    export(store, tmp_path / "e.x")
    assert seen == [2, 2]


def test_export_formats_and_their_columns_are_documented():
    from pathlib import Path

    from jirga.export import gdelt, icews, plover, polecat
    from jirga.export.flat import FLAT
    doc = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    words = " ".join(doc.split())     # lists wrap over lines
    for name in writers():
        assert f"| `{name}` |" in doc, f"docs/formats.md does not list the {name} format"
    for columns in (FLAT, polecat.COLUMNS, icews.COLUMNS, gdelt.EVENT_COLUMNS, gdelt.MENTION_COLUMNS):
        assert ", ".join(columns) in words
    unwritten = {"time", "enddate", "endtime", "coded_date", "coded_time", "comment"}   # Jirga has no value
    assert all(f in words for f in plover.EXTRA_FIELDS + plover.RECORD_FIELDS if f not in unwritten)
