"""Trigger lexicon (verbs and nouns) and cue word lists, from ``jirga/data/lexicon``.

Lookups are plain dicts keyed by lemma, so matching a sentence costs one dict
probe per token. Every entry is checked against the ontology on load.
"""
from __future__ import annotations

from dataclasses import dataclass

from jirga import data, errors
from jirga.coding import ontology
from jirga.errors import DataFileError

VERBS_FILE = "lexicon/verbs.jsonl"
NOUNS_FILE = "lexicon/nouns.jsonl"
CUES_FILE = "lexicon/cues.yaml"

CONDITIONS = {"obj", "not_obj", "prep", "prep_obj", "not_prep_obj", "prt", "not_prt", "advmod", "xcomp",
              "not_xcomp", "not_xcomp_lemma", "xcomp_lemma", "swap", "recip", "mod", "not_mod", "light",
              "lv", "plural", "conveys", "crowd", "obj_actor", "owner", "subj", "not_subj", "pred", "place",
              "not_own_obj", "that", "no_obj", "official"}
# place: a known place (not a country) also counts as the object ('closed Torkham')
# crowd: no event when the subject is one person ('he marched into the office', 'a doorman
# marched toward her'), unless a singular noun of these words names a body of people
# obj_actor: only when the object is a named party (a state, an organisation, a person)
# official: only when the subject (or 'by' agent) is a state named ('India protested the
# incursion', 'Beijing protested') or one of these words ('the foreign ministry protested')
# that: only with a 'that' clause of its own ('admitted that it could not pay')
# owner: only with its doer as a possessor or a name before it ('Taliban requests', 'the
# administration's request'); an entry without 'light' so reads a request told as a thing
# not_own_obj: no event when the object is the subject's own ('defended its decision'): an
# act on oneself is no act toward another party
# also: the entry fires and matching goes on, so one word codes two acts (PLOVER: a prison
# sentence is both SANCTION convict and COERCE arrest)
# A word list may name a cue list as "@name" ("pred": ["@blame_words"]): one list of words of
# blame serves the copula, the judgements and every 'called it ...' verb alike.
FIELDS = {"lemma", "type", "cameo", "mode", "also"} | CONDITIONS


@dataclass
class Lexicon:
    verbs: dict      # lemma -> [entry, ...] in file order
    nouns: dict
    cues: dict       # list name -> frozenset (weapon_modes kept as list)


def _line_numbers(name: str) -> list[int]:
    text = data.read_text(name)
    return [i for i, ln in enumerate(text.splitlines(), 1)
            if ln.strip() and not ln.lstrip().startswith("#")]


def _check(entry: dict, where: str, onto, cues: dict) -> dict:
    unknown = set(entry) - FIELDS
    if unknown:
        raise DataFileError(f"{where}: unknown field(s) {sorted(unknown)}", errors.BAD_LEXICON)
    if not entry.get("lemma") or entry.get("type") not in onto.types:
        raise DataFileError(f"{where}: needs a lemma and one of the 16 PLOVER types", errors.BAD_LEXICON)
    code = entry.get("cameo")
    if code is not None and code not in onto.cameo:
        raise DataFileError(f"{where}: CAMEO code {code!r} is not in the CAMEO→PLOVER table", errors.BAD_LEXICON)
    mode = entry.get("mode")
    if mode is not None and mode not in onto.types[entry["type"]]["modes"]:
        raise DataFileError(f"{where}: mode {mode!r} is not a mode of {entry['type']}", errors.BAD_LEXICON)
    for key in ("obj", "not_obj", "prep", "prep_obj", "not_prep_obj", "prt", "not_prt", "advmod", "mod",
                "not_mod", "lv", "not_xcomp_lemma", "xcomp_lemma", "subj", "not_subj", "pred", "crowd",
                "official"):
        if key in entry:
            entry[key] = _words(entry[key], where, cues)
    return entry


def _words(items: list, where: str, cues: dict) -> frozenset:
    out = set()
    for w in items:
        if isinstance(w, str) and w.startswith("@"):
            if w[1:] not in cues:
                raise DataFileError(f"{where}: no cue list {w[1:]!r} in {CUES_FILE}", errors.BAD_LEXICON)
            out |= cues[w[1:]]
        else:
            out.add(w)
    return frozenset(out)


def _index(name: str, onto, cues: dict) -> dict:
    out: dict = {}
    for entry, line in zip(data.load(name), _line_numbers(name)):
        e = _check(dict(entry), f"{name}:{line}", onto, cues)
        out.setdefault(e["lemma"], []).append(e)
    return out


def _cues() -> dict:
    raw = data.load(CUES_FILE)
    out = {}
    for key, value in raw.items():
        if key in ("version", "weapon_modes", "context_cues", "pronouns"):
            continue
        if not isinstance(value, list):
            raise DataFileError(f"{CUES_FILE}: '{key}' must be a list", errors.BAD_LEXICON)
        if key == "actor_entities":          # spaCy labels are upper case
            out[key] = frozenset(str(v).upper() for v in value)
        else:
            out[key] = frozenset(str(v).lower() for v in value)
    out["weapon_modes"] = [(m, frozenset(words)) for m, words in raw["weapon_modes"]]
    out["context_cues"] = {c: frozenset(w) for c, w in raw["context_cues"].items()}
    out["pronoun_kind"] = {p: kind for kind, ps in raw["pronouns"].items() for p in ps}
    return out


def load_lexicon(onto) -> Lexicon:
    cues = _cues()
    nouns = _index(NOUNS_FILE, onto, cues)
    cues["event_heads"] = frozenset(nouns) | cues.get("event_heads", frozenset())   # event nouns
    return Lexicon(_index(VERBS_FILE, onto, cues), nouns, cues)


def get(res) -> Lexicon:
    onto = ontology.get(res)    # outside the factory: Resources.get holds a non-reentrant lock
    return res.get("coding.lexicon", lambda r: load_lexicon(onto))
