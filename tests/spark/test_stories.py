"""Copies within an archive are decided as ``jirga run`` decides them, in reading order."""
from __future__ import annotations

from jirga.ingest import stories as minhash
from jirga.model import Document
from jirga.spark import stories


def test_stories_pairs_list_later_documents_with_earlier_ones():
    got = sorted(stories.pairs([(3, "c"), (1, "a"), (2, "b")]))
    assert got == [((2, "b", "a"), 1), ((3, "c", "a"), 1), ((3, "c", "b"), 1)]


def test_stories_resolve_takes_the_original_sharing_most_bands():
    n = minhash.COPY_BANDS
    shared = [((2, "b", "a"), n), ((3, "c", "a"), n), ((3, "c", "x"), n + 2), ((4, "d", "a"), n - 1)]
    assert stories.resolve(shared) == {"b": ("a", n), "c": ("x", n + 2)}


def test_stories_a_copy_of_a_copy_is_judged_against_originals_only():
    n = minhash.COPY_BANDS
    # b copies a; c shares enough only with b, a copy: c is an original, as in a run
    assert stories.resolve([((2, "b", "a"), n), ((3, "c", "b"), n + 3), ((3, "c", "a"), n - 2)]) == {"b": ("a", n)}
    # d shares with both: the original a
    assert stories.resolve([((2, "b", "a"), n), ((4, "d", "b"), n + 3), ((4, "d", "a"), n)])["d"] == ("a", n)


def test_stories_band_pairs_of_real_texts_find_a_copy():
    text = ("Pakistan closed the Torkham border crossing on Tuesday after clashes between border guards, "
            "officials said, and trucks were stranded on both sides of the frontier for a second day.")
    docs = [(1, Document(id="a", text=text)), (2, Document(id="b", text=text + " Talks are planned.")),
            (3, Document(id="c", text="An unrelated story about the weather in Lahore and Karachi this week."))]
    for _, d in docs:
        d.bands = minhash.bands(d.text)
    by_band: dict = {}
    for seq, d in docs:
        for key, member in stories.band_keys(seq, d):
            by_band.setdefault(key, []).append(member)
    counts: dict = {}
    for members in by_band.values():
        for pair, one in stories.pairs(members):
            counts[pair] = counts.get(pair, 0) + one
    copies = stories.resolve(counts.items())
    assert copies.keys() == {"b"} and copies["b"][0] == "a"
    marked = stories.mark(docs[1][1], copies)
    assert marked.is_copy and marked.notes[-1].startswith("copy of story a (")
    assert stories.mark(docs[0][1], copies).story_id == "a"
