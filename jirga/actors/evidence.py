"""Which state a bare agent noun ('the foreign ministry', 'soldiers') belongs to, from evidence
nearer than the counts of ``context.main_country``, strongest first:

1. ``attached``: a state named in a phrase attached to the mention in its sentence ('soldiers at
   the Pakistani post', 'the ministry in Islamabad');
2. ``event_place``: for security forces and civilians, the country of the place where the
   sentence's event happens ('militants killed nine soldiers in North Waziristan');
3. ``dateline``: for government agents, the country of the document's dateline ('ISLAMABAD:'),
   unless the sentence names another state as the agent's owner ('Afghanistan's ministry').

``agent_country`` returns None when no rule applies; the caller then counts names.
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from jirga.actors.anaphora import place_country
from jirga.actors.context import item_country
from jirga.actors.mention import tag
from jirga.actors.registry import Registry
from jirga.actors.text import tokens

Lookup = Optional[Callable[[str], list]]

ATTACH = {"at", "in", "of", "from", "inside", "near", "on", "along", "based"}
# a clause boundary: the attached phrase ends before a verb-like word or punctuation
BOUNDARY = {"said", "says", "say", "who", "which", "that", "and", "or", "but", "were", "was", "is",
            "are", "had", "has", "have", "after", "when", "while", "as", "to", "by", "with", "for"}
GOV_SECTORS = {"GOV"}
# sectors whose country is where the event happens (not the attackers'); not intelligence
# services, whose work is abroad ("the agency said North Korean troops were in Russia")
PLACE_SECTORS = {"MIL", "COP", "CVL", "MED", "BUS", "LAB", "EDU", "REL", "JRN", "AGR", "SOC"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "the", "a", "an"}
DATELINE = re.compile(r"\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Za-z][A-Za-z.'\- ]{1,40}?)?\s*(?:\([^)]{1,40}\)\s*)?[:\u2013\u2014-]\s")


def agent_country(reg: Registry, text: str, context: Sequence[str], sector: Optional[str],
                  places: Lookup = None) -> Optional[str]:
    """The state of a bare agent by the rules above, or None."""
    if not context:
        return None
    sentence, doc = context[0], context[-1]
    found = attached(reg, text, sentence, places)
    if found:
        return found
    if sector in PLACE_SECTORS:
        found = event_place(reg, text, sentence, places)
        if found:
            return found
    if sector in GOV_SECTORS and len(context) > 1:
        home = dateline(reg, doc, places)
        if home:
            return _other_owner(reg, text, sentence, home) or home
    return None


def _place(reg: Registry, name: str, places: Lookup) -> Optional[str]:
    """Country of a named place: a state, capital or region in the registry, else the gazetteer."""
    for it in tag(reg, name):
        c = item_country(reg, it)
        if c is not None:
            return c
    if places is not None and name.lower() not in NOT_PLACES:
        try:
            return place_country(places, name)
        except Exception:  # noqa: BLE001 - a failing lookup is no evidence
            return None
    return None


NAME = re.compile(r"(?:the\s+)?((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*)*)")
PREP = re.compile(r"\b(in|at|near|inside|outside)\s+")


def _name_at(raw: str) -> Optional[str]:
    """The capitalised name opening ``raw`` ('the Kurram district' -> 'Kurram'), if any."""
    m = NAME.match(raw)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in NOT_PLACES]
    return " ".join(words) or None


def attached(reg: Registry, text: str, sentence: str, places: Lookup = None) -> Optional[str]:
    """A state named in the phrase right after the mention: 'soldiers at the Pakistani post'."""
    pos = sentence.find(text)
    if pos < 0:
        return None
    rest = re.split(r"[,;:.()!?\"\u2013\u2014]", sentence[pos + len(text):], maxsplit=1)[0]
    words = rest.split()
    if not words or words[0].lower() not in ATTACH:
        return None
    window = []
    for w in words[1:5]:
        if w.lower() in BOUNDARY:
            break
        window.append(w)
    name = _name_at(" ".join(window))  # the place opening the phrase, then any state in it
    c = _place(reg, name, places) if name else None
    if c is not None:
        return c
    for it in tag(reg, " ".join(window)):  # demonyms, state names, capitals
        c = item_country(reg, it)
        if c is not None:
            return c
    return None


def event_place(reg: Registry, text: str, sentence: str, places: Lookup = None) -> Optional[str]:
    """Country of the place nearest the mention that the sentence locates something in ('killed
    nine soldiers in North Waziristan'); a demonym ('near the Afghan border') is no place."""
    pos = sentence.find(text)
    pos = 0 if pos < 0 else pos
    best = None
    for m in PREP.finditer(sentence):
        name = _name_at(sentence[m.end():])
        if not name or any(it.kind in ("demonym", "plural") for it in tag(reg, name)):
            continue
        c = _place(reg, name, places)
        end = pos + len(text)
        dist = m.start() - end if m.start() >= end else pos - m.start()
        if c is not None and (best is None or dist < best[0]):
            best = (dist, c)
    return best[1] if best else None


def dateline(reg: Registry, doc: str, places: Lookup = None) -> Optional[str]:
    """Country of the dateline opening the document: 'ISLAMABAD:' or 'KABUL, AFGHANISTAN -'."""
    m = DATELINE.match(doc[:80])
    if not m:
        return None
    return _place(reg, m.group(1).strip().title(), places)


def _other_owner(reg: Registry, text: str, sentence: str, home: str) -> Optional[str]:
    """The sentence names another state as the agent's owner: 'Afghanistan's foreign ministry',
    'the Afghan ministry' (the head word of the mention preceded by a state or demonym)."""
    words = [t for t, _ in tokens(text) if t not in ("the", "its", "a")]
    if not words:
        return None
    head = words[-1]
    toks = tokens(sentence)
    for i, (low, _) in enumerate(toks):
        if low != head:
            continue
        before = " ".join(o for _, o in toks[max(0, i - 4):i])
        for it in tag(reg, before):
            c = item_country(reg, it)
            if c is not None and c != home:
                return c
    return None
