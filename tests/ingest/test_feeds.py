"""RSS and Atom feeds over a real local HTTP server."""
from __future__ import annotations

import pytest

from jirga.ingest import read
from jirga.ingest.feeds import html_to_text, parse, read_feed
from jirga.ingest.record import Bad

from .util import SITE, docs, rejects


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
        parse(b"just some words", "x")


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
