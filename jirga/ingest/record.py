"""Shared helpers for the ingest readers: the ``Bad`` signal, date
normalisation and Document construction."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any, Optional

from jirga.model import Document, Reject, content_id
from jirga.settings import DEFAULTS

STAGE = "ingest"
NO_DATE = "no publication date"

# A feed holds many documents, so a feed (file or download) may be this many times
# max_bytes; each of its items is still held to max_bytes. A multiple rather than a
# setting of its own, until someone needs to set it apart from max_bytes.
FEED_MAX_BYTES_FACTOR = 20


def byte_limits(settings: dict) -> tuple[int, int]:
    """(largest document, largest feed) in bytes."""
    limit = int(settings.get("max_bytes", DEFAULTS["max_bytes"]))
    return limit, FEED_MAX_BYTES_FACTOR * limit

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_FORMATS = ("%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
            "%B %d %Y", "%b %d %Y", "%A, %d %B %Y", "%A, %B %d, %Y", "%Y%m%d")


class Bad(Exception):
    """A whole input cannot be read. Turned into a Reject by ``jirga.ingest.read``;
    never seen by the user as an exception."""

    def __init__(self, code: str, reason: str, source: str | None = None):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.source = source


def one_line(text: str, limit: int = 300) -> str:
    """Collapse whitespace so a reason is always a single line."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reject(source: str, code: str, reason: str, doc_id: str | None = None) -> Reject:
    return Reject(doc_id=doc_id, source=path_text(str(source)), stage=STAGE, code=code,
                  reason=one_line(storable(reason)[0]))


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(value: str) -> tuple[str, int]:
    """``value`` with each lone surrogate (from a JSON "\\ud800" escape, say), which UTF-8
    and so the store cannot hold, replaced by U+FFFD; and how many there were."""
    return _SURROGATE.subn("\ufffd", value) if _SURROGATE.search(value) else (value, 0)


def path_text(name: str) -> str:
    """A path or URL as text the store can hold: undecodable bytes of a file name
    (which Python reads as surrogates) are shown as \\xNN."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return storable(name)[0]


def norm_date(value: Any) -> Optional[str]:
    """Return 'YYYY-MM-DD' for a date, datetime, ISO string, RFC 2822 string or
    a few common written forms; None if the value is empty or not understood."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)) and len(value) >= 3:  # time.struct_time
        try:
            return dt.date(int(value[0]), int(value[1]), int(value[2])).isoformat()
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _clean(value: Any) -> Optional[str]:
    if value is None:
        return None
    value = one_line(value, limit=1000)
    return value or None


def make_doc(text: str, origin: str, *, title: Any = None, source: Any = None, url: Any = None,
             published: Any = None, ext_id: Any = None, notes: list | None = None) -> Document:
    """Build a Document; the id is the content hash of ``text``."""
    notes = list(notes or [])
    fields = [text, title, source, url, published, ext_id]
    bad = 0
    for i, value in enumerate(fields):
        if isinstance(value, str):
            fields[i], n = storable(value)
            bad += n
    text, title, source, url, published, ext_id = fields
    if bad:
        notes.append(f"{bad} lone surrogate{'s' if bad != 1 else ''} replaced (U+FFFD)")
    date = norm_date(published)
    if date is None:
        notes.append(NO_DATE)
        if published not in (None, ""):
            notes.append(f"publication date {one_line(published, 60)!r} not understood; left empty")
    return Document(id=content_id(text), text=text, title=_clean(title), source=_clean(source),
                    url=_clean(url), published=date, origin=path_text(str(origin)),
                    ext_id=None if ext_id in (None, "") else str(ext_id), notes=notes)


def tidy_text(text: str) -> str:
    """Normalise line ends, drop a BOM and surrounding blank space."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()
