"""Near-duplicate articles: syndicated or updated copies of one story.

A document's text becomes a MinHash signature (datasketch) over its five-word shingles,
cut into bands; two documents sharing most bands are copies of one story. Bands are
stored with each original (the store's ``story_bands``), so a new document is compared
only with the documents that share a band with it, however large the archive.

With 16 bands of 2 hash values, two texts of Jaccard similarity s share a band with
probability s²: copies (s ≥ 0.9) share 13 of 16 bands on average, rewrites of one event
by another outlet (s ≈ 0.3) about 1. ``COPY_BANDS`` of 16 marks a copy (s ≳ 0.8).
"""
from __future__ import annotations

import re

from datasketch import MinHash

BANDS, ROWS = 16, 2
COPY_BANDS = 10
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 63) - 1   # band hashes fit a signed 64-bit column


def shingles(text: str) -> set[bytes]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def bands(text: str) -> list[tuple[int, int]]:
    """(band number, band hash) of a text's MinHash signature; none for an empty text."""
    sh = shingles(text)
    if not sh:
        return []
    m = MinHash(num_perm=BANDS * ROWS, seed=7)
    m.update_batch(list(sh))
    h = [int(v) for v in m.hashvalues]
    out = []
    for b in range(BANDS):
        a, c = h[b * ROWS], h[b * ROWS + 1]
        out.append((b, ((a << 31) ^ c) & _MASK))
    return out


def copy_note(story: str, shared: int) -> str:
    """The note a copy carries: which story it copies, and how closely."""
    return f"copy of story {story} ({shared} of {BANDS} MinHash bands shared): listed with it, not coded again"


def is_copy(shared: int) -> bool:
    """Do two documents sharing ``shared`` of their bands hold one story?"""
    return shared >= COPY_BANDS


class StoryIndex:
    """The bands of this run's originals, so copies within one run are found too."""

    def __init__(self):
        self.by_band: dict[tuple[int, int], list[str]] = {}

    def add(self, doc_id: str, doc_bands: list[tuple[int, int]]) -> None:
        for b in doc_bands:
            self.by_band.setdefault(b, []).append(doc_id)

    def shared(self, doc_bands: list[tuple[int, int]]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for b in doc_bands:
            for d in self.by_band.get(b, ()):
                counts[d] = counts.get(d, 0) + 1
        return counts
