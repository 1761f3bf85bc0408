"""HTML article pages: boilerplate removed with trafilatura.

Metadata comes from the page: title, site name (-> ``source``), canonical URL
and the publication date from meta tags (``article:published_time``,
``datePublished``, ``<time>``...), never from a guess in the running text.
"""
from __future__ import annotations

import logging
import re

import trafilatura

from jirga import errors
from jirga.ingest.detect import declared_charset, decode
from jirga.ingest.record import Bad, make_doc, tidy_text
from jirga.model import Document

# htmldate: look at the markup (meta tags, JSON-LD, <time>), not at every date in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_TAGS = re.compile(r"<(p|div|article|h[1-6]|li|td|span|section)\b", re.I)

for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def extract(data: bytes | str, url: str | None = None):
    """Run trafilatura; return its Document or None. Never raises."""
    try:
        return trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, date_extraction_params=_DATE_PARAMS)
    except Exception:  # trafilatura/lxml raise assorted errors on broken markup
        return None


def _why_empty(raw: str) -> str:
    if "<script" in raw.lower() and not _TAGS.search(re.sub(r"<script\b.*?</script>", "", raw, flags=re.S | re.I)):
        return "the page has only scripts (a JavaScript app); save the article text as .txt or use its RSS feed"
    return "the page has no article text (navigation or boilerplate only); save the article text as .txt"


def from_html(data: bytes | str, origin: str, url: str | None = None,
              title: str | None = None, source: str | None = None,
              published: str | None = None, ext_id: str | None = None,
              content_type: str = "") -> Document:
    """Build a Document from an HTML page. Values passed in (e.g. from a feed entry)
    win over what the page says; the page fills the gaps. Bytes are decoded here, not
    by trafilatura, so that a guess leaves a note (``content_type``: the server's)."""
    notes: list[str] = []
    if isinstance(data, bytes):
        decoded = decode(data, declared=declared_charset(data, content_type))
        data, notes = decoded.text, list(decoded.notes)
    result = extract(data, url=url)
    text = tidy_text(result.text or "") if result is not None else ""
    if not text:
        raise Bad(errors.NO_TEXT_IN_HTML, f"no text left after removing HTML boilerplate: {_why_empty(data)}")
    # One paragraph per line in trafilatura's output; blank lines help sentence splitting.
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    page_date = result.date
    if published is None and page_date:
        published = page_date
        notes.append("publication date from HTML metadata")
    return make_doc(text, origin, title=title or result.title, source=source or result.sitename,
                    url=url or result.url, published=published, ext_id=ext_id, notes=notes)
