"""RSS and Atom feeds (feedparser). Each entry becomes one document: its
full content if the feed carries it, otherwise the linked article fetched over
HTTP, otherwise its summary if that is long enough."""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from typing import Iterator

import feedparser

from jirga import errors
from jirga.ingest import http
from jirga.ingest.html import from_html
from jirga.ingest.record import Bad, make_doc, reject, tidy_text
from jirga.model import Document, Reject

# A feed's own text counts as the full article when it is at least this long;
# shorter summaries are teasers, and the linked page is fetched instead.
FULL_TEXT_CHARS = 600

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


def parse(data: bytes, origin: str):
    """feedparser result, or Bad(E104) if ``data`` is not RSS or Atom."""
    try:
        feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
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


def read_feed(data: bytes, origin: str, settings: dict, fetch_links: bool = True
              ) -> Iterator[Document | Reject]:
    feed = parse(data, origin)
    source = (feed.feed.get("title") or "").strip() or None
    if not feed.entries:
        yield reject(origin, errors.EMPTY, "feed has no entries; nothing to read")
        return
    min_chars = int(settings.get("min_chars", 40))
    for i, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        where = link or f"{origin}#{i}"
        try:
            yield _one_entry(entry, where, source, settings, min_chars, fetch_links)
        except Bad as bad:
            yield reject(bad.source or where, bad.code, bad.reason)


def _one_entry(entry, where, source, settings, min_chars, fetch_links) -> Document:
    meta = dict(title=html_to_text(entry.get("title", "") or "") or None, source=source,
                url=entry.get("link"), ext_id=entry.get("id"),
                published=entry.get("published") or entry.get("updated")
                or entry.get("published_parsed") or entry.get("updated_parsed"))
    text, full = _entry_text(entry)
    if text and len(text) >= (max(min_chars, 1) if full else FULL_TEXT_CHARS):
        return make_doc(text, where, notes=["text from feed " + ("content" if full else "summary")], **meta)
    if meta["url"] and fetch_links and http.is_url(meta["url"]):
        try:
            resp = http.fetch(meta["url"], settings)
        except Bad as bad:
            raise Bad(bad.code, f"{bad.reason} (feed entry {meta['title'] or where!r})", where) from None
        return from_html(resp.body, where, **{**meta, "url": resp.url})
    if not text:
        raise Bad(errors.EMPTY, "feed entry has no text and no article link; nothing to read", where)
    return make_doc(text, where, notes=["text from feed summary"], **meta)
