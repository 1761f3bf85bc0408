"""Ingest: files, directories, URLs and stdin JSONL -> Documents or Rejects.

``read(sources, settings)`` is the entry point. Bad input never raises: each
problem becomes a ``Reject`` with a one-line reason and the run goes on.
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from jirga import errors
from jirga.ingest import http
from jirga.ingest.detect import SAMPLE, binary_kind, declared_charset, decode, kind_of, sniff
from jirga.ingest.feeds import read_feed
from jirga.ingest.files import from_text
from jirga.ingest.html import from_html
from jirga.ingest.record import FEED_MAX_BYTES_FACTOR, Bad, byte_limits, reject
from jirga.ingest.tables import read_csv, read_json, read_jsonl
from jirga.model import Document, Reject
from jirga.settings import DEFAULTS

__all__ = ["read", "read_path", "read_url", "check"]

DetectorFactory.seed = 0
LANG_CHARS = 2000       # language is judged on the start of the text
LANG_CONFIDENCE = 0.90  # reject only when this sure that the text is not English
LANG_MIN_WORDS = 8      # too few words to judge: let it through
_WORD = re.compile(r"[^\W\d_]+")
_EN_WORDS = frozenset("the of and to in a is was were are said on for with that by from at as it has "
                      "have had be been this which after their its not but an or will would who".split())

Item = Document | Reject


def read(sources: Iterable[str | Path], settings: dict | None = None, *,
         dedupe: bool = False) -> Iterator[Item]:
    """Yield a Document or a Reject for every article in ``sources``.

    A source is a file, a directory (read recursively in sorted order, hidden
    entries skipped), an http(s) URL (RSS/Atom feed or article page) or ``-``
    (JSONL on stdin). Documents failing ``check`` come out as Rejects.
    ``Document.id`` is the content hash, so the same article read twice has one
    id and the store keeps it once (the pipeline counts repeats as skipped).
    With ``dedupe=True`` a text already seen in this call comes out as an E114
    Reject instead, for callers that do not go through the store.
    """
    settings = {**DEFAULTS, **(settings or {})}
    seen: dict[str, str] = {}
    for source in sources:
        for item in _read_source(source, settings):
            if isinstance(item, Document):
                bad = check(item, settings)
                if bad is not None:
                    item = bad
                elif dedupe and item.id in seen:
                    item = reject(item.origin, errors.DUPLICATE, f"same text as {seen[item.id]}; kept once",
                                  doc_id=item.id)
                else:
                    seen[item.id] = item.origin
            yield item


def read_path(path: str | Path, settings: dict | None = None) -> Iterator[Item]:
    return read([path], settings)


def read_url(url: str, settings: dict | None = None) -> Iterator[Item]:
    return read([url], settings)


def check(doc: Document, settings: dict) -> Reject | None:
    """Reject a document that is too short (E113), too large (E108) or not English (E110)."""
    text = doc.text
    min_chars = int(settings.get("min_chars", DEFAULTS["min_chars"]))
    max_bytes = int(settings.get("max_bytes", DEFAULTS["max_bytes"]))
    source = doc.origin or doc.url or doc.id
    n = len(text.strip())
    if n < min_chars:
        return reject(source, errors.TOO_SHORT, f"too little text to code: {n} characters, minimum is "
                                                f"min_chars={min_chars}", doc_id=doc.id)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return reject(source, errors.TOO_LARGE, f"document is {size:,} bytes, more than max_bytes={max_bytes:,}; "
                                                "split it or raise max_bytes", doc_id=doc.id)
    if settings.get("check_language", True):
        lang, prob = language(text)
        if lang not in (None, "en") and prob >= LANG_CONFIDENCE:
            return reject(source, errors.NOT_ENGLISH, f"not English (looks like '{lang}', p={prob:.2f}); Jirga codes "
                                                      "English text only: translate it or set check_language=false",
                          doc_id=doc.id)
    return None


def language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of the text's start; (None, 0) if unsure.

    langdetect is easily fooled by short, name-heavy English ("Fazlur Rehman met
    Hibatullah Akhundzada in Kandahar" reads as Indonesian), so text whose common
    English function words make up a normal share is English without asking it."""
    sample = text[:LANG_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < LANG_MIN_WORDS:
        return None, 0.0
    if sum(w in _EN_WORDS for w in words) / len(words) >= 0.15:
        return "en", 1.0
    try:
        best = detect_langs(sample)[0]
    except (LangDetectException, IndexError):
        return None, 0.0
    return best.lang, best.prob


def _read_source(source: str | Path, settings: dict) -> Iterator[Item]:
    """Everything one source yields; any failure of the whole source is one Reject."""
    name = str(source)
    try:
        if name == "-":
            yield from read_jsonl(sys.stdin.buffer, "<stdin>", int(settings["max_bytes"]))
        elif isinstance(source, str) and http.is_url(name):
            yield from _read_url(name, settings)
        else:
            yield from _read_path(Path(source), settings, name)
    except Bad as bad:
        yield reject(bad.source or name, bad.code, bad.reason)
    except OSError as exc:
        yield reject(name, errors.UNREADABLE, f"cannot read: {exc.strerror or exc}; check the path and its permissions")
    except Exception as exc:  # a bug or a library surprise must not end the run
        yield reject(name, errors.READ_FAILED, f"could not read this input ({type(exc).__name__}: {exc}); "
                                               "please report it with the file")


def _read_path(path: Path, settings: dict, name: str) -> Iterator[Item]:
    if not path.exists():
        raise Bad(errors.FILE_NOT_FOUND, "file not found; check the path")
    if path.is_dir():
        yield from _read_dir(path, settings)
        return
    yield from _read_file(path, settings, name)


def _read_dir(root: Path, settings: dict) -> Iterator[Item]:
    try:
        entries = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        yield reject(str(root), errors.UNREADABLE, f"cannot list directory: {exc.strerror or exc}; check its permissions")
        return
    for p in entries:
        if p.is_dir():
            if not p.is_symlink():  # no loops through linked directories
                yield from _read_dir(p, settings)
        elif p.is_file():
            yield from _read_source(p, settings)


def _read_file(path: Path, settings: dict, name: str) -> Iterator[Item]:
    max_bytes = int(settings["max_bytes"])
    size = path.stat().st_size
    if size == 0:
        raise Bad(errors.EMPTY, "empty file (0 bytes); add the article text or remove the file")
    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
        kind = kind_of(path, head)
        if kind is None:
            raise Bad(errors.BINARY, f"binary file ({binary_kind(head)}), not text; "
                                     "convert it to .txt, .html or .jsonl first")
        if kind == "jsonl":
            fh.seek(0)
            yield from read_jsonl(fh, name, max_bytes)
            return
        if kind == "csv":
            fh.seek(0)
            yield from read_csv(fh, name, max_bytes)
            return
        feed_bytes = byte_limits(settings)[1]
        if kind == "feed" and size > feed_bytes:  # decided from stat: the file is never read whole
            raise Bad(errors.TOO_LARGE, f"feed too large: {size:,} bytes, more than {feed_bytes:,} "
                                        f"({FEED_MAX_BYTES_FACTOR} × max_bytes); split it or raise max_bytes")
        if kind != "feed" and size > max_bytes:
            raise Bad(errors.TOO_LARGE, f"file too large: {size:,} bytes, more than max_bytes={max_bytes:,}; "
                                        "split it or raise max_bytes")
        data = head + fh.read()
    yield from parse_bytes(kind, data, name, settings)


def parse_bytes(kind: str, data: bytes, name: str, settings: dict, url: str | None = None,
           content_type: str = "") -> Iterator[Item]:
    if kind == "html":
        yield from_html(data, name, url=url, content_type=content_type)
    elif kind == "feed":
        yield from read_feed(data, name, settings, content_type=content_type)
    elif kind == "json":
        yield from read_json(data, name)
    elif kind == "jsonl":
        yield from read_jsonl(_bytes_io(data), name, int(settings["max_bytes"]))
    elif kind == "csv":
        yield from read_csv(_bytes_io(data), name, int(settings["max_bytes"]))
    elif kind in ("text", "markdown"):
        decoded = decode(data, declared=declared_charset(b"", content_type))
        yield from_text(decoded.text, name, markdown=kind == "markdown", notes=decoded.notes)
    else:
        raise Bad(errors.UNSUPPORTED_TYPE, f"unsupported file type '{kind}'; use .txt, .md, .html, .jsonl, .csv or a feed")


def _bytes_io(data: bytes):
    return io.BufferedReader(io.BytesIO(data))


def _read_url(url: str, settings: dict) -> Iterator[Item]:
    resp = http.fetch(url, settings, feed=True)
    if not resp.body.strip():
        raise Bad(errors.EMPTY, "the server sent an empty page; check the URL")
    kind = sniff(resp.body[:SAMPLE], resp.content_type)
    if kind is None:
        raise Bad(errors.BINARY, f"URL gives binary data ({binary_kind(resp.body[:SAMPLE])}), not an article or feed")
    path_kind = kind_of(Path(resp.url.split("?")[0]), resp.body[:SAMPLE])
    if kind == "text" and path_kind in ("jsonl", "csv", "json", "markdown"):
        kind = path_kind
    yield from parse_bytes(kind, resp.body, url, settings, url=resp.url, content_type=resp.content_type)
