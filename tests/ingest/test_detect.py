"""Encoding detection, binary refusal and format sniffing."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from jirga.ingest.detect import binary_kind, decode, encoding_of, kind_of, sniff
from jirga.ingest.record import Bad

ENGLISH = ("Pakistan's envoy met Afghan officials in Kabul on Tuesday to discuss the Torkham "
           "crossing. The café near the border had been closed since the clashes, résumé says. ")


def test_utf8_and_bom():
    assert decode("Torkham – reopened".encode("utf-8")) == "Torkham – reopened"
    assert decode(b"\xef\xbb\xbfKabul talks") == "Kabul talks"
    assert decode("Kabul talks".encode("utf-16")) == "Kabul talks"


def test_latin1_english_article_decodes_correctly():
    data = (ENGLISH * 3 + "The naïve plan à la carte failed.").encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = decode(data)
    assert "café" in text and "résumé" in text and "naïve" in text and "à la carte" in text


def test_cp1252_smart_quotes():
    data = "Officials said the “talks” were constructive — both sides will meet again.".encode("cp1252")
    assert decode(data) == "Officials said the “talks” were constructive — both sides will meet again."


def test_png_is_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100)
    assert binary_kind(png) == "PNG image"
    with pytest.raises(Bad) as exc:
        decode(png)
    assert exc.value.code == "E103"


def test_random_bytes_with_control_chars_are_binary():
    rnd = random.Random(7)
    junk = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(Bad) as exc:
        decode(junk)
    assert exc.value.code == "E103"


def test_high_byte_junk_is_undecodable():
    rnd = random.Random(3)
    junk = bytes(rnd.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(Bad) as exc:
        decode(junk)
    assert exc.value.code == "E109"
    assert "\n" not in exc.value.reason and "UTF-8" in exc.value.reason


def test_partial_utf8_head_cut_inside_a_character():
    data = ("Kabul – " * 10).encode("utf-8")
    cut = data[: data.index("–".encode()) + 1]  # ends inside the dash's 3 bytes
    assert encoding_of(cut, partial=True) == "utf-8"


@pytest.mark.parametrize("name,kind", [
    ("a.txt", "text"), ("a.MD", "markdown"), ("a.htm", "html"), ("a.jsonl", "jsonl"),
    ("a.ndjson", "jsonl"), ("a.json", "json"), ("a.csv", "csv"), ("a.tsv", "csv"),
    ("a.rss", "feed"), ("a.atom", "feed"), ("a.xml", "feed"),
])
def test_kind_by_extension(name, kind):
    assert kind_of(Path(name), b"anything") == kind


def test_kind_by_content_when_no_extension():
    assert kind_of(Path("story"), b"<!DOCTYPE html><html><body>x") == "html"
    assert kind_of(Path("story"), b'<?xml version="1.0"?>\n<rss version="2.0">') == "feed"
    assert kind_of(Path("story"), b'{"text": "x"}\n') == "jsonl"
    assert kind_of(Path("story"), b"---\ntitle: x\n---\nbody") == "markdown"
    assert kind_of(Path("story"), b"Plain words about Kabul.") == "text"
    assert kind_of(Path("story.dat"), b"\x89PNG\r\n\x1a\n\x00\x00") is None
    # an .xml file that is really an HTML page
    assert kind_of(Path("page.xml"), b"<!DOCTYPE html><html>") == "html"


def test_sniff_uses_content_type_and_body():
    assert sniff(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "text/plain") == "feed"
    assert sniff(b"<div>hi</div>", "text/html; charset=utf-8") == "html"
    assert sniff(b"<channel/>", "application/rss+xml") == "feed"
    assert sniff(b"Just text.", "text/plain") == "text"
