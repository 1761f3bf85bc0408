"""spaCy Docs built by hand, so that token rules are tested without the trained model.

A table has one token per line: ``index word POS TAG dep head lemma [entity]``. ``head`` is
the absolute index of the head token (a root is its own head); ``entity`` is an IOB tag
such as ``B-GPE`` (default ``O``). A word is followed by a space unless the next one is
punctuation, a clitic or a hyphen, or the word is an opening bracket or a hyphen::

    doc = hand_doc('''
        0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
        1 closed   VERB  VBD ROOT  1 close
        2 the      DET   DT  det   3 the
        3 border   NOUN  NN  dobj  1 border
        4 .        PUNCT .   punct 1 .
    ''')
"""
from __future__ import annotations

from functools import lru_cache

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "'s", "’s", "n't", "%", "-"}
NO_SPACE_AFTER = {"(", "$", "“", "-"}


@lru_cache(maxsize=1)
def vocab():
    import spacy
    return spacy.blank("en").vocab


def hand_doc(table: str):
    from spacy.tokens import Doc
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for i, r in enumerate(rows):
        if int(r[0]) != i or len(r) not in (7, 8):
            raise ValueError(f"row {i} of the table is malformed: {r}")
    words = [r[1] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER
              for i, w in enumerate(words)]
    return Doc(vocab(), words=words, spaces=spaces, pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows], lemmas=[r[6] for r in rows],
               ents=[r[7] if len(r) == 8 else "O" for r in rows])


def tok(doc, word: str, nth: int = 0):
    """The ``nth`` token (from 0) whose text is ``word``."""
    return [t for t in doc if t.text == word][nth]
