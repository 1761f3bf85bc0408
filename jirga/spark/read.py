"""An archive's files as Jirga's ingest reads them, one file at a time, on any executor.

A local file (``file:``) is read by ``jirga.ingest.read`` itself, under the name the
user gave, so origins ("articles.jsonl:12") and every check are those of ``jirga run``.
A file on another Hadoop-compatible system (hdfs://, s3a://) arrives as bytes from
Spark's ``binaryFile`` source and goes through the same parsers. Parquet archives are
rows with the columns of a JSONL record.

Each item gets ``seq``, its place in the archive's reading order: the file's rank in
the sorted listing (``jirga run`` walks directories sorted, hidden entries skipped) in
the high bits, the item's number within the file in the low ones.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator
from urllib.parse import unquote, urlsplit

from jirga import errors, ingest
from jirga.ingest import parse_bytes   # ingest's dispatch on a file's kind, for bytes
from jirga.ingest.detect import SAMPLE, binary_kind, kind_of
from jirga.ingest.record import FEED_MAX_BYTES_FACTOR, Bad, reject
from jirga.ingest.tables import from_record
from jirga.model import Document, Reject

ITEM_BITS = 32      # items per file, at most 2**32; files per archive, at most 2**31


def seq_of(file_rank: int, item: int) -> int:
    return (file_rank << ITEM_BITS) | item


def is_local(uri: str) -> bool:
    return urlsplit(uri).scheme in ("", "file")


def local_path(uri: str) -> str:
    """``file:/a/b`` (as Spark lists it) -> ``/a/b``."""
    return unquote(urlsplit(uri).path) if uri.startswith("file:") else uri


def relative_parts(uri: str, root: str) -> tuple[str, ...]:
    """The parts of ``uri`` below the archive ``root`` (both as Spark lists them)."""
    path, base = PurePosixPath(local_path(uri)), PurePosixPath(local_path(root))
    try:
        return path.relative_to(base).parts
    except ValueError:
        return path.parts


def hidden(parts: Iterable[str]) -> bool:
    """Hidden entries (a name starting with '.') are skipped at any depth, as ``jirga run`` does."""
    return any(p.startswith(".") for p in parts)


def display_name(archive: str, parts: tuple[str, ...], uri: str, single_file: bool) -> str:
    """The name ``jirga run ARCHIVE`` would give this file: ARCHIVE itself for a single file,
    ARCHIVE/relative/path for a file of a folder; a remote file keeps its URI."""
    if not is_local(archive):
        return uri
    if single_file or not parts:
        return archive
    return str(Path(archive).joinpath(*parts))


def local_files(root: str) -> list[tuple[str, tuple[str, ...]]]:
    """(path, parts below ``root``) of every file ``jirga run ROOT`` reads, listed on the
    driver as its walk lists them (sorted, hidden entries skipped, linked folders not
    followed): no Spark job for a local archive. A single file is itself, with no parts;
    a folder that cannot be listed is listed itself, to be read as the reject it is."""
    top = Path(root)
    if not top.is_dir():
        return [(str(top), ())]
    out = []

    def walk(folder: Path, parts: tuple[str, ...]) -> None:
        try:
            entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
        except OSError:      # listed as an item: reading it gives the reject jirga run gives
            out.append((str(folder), parts))
            return
        for p in entries:
            if p.is_dir():
                if not p.is_symlink():
                    walk(p, (*parts, p.name))
            elif p.is_file():
                out.append((str(p), (*parts, p.name)))
    walk(top, ())
    return out


def order(listing: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, int]:
    """File URI -> rank, in ``jirga run``'s reading order: sorted by path parts, which is the
    order of a sorted recursive walk."""
    return {uri: rank for rank, (uri, _) in enumerate(sorted(listing, key=lambda u: u[1]))}


def file_items(name: str, settings: dict, uri: str | None = None,
               content: bytes | None = None) -> Iterator[Document | Reject]:
    """Every Document or Reject of one file named ``name``: read from its local ``uri`` (or
    the path ``name``), or from ``content``, the bytes of a remote ``uri``."""
    if content is None:
        path = local_path(uri) if uri else name      # absolute: an executor's folder is not the driver's
        for item in ingest.read([path], settings):
            yield renamed(item, path, name)
        return
    for item in _from_bytes(content, name, settings):
        if isinstance(item, Document):
            item = ingest.check(item, settings) or item
        yield item


def renamed(item: Document | Reject, path: str, name: str) -> Document | Reject:
    """The item as read from ``name``: origins under ``path`` are given under ``name``."""
    if path == name:
        return item
    def swap(text):
        return name + text[len(path):] if text and text.startswith(path) else text
    if isinstance(item, Reject):
        item.source = swap(item.source)
    else:
        item.origin = swap(item.origin)
    return item


def _from_bytes(data: bytes, name: str, settings: dict) -> Iterator[Document | Reject]:
    """What ``jirga.ingest`` makes of a file's bytes: the same checks on the whole file
    (empty, binary, too large), then its parser for the kind of file."""
    max_bytes = int(settings["max_bytes"])
    if not data:
        yield reject(name, errors.EMPTY, "empty file (0 bytes); add the article text or remove the file")
        return
    kind = kind_of(Path(name), data[:SAMPLE])
    if kind is None:
        yield reject(name, errors.BINARY, f"binary file ({binary_kind(data[:SAMPLE])}), not text; "
                                          "convert it to .txt, .html or .jsonl first")
        return
    limit = max_bytes * (FEED_MAX_BYTES_FACTOR if kind == "feed" else 1)
    if kind not in ("jsonl", "csv") and len(data) > limit:
        yield reject(name, errors.TOO_LARGE, f"file too large: {len(data):,} bytes, more than {limit:,}; "
                                             "split it or raise max_bytes")
        return
    try:
        yield from parse_bytes(kind, data, name, settings)
    except Bad as bad:
        yield reject(bad.source or name, bad.code, bad.reason)
    except Exception as exc:  # a library surprise on one file must not end the job
        yield reject(name, errors.READ_FAILED, f"could not read this input ({type(exc).__name__}: {exc}); "
                                               "please report it with the file")


def record_item(record: dict, origin: str, settings: dict) -> Document | Reject:
    """One row of a Parquet archive, read as a JSONL record is."""
    item = from_record({k: v for k, v in record.items() if v is not None}, origin, errors.BAD_JSONL)
    if isinstance(item, Document):
        item = ingest.check(item, settings) or item
    return item
