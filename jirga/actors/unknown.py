"""Mentions the registry could not resolve, counted so users can add them (``jirga actors unknown``)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from jirga.actors.text import norm


def count_texts(texts: Iterable[str]) -> list[tuple[str, int]]:
    """(text, count) of unresolved mentions' texts (``Store.unresolved_mentions()``), most
    frequent first, then alphabetical.

    Spellings that normalise alike ('the TTP', "TTP's") count together under the most
    frequent spelling.
    """
    counts: Counter = Counter()
    spellings: dict[str, Counter] = {}
    for raw in texts:
        text = " ".join(str(raw or "").split())
        key = norm(text)
        if not key:
            continue
        counts[key] += 1
        spellings.setdefault(key, Counter())[text] += 1
    rows = [(spellings[k].most_common(1)[0][0], n) for k, n in counts.items()]
    return sorted(rows, key=lambda r: (-r[1], r[0].lower()))


def unknown_counts(mentions: Iterable) -> list[tuple[str, int]]:
    """``count_texts`` of the mentions not resolved. Unknown means ``resolved`` is false,
    nothing else: a mention resolved to a class of a country's actors ('Pakistani
    soldiers': PAK MIL, no name) is not unknown. Accepts ActorRefs or anything with
    ``text`` and ``resolved``.
    """
    return count_texts(getattr(m, "text", "") for m in mentions if not getattr(m, "resolved", False))
