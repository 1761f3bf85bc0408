"""What a claim is about: a short label ("shelter", "support") from the words of the claim,
so that differently worded accusations of one matter join one thread. The labels and their
words are data (``jirga/data/lexicon/matters.yaml``)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional, Sequence

from jirga import data

STOP = frozenset({"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "that", "be", "its",
                  "their", "his", "her", "it", "they", "this", "these", "those", "with", "from", "by",
                  "not", "no", "have", "do", "which", "who", "as", "at", "into"})


@dataclass(frozen=True, slots=True)
class Matters:
    labels: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]   # (label, phrases as lemma tuples)

    @classmethod
    def from_table(cls, table: dict) -> "Matters":
        return cls(tuple((label, tuple(tuple(p.lower().split()) for p in phrases))
                         for label, phrases in table.items()))

    def label(self, lemmas: Sequence[str]) -> Optional[str]:
        """The label whose phrases the lemmas hold most often; the first in the file on a tie;
        None when no label's phrase occurs."""
        best, hits = None, 0
        for label, phrases in self.labels:
            n = sum(_count(lemmas, p) for p in phrases)
            if n > hits:
                best, hits = label, n
        return best


def _count(lemmas: Sequence[str], phrase: tuple[str, ...]) -> int:
    k = len(phrase)
    return sum(1 for i in range(len(lemmas) - k + 1) if tuple(lemmas[i:i + k]) == phrase)


def matter_of(lemmas: Sequence[str], matters: Matters) -> Optional[str]:
    """A label, else the claim's first three content words ("visa fee raise"), else None."""
    lemmas = [w.lower() for w in lemmas]
    label = matters.label(lemmas)
    if label is not None:
        return label
    words = [w for w in lemmas if w.isalpha() and w not in STOP]
    return " ".join(words[:3]) or None


@functools.lru_cache(maxsize=1)
def matter_labels() -> frozenset:
    """The matter labels the data names ("shelter", "attacks", ...): a claim none names is
    keyed by its own words instead."""
    return frozenset(data.load("lexicon/matters.yaml"))


def get_matters(res) -> Matters:
    return res.get("claims.matters", lambda r: Matters.from_table(data.load("lexicon/matters.yaml")))
