"""Bad input: every problem is one Reject with a one-line reason, and the run goes on."""
from __future__ import annotations

import random
import shutil
import tracemalloc

import pytest

import jirga.ingest as ingest
from jirga.errors import CATALOGUE
from jirga.ingest import check, read
from jirga.ingest.record import make_doc
from jirga.settings import DEFAULTS

from .util import FIX, codes, docs, rejects

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(200)
GOOD = "Pakistani and Afghan officials met at the Torkham crossing on Monday to discuss trade."


def _bad_corpus(root):
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n \t\n")
    (root / "image.png").write_bytes(PNG)
    (root / "photo.txt").write_bytes(PNG)  # binary content behind a text extension
    rnd = random.Random(11)
    (root / "junk.txt").write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(3000)))
    shutil.copy(FIX / "scripts_only.html", root / "scripts_only.html")
    shutil.copy(FIX / "german.txt", root / "german.txt")
    shutil.copy(FIX / "french.txt", root / "french.txt")
    (root / "short.txt").write_text("Kabul.")
    (root / "zz_good.txt").write_text(GOOD)
    with (root / "huge.txt").open("wb") as fh:
        block = (GOOD + "\n").encode() * (1_048_576 // (len(GOOD) + 1) + 1)
        for _ in range(50):
            fh.write(block[:1_048_576])
    (root / "rows.jsonl").write_text('{"text": "%s"}\n{"text": broken\n' % GOOD.replace("Monday", "Friday"))


def test_every_bad_input_gets_one_clear_reject(tmp_path):
    _bad_corpus(tmp_path)
    items = list(read([tmp_path, tmp_path / "missing.txt"], DEFAULTS))
    by_file = {r.source.rsplit("/", 1)[-1]: r for r in rejects(items)}
    assert {k: v.code for k, v in by_file.items()} == {
        "blank.txt": "E102", "empty.txt": "E102", "french.txt": "E110", "german.txt": "E110",
        "huge.txt": "E108", "image.png": "E103", "junk.txt": "E109", "photo.txt": "E103",
        "rows.jsonl:2": "E105", "scripts_only.html": "E107", "short.txt": "E113", "missing.txt": "E101",
    }
    for rej in rejects(items):
        assert rej.stage == "ingest" and rej.code in CATALOGUE and rej.code.startswith("E1")
        assert rej.reason and "\n" not in rej.reason and len(rej.reason) <= 300
        assert "Traceback" not in rej.reason
    # the good documents still come through
    assert [d.origin.rsplit("/", 1)[-1] for d in docs(items)] == ["rows.jsonl:1", "zz_good.txt"]


def test_50_mb_file_rejected_from_stat_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        line = b"Officials from Pakistan and Afghanistan met again in Kabul.\n"
        chunk = line * (1_048_576 // len(line))
        for _ in range(52):
            fh.write(chunk)
    assert big.stat().st_size > 50_000_000
    tracemalloc.start()
    try:
        [rej] = list(read([big], DEFAULTS))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rej.code == "E108" and "max_bytes=5,000,000" in rej.reason
    assert peak < 2_000_000  # far less than the file: only a small head was read


def test_non_english_paragraph_rejected_with_doc_id(settings):
    [rej] = list(read([FIX / "german.txt"], settings))
    assert rej.code == "E110" and "'de'" in rej.reason and rej.doc_id
    [doc] = list(read([FIX / "german.txt"], dict(settings, check_language=False)))
    assert doc.id == rej.doc_id


def test_check_limits(settings):
    doc = make_doc(GOOD, "x")
    assert check(doc, settings) is None
    assert check(doc, dict(settings, min_chars=500)).code == "E113"
    assert check(doc, dict(settings, max_bytes=50)).code == "E108"
    # English with foreign names, and text too short to judge, pass
    mixed = make_doc("Maulana Fazlur Rehman met Mullah Hibatullah Akhundzada in Kandahar on Sunday.", "x")
    assert check(mixed, settings) is None
    assert check(make_doc("Kabul, 2024: 1 2 3 4 5 6 7 8 9 10 11 12 13 14", "x"), settings) is None


def test_language_check_is_deterministic():
    text = (FIX / "french.txt").read_text()
    assert {ingest.language(text) for _ in range(5)} == {ingest.language(text)}


def test_unexpected_error_becomes_a_reject(monkeypatch, settings, tmp_path):
    def boom(*args, **kwargs):
        raise RuntimeError("library surprise")
    monkeypatch.setattr(ingest, "from_text", boom)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.jsonl").write_text('{"text": "%s"}\n' % GOOD)
    items = list(read([tmp_path / "a.txt", tmp_path / "b.jsonl"], settings))
    assert codes(items) == ["E115"] and "library surprise" in rejects(items)[0].reason
    assert len(docs(items)) == 1


def test_unreadable_file(tmp_path, settings):
    p = tmp_path / "locked.txt"
    p.write_text(GOOD)
    p.chmod(0)
    try:
        if p.open("rb").readable():  # running as root: permissions are not enforced
            pytest.skip("running as root")
    except PermissionError:
        [rej] = list(read([p], settings))
        assert rej.code == "E116" and "Permission denied" in rej.reason
    finally:
        p.chmod(0o644)


def test_settings_may_be_omitted():
    [doc] = list(read([FIX / "torkham.txt"]))
    assert doc.title.startswith("Torkham")


def test_permission_errors_are_unreadable_not_missing(monkeypatch, settings, tmp_path):
    """E116, not E101: the path exists but cannot be read or listed (works as root too)."""
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    monkeypatch.setattr(ingest.Path, "iterdir", denied)
    monkeypatch.setattr(ingest.Path, "open", denied)
    [rej] = list(read([tmp_path / "sub"], settings))
    assert rej.code == "E116" and "cannot list directory" in rej.reason
    [rej] = list(read([tmp_path / "b.txt"], settings))
    assert rej.code == "E116" and "Permission denied" in rej.reason
    [rej] = list(read([tmp_path / "gone.txt"], settings))
    assert rej.code == "E101" and "not found" in rej.reason
