"""JSONL, JSON and CSV collections."""
from __future__ import annotations

import io
import sys

import pytest

from jirga.ingest import read
from jirga.model import content_id

from .util import CURLY, FIX, codes, docs, rejects, with_stray_bytes


def test_jsonl_records_with_metadata(settings):
    items = list(read([FIX / "articles.jsonl"], settings))
    ds = docs(items)
    assert [d.ext_id for d in ds] == ["a1", "a2", "a4"]
    a1, a2, a4 = ds
    assert a1.origin == f"{FIX / 'articles.jsonl'}:1"
    assert (a1.title, a1.url, a1.source, a1.published) == (
        "Torkham crossing reopens after week-long closure", "https://example.org/torkham",
        "Frontier Desk", "2024-02-24")
    assert a2.published == "2024-03-07"  # "date" accepted for "published"
    assert a4.published == "2024-03-05" and a4.origin.endswith(":4")


def test_malformed_jsonl_line_rejected_and_run_goes_on(settings):
    items = list(read([FIX / "articles.jsonl"], settings))
    [rej] = rejects(items)
    assert rej.code == "E105" and rej.source.endswith("articles.jsonl:3")
    assert "malformed JSONL line" in rej.reason and "\n" not in rej.reason
    assert len(docs(items)) == 3


def test_jsonl_bad_records(tmp_path, settings):
    p = tmp_path / "bad.jsonl"
    p.write_text('[1, 2]\n{"title": "no text"}\n{"text": 42}\n\n{"text": "   "}\n'
                 '{"text": "Pakistan and Afghanistan agreed to reopen the Torkham crossing."}\n')
    items = list(read([p], settings))
    assert [(r.code, r.source.rsplit(":", 1)[1]) for r in rejects(items)] == [
        ("E105", "1"), ("E105", "2"), ("E105", "3"), ("E102", "5")]
    assert "no 'text' field" in rejects(items)[1].reason
    assert docs(items)[0].origin.endswith(":6")


def test_jsonl_invalid_utf8_line(tmp_path, settings):
    p = tmp_path / "mixed.jsonl"
    good = b'{"text": "Officials in Kabul and Islamabad agreed on a new trade route."}\n'
    p.write_bytes(good + b'{"text": "caf\xe9 \xff\xfe"}\n' + good.replace(b"new", b"fresh"))
    items = list(read([p], settings))
    assert codes(items) == ["E109"] and len(docs(items)) == 2


def test_jsonl_oversized_line_skipped(tmp_path, settings):
    p = tmp_path / "big.jsonl"
    p.write_text('{"text": "' + "Kabul talks. " * 1000 + '"}\n'
                 '{"text": "Officials in Kabul and Islamabad agreed on a new trade route."}\n')
    items = list(read([p], dict(settings, max_bytes=2000)))
    assert codes(items) == ["E108"] and rejects(items)[0].source.endswith(":1")
    assert docs(items)[0].origin.endswith(":2")


def test_json_array(tmp_path, settings):
    p = tmp_path / "a.json"
    p.write_text('[{"id": "j1", "text": "Pakistan and Afghanistan held talks on trade in Kabul."}, "oops"]')
    items = list(read([p], settings))
    assert docs(items)[0].ext_id == "j1" and codes(items) == ["E105"]


def test_csv_with_metadata_and_multiline_field(settings):
    items = list(read([FIX / "articles.csv"], settings))
    c1, c2 = docs(items)
    assert (c1.ext_id, c1.title, c1.url, c1.published, c1.source) == (
        "c1", "Refugee returns rise", "https://example.org/returns", "2023-10-30", "Frontier Desk")
    assert c1.origin.endswith("articles.csv:2")
    assert c2.origin.endswith("articles.csv:3") and "\nBoth sides called for calm." in c2.text
    assert c2.url is None and c2.published is None and "no publication date" in c2.notes
    [rej] = rejects(items)
    assert rej.code == "E106" and rej.source.endswith("articles.csv:5") and "7 fields" in rej.reason


def test_csv_without_text_column(tmp_path, settings):
    p = tmp_path / "x.csv"
    p.write_text("id,headline,body_html\n1,a,b\n")
    [rej] = list(read([p], settings))
    assert rej.code == "E106" and "no 'text' column" in rej.reason and "headline" in rej.reason


def test_csv_semicolon_date_alias_and_latin1(tmp_path, settings):
    p = tmp_path / "x.csv"
    text = ("ID;Title;Text;Date\n7;Caf\u00e9 talks;Officials met at a caf\u00e9 in Peshawar to discuss "
            "the Torkham crossing with Afghan traders.;2024-05-01\n")
    p.write_bytes(text.encode("latin-1"))
    [doc] = list(read([p], settings))
    assert (doc.ext_id, doc.title, doc.published) == ("7", "Caf\u00e9 talks", "2024-05-01")
    assert any(n.startswith("decoded as windows-1252") for n in doc.notes)


def test_tsv(tmp_path, settings):
    p = tmp_path / "x.tsv"
    p.write_text("text\tsource\nPakistani officials, speaking in Quetta, said the Chaman crossing reopened.\tWire\n")
    [doc] = list(read([p], settings))
    assert doc.source == "Wire" and doc.text.startswith("Pakistani officials, speaking")


def test_stdin_jsonl(monkeypatch, settings):
    data = b'{"id": "s1", "text": "Afghan and Pakistani officials met in Doha to discuss security."}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read(["-"], settings))
    assert docs(items)[0].origin == "<stdin>:1" and docs(items)[0].ext_id == "s1"
    assert rejects(items)[0].source == "<stdin>:2" and rejects(items)[0].code == "E105"


def test_same_article_as_text_and_jsonl_has_one_id(settings):
    [from_txt] = list(read([FIX / "torkham.txt"], settings))
    from_jsonl = docs(read([FIX / "articles.jsonl"], settings))[0]
    assert from_txt.id == from_jsonl.id == content_id(from_txt.text)


def test_same_article_twice_in_one_run_kept_once_with_dedupe(settings):
    items = list(read([FIX / "torkham.txt", FIX / "articles.jsonl", FIX / "torkham.txt"], settings,
                      dedupe=True))
    ids = [d.id for d in docs(items)]
    assert len(ids) == len(set(ids)) == 3
    dups = [r for r in rejects(items) if r.code == "E114"]
    assert len(dups) == 2 and all(r.doc_id == ids[0] for r in dups)
    assert "torkham.txt" in dups[0].reason
    # by default both copies come out, with the same id; the store keeps one
    items = list(read([FIX / "torkham.txt", FIX / "torkham.txt"], settings))
    a, b = docs(items)
    assert a.id == b.id


def test_jsonl_line_with_a_stray_byte_in_utf8_text_is_kept_with_a_note(tmp_path, settings):
    p = tmp_path / "stray.jsonl"
    line = b'{"text": "' + with_stray_bytes(CURLY, b"\xff") + b'"}\n'
    p.write_bytes(line + ('{"text": "%s"}\n' % CURLY).encode())
    first, second = list(read([p], settings))
    assert first.text.replace("\ufffd", "") == CURLY and "1 undecodable byte replaced (UTF-8)" in first.notes
    assert second.text == CURLY and not [n for n in second.notes if "decod" in n]


def test_csv_stray_byte_after_the_sampled_head_spoils_one_row_not_the_rest(tmp_path, settings):
    p = tmp_path / "big.csv"
    rows = [f'{i},"{CURLY}"\n'.encode() for i in range(700)]        # ~100 KB, past the sampled head
    bad = b'700,"' + with_stray_bytes(CURLY, b"\xff", b"\xfe") + b'"\n'
    p.write_bytes(b"id,text\n" + b"".join(rows) + bad + b'701,"' + CURLY.encode() + b'"\n')
    items = list(read([p], settings))
    assert rejects(items) == [] and len(items) == 702
    assert items[700].text.replace("\ufffd", "") == CURLY and "2 undecodable bytes replaced (UTF-8)" in items[700].notes
    assert items[701].text == items[0].text == CURLY and not [n for n in items[701].notes if "decod" in n]


def test_csv_with_a_stray_byte_in_its_head_stays_utf8(tmp_path, settings):
    p = tmp_path / "small.csv"
    p.write_bytes(b'id,text\n1,"' + with_stray_bytes(CURLY, b"\xff") + b'"\n2,"' + CURLY.encode() + b'"\n')
    one, two = list(read([p], settings))
    assert two.text == CURLY and one.text.replace("\ufffd", "") == CURLY
    assert "1 undecodable byte replaced (UTF-8)" in one.notes


@pytest.mark.parametrize("name,content", [
    ("blank.jsonl", b"\n  \n\r\n"), ("header.csv", b"id,text\n"), ("header-blank.csv", b"id,text\n,\n"),
    ("empty.json", b"[]"),
])
def test_collection_without_records_is_an_empty_reject(tmp_path, settings, name, content):
    p = tmp_path / name
    p.write_bytes(content)
    [rej] = list(read([p], settings))
    assert rej.code == "E102" and rej.source == str(p) and rej.reason.startswith("empty: ")


def test_jsonl_lone_surrogate_escape_is_replaced_and_the_file_goes_on(tmp_path, settings):
    p = tmp_path / "sur.jsonl"
    p.write_text('{"title": "A \\udc00", "text": "\\ud800 Officials met in Kabul on Monday to discuss trade."}\n'
                 '{"text": "Officials in Kabul and Islamabad agreed on a new trade route."}\n')
    first, second = list(read([p], settings))
    assert first.text.startswith("\ufffd Officials") and first.title == "A \ufffd"
    assert "2 lone surrogates replaced (U+FFFD)" in first.notes and second.text.startswith("Officials in Kabul")
