"""RSS and Atom feeds over a real local HTTP server."""
from __future__ import annotations

import time

import pytest

from jirga.ingest import feeds, read
from jirga.ingest.feeds import html_to_text, parse, read_feed
from jirga.ingest.record import FEED_MAX_BYTES_FACTOR, Bad
from jirga.model import Document

from .conftest import read_request

from .util import CURLY, SITE, docs, rejects, with_stray_bytes


def test_rss_feed_items_and_linked_articles(server, settings):
    server.hits.clear()
    items = list(read([server.url("/feed.rss")], settings))
    jirga, transit = docs(items)
    # item 1: teaser only -> the linked article page is fetched and cleaned
    assert jirga.origin == server.url("/news/jirga.html") == jirga.url
    assert "tribal elders from both sides of the border met at Torkham" in jirga.text
    assert "Home | Region" not in jirga.text
    assert (jirga.title, jirga.source, jirga.ext_id) == (
        "Jirga meets to end border dispute", "Frontier Desk", "fd-jirga-1")
    assert jirga.published == "2024-01-08"  # feed pubDate, local date kept
    # item 2: full text in content:encoded -> not fetched
    assert transit.text.startswith("Pakistan and Afghanistan agreed to extend their transit trade")
    assert "\n\nAfghan traders had complained" in transit.text
    assert transit.published == "2024-01-10" and "text from feed content" in transit.notes
    assert "/news/transit.html" not in server.hits
    # item 3: the article link is dead -> E111, the run goes on
    [gone] = rejects(items)
    assert gone.code == "E111" and gone.source == server.url("/news/missing.html")
    assert "404" in gone.reason and "Page that has gone" in gone.reason


def test_atom_feed(server, settings):
    items = list(read([server.url("/atom.xml")], settings))
    assert rejects(items) == []
    refugees, flag = docs(items)
    assert refugees.source == "Kabul Monitor" and refugees.ext_id == "urn:example:km-1"
    assert refugees.published == "2024-02-01" and refugees.text.startswith("Officials from the Taliban")
    assert refugees.title == "Refugee talks resume in Islamabad"
    assert "held a flag meeting near Chaman" in flag.text  # summary was a teaser: page fetched
    assert flag.published == "2024-02-02"  # from <updated>


def test_feed_detected_by_body_despite_content_type(server, settings):
    items = list(read([server.url("/feed-as-text")], settings))
    assert len(docs(items)) == 2


def test_local_feed_file_with_full_content(tmp_path, settings):
    p = tmp_path / "local.rss"
    p.write_text((SITE / "feed.rss").read_text().replace("{base}", "http://127.0.0.1:9"))
    items = list(read([p], dict(settings, http_timeout=1.0)))
    assert [d.ext_id for d in docs(items)] == ["fd-transit-2"]
    assert {r.code for r in rejects(items)} == {"E111"}


def test_not_a_feed(server, settings, tmp_path):
    [rej] = list(read([server.url("/notfeed.xml")], settings))
    assert rej.code == "E104" and "not RSS or Atom" in rej.reason
    p = tmp_path / "sitemap.xml"
    p.write_text("<?xml version='1.0'?><urlset><url><loc>http://x</loc></url></urlset>")
    [rej] = list(read([p], settings))
    assert rej.code == "E104"
    with pytest.raises(Bad):
        parse("just some words", "x")


def test_feed_without_entries(settings):
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'
    [rej] = list(read_feed(data, "empty.rss", settings))
    assert rej.code == "E102"


def test_entry_without_link_uses_summary(settings):
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
            b'<description>Pakistani and Afghan delegations met in Tashkent to discuss a railway '
            b'project linking the two countries.</description></item></channel></rss>')
    [doc] = list(read_feed(data, "f.rss", settings))
    assert doc.origin == "f.rss#1" and "text from feed summary" in doc.notes
    assert "no publication date" in doc.notes


def test_html_to_text():
    assert html_to_text("<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>") == \
        "One & two\n\nThree\n\nfour"
    assert html_to_text("Plain &lt;b&gt;") == "Plain <b>"


def _rss(*items: bytes, encoding: bytes = b"utf-8") -> bytes:
    body = b"".join(b"<item><title>Talks</title><description><![CDATA[" + text + b"]]></description></item>"
                    for text in items)
    return (b'<?xml version="1.0" encoding="' + encoding + b'"?><rss version="2.0"><channel><title>Desk'
            b"</title>" + body + b"</channel></rss>")


def test_utf8_feed_with_a_stray_byte_is_read_as_utf8_with_a_note(tmp_path, settings):
    long = " ".join([CURLY] * 6)   # past FULL_TEXT_CHARS: the summary is the article
    p = tmp_path / "stray.rss"
    p.write_bytes(_rss(with_stray_bytes(long, b"\xff"), long.encode()))
    first, second = list(read([p], settings))
    assert first.text.replace("\ufffd", "") == long and second.text == long
    assert "feed: 1 undecodable byte replaced (UTF-8)" in first.notes


def test_windows_1252_feed_declared_so(tmp_path, settings):
    long = " ".join([CURLY] * 6)
    p = tmp_path / "cp.rss"
    p.write_bytes(_rss(long.encode("cp1252"), encoding=b"windows-1252"))
    [doc] = list(read([p], settings))
    assert doc.text == long and "feed decoded as windows-1252 (declared)" in doc.notes


def _rss_links(*links: str) -> str:
    items = "".join(f"<item><title>Item {i}</title><link>{link}</link><description>Teaser {i}.</description></item>"
                    for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'


def _silent(conn, stop):
    read_request(conn)
    stop.wait(30)


def test_dead_links_of_a_feed_are_fetched_side_by_side(server, raw_server, settings):
    dead = raw_server(_silent)
    server.add("/dead.rss", _rss_links(*(dead.url(f"/{i}") for i in range(4))), "application/rss+xml")
    start = time.monotonic()
    items = list(read([server.url("/dead.rss")], dict(settings, http_timeout=1.0)))
    took = time.monotonic() - start
    assert [r.code for r in rejects(items)] == ["E111"] * 4 and took < 2.5   # one after another: 4 s
    assert [r.source for r in items] == [dead.url(f"/{i}") for i in range(4)]


def test_feed_fetched_side_by_side_gives_what_one_at_a_time_gives(server, raw_server, settings, monkeypatch):
    def late(conn, stop):   # answers after a while, so that later items finish first
        read_request(conn)
        stop.wait(0.4)
        page = (SITE / "jirga.html").read_bytes()
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page)
    slow = raw_server(late)
    links = [slow.url("/late"), server.url("/news/jirga.html"), server.url("/nowhere"),
             slow.url("/late2"), server.url("/km/flag-meeting.html"), server.url("/image.png")]
    server.add("/mixed.rss", _rss_links(*links), "application/rss+xml")
    side_by_side = list(read([server.url("/mixed.rss")], settings))
    monkeypatch.setattr(feeds, "FETCH_WORKERS", 1)
    one_at_a_time = list(read([server.url("/mixed.rss")], settings))
    assert side_by_side == one_at_a_time and [x.origin if isinstance(x, Document) else x.source
                                              for x in side_by_side] == links
    assert [type(x).__name__ for x in side_by_side] == ["Document", "Document", "Reject", "Document", "Document",
                                                        "Reject"]


# -- size: a feed may be larger than max_bytes (it holds many documents), each item may not --
ITEM = " ".join([CURLY] * 5)   # longer than FULL_TEXT_CHARS: the description is the article


def _big_feed(n: int, huge_item: int | None = None) -> bytes:
    items = [f"<item><title>Talks {i}</title><guid>g{i}</guid><description>{i}: {ITEM}</description></item>"
             for i in range(n)]
    if huge_item is not None:
        items[huge_item] = f"<item><title>Huge</title><description>{' '.join([CURLY] * 200)}</description></item>"
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
            + "".join(items) + "</channel></rss>").encode()


def test_feed_file_larger_than_max_bytes_is_read_item_by_item(tmp_path, settings):
    p = tmp_path / "big.rss"
    p.write_bytes(_big_feed(300, huge_item=7))
    small = dict(settings, max_bytes=20_000)
    assert 10 * small["max_bytes"] < p.stat().st_size < FEED_MAX_BYTES_FACTOR * small["max_bytes"]
    items = list(read([p], small))
    assert len(items) == 300 and len(docs(items)) == 299
    [huge] = rejects(items)
    assert huge.code == "E108" and huge.source.endswith("#8") and "max_bytes=20,000" in huge.reason


def test_feed_larger_than_its_own_cap_is_rejected_whole(tmp_path, settings):
    p = tmp_path / "big.rss"
    p.write_bytes(_big_feed(300))
    [rej] = list(read([p], dict(settings, max_bytes=5_000)))
    assert rej.code == "E108" and "20 × max_bytes" in rej.reason and "\n" not in rej.reason


def test_feed_url_larger_than_max_bytes_but_not_a_page(server, settings):
    server.add("/big.rss", _big_feed(300), "application/rss+xml")
    server.add("/big.html", b"<html><body><p>" + ITEM.encode() * 40 + b"</p></body></html>")
    small = dict(settings, max_bytes=20_000)
    assert len(docs(read([server.url("/big.rss")], small))) == 300
    [rej] = list(read([server.url("/big.html")], small))
    assert rej.code == "E108" and "max_bytes=20,000" in rej.reason


def test_in_order_keeps_the_order_of_items_that_finish_out_of_order():
    def slow_first(n):
        time.sleep(0.01 * (10 - n))
        return n * n
    assert list(feeds._in_order(slow_first, list(range(10)), 4)) == [n * n for n in range(10)]
    assert list(feeds._in_order(slow_first, list(range(3)), 1)) == [0, 1, 4]


def test_in_order_passes_a_bug_on_after_the_items_before_it():
    def boom(n):
        if n == 2:
            raise KeyError(n)
        return n
    got = feeds._in_order(boom, list(range(5)), 3)
    assert [next(got), next(got)] == [0, 1]
    with pytest.raises(KeyError):
        next(got)


def test_in_order_stops_when_the_reader_stops():
    calls = []

    def note(n):
        calls.append(n)
        time.sleep(0.01)
        return n
    got = feeds._in_order(note, list(range(100)), 2)
    assert next(got) == 0
    got.close()
    assert len(calls) < 10   # at most a window ahead, the rest cancelled
