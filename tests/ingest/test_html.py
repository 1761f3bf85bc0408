"""HTML pages: boilerplate removal and page metadata."""
from __future__ import annotations

import pytest

from jirga.ingest import read
from jirga.ingest.html import from_html
from jirga.ingest.record import NO_DATE, Bad

from .util import CURLY, FIX, docs, rejects, with_stray_bytes


def test_article_with_meta_date(settings):
    [doc] = list(read([FIX / "chaman.html"], settings))
    assert doc.published == "2023-11-14"
    assert doc.title == "Traders protest at Chaman crossing"
    assert doc.source == "Frontier Desk"
    assert doc.url == "https://example.org/chaman-protest"
    assert "sit-in near the Chaman border crossing" in doc.text
    assert "security forces did not intervene" in doc.text
    for boiler in ("Most read", "Copyright", "Sport", "<p>"):
        assert boiler not in doc.text
    assert "\n\n" in doc.text  # paragraphs kept apart


def test_html_without_date_says_so(settings):
    [doc] = list(read([FIX / "nodate.html"], settings))
    assert doc.published is None and NO_DATE in doc.notes
    assert doc.title == "Kabul delegation visits Islamabad"


@pytest.mark.parametrize("meta", [
    '<meta name="date" content="2022-06-01">',
    '<meta itemprop="datePublished" content="2022-06-01T08:00:00Z">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-01"}</script>',
])
def test_date_meta_variants(meta):
    page = (f"<html><head><title>Talks</title>{meta}</head><body><article><p>Officials from Pakistan "
            "and Afghanistan met in Islamabad to discuss the reopening of border markets and the "
            "movement of traders between the two countries.</p></article></body></html>")
    doc = from_html(page.encode(), "x.html")
    assert doc.published == "2022-06-01"


def test_date_in_running_text_is_not_taken_as_publication_date():
    page = ("<html><head><title>Talks</title></head><body><article><p>The agreement signed on "
            "12 May 2019 between Pakistan and Afghanistan was discussed again by officials in Kabul, "
            "who said trade had fallen since then.</p></article></body></html>")
    doc = from_html(page.encode(), "x.html")
    assert doc.published is None


def test_given_metadata_wins_over_page():
    page = (FIX / "chaman.html").read_bytes()
    doc = from_html(page, "feed#1", title="Feed title", published="2023-11-15", source="Feed")
    assert (doc.title, doc.published, doc.source) == ("Feed title", "2023-11-15", "Feed")


def test_scripts_only_page_rejected(settings):
    [rej] = list(read([FIX / "scripts_only.html"], settings))
    assert rej.code == "E107" and rej.stage == "ingest" and rej.doc_id is None
    assert "only scripts" in rej.reason and "\n" not in rej.reason


def test_boilerplate_only_page(tmp_path, settings):
    with pytest.raises(Bad) as exc:
        from_html(b"<html><head><title>x</title></head><body></body></html>", "x.html")
    assert exc.value.code == "E107" and "no article text" in exc.value.reason
    p = tmp_path / "nav.html"
    p.write_bytes(b"<html><body><nav><a href='/'>Home</a> | <a href='/x'>World</a></nav></body></html>")
    [rej] = list(read([p], settings))
    assert rej.code in ("E107", "E113")


def test_windows_1252_page(tmp_path, settings):
    page = ('<html><head><meta charset="windows-1252"><title>Border talks</title></head><body><article>'
            "<p>Officials said the \u201ctalks\u201d at Torkham were constructive \u2014 both Pakistan and "
            "Afghanistan agreed to meet again next month to discuss the crossing.</p></article></body></html>")
    p = tmp_path / "cp.html"
    p.write_bytes(page.encode("cp1252"))
    [doc] = docs(read([p], settings))
    assert "\u201ctalks\u201d" in doc.text and "\u2014" in doc.text
    assert "decoded as windows-1252 (declared)" in doc.notes


def test_broken_markup_never_raises(tmp_path, settings):
    p = tmp_path / "broken.html"
    p.write_bytes(b"<html><body><p>Unclosed <div><<<>>> &&& <p")
    items = list(read([p], settings))
    assert len(items) == 1 and not docs(items) and rejects(items)[0].code in ("E107", "E113")


def _page(body: bytes, charset: bytes = b"utf-8") -> bytes:
    return (b'<html><head><meta charset="' + charset + b'"><title>Border talks</title></head><body><article><p>'
            + body + b"</p></article></body></html>")


def test_utf8_page_with_a_stray_byte_is_read_as_utf8_with_a_note(tmp_path, settings):
    text = " ".join([CURLY] * 3)
    p = tmp_path / "stray.html"
    p.write_bytes(_page(with_stray_bytes(text, b"\xff")))
    [doc] = list(read([p], settings))
    assert doc.text.replace("\ufffd", "") == text
    assert "1 undecodable byte replaced (UTF-8)" in doc.notes


def test_page_declared_utf8_but_really_windows_1252_says_so(tmp_path, settings):
    p = tmp_path / "liar.html"
    p.write_bytes(_page(" ".join([CURLY] * 3).encode("cp1252")))
    [doc] = list(read([p], settings))
    assert doc.text == " ".join([CURLY] * 3)
    assert any(n.startswith("decoded as windows-1252") for n in doc.notes)
