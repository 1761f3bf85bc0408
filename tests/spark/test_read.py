"""Reading an archive's files on executors gives what ``jirga run`` reads."""
from __future__ import annotations

from pathlib import Path

from jirga import errors, ingest
from jirga.model import Document, Reject
from jirga.settings import DEFAULTS
from jirga.spark import read

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _dicts(items):
    return [(type(i).__name__, i.to_dict()) for i in items]


def test_read_bytes_give_the_items_ingest_gives_for_every_fixture():
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and not read.hidden(p.relative_to(FIXTURES).parts))
    assert len(files) >= 10
    for path in files:
        name = str(path)
        from_bytes = list(read.file_items(name, DEFAULTS, "hdfs://x" + name, path.read_bytes()))
        assert _dicts(from_bytes) == _dicts(ingest.read([path], DEFAULTS)), path.name


def test_read_local_file_is_read_by_ingest_under_the_given_name(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "short"}\nnot json\n', encoding="utf-8")
    items = list(read.file_items(str(f), DEFAULTS))
    assert [(type(i), i.source, i.code) for i in items] == [
        (Reject, f"{f}:1", errors.TOO_SHORT), (Reject, f"{f}:2", errors.BAD_JSONL)]


def test_read_empty_and_binary_bytes_are_rejects():
    empty = list(read.file_items("e.txt", DEFAULTS, "hdfs://h/e.txt", b""))
    binary = list(read.file_items("b.txt", DEFAULTS, "hdfs://h/b.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))
    assert [r.code for r in empty] == [errors.EMPTY]
    assert [r.code for r in binary] == [errors.BINARY]


def test_read_order_is_the_order_of_a_sorted_walk(tmp_path):
    for rel in ("b/x.txt", "a.txt", "c.txt", "b/a/z.txt", "B.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Pakistan and Afghanistan held talks on trade in Kabul on Monday, "
                                    f"officials said ({rel}).", encoding="utf-8")
    root = "file:" + str(tmp_path)
    listing = [("file:" + str(p), read.relative_parts("file:" + str(p), root))
               for p in tmp_path.rglob("*.txt")]
    ranks = read.order(listing)
    by_rank = [read.display_name(str(tmp_path), read.relative_parts(u, root), u, False)
               for u, _ in sorted(ranks.items(), key=lambda kv: kv[1])]
    walked = [d.origin for d in ingest.read([tmp_path], DEFAULTS) if isinstance(d, Document)]
    assert by_rank == walked


def test_read_local_files_lists_what_jirga_run_walks(tmp_path):
    for rel in ("b/x.txt", "a.txt", "_c.txt", ".hidden/y.txt", "b/.z.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Pakistan and Afghanistan held talks on trade in Kabul on Monday, "
                                    f"officials said ({rel}).", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "b")         # a linked folder is not followed
    listing = read.local_files(str(tmp_path))
    assert [parts for _, parts in listing] == [("_c.txt",), ("a.txt",), ("b", "x.txt")]
    assert all(path == str(tmp_path.joinpath(*parts)) for path, parts in listing)
    walked = [d.origin for d in ingest.read([tmp_path], DEFAULTS) if isinstance(d, Document)]
    assert walked == [str(tmp_path.joinpath(*parts)) for _, parts in listing]
    assert read.local_files(str(tmp_path / "a.txt")) == [(str(tmp_path / "a.txt"), ())]


def test_read_names_a_single_file_as_given_and_a_remote_one_by_uri():
    assert read.display_name("data/a.jsonl", (), "file:/abs/data/a.jsonl", True) == "data/a.jsonl"
    assert read.display_name("data", ("x", "y.txt"), "file:/abs/data/x/y.txt", False) == "data/x/y.txt"
    assert read.display_name("hdfs://nn/arch", ("y.txt",), "hdfs://nn/arch/y.txt", False) == "hdfs://nn/arch/y.txt"
    assert read.local_path("file:/a%20b/c.txt") == "/a b/c.txt"
    assert read.hidden((".git", "x")) and not read.hidden(("a", "b.txt"))


def test_read_seq_orders_files_before_items():
    assert read.seq_of(0, 5) < read.seq_of(1, 0) < read.seq_of(1, 1)


def test_read_record_item_reads_a_parquet_row_as_a_jsonl_record():
    text = "Pakistan and Afghanistan held talks on trade in Kabul on Monday, officials said."
    doc = read.record_item({"text": text, "published": "2024-01-02", "title": None}, "a.parquet:1", DEFAULTS)
    assert isinstance(doc, Document) and doc.published == "2024-01-02" and doc.origin == "a.parquet:1"
    bad = read.record_item({"body_missing": 1}, "a.parquet:2", DEFAULTS)
    assert isinstance(bad, Reject) and bad.code == errors.BAD_JSONL


def test_read_a_local_file_is_opened_by_its_uri_and_named_as_given(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "short"}\n', encoding="utf-8")
    items = list(read.file_items("data/a.jsonl", DEFAULTS, "file:" + str(f)))
    assert [r.source for r in items] == ["data/a.jsonl:1"]
