"""JSONL, JSON and CSV collections: one document per record.

Columns/keys: ``text`` (required), ``id``, ``title``, ``url``, ``published``
(or ``date``), ``source``. A bad record is rejected with its line number and
the rest of the file is still read.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
from typing import BinaryIO, Iterable, Iterator

from jirga import errors
from jirga.ingest.detect import (UTF8_CODECS, check_binary, choose, decode, label, lenient_utf8, replace_escaped,
                                 replaced_note)
from jirga.ingest.record import Bad, make_doc, reject, tidy_text
from jirga.model import Document, Reject

FIELDS = ("id", "title", "text", "url", "published", "source")
_ALIASES = {"date": "published", "body": "text", "content": "text", "link": "url"}


def _norm_keys(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if key is None:
            continue
        key = str(key).strip().lower().lstrip("\ufeff")
        key = _ALIASES.get(key, key) if _ALIASES.get(key) not in record else key
        out.setdefault(key, value)
    return out


def from_record(record: dict, origin: str, code: str, notes: Iterable[str] = ()) -> Document | Reject:
    """One record (already a dict) -> Document, or Reject with ``code`` if unusable;
    ``notes`` (the decoder's) go on the Document."""
    rec = _norm_keys(record)
    if "text" not in rec:
        keys = ", ".join(sorted(map(str, rec))) or "none"
        return reject(origin, code, f"record has no 'text' field (fields: {keys}); "
                                    "each record needs the article in 'text'")
    text = rec["text"]
    if not isinstance(text, str):
        return reject(origin, code, f"'text' is {type(text).__name__}, not a string; "
                                    "put the article text in 'text' as a string")
    text = tidy_text(text)
    if not text:
        return reject(origin, errors.EMPTY, "empty document: the 'text' field is blank; fill it or drop the record")
    return make_doc(text, origin, title=rec.get("title"), source=rec.get("source"), url=rec.get("url"),
                    published=rec.get("published"), ext_id=rec.get("id"), notes=list(notes))


def _with_notes(items: Iterable[Document | Reject], notes: tuple[str, ...]) -> Iterator[Document | Reject]:
    for item in items:
        if notes and isinstance(item, Document):
            item.notes[:0] = notes
        yield item


def _or_empty(items: Iterable[Document | Reject], name: str, what: str) -> Iterator[Document | Reject]:
    """``items``, or one E102 Reject if there are none: an input never vanishes."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield reject(name, errors.EMPTY, f"empty: {what}; nothing to read")


def read_jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Document | Reject]:
    """One JSON object per line. Reads line by line; a line longer than
    ``max_bytes`` is skipped without being held in memory."""
    return _or_empty(_jsonl(stream, name, max_bytes), name, "only blank lines, no records")


def _jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Document | Reject]:
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        origin = f"{name}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(1 << 20)
            yield reject(origin, errors.TOO_LARGE, f"line is larger than max_bytes={max_bytes}; "
                                                   "split the record or raise max_bytes")
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            text, notes = line.decode("utf-8"), ()
        except UnicodeDecodeError as exc:
            lenient = lenient_utf8(line, known=True)   # JSONL is UTF-8: a few bad bytes are replaced
            if lenient is None:
                yield reject(origin, errors.UNDECODABLE, f"line is not valid UTF-8 (byte {exc.start}); "
                                                         "JSONL must be UTF-8")
                continue
            text, notes = lenient[0], (replaced_note(lenient[1]),)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield reject(origin, errors.BAD_JSONL, f"malformed JSONL line: {exc.msg.removesuffix(' at')} at column {exc.colno}; "
                                                   "fix the line or remove it")
            continue
        if not isinstance(value, dict):
            yield reject(origin, errors.BAD_JSONL, f"malformed JSONL line: a JSON {type(value).__name__}, not an "
                                                   "object; write one {\"text\": ...} object per line")
            continue
        yield from_record(value, origin, errors.BAD_JSONL, notes)


def read_json(data: bytes, name: str) -> Iterator[Document | Reject]:
    """A .json file: one record object or a list of them (or JSONL in disguise)."""
    decoded = decode(data)
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError:
        lines = io.BytesIO(decoded.text.encode("utf-8"))
        yield from _with_notes(read_jsonl(lines, name, max(len(data), 1)), decoded.notes)
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield reject(name, errors.EMPTY, "empty: the JSON list holds no records; nothing to read")
    for i, rec in enumerate(records, 1):
        origin = f"{name}:{i}" if isinstance(value, list) else name
        if isinstance(rec, dict):
            yield from_record(rec, origin, errors.BAD_JSONL, decoded.notes)
        else:
            yield reject(origin, errors.BAD_JSONL, f"record is a JSON {type(rec).__name__}, not an object; "
                                                   "write {\"text\": ...} objects")


def _dialect(header_line: str, name: str):
    """excel dialect with the delimiter the header row uses most (tab for .tsv)."""
    if name.lower().endswith(".tsv"):
        return csv.excel_tab
    delim = max(",;\t|", key=header_line.count)

    class Dialect(csv.excel):
        delimiter = delim if header_line.count(delim) else ","
    return Dialect


def read_csv(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Document | Reject]:
    """CSV/TSV with a header row, streamed from a seekable binary file;
    line numbers in origins are file lines. The encoding is chosen from the first
    64 KB; in a UTF-8 file a row with a few bad bytes is kept with them replaced
    (and a note), a row that is not UTF-8 at all is rejected (E109)."""
    return _or_empty(_csv_rows(stream, name, max_bytes), name, "a header row but no records")


def _csv_rows(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Document | Reject]:
    reader, cols, codec, notes = _open_csv(stream, name, max_bytes)
    utf8 = codec in UTF8_CODECS
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reject(f"{name}:{start}", errors.BAD_CSV, f"malformed CSV row: {exc}; fix the quoting")
            start = reader.line_num + 1
            continue
        except UnicodeDecodeError:
            yield reject(f"{name}:{start}", errors.UNDECODABLE, f"text from here on is not valid {label(codec)}; "
                                                                "re-save the file as UTF-8 (rest of file skipped)")
            return
        origin, start = f"{name}:{start}", reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        row_notes = notes
        if utf8:
            row, bad = _utf8_row(row)
            if bad is None:
                yield reject(origin, errors.UNDECODABLE, "row is not valid UTF-8 though the file is; "
                                                         "re-save the file as UTF-8")
                continue
            row_notes = (replaced_note(bad),) if bad else ()
        if len(row) != len(cols):
            yield reject(origin, errors.BAD_CSV, f"malformed CSV row: {len(row)} fields but the header has "
                                                 f"{len(cols)}; check delimiters and quotes")
            continue
        yield from_record(dict(zip(cols, row)), origin, errors.BAD_CSV, row_notes)


def _open_csv(stream: BinaryIO, name: str, max_bytes: int):
    """(csv reader past the header, column names, codec, notes for every record). A UTF-8 file is read with invalid bytes escaped, for ``_utf8_row``."""
    head = stream.read(65536)
    stream.seek(0)
    check_binary(head)
    codec, how = choose(head, partial=True)
    utf8 = codec in UTF8_CODECS
    notes = () if utf8 else (f"decoded as {label(codec)} ({how})",)
    text = io.TextIOWrapper(stream, encoding=codec, errors="surrogateescape" if utf8 else "strict", newline="")
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)
    first = text.readline()
    reader = csv.reader(itertools.chain([first], text), dialect=_dialect(first, name))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise Bad(errors.BAD_CSV, "CSV file has no readable header row; the first row must name the columns") from None
    except UnicodeDecodeError:
        raise Bad(errors.UNDECODABLE, f"CSV header is not valid {label(codec)}; re-save the file as UTF-8") from None
    header = [replace_escaped(h)[0].strip().lower().lstrip("\ufeff") for h in header]
    cols = [_ALIASES.get(h, h) if _ALIASES.get(h) not in header else h for h in header]
    if "text" not in cols:
        raise Bad(errors.BAD_CSV, f"CSV header has no 'text' column (found: {', '.join(header) or 'none'}); "
                                  f"columns are {', '.join(FIELDS)}")
    return reader, cols, codec, notes


def _utf8_row(row: list[str]) -> tuple[list[str], int | None]:
    """(cells with invalid bytes replaced, how many); None for the count when the row
    has too many to be UTF-8 but for a few bytes (see ``detect.lenient_utf8``)."""
    fixed = [replace_escaped(cell) for cell in row]
    bad = sum(n for _, n in fixed)
    if bad and lenient_utf8("\x1f".join(row).encode("utf-8", "surrogateescape"), known=True) is None:
        return row, None
    return [cell for cell, _ in fixed], bad
