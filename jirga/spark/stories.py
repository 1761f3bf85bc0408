"""Copies of one story within an archive, decided as ``jirga run`` decides them.

``jirga run`` reads documents in order and compares each with the originals read before
it: a document sharing at least ``COPY_BANDS`` MinHash bands with one of them is a copy
of the one it shares most with (ties: the greater id). On Spark the band lookups are a
join: ``pairs`` lists, for each band, the later documents with the earlier ones sharing
it; only pairs sharing enough bands come back to the driver, where ``resolve`` walks them
in reading order, so a copy of a copy is judged against originals only, as in a run.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from jirga.ingest import stories
from jirga.model import Document


def band_keys(seq: int, doc: Document) -> Iterator[tuple[tuple[int, int], tuple[int, str]]]:
    """((band, hash), (seq, doc id)) for each of a document's bands."""
    for band in doc.bands:
        yield tuple(band), (seq, doc.id)


def pairs(members: Iterable[tuple[int, str]]) -> Iterator[tuple[tuple[int, str, str], int]]:
    """((later seq, later id, earlier id), 1) for every two documents sharing one band."""
    ordered = sorted(set(members))
    for i, (seq, doc) in enumerate(ordered):
        for _, earlier in ordered[:i]:
            if earlier != doc:
                yield (seq, doc, earlier), 1


def resolve(shared: Iterable[tuple[tuple[int, str, str], int]]) -> dict[str, tuple[str, int]]:
    """Doc id -> (story id, bands shared) of each copy, from the pairs sharing enough bands."""
    by_doc: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for (seq, doc, earlier), n in shared:
        if stories.is_copy(n):
            by_doc.setdefault((seq, doc), []).append((n, earlier))
    copies: dict[str, tuple[str, int]] = {}
    for (_, doc), found in sorted(by_doc.items()):
        originals = [(n, e) for n, e in found if e not in copies]
        if originals and doc not in copies:
            n, story = max(originals)
            copies[doc] = (story, n)
    return copies


def note(story: str, n: int) -> str:
    """The note ``jirga run`` puts on a copy."""
    return stories.copy_note(story, n)


def mark(doc: Document, copies: dict[str, tuple[str, int]]) -> Document:
    """Give a document its story: the original it copies, else itself."""
    found = copies.get(doc.id)
    if found is None:
        doc.story_id = doc.id
    else:
        doc.story_id = found[0]
        doc.notes.append(note(*found))
    return doc
