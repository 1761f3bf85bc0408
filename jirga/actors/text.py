"""Normalising actor names: one function used for registry aliases and for mentions alike."""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'",
                         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", re.IGNORECASE)
_DOTS = re.compile(r"(?<=\w)\.(?=\w|\s|$)")
_NONWORD = re.compile(r"[^0-9A-Za-z]+")
# letters that Unicode does not decompose into a base letter and an accent: 'Szydło' is
# written 'Szydlo', 'Støre' 'Store', 'Tuđman' 'Tudjman' or 'Tudman', 'Yıldırım' 'Yildirim'
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th",
                          "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
_LEADING = ("the", "a", "an")
_VOWELS = set("aeiouy")


def _fold(text: str) -> str:
    if text.isascii():      # most names: nothing to fold but quotes and dashes
        return text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text: str) -> list[tuple[str, str]]:
    """(lowercase, original) tokens: accents folded, possessives, dots and punctuation removed."""
    text = _POSSESSIVE.sub("", _fold(text))
    text = _DOTS.sub("", text).replace("'", "")
    return [(t.lower(), t) for t in _NONWORD.split(text) if t]


def norm(text: str) -> str:
    """Lookup key: lowercase tokens joined by spaces, leading article dropped."""
    toks = [t for t, _ in tokens(text)]
    while toks and toks[0] in _LEADING:
        toks = toks[1:]
    return " ".join(toks)


def drop_parens(text: str) -> str:
    """'Tehreek-e-Taliban Pakistan (TTP)' -> 'Tehreek-e-Taliban Pakistan'."""
    return _PAREN.sub(" ", text).strip()


def is_acronym(alias: str) -> bool:
    """Short all-capital aliases (US, IS, WHO) match only when written in capitals."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


# How an alias must be written to match: any case, all capitals (short acronyms: US, WHO),
# or capitalised as written (names that are everyday words: Shell, Dawn, the Diet).
ANY_CASE, CAPITALS, CAPITALISED = "", "upper", "cap"


def is_mixed_acronym(alias: str) -> bool:
    """Short aliases with a capital inside (LeT, JeM, HuJI): acronyms too, whose lowercase
    spelling is an everyday word ('let them stay'); they match only when capitalised."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and letters[0].isupper() and any(
        a.islower() and b.isupper() for a, b in zip(letters, letters[1:]))


def alias_case(alias: str, proper: bool = False) -> str:
    """The case rule of an alias: ``proper`` aliases are listed under ``proper`` in the files."""
    if is_acronym(alias):
        return CAPITALS
    return CAPITALISED if proper or is_mixed_acronym(alias) else ANY_CASE


def case_ok(rule: str, alias: str, originals) -> bool:
    """Whether tokens as written (``originals``) meet an alias's case rule; articles are free."""
    if rule == CAPITALS:
        return all(o.isupper() or o.isdigit() for o in originals)
    if rule == CAPITALISED:
        return all(o[:1].isupper() or o[:1].isdigit() or o.lower() in _LEADING for o in originals)
    return True


def skeleton(key: str) -> str:
    """Transliteration-proof key: consonants only, doubled letters collapsed.

    Tehrik-i-Taliban / Tahreek-e-Taliban -> 'thrktlbnpkstn'; Fazlur Rehman / Fazl-ur-Rahman
    -> 'fzlrrhmn'. Only used for names with at least six consonants.
    """
    out: list[str] = []
    for i, c in enumerate(key.replace(" ", "")):
        if not c.isalpha() or (i and c in _VOWELS):
            continue
        if out and out[-1] == c:
            continue
        out.append(c)
    return "".join(out)
