"""Fault and fuzz tests of ingest (hypothesis): whatever the bytes, every input ends as
Documents or Rejects with a catalogue code and a one-line reason, and nothing raises.

An E115 reject ("unexpected error reading input") is how ``read`` wraps a bug, so it
fails these tests too. Examples are derandomized by the profile in tests/conftest.py.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jirga import errors
from jirga.ingest import read
from jirga.ingest.detect import UTF8_CODECS, decode
from jirga.ingest.record import Bad, tidy_text
from jirga.ingest.tables import FIELDS
from jirga.model import Document, Reject, content_id
from jirga.settings import DEFAULTS

from .conftest import read_request

SETTINGS = dict(DEFAULTS, http_timeout=2.0)
SUFFIXES = (".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".tsv", ".rss", ".xml", "")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "iso8859-15", "koi8-r",
             "mac-roman", "shift_jis", "gb18030", "cp437")
DEAD = "http://127.0.0.1:9"   # connection refused at once: links in fuzzed feeds are never waited on
_counter = itertools.count()

# Text: any character but controls (which make a file binary) and surrogates.
PRINTABLE = st.characters(exclude_categories=("Cc", "Cs"))
TEXT = st.text(st.one_of(PRINTABLE, st.sampled_from("\n\t ,;\"'<>&’—é")), max_size=200)
WORDS = st.lists(st.sampled_from("Pakistan Afghan officials met in Kabul on Monday to discuss the border "
                                 "crossing talks envoy said Taliban ministers trade".split()),
                 min_size=0, max_size=40).map(" ".join)
PROSE = st.one_of(WORDS, TEXT, st.tuples(WORDS, TEXT).map(" ".join))


@pytest.fixture(scope="module")
def where(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, data: bytes, suffix: str) -> Path:
    path = folder / f"in{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def outcome(items: list) -> list:
    """Check what ``read`` gave for one input; return the items."""
    assert items, "an input vanished without a Document or a Reject"
    for item in items:
        event("Document" if isinstance(item, Document) else getattr(item, "code", "?"))   # --hypothesis-show-statistics
        if isinstance(item, Document):
            assert item.text.strip() and item.id == content_id(item.text)
            for value in (item.text, item.title, item.source, item.url, item.origin, item.ext_id, *item.notes):
                if value is not None:
                    value.encode("utf-8")   # the store can hold it: no lone surrogates
            assert all(isinstance(n, str) and "\n" not in n for n in item.notes)
        else:
            assert isinstance(item, Reject), type(item)
            assert item.code in errors.CATALOGUE and item.code.startswith("E1"), item
            assert item.code != errors.READ_FAILED, f"a bug surfaced as E115: {item.reason}"
            assert item.reason and "\n" not in item.reason and len(item.reason) <= 300
            item.reason.encode("utf-8")
            item.source.encode("utf-8")
    return items


def read_all(path: Path, **overrides) -> list:
    return outcome(list(read([path], dict(SETTINGS, **overrides))))


# -- random bytes, under every file type ----------------------------------------------------
@settings(max_examples=300)
@given(data=st.one_of(st.binary(max_size=3000),
                      st.lists(st.one_of(PROSE.map(str.encode), st.binary(max_size=8)), max_size=12).map(b"".join)),
       suffix=st.sampled_from(SUFFIXES))
def test_fuzz_random_bytes_under_any_name(where, data, suffix):
    read_all(_write(where, data, suffix))


# -- random text in random encodings: decoding never changes text without saying so --------
@settings(max_examples=500)
@given(text=TEXT, encoding=st.sampled_from(ENCODINGS))
def test_fuzz_decode_never_guesses_silently(text, encoding):
    data = text.encode(encoding, errors="replace")
    sent = data.decode(encoding)
    try:
        got = decode(data)
    except Bad as bad:
        assert bad.code in (errors.BINARY, errors.UNDECODABLE) and "\n" not in bad.reason
        return
    if encoding in UTF8_CODECS or encoding in ("utf-16", "utf-32"):
        assert got.text == sent.removeprefix("\ufeff")
    if not got.notes:   # no note: the bytes were UTF-8 and were read as such
        assert got.codec in UTF8_CODECS and got.text == data.decode(got.codec)


@settings(max_examples=150)
@given(text=PROSE, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from([".txt", ".md", ""]))
def test_fuzz_text_files_in_any_encoding(where, text, encoding, suffix):
    data = text.encode(encoding, errors="replace")
    items = read_all(_write(where, data, suffix), check_language=False, min_chars=1)
    for doc in items:
        decoding = [n for n in getattr(doc, "notes", ()) if n.startswith("decoded as") or "undecodable" in n]
        if isinstance(doc, Document) and suffix == ".txt" and not decoding:
            plain = tidy_text(data.decode("utf-8-sig"))
            assert plain.startswith("---") or doc.text == plain


@settings(max_examples=150)
@given(chunks=st.lists(st.text(st.sampled_from("abc Kabul’s “talks” — café"), min_size=20), min_size=2, max_size=6),
       junk=st.lists(st.sampled_from([b"\x80", b"\xbf", b"\xc0", b"\xc1", b"\xf5", b"\xfe", b"\xff"]),
                     min_size=5, max_size=5))
def test_fuzz_a_few_stray_bytes_in_utf8_are_replaced_and_counted(chunks, junk):
    chunks = [c + "’" for c in chunks]   # every chunk holds a multi-byte character
    data = chunks[0].encode() + b"".join(j + c.encode() for j, c in zip(junk, chunks[1:]))
    got = decode(data)
    bad = len(chunks) - 1
    assert got.text == "\ufffd".join(chunks) and got.codec == "utf-8"
    assert got.notes == (f"{bad} undecodable byte{'s' if bad > 1 else ''} replaced (UTF-8)",)


# -- JSONL: random records and broken lines; every line that is not blank gives one item ----
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | PROSE,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                      max_size=3),
                          max_leaves=6)
RECORD = st.dictionaries(st.sampled_from(FIELDS + ("date", "body", "link", "x")) | st.text(max_size=6),
                         JSON_VALUE | PROSE, max_size=6)


def _jsonl_line(draw_kind: str, record: dict, cut: int, junk: bytes) -> bytes:
    line = json.dumps(record, ensure_ascii=draw_kind == "ascii").encode()
    if draw_kind == "cut":
        return line[:cut % (len(line) + 1)]
    if draw_kind == "junk":
        at = cut % (len(line) + 1)
        return line[:at] + junk + line[at:]
    if draw_kind == "surrogate":   # a lone surrogate written as a JSON escape
        return line.replace(b': "', b': "\\ud800')
    return line


LINES = st.lists(st.builds(_jsonl_line, st.sampled_from(["ok", "ascii", "cut", "junk", "surrogate"]), RECORD,
                           st.integers(0, 10_000), st.binary(min_size=1, max_size=4)), max_size=8)


@settings(max_examples=150)
@given(lines=LINES, blank=st.sampled_from([b"\n", b"\r\n", b"\n  \n"]))
def test_fuzz_jsonl_every_line_gives_one_item(where, lines, blank):
    data = blank.join(lines) + b"\n"
    items = read_all(_write(where, data, ".jsonl"), check_language=False, min_chars=1)
    expected = [line for line in data.split(b"\n") if line.strip()]
    assert len(items) == len(expected) or (not expected and [x.code for x in items] == [errors.EMPTY])


# -- CSV: random columns and cells, well formed or broken ---------------------------------
NAMES = st.sampled_from(FIELDS + ("date", "body", "link", "extra", "notes"))
CELL = st.one_of(PROSE, st.sampled_from(['"', '""', ",", ";", "\n", "a,b", 'say "no"', "\t"]))


@settings(max_examples=150)
@given(header=st.lists(NAMES, min_size=1, max_size=5, unique=True), text_column=st.sampled_from([True] * 3 + [False]),
       rows=st.lists(st.lists(CELL, max_size=6), max_size=6), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_fuzz_csv_well_formed_every_row_gives_one_item(where, header, text_column, rows, encoding):
    if text_column and "text" not in header:
        header = [*header[:-1], "text"]
    rows = [(row + [""] * len(header))[:len(header)] for row in rows]
    buf = io.StringIO()
    csv.writer(buf).writerows([header, *rows])
    items = read_all(_write(where, buf.getvalue().encode(encoding, "replace"), ".csv"),
                     check_language=False, min_chars=1)
    if "text" not in header and "body" not in header and "content" not in header:
        assert [x.code for x in items] == [errors.BAD_CSV]
    elif encoding != "cp1252":   # (a cp1252 guess may see other delimiters or quotes)
        expected = sum(1 for row in rows if any(cell.strip() for cell in row))
        assert len(items) == expected or (not expected and [x.code for x in items] == [errors.EMPTY])


@settings(max_examples=100)
@given(lines=st.lists(st.one_of(TEXT, st.sampled_from(['"unclosed', 'a,"b"c,d', "text", "text,title", ""])),
                      max_size=8),
       junk=st.binary(max_size=6))
def test_fuzz_csv_broken_lines(where, lines, junk):
    data = "\n".join(["text,title", *lines]).encode() + junk
    read_all(_write(where, data, ".csv"), check_language=False)


# -- HTML: random trees of tags and text, some broken ---------------------------------------
TAGS = ("p", "div", "article", "span", "h1", "h2", "script", "style", "nav", "a", "br", "table", "td", "li",
        "main", "header", "footer", "time", "meta")


def _html(tree) -> str:
    if isinstance(tree, str):
        return escape(tree)
    tag, attrs, children, broken = tree
    inner = "".join(_html(c) for c in children)
    attr = "".join(f' {k}="{escape(v)}"' for k, v in attrs)
    return f"<{tag}{attr}>{inner}" + ("" if broken else f"</{tag}>")


NODE = st.recursive(PROSE, lambda kids: st.tuples(
    st.sampled_from(TAGS), st.lists(st.tuples(st.sampled_from(["class", "id", "content", "property", "datetime",
                                                               "charset"]), TEXT), max_size=2),
    st.lists(kids, max_size=4), st.booleans()), max_leaves=12)


CHARSETS = ("utf-8", "windows-1252", "iso-8859-1", "utf-16", "koi8-r", "zlib", "rot13", "unicode_escape", "undefined",
            "no-such", "")   # declared charsets, some no charset at all


@settings(max_examples=120)
@given(body=NODE, head=st.sampled_from(["", *(f"<meta charset='{c}'>" for c in CHARSETS),
                                        "<title>Talks</title><meta property='article:published_time' "
                                        "content='2024-01-0'>"]),
       encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_fuzz_html_gives_one_item(where, body, head, encoding):
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{_html(body)}</body></html>"
    items = read_all(_write(where, page.encode(encoding, "replace"), ".html"), check_language=False)
    assert len(items) == 1


# -- feeds: random RSS and Atom, some broken; every entry gives one item ---------------------
ENTRY = st.fixed_dictionaries({
    "title": PROSE, "text": st.one_of(PROSE, WORDS.map(lambda w: (w + " ") * 20)),
    "link": st.one_of(st.none(), st.sampled_from([f"{DEAD}/a", f"{DEAD}/b", "ftp://x/y", "not a link"])),
    "date": st.sampled_from(["", "Mon, 08 Jan 2024 10:00:00 +0000", "2024-01-08T10:00:00Z", "yesterday"]),
    "html": st.booleans()})


def _rss(title: str, entries: list[dict]) -> str:
    items = []
    for e in entries:
        text = f"<![CDATA[<p>{e['text']}</p>]]>" if e["html"] and "]]>" not in e["text"] else escape(e["text"])
        link = f"<link>{escape(e['link'])}</link>" if e["link"] else ""
        date = f"<pubDate>{escape(e['date'])}</pubDate>" if e["date"] else ""
        items.append(f"<item><title>{escape(e['title'])}</title>{link}{date}<description>{text}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            + "".join(items) + "</channel></rss>")


def _atom(title: str, entries: list[dict]) -> str:
    items = []
    for e in entries:
        link = f'<link href="{escape(e["link"], {chr(34): "&quot;"})}"/>' if e["link"] else ""
        kind = "html" if e["html"] else "text"
        items.append(f"<entry><title>{escape(e['title'])}</title>{link}<updated>{escape(e['date'])}</updated>"
                     f'<content type="{kind}">{escape(e["text"])}</content></entry>')
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title>" + "".join(items) + "</feed>")


@settings(max_examples=120)
@given(title=PROSE, entries=st.lists(ENTRY, min_size=1, max_size=5), atom=st.booleans(),
       encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_fuzz_feed_every_entry_gives_one_item(where, title, entries, atom, encoding):
    xml = (_atom if atom else _rss)(title, entries)
    if encoding != "utf-8":
        xml = xml.replace('encoding="utf-8"', f'encoding="{encoding}"')
    items = read_all(_write(where, xml.encode(encoding, "replace"), ".rss"), check_language=False)
    assert len(items) == len(entries), items


@settings(max_examples=100)
@given(title=PROSE, entries=st.lists(ENTRY, max_size=4), atom=st.booleans(), cut=st.integers(0, 10_000),
       junk=st.binary(max_size=6), charset=st.sampled_from(CHARSETS))
def test_fuzz_broken_feeds(where, title, entries, atom, cut, junk, charset):
    data = (_atom if atom else _rss)(title, entries).replace('encoding="utf-8"', f'encoding="{charset}"').encode()
    cut %= len(data) + 1
    read_all(_write(where, data[:cut] + junk + data[cut:], ".rss"), check_language=False)


# -- HTTP: whatever a server sends back -----------------------------------------------------
@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from([b"HTTP/1.1 200 OK", b"HTTP/1.1 404 Not Found", b"HTTP/1.0 500 Oops",
                               b"HTTP/1.1 301 Moved", b"HTTP/1.1 abc", b"", b"ICY 200 OK"]),
       headers=st.lists(st.sampled_from([b"Content-Type: text/html", b"Content-Type: application/rss+xml",
                                         b"Content-Type: text/plain; charset=koi8-r", b"Content-Length: 5",
                                         b"Content-Length: -1", b"Content-Length: 99999999999",
                                         b"Transfer-Encoding: chunked", b"Location: /", b"X: \xff\xfe"]),
                        max_size=3),
       body=st.one_of(st.binary(max_size=300), PROSE.map(str.encode)))
def test_fuzz_http_answers(raw_server, status, headers, body):
    def answer(conn, stop):
        read_request(conn)
        conn.sendall(b"\r\n".join([status, *headers, b"Connection: close", b"", body]))
    srv = raw_server(answer)
    items = outcome(list(read([srv.url("/page")], dict(SETTINGS, http_timeout=1.0))))
    assert len(items) >= 1
