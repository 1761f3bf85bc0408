"""Bytes to text, and which reader a file needs.

``decode`` never guesses silently. It tries, in order: a byte-order mark,
strict UTF-8, UTF-8 but for a few bytes (replaced by U+FFFD), the encoding the
document or server declares, then charset-normalizer (preferring Western
encodings among equally good guesses, since Jirga reads English). Whatever is
not plain UTF-8 leaves a note ("3 undecodable bytes replaced (UTF-8)",
"decoded as windows-1252 (guessed)") for the document. Binary data is refused
before any guessing.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    codec: str                  # Python codec name ("utf-8" also when bytes were replaced)
    notes: tuple[str, ...] = ()  # for Document.notes; empty for clean UTF-8


# UTF-8 "but for a few bytes": at most one byte in this many is invalid and, when the
# encoding is not known to be UTF-8, there are at least as many valid multi-byte
# characters as invalid bytes (text in a legacy encoding rarely forms any).
FEW_BAD_BYTES = 20
_ESCAPED = re.compile("[\udc80-\udcff]")          # an invalid byte, after surrogateescape
_NOT_ESCAPED = re.compile("[^\udc80-\udcff]+")
_ASCII_OR_ESCAPED = re.compile("[\x00-\x7f\udc80-\udcff]+")
UTF8_CODECS = ("utf-8", "utf-8-sig")
# Declared charsets that mean windows-1252 (as browsers read them); UTF-16/32 declared
# without a byte-order mark are ignored (browsers ignore them too).
_AS_1252 = {"ascii", "latin-1", "iso8859-1", "cp1252"}
# Codecs Python has that are no charset a document may declare.
_NOT_CHARSETS = {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "utf-7"}
_LABELS = {"cp1252": "windows-1252", "iso8859-1": "ISO-8859-1", "iso8859-15": "ISO-8859-15",
           "utf-16": "UTF-16", "utf-32": "UTF-32", "ascii": "ASCII"}
_DECLARED = re.compile(rb"""<\?xml[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)|<meta\b[^>]*?charset\s*=\s*["']?([\w.:-]+)""",
                       re.I)


def label(codec: str) -> str:
    """The usual name of a codec, as a note shows it: "windows-1252", "ISO-8859-1"."""
    name = codecs.lookup(codec).name
    return _LABELS.get(name, name)


def replaced_note(bad: int) -> str:
    return f"{bad} undecodable byte{'s' if bad != 1 else ''} replaced (UTF-8)"


def replace_escaped(text: str) -> tuple[str, int]:
    """Text decoded with ``surrogateescape``: (each invalid byte as U+FFFD, how many)."""
    bad = len(_NOT_ESCAPED.sub("", text))
    return (_ESCAPED.sub("\ufffd", text), bad) if bad else (text, 0)


def lenient_utf8(data: bytes, known: bool = False) -> tuple[str, int] | None:
    """(text, invalid bytes) if ``data`` is UTF-8 but for a few bytes, each replaced by
    U+FFFD; None otherwise. ``known``: the format is UTF-8 by definition (JSONL), so
    valid multi-byte characters are not needed as evidence."""
    escaped = data.decode("utf-8", "surrogateescape")
    text, bad = replace_escaped(escaped)
    if bad * FEW_BAD_BYTES > len(data):
        return None
    if not known and bad > len(_ASCII_OR_ESCAPED.sub("", escaped)):
        return None
    return text, bad


def declared_charset(head: bytes, content_type: str = "") -> str | None:
    """The charset a server (``content_type``) or the document's own head declares."""
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    if m:
        return m.group(1)
    m = _DECLARED.search(head[:SAMPLE])
    return (m.group(1) or m.group(2)).decode("ascii") if m else None


def _declared_codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:   # zlib, rot13, base64...
        return None
    if name in _AS_1252:
        return "cp1252"
    return None if name.startswith(("utf-16", "utf-32", "utf-8")) else name


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode text bytes; ``declared`` is the charset the document or server names.
    Raises Bad(E103) for binary data, Bad(E109) if no encoding fits."""
    check_binary(data)
    codec, how = choose(data, declared=declared)
    if codec in UTF8_CODECS:
        text, bad = replace_escaped(data.decode(codec, "surrogateescape"))
        return Decoded(text, codec, (replaced_note(bad),) if bad else ())
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise Bad(errors.UNDECODABLE, f"text is not valid {label(codec)}, its likeliest encoding; "
                                      "re-save it as UTF-8") from None
    return Decoded(text, codec, (f"decoded as {label(codec)} ({how})",))


def encoding_of(data: bytes, partial: bool = False) -> str:
    """Name of the codec that decodes ``data`` (see ``choose``). Raises Bad(E109)."""
    return choose(data, partial)[0]


def choose(data: bytes, partial: bool = False, declared: str | None = None) -> tuple[str, str]:
    """(codec, how it was chosen: "utf-8", "byte-order mark", "declared" or "guessed").
    "utf-8" may mean a few invalid bytes, to be replaced; ``partial`` when ``data`` is
    only the head of a file (a multi-byte character may be cut at its end). Raises Bad(E109)."""
    bom = _bom(data)
    if bom == "utf-8-sig":
        return bom, "utf-8"
    if bom:
        try:
            data.decode(bom)
        except UnicodeDecodeError as exc:
            if not (partial and exc.start >= len(data) - 4):
                raise Bad(errors.UNDECODABLE, f"text starts with a {bom} byte-order mark but is not valid "
                                              f"{bom}; re-save it as UTF-8") from None
        return bom, "byte-order mark"
    try:
        data.decode("utf-8")
        return "utf-8", "utf-8"
    except UnicodeDecodeError as exc:
        if partial and exc.start >= len(data) - 3 and "end of data" in exc.reason:
            return "utf-8", "utf-8"
    if lenient_utf8(data) is not None:
        return "utf-8", "utf-8"
    codec = _declared_codec(declared)
    if codec:
        try:
            data.decode(codec)
            return codec, "declared"
        except (UnicodeError, LookupError):
            pass
    return _guess(data), "guessed"


def _guess(data: bytes) -> str:
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
