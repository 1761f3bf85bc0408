"""Encoding detection, binary refusal and format sniffing."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from jirga.ingest.detect import (binary_kind, choose, declared_charset, decode, encoding_of, kind_of, label,
                                 lenient_utf8, sniff)
from jirga.ingest.record import Bad

from .util import CURLY, with_stray_bytes

ENGLISH = ("Pakistan's envoy met Afghan officials in Kabul on Tuesday to discuss the Torkham "
           "crossing. The café near the border had been closed since the clashes, résumé says. ")


def test_utf8_and_bom():
    plain = decode("Torkham – reopened".encode("utf-8"))
    assert (plain.text, plain.codec, plain.notes) == ("Torkham – reopened", "utf-8", ())
    assert decode(b"\xef\xbb\xbfKabul talks").text == "Kabul talks"
    assert decode(b"\xef\xbb\xbfKabul talks").notes == ()
    assert decode("Kabul talks".encode("utf-16")).text == "Kabul talks"
    assert decode("Kabul talks".encode("utf-16")).notes == ("decoded as UTF-16 (byte-order mark)",)


def test_latin1_english_article_decodes_correctly():
    data = (ENGLISH * 3 + "The naïve plan à la carte failed.").encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = decode(data).text
    assert decode(data).notes == ("decoded as windows-1252 (guessed)",)
    assert "café" in text and "résumé" in text and "naïve" in text and "à la carte" in text


def test_cp1252_smart_quotes():
    data = "Officials said the “talks” were constructive — both sides will meet again.".encode("cp1252")
    assert decode(data).text == "Officials said the “talks” were constructive — both sides will meet again."


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


def test_decode_utf8_with_stray_bytes_replaces_them_and_says_how_many():
    text = " ".join([CURLY] * 3)
    decoded = decode(with_stray_bytes(text, b"\xff", b"\xfe", b"\xc3"))
    assert decoded.codec == "utf-8" and decoded.notes == ("3 undecodable bytes replaced (UTF-8)",)
    assert decoded.text.replace("\ufffd", "") == text and decoded.text.count("\ufffd") == 3
    one = decode(with_stray_bytes(CURLY, b"\xff"))
    assert one.notes == ("1 undecodable byte replaced (UTF-8)",)


def test_lenient_utf8_needs_few_bad_bytes_and_evidence_of_utf8():
    assert lenient_utf8(with_stray_bytes(CURLY, b"\xff")) == (with_stray_bytes(CURLY, b"\xff").decode(
        "utf-8", "replace"), 1)
    assert lenient_utf8(CURLY.encode("cp1252")) is None             # no valid multi-byte character
    ascii_line = b"Officials met in Kabul on Monday\xff to discuss the crossing."
    assert lenient_utf8(ascii_line) is None                       # as likely windows-1252 as UTF-8 ...
    assert lenient_utf8(ascii_line, known=True)[1] == 1           # ... unless the format is UTF-8
    assert lenient_utf8(b"caf\xe9 \xff\xfe", known=True) is None   # too many bad bytes to be a slip


def test_ascii_with_one_high_byte_is_a_noted_guess():
    decoded = decode(b"Officials met at the caf\xe9 in Kabul on Monday to discuss the crossing.")
    assert decoded.text == "Officials met at the caf\u00e9 in Kabul on Monday to discuss the crossing."
    assert decoded.notes == ("decoded as windows-1252 (guessed)",)


def test_declared_charset_from_server_or_document():
    assert declared_charset(b"", "text/html; charset=Windows-1252") == "Windows-1252"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss>') == "ISO-8859-1"
    assert declared_charset(b'<html><head><meta charset="utf-8">') == "utf-8"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"
    assert declared_charset(b"<html><body>no charset</body></html>", "text/html") is None


def test_declared_charset_is_used_only_when_the_bytes_are_not_utf8():
    cp = CURLY.encode("cp1252")
    assert choose(cp, declared="windows-1252") == ("cp1252", "declared")
    assert choose(cp, declared="iso-8859-1") == ("cp1252", "declared")     # as browsers read it
    assert choose(CURLY.encode(), declared="windows-1252") == ("utf-8", "utf-8")
    assert choose(cp, declared="no-such-charset")[1] == "guessed"
    assert choose(cp, declared="utf-16")[1] == "guessed"                   # ignored without a BOM


def test_label_names_codecs_as_people_know_them():
    assert (label("cp1252"), label("latin_1"), label("utf-16"), label("koi8_r")) == (
        "windows-1252", "ISO-8859-1", "UTF-16", "koi8-r")


@pytest.mark.parametrize("declared", ["zlib", "rot13", "undefined", "unicode_escape", "raw_unicode_escape",
                                      "punycode", "utf-7", "base64"])
def test_declared_names_that_are_not_charsets_are_ignored(declared):
    assert choose(CURLY.encode("cp1252"), declared=declared) == ("cp1252", "guessed")
