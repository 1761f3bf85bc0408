"""Plain text and Markdown files, front matter, directories."""
from __future__ import annotations

import pytest

from jirga.ingest import read
from jirga.ingest.files import front_matter, from_text, guess_title, markdown_to_text
from jirga.ingest.record import NO_DATE, Bad
from jirga.model import content_id

from .util import CURLY, FIX, codes, docs, with_stray_bytes


def test_text_file(settings):
    [doc] = list(read([FIX / "torkham.txt"], settings))
    raw = (FIX / "torkham.txt").read_text(encoding="utf-8").strip()
    assert doc.text == raw  # the title line stays in the text
    assert doc.title == "Torkham crossing reopens after week-long closure"
    assert doc.id == content_id(raw)
    assert doc.origin == str(FIX / "torkham.txt")
    assert doc.published is None and NO_DATE in doc.notes
    assert doc.ext_id is None


def test_markdown_with_front_matter(settings):
    [doc] = list(read([FIX / "doha.md"], settings))
    assert doc.title == "Envoys meet in Doha on refugees"
    assert doc.published == "2024-07-02"
    assert doc.source == "Frontier Desk"
    assert doc.url == "https://example.org/doha-envoys"
    assert doc.ext_id == "fd-0042"
    assert doc.notes == []
    assert "title:" not in doc.text and "---" not in doc.text
    assert "**" not in doc.text and "](" not in doc.text and not doc.text.startswith("#")
    assert "met Taliban officials in Doha on Monday" in doc.text
    assert "according to a statement from" in doc.text


def test_front_matter_in_text_file_with_datetime():
    doc = from_text("---\ntitle: T\ndate: 2023-09-12T06:00:00+05:00\nid: 9\n---\nBody text here.\n", "x.txt")
    assert (doc.title, doc.published, doc.ext_id, doc.text) == ("T", "2023-09-12", "9", "Body text here.")


def test_invalid_front_matter_is_noted_not_fatal():
    doc = from_text("---\ntitle: [unclosed\n---\nThe body survives.", "x.md", markdown=True)
    assert doc.text == "The body survives."
    assert any("front matter is not valid YAML" in n for n in doc.notes)


def test_rule_line_that_is_not_front_matter_is_kept():
    meta, body, notes = front_matter("---\nJust a quote from someone\n---\nMore text")
    assert meta == {} and body.startswith("---") and notes == []


def test_front_matter_only_is_empty():
    with pytest.raises(Bad) as exc:
        from_text("---\ntitle: Nothing else\n---\n\n", "x.md")
    assert exc.value.code == "E102"


@pytest.mark.parametrize("text,title", [
    ("Short headline\n\nBody.", "Short headline"),
    ("\n\n  Headline with spaces  \nBody", "Headline with spaces"),
    ("This first line is a full sentence.\nBody", None),
    ("x" * 200 + "\nBody", None),
])
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_markdown_to_text():
    md = "## Heading ##\n\n> quoted **bold** and __strong__ words\n\n***\n\n![map](m.png) see [the report](http://x)"
    assert markdown_to_text(md) == "Heading\n\nquoted bold and strong words\n\nmap see the report"


def test_directory_recursive_sorted_hidden_skipped(settings):
    items = list(read([FIX / "corpus"], settings))
    assert codes(items) == []
    origins = [d.origin for d in docs(items)]
    base = str(FIX / "corpus")
    assert origins == [f"{base}/a_kurram.txt", f"{base}/border/b_angoor.md",
                       f"{base}/border/c_pages.jsonl:1", f"{base}/border/c_pages.jsonl:2"]
    assert not any("hidden" in d.text for d in docs(items))
    assert docs(items)[1].published == "2023-09-12"


def test_directory_order_is_deterministic(settings):
    first = [d.id for d in docs(read([FIX / "corpus"], settings))]
    second = [d.id for d in docs(read([str(FIX / "corpus")], settings))]
    assert first == second


def test_crlf_and_bom_text(tmp_path, settings):
    p = tmp_path / "win.txt"
    p.write_bytes(b"\xef\xbb\xbfKabul talks\r\n\r\nOfficials from both countries met on Monday to talk about trade.\r\n")
    [doc] = list(read([p], settings))
    assert doc.text == "Kabul talks\n\nOfficials from both countries met on Monday to talk about trade."
    assert doc.title == "Kabul talks"


def test_unknown_extension_sniffed_as_text(tmp_path, settings):
    p = tmp_path / "story.log"
    p.write_text("Pakistani and Afghan officials met at Torkham to discuss trade and border security.")
    [doc] = list(read([p], settings))
    assert doc.text.startswith("Pakistani")


def test_read_path_and_missing_path(settings):
    from jirga.ingest import read_path
    [doc] = list(read_path(FIX / "doha.md", settings))
    assert doc.ext_id == "fd-0042"
    [rej] = list(read_path(FIX / "no-such-file.txt", settings))
    assert (rej.code, rej.doc_id, rej.stage) == ("E101", None, "ingest")
    assert rej.source.endswith("no-such-file.txt") and "not found" in rej.reason


def test_utf8_file_with_stray_bytes_is_read_as_utf8_with_a_note(tmp_path, settings):
    text = " ".join([CURLY] * 6)
    p = tmp_path / "stray.txt"
    p.write_bytes(with_stray_bytes(text, b"\xff", b"\xfe", b"\x80"))
    [doc] = list(read([p], settings))
    assert "\u2018\u00c4\u00f4" not in doc.text and "Pakistan\u2019s envoy" in doc.text
    assert doc.text.replace("\ufffd", "") == text and doc.text.count("\ufffd") == 3
    assert "3 undecodable bytes replaced (UTF-8)" in doc.notes


def test_text_file_in_another_encoding_says_so(tmp_path, settings):
    p = tmp_path / "cp.txt"
    p.write_bytes(CURLY.encode("cp1252"))
    [doc] = list(read([p], settings))
    assert doc.text == CURLY
    assert any(n.startswith("decoded as windows-1252") for n in doc.notes)


def test_clean_utf8_file_has_no_decoding_note(tmp_path, settings):
    p = tmp_path / "ok.txt"
    p.write_text(CURLY, encoding="utf-8")
    [doc] = list(read([p], settings))
    assert doc.text == CURLY and not [n for n in doc.notes if "decod" in n]


def test_from_text_keeps_the_decoders_notes_before_its_own():
    doc = from_text("---\ntitle: [\n---\nKabul talks resumed on Monday.", "x.txt", notes=("decoded as X (guessed)",))
    assert doc.notes[0] == "decoded as X (guessed)" and "front matter is not valid YAML" in doc.notes[1]


def test_undecodable_bytes_in_a_file_name_are_shown_escaped(tmp_path, settings):
    name = tmp_path / "caf\udce9.txt"          # the name b"caf\xe9.txt", as Python reads it
    name.write_text("Officials met at the Torkham crossing on Monday to discuss trade.")
    (tmp_path / "caf\udce9.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    rej, doc = list(read([tmp_path], settings))   # sorted: .bin first
    assert doc.origin == str(tmp_path / "caf\\xe9.txt") and rej.source == str(tmp_path / "caf\\xe9.bin")
