"""RSS and Atom feeds (feedparser). Each entry becomes one document: its
full content if the feed carries it, otherwise the linked article fetched over
HTTP, otherwise its summary if that is long enough."""
from __future__ import annotations

import functools
import html as htmllib
import io
import re
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Callable, Iterator, TypeVar

import feedparser

from jirga import errors
from jirga.ingest import http
from jirga.ingest.detect import declared_charset, decode
from jirga.ingest.html import from_html
from jirga.ingest.record import Bad, make_doc, reject, tidy_text
from jirga.model import Document, Reject

# A feed's own text counts as the full article when it is at least this long;
# shorter summaries are teasers, and the linked page is fetched instead.
FULL_TEXT_CHARS = 600
# Linked articles fetched at a time: dead links wait side by side, not one after another
# (three took 62 s). Small, since they are often on one site.
FETCH_WORKERS = 4

T = TypeVar("T")
R = TypeVar("R")

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed content), paragraphs separated by blank lines."""
    if "<" not in fragment:
        return tidy_text(htmllib.unescape(fragment))
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return tidy_text(re.sub(r"\n{3,}", "\n\n", text))


# feedparser is given the text we decoded, as UTF-8 said to be UTF-8, so that it makes
# no guess of its own; a stream, so that it never takes the data for a path or a URL.
_UTF8_XML = {"content-type": "application/xml; charset=utf-8"}


def parse(text: str, origin: str):
    """feedparser result, or Bad(E104) if ``text`` is not RSS or Atom."""
    try:
        feed = feedparser.parse(io.BytesIO(text.encode("utf-8", "surrogatepass")), response_headers=_UTF8_XML,
                                sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is defensive, but be sure
        raise Bad(errors.NOT_FEED, f"not RSS or Atom ({type(exc).__name__}); give the feed URL or an article URL") from None
    if not feed.get("version") and not feed.entries:
        why = feed.get("bozo_exception")
        detail = f" ({str(why).splitlines()[0][:80]})" if why else ""
        raise Bad(errors.NOT_FEED, f"not RSS or Atom{detail}; give a feed URL, an article URL or a text file")
    return feed


def _entry_text(entry) -> tuple[str, bool]:
    """(text, is_full_content) from an entry's content or summary."""
    for item in entry.get("content") or []:
        text = html_to_text(item.get("value", ""))
        if text:
            return text, True
    return html_to_text(entry.get("summary", "") or ""), False


def read_feed(data: bytes, origin: str, settings: dict, fetch_links: bool = True,
              content_type: str = "") -> Iterator[Document | Reject]:
    """One Document or Reject per entry, in the feed's order. The feed's decoding notes
    (``detect.decode``) go on each of its documents; ``content_type`` is the server's.
    Linked articles are fetched FETCH_WORKERS at a time; each becomes a document here,
    in this thread, so the result is the same as fetching them one after another."""
    decoded = decode(data, declared=declared_charset(data, content_type))
    feed = parse(decoded.text, origin)
    notes = [("feed " if n.startswith("decoded") else "feed: ") + n for n in decoded.notes]
    source = (feed.feed.get("title") or "").strip() or None
    if not feed.entries:
        yield reject(origin, errors.EMPTY, "feed has no entries; nothing to read")
        return
    min_chars = int(settings.get("min_chars", 40))
    entries = [_Entry.of(entry, f"{origin}#{i}", source, min_chars, fetch_links)
               for i, entry in enumerate(feed.entries, 1)]
    workers = FETCH_WORKERS if sum(e.link is not None for e in entries) > 1 else 1
    fetched = _in_order(functools.partial(_fetch, settings=settings), entries, workers)
    for entry, got in zip(entries, fetched):
        try:
            doc = entry.document(got)
            doc.notes[:0] = notes
            yield doc
        except Bad as bad:
            yield reject(bad.source or entry.where, bad.code, bad.reason)


@dataclass(slots=True)
class _Entry:
    """What a feed entry gives: where it is from, its metadata and text, whether that
    text is the article (``enough``), else the article to fetch (``link``, or None)."""
    where: str
    meta: dict
    text: str
    full: bool
    enough: bool
    link: str | None

    @classmethod
    def of(cls, entry, fallback: str, source: str | None, min_chars: int, fetch_links: bool) -> _Entry:
        meta = dict(title=html_to_text(entry.get("title", "") or "") or None, source=source,
                    url=entry.get("link"), ext_id=entry.get("id"),
                    published=entry.get("published") or entry.get("updated")
                    or entry.get("published_parsed") or entry.get("updated_parsed"))
        text, full = _entry_text(entry)
        enough = bool(text) and len(text) >= (max(min_chars, 1) if full else FULL_TEXT_CHARS)
        fetch = not enough and fetch_links and bool(meta["url"]) and http.is_url(meta["url"])
        return cls(meta["url"] or fallback, meta, text, full, enough, meta["url"] if fetch else None)

    def document(self, got: http.Response | Bad | None) -> Document:
        """The Document, from the fetched article (``got``) or the feed's own text."""
        meta, where = self.meta, self.where
        if isinstance(got, Bad):
            raise Bad(got.code, f"{got.reason} (feed entry {meta['title'] or where!r})", where)
        if got is not None:
            return from_html(got.body, where, content_type=got.content_type, **{**meta, "url": got.url})
        if self.enough:
            return make_doc(self.text, where, notes=["text from feed " + ("content" if self.full else "summary")],
                            **meta)
        if not self.text:
            raise Bad(errors.EMPTY, "feed entry has no text and no article link; nothing to read", where)
        return make_doc(self.text, where, notes=["text from feed summary"], **meta)


def _fetch(entry: _Entry, settings: dict) -> http.Response | Bad | None:
    """The entry's article (run in a worker thread), its failure, or None if not needed."""
    if entry.link is None:
        return None
    try:
        return http.fetch(entry.link, settings)
    except Bad as bad:
        return bad


def _in_order(fn: Callable[[T], R], items: list[T], workers: int) -> Iterator[R]:
    """``fn(item)`` for each item, ``workers`` at a time, yielded in the items' order.
    At most twice ``workers`` results wait to be taken, so memory stays flat."""
    if workers <= 1:
        yield from map(fn, items)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jirga-feed") as pool:
        pending: deque[Future] = deque()
        try:
            for item in items:
                pending.append(pool.submit(fn, item))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
