"""Bytes to text, and which reader a file needs.

``decode`` tries, in order: a byte-order mark, strict UTF-8, then
charset-normalizer (preferring Western encodings among equally good guesses,
since Jirga reads English). Binary data is refused before any guessing.
"""
from __future__ import annotations

import re
from pathlib import Path

import charset_normalizer

from jirga import errors
from jirga.ingest.record import Bad

SAMPLE = 8192

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
)

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_PREFERRED = ("utf_8", "ascii", "cp1252", "latin_1", "iso8859_15")

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html\b|<head\b|<body\b|<!--|<meta\b|<title\b)", re.I)


def _bom(data: bytes) -> str | None:
    for mark, enc in _BOMS:
        if data.startswith(mark):
            return enc
    return None


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format if ``data`` (a leading sample) is not text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            # "MZ" alone is a weak signal: only trust it with a NUL nearby.
            if magic == b"MZ" and b"\x00" not in data[:64]:
                continue
            return name
    if _bom(data):
        return None
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        return "contains NUL bytes"
    if sample:
        controls = sum(sample.count(bytes([c])) for c in _CONTROL)
        if controls / len(sample) > 0.01:
            return "contains control characters"
    return None


def check_binary(data: bytes) -> None:
    kind = binary_kind(data)
    if kind:
        raise Bad(errors.BINARY, f"binary file ({kind}), not text; convert it to .txt, .html or .jsonl first")


def decode(data: bytes) -> str:
    """Decode text bytes; raise Bad(E103) for binary data, Bad(E109) if no encoding fits."""
    check_binary(data)
    return data.decode(encoding_of(data))


def encoding_of(data: bytes, partial: bool = False) -> str:
    """Name of the codec that decodes ``data``; ``partial`` when ``data`` is only the
    head of a file (a multi-byte character may be cut at its end). Raises Bad(E109)."""
    bom = _bom(data)
    if bom:
        try:
            data.decode(bom)
        except UnicodeDecodeError as exc:
            if not (partial and exc.start >= len(data) - 4):
                raise Bad(errors.UNDECODABLE, f"text starts with a {bom} byte-order mark but is not valid "
                                              f"{bom}; re-save it as UTF-8") from None
        return bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if partial and exc.start >= len(data) - 3 and "end of data" in exc.reason:
            return "utf-8"
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise Bad(errors.UNDECODABLE, "not UTF-8 and no other text encoding fits (looks like random bytes); "
                                      "re-save the file as UTF-8")
    best = min(m.chaos for m in matches)
    good = [m for m in matches if m.chaos <= best + 0.01]
    for name in _PREFERRED:
        for m in good:
            if name in m.could_be_from_charset or m.encoding == name:
                try:
                    data.decode(name)
                    return name
                except UnicodeDecodeError:
                    continue
    return good[0].encoding


def kind_of(path: Path, head: bytes) -> str | None:
    """Reader for a file: by extension, otherwise by sniffing its first bytes.
    Returns one of text, markdown, html, jsonl, json, csv, feed; None for binary."""
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind == "feed" and not _FEED_START.match(head) and _HTML_START.match(head):
        return "html"
    if kind:
        return kind
    return sniff(head)


def sniff(head: bytes, content_type: str = "") -> str | None:
    """Guess the format from a content type and the first bytes."""
    ctype = content_type.split(";")[0].strip().lower()
    if binary_kind(head):
        return None
    if _FEED_START.match(head) or ctype.endswith(("rss+xml", "atom+xml", "rdf+xml")):
        return "feed"
    if _HTML_START.match(head) or ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("application/xml", "text/xml"):
        return "feed"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"---"):
        return "markdown"
    return "text"
