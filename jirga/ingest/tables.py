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
from typing import BinaryIO, Iterator

from jirga import errors
from jirga.ingest.detect import check_binary, decode, encoding_of
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


def from_record(record: dict, origin: str, code: str) -> Document | Reject:
    """One record (already a dict) -> Document, or Reject with ``code`` if unusable."""
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
                    published=rec.get("published"), ext_id=rec.get("id"))


def read_jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Document | Reject]:
    """One JSON object per line. Reads line by line; a line longer than
    ``max_bytes`` is skipped without being held in memory."""
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
            value = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield reject(origin, errors.UNDECODABLE, f"line is not valid UTF-8 (byte {exc.start}); JSONL must be UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield reject(origin, errors.BAD_JSONL, f"malformed JSONL line: {exc.msg.removesuffix(' at')} at column {exc.colno}; "
                                                   "fix the line or remove it")
            continue
        if not isinstance(value, dict):
            yield reject(origin, errors.BAD_JSONL, f"malformed JSONL line: a JSON {type(value).__name__}, not an "
                                                   "object; write one {\"text\": ...} object per line")
            continue
        yield from_record(value, origin, errors.BAD_JSONL)


def read_json(data: bytes, name: str) -> Iterator[Document | Reject]:
    """A .json file: one record object or a list of them (or JSONL in disguise)."""
    text = decode(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), name, max(len(data), 1))
        return
    records = value if isinstance(value, list) else [value]
    for i, rec in enumerate(records, 1):
        origin = f"{name}:{i}" if isinstance(value, list) else name
        if isinstance(rec, dict):
            yield from_record(rec, origin, errors.BAD_JSONL)
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
    line numbers in origins are file lines."""
    head = stream.read(65536)
    stream.seek(0)
    check_binary(head)
    enc = encoding_of(head, partial=True)
    text = io.TextIOWrapper(stream, encoding=enc, newline="")
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)
    first = text.readline()
    reader = csv.reader(itertools.chain([first], text), dialect=_dialect(first, name))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise Bad(errors.BAD_CSV, "CSV file has no readable header row; the first row must name the columns") from None
    header = [h.strip().lower().lstrip("\ufeff") for h in header]
    cols = [_ALIASES.get(h, h) if _ALIASES.get(h) not in header else h for h in header]
    if "text" not in cols:
        raise Bad(errors.BAD_CSV, f"CSV header has no 'text' column (found: {', '.join(header) or 'none'}); "
                                  f"columns are {', '.join(FIELDS)}")
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
            yield reject(f"{name}:{start}", errors.UNDECODABLE, f"text from here on is not valid {enc}; "
                                                                "re-save the file as UTF-8 (rest of file skipped)")
            return
        origin, start = f"{name}:{start}", reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(cols):
            yield reject(origin, errors.BAD_CSV, f"malformed CSV row: {len(row)} fields but the header has "
                                                 f"{len(cols)}; check delimiters and quotes")
            continue
        yield from_record(dict(zip(cols, row)), origin, errors.BAD_CSV)
