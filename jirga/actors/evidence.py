"""Which state a bare agent noun ('the foreign ministry', 'soldiers') belongs to, from evidence
nearer than the counts of ``context.main_country``, strongest first:

1. ``own``: a place the geoparser found in the mention's own words ('Quetta police', 'a
   Lahore court'); ``attached``: a state named in a phrase attached to the mention in its sentence ('soldiers at
   the Pakistani post', 'the ministry in Islamabad');
   ``antecedent``: a definite mention ('the delegation', 'the foreign minister') is the same
   noun the sentences just before name with its state ('a high-level Pakistani delegation',
   "Pakistan's foreign minister"), not the state the story names most; ``origin``: for
   unnamed armed men, the state their act came from, told in their clause ('a gunman fired
   on the guards from the Afghan side');
2. ``event_place``: for security forces, armed groups, attackers and civilians, the country of
   the place where the sentence's event happens ('militants killed nine soldiers in North
   Waziristan', 'gunmen attacked a checkpoint on the outskirts of Dera Ismail Khan');
3. ``earlier_place``: for the same agents, when their sentence names no state (or only the
   state that qualifies the other side: 'Afghan shelling killed seven civilians'), the place
   the places stage carried over to the event from an earlier sentence, else the place
   the sentences just before locate something in, else the document's dateline ('PESHAWAR:
   ... The attack killed 101 people'): where the story's events happen, not the state it
   talks most about;
4. ``dateline``: for government agents, and courts, legislators and parties (a state's own
   politics: 'District Judge X' in a story datelined BELFAST), the country of the document's
   dateline ('ISLAMABAD:'), unless the sentence names another state as the agent's owner ('Afghanistan's ministry').

``agent_country`` returns None when no rule applies; the caller then counts names.
``force_sector``: 'officers', 'personnel' in a story about the police are police officers.
``earlier_attackers``: 'the attackers', 'the gunmen' are the armed men named just before.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional, Sequence

from jirga.actors.anaphora import place_country
from jirga.actors.context import context_countries, item_country, memo, story_states
from jirga.actors.mention import tag
from jirga.actors.registry import Registry
from jirga.actors.text import norm, tokens

Lookup = Optional[Callable[[str], list]]

ATTACH = {"at", "in", "of", "from", "inside", "near", "on", "along", "based"}
# a clause boundary: the attached phrase ends before a verb-like word or punctuation
BOUNDARY = {"said", "says", "say", "who", "which", "that", "and", "or", "but", "were", "was", "is",
            "are", "had", "has", "have", "after", "when", "while", "as", "to", "by", "with", "for"}
GOV_SECTORS = {"GOV", "JUD", "LEG", "OPP", "PTY"}
# sectors whose country is where the event happens (not the attackers'); not intelligence
# services, whose work is abroad ("the agency said North Korean troops were in Russia").
# Unnamed armed men ('militants', 'gunmen', 'a suicide bomber') are the place's too: the
# same attack must not be PAK REB in one report and AFG REB in another that talks of Kabul.
PLACE_SECTORS = {"MIL", "COP", "CVL", "MED", "BUS", "LAB", "EDU", "REL", "JRN", "AGR", "SOC",
                 "REB", "UAF", "PRM", "CRM"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "the", "a", "an"}
DATELINE = re.compile(r"\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Za-z][A-Za-z.'\- ]{1,40}?)?\s*(?:\([^)]{1,40}\)\s*)?[:\u2013\u2014-]\s")


def agent_country(reg: Registry, text: str, context: Sequence[str], sector: Optional[str],
                  places: Lookup = None, before: Optional[str] = None, avoid=(),
                  where: Optional[str] = None, carried: Optional[str] = None,
                  own: Optional[str] = None) -> Optional[str]:
    """The state of a bare agent by the rules above, or None. ``before``: the document text
    up to the mention; ``avoid``: states named by the other side of the event (the attackers'
    'Afghan' is no evidence for their victims); ``where``: the country of the event's place,
    when the places stage found it in the sentence (rule 2, before the nearest place);
    ``carried``: the country of the event's place the places stage carried over from an
    earlier sentence (rule 3, before the place of the sentences just before); ``own``: the
    country of a place the geoparser read inside the mention (rule 1)."""
    if not context:
        return None
    sentence, doc = context[0], context[-1]
    if places is not None:
        places = _StoryPlaces(places, reg, context)
    found = own or attached(reg, text, sentence, places) or antecedent(reg, text, before)
    if found:
        return found
    if sector in ARMED_MEN:
        found = origin(reg, text, sentence)
        if found:
            return found
    if sector in PLACE_SECTORS:
        found = where or event_place(reg, text, sentence, places)
        if found:
            return found
        if not set(context_countries(reg, sentence)) - set(avoid):
            found = carried or earlier_place(reg, before, places) or (
                dateline(reg, doc, places) if len(context) > 1 else None)
            if found:
                return found
    if sector in GOV_SECTORS and len(context) > 1:
        home = dateline(reg, doc, places)
        if home:
            return _other_owner(reg, text, sentence, home) or home
    return None


class _StoryPlaces:
    """The gazetteer lookup with the places of the story's states first (``prefer``): "civilians
    in Spera" in a story about Khost are Afghans, not the people of an Italian village of that
    name; ``anaphora._place_of`` also takes a village of those states the gazetteer gives no
    population. The states are counted at the first lookup: most mentions need none."""

    def __init__(self, places: Lookup, reg: Registry, context: Sequence[str]):
        self.places, self.reg, self.context = places, reg, context
        self._prefer: set | None = None

    @property
    def prefer(self) -> set:
        if self._prefer is None:
            self._prefer = set(story_states(self.reg, self.context))
        return self._prefer

    def __call__(self, name: str) -> list:
        found = self.places(name)
        return sorted(found, key=lambda e: e.country not in self.prefer) if len(found) > 1 else found


def _place(reg: Registry, name: str, places: Lookup) -> Optional[str]:
    """Country of a named place: a state, capital or region in the registry, else the gazetteer.
    A person ('in the words of Imran Khan') is no place."""
    items = tag(reg, name)
    if any(it.kind == "actor" and it.actors[0].kind == "person" for it in items):
        return None
    for it in items:
        c = item_country(reg, it)
        if c is not None:
            return c
    if places is not None and name.lower() not in NOT_PLACES:
        try:
            return place_country(places, name, getattr(places, "prefer", ()))
        except Exception:  # noqa: BLE001 - a failing lookup is no evidence
            return None
    return None


# 'the Line of Control', 'the Gulf of Aden': 'of' joins the words of one name
NAME = re.compile(r"(?:the\s+)?((?:[A-Z][\w\-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*)*)")
PREP = re.compile(r"\b(in|at|near|inside|outside|on|along|across|into)\s+", re.I)
# words that end the walk from a preposition to the name it locates in ('on the outskirts
# of Dera Ismail Khan', 'at civilian areas of Chaman'): another preposition or a clause word
STOP = BOUNDARY | {"from", "against", "over", "about", "under", "between", "during", "since", "before",
                   "until", "into", "on", "in", "at", "near", "along", "across", "inside", "outside",
                   "through", "toward", "towards", "amid", "among", "than", "like", "who", "whose"}
SKIP = 4  # lowercase words at most between the preposition and the name


def _name_at(raw: str) -> Optional[str]:
    """The capitalised name opening ``raw`` ('the Kurram district' -> 'Kurram'), if any."""
    m = NAME.match(raw)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in NOT_PLACES]
    return " ".join(words) or None


# unnamed armed men, whose state is where they came from when their clause says so
ARMED_MEN = {"REB", "UAF", "PRM", "CRM"}
ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?([A-Z][\w\-]+)\s+(?:side|territory|soil)\b")


def origin(reg: Registry, text: str, sentence: str) -> Optional[str]:
    """The state an act of the mention came from, told in its clause: 'a gunman fired on the
    guards from the Afghan side', 'militants fired rockets from Afghan territory'."""
    pos = sentence.find(text)
    if pos < 0:
        return None
    clause = re.split(r"[,;:.()!?\"\u2013\u2014]", sentence[pos + len(text):], maxsplit=1)[0]
    m = ORIGIN.search(clause)
    if m is None:
        return None
    for it in tag(reg, m.group(1)):
        c = item_country(reg, it)
        if c is not None:
            return c
    return None


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
    wider = WITHIN.match(rest[rest.find(name) + len(name):]) if name else None
    c = (_place(reg, _name_at(wider.group(1)), places) if wider else None) or (
        _place(reg, name, places) if name else None)
    if c is not None:
        return c
    for it in tag(reg, " ".join(window)):  # demonyms, state names, capitals
        c = item_country(reg, it)
        if c is not None:
            return c
    return None


# 'in the Isham area of North Waziristan': the wider place after it is the better known and
# says whose the small one is (a village name is often also a village elsewhere)
WITHIN = re.compile(r"\s+(?:area|district|village|town|city|region|province|valley|tehsil|county|"
                    r"outskirts|suburb)\s+of\s+((?:the\s+)?[A-Z].*)")


def _located(raw: str) -> Optional[str]:
    """The capitalised name a locative phrase leads to: right after the preposition or after a
    few lowercase words ('the outskirts of', 'the northwestern district of'), else None."""
    words = raw.split(None, SKIP + 1)
    for i, w in enumerate(words[:SKIP + 1]):
        if w[:1].isupper():
            return _name_at(" ".join(words[i:]))
        bare = w.rstrip(",;:.()!?\"\u2019'")
        if bare != w or bare.lower() in STOP or not bare.isalpha():
            return None
    return None


def located(reg: Registry, sentence: str, places: Lookup = None) -> list[tuple[int, str]]:
    """(offset, country) of every place the sentence locates something in, in text order; a
    demonym ('near the Afghan border') is no place."""
    out = []
    for m in PREP.finditer(sentence):
        rest = sentence[m.end():]
        name = _located(rest)
        if not name or any(it.kind in ("demonym", "plural") for it in tag(reg, name)):
            continue
        wider = WITHIN.match(rest[rest.find(name) + len(name):])
        c = (_place(reg, _name_at(wider.group(1)), places) if wider else None) or _place(reg, name, places)
        if c is not None:
            out.append((m.start(), c))
    return out


def event_place(reg: Registry, text: str, sentence: str, places: Lookup = None) -> Optional[str]:
    """Country of the place nearest the mention that the sentence locates something in ('killed
    nine soldiers in North Waziristan')."""
    pos = sentence.find(text)
    pos = 0 if pos < 0 else pos
    end = pos + len(text)
    best = None
    for start, c in located(reg, sentence, places):
        dist = start - end if start >= end else pos - start
        if best is None or dist < best[0]:
            best = (dist, c)
    return best[1] if best else None


DEFINITE = {"the", "this", "that"}
OWNER_NOUN = re.compile(r"^(?:(?:the|this|that)\s+)?([a-z]+)['\u2019]s\s+\w", re.I)
LEAD = 3   # words before an earlier use of the head noun read for its state
CHAIN = 4  # sentences further back read when the noun is used again in the ``BACK`` before


def antecedent(reg: Registry, text: str, before: Optional[str]) -> Optional[str]:
    """The state of the nearest earlier use of a definite mention's head noun, in its
    sentence or the ``BACK`` before it, that names one in the few words before the noun ('A
    high-level Pakistani delegation ... The delegation met'); earlier uses without a state
    are passed over (they are the same mention again)."""
    words = text.split()
    if not before or not words or len(words) > 4:
        return None
    prior = before.split()[-1:]       # the determiner may be left out of the mention
    if words[0].lower() not in DEFINITE and not (prior and prior[0].lower() in DEFINITE):
        return None
    head = words[-1].lower().strip(".,;:'\"")
    owner = OWNER_NOUN.match(text)
    if owner:               # "the ministry's spokeswoman" is the ministry's named before
        head = owner.group(1).lower()
    if not head.isalpha() or len(head) < 3:
        return None
    lines = _SENT.split(before[-4000:])
    window = " ".join(lines[-1 - BACK:])     # ``before`` ends where the mention starts
    uses = list(re.finditer(rf"\b{re.escape(head)}\b", window, re.I))
    if uses:
        # a chain of re-mentions ('Egypt's foreign ministry ... The Ministry of Foreign Affairs said
        # ... The ministry said'): while the noun keeps coming back, its first use is read too
        window = " ".join(lines[-1 - BACK - CHAIN:])
        uses = list(re.finditer(rf"\b{re.escape(head)}\b", window, re.I))
    for m in reversed(uses):
        lead = re.split(r"[,;:.()!?\"\u2013\u2014]", window[:m.start()])[-1].split()[-LEAD:]
        # the noun's own modifiers: a demonym ('Pakistani') or a possessor ("Pakistan's"),
        # not the subject of a verb before it ('Asif held talks')
        owners = " ".join(w for w in lead if w.endswith(("'s", "\u2019s")))
        for it in tag(reg, " ".join(lead)):
            c = item_country(reg, it) if it.kind in ("demonym", "plural") else None
            if c is not None:
                return c
        for it in tag(reg, owners) if owners else ():
            c = item_country(reg, it)
            if c is not None:
                return c
    return None


BACK = 2  # sentences read back for the place of the story's events
_SENT = re.compile(r"(?<=[.!?])[\"')\]\u201d]*\s+(?=[\"'(\[\u201c]?[A-Z0-9])")


def _back(before: Optional[str]) -> list[str]:
    """The ``BACK`` whole sentences before the one the mention is in (``before`` ends in it)."""
    if not before:
        return []
    return _SENT.split(before[-1500:] + "X")[-1 - BACK:-1]   # 'X': the mention's sentence


def earlier_place(reg: Registry, before: Optional[str], places: Lookup = None) -> Optional[str]:
    """Country of the last place the ``BACK`` sentences before the mention's sentence locate
    something in ('Militants stormed a post in Mir Ali. The attackers were killed.')."""
    if not before:
        return None
    for sent in reversed(_back(before)):
        found = memo(reg, "located", sent, lambda t: located(reg, t, places))
        if found:
            return found[-1][1]
    return None


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


# Agent words every armed service uses ('three officers were wounded'): the registry gives
# them the army's sector; in a story about the police they are police officers.
SHARED_FORCE_WORDS = {"officers", "officer", "personnel", "security personnel"}


def force_sector(reg: Registry, text: str, sector: Optional[str], sentence: str,
                 before: Optional[str] = None) -> Optional[str]:
    """COP for a shared force word ('officers') when its sentence and the ``BACK`` sentences
    before it name the police more often than the army (a post or a weapon counts for the
    army too); else ``sector`` unchanged."""
    words = norm(text).split()
    if sector != "MIL" or not any(" ".join(words[i:]) in SHARED_FORCE_WORDS for i in range(len(words))):
        return sector
    seen = _forces_named(reg, [sentence, *_back(before)])
    if seen["COP"] <= seen["MIL"] and before:
        # the sentences near it tell too little: the story so far ('Police officers responding
        # to reports of a gunman ... Four of the officers then fired') decides with them
        seen += memo(reg, "forces", before, lambda t: _forces_named(reg, [t]))
    return "COP" if seen["COP"] > seen["MIL"] else sector


def _forces_named(reg: Registry, parts) -> Counter:
    """How often the texts name each sector's forces, the shared words left out."""
    seen: Counter = Counter()
    for part in parts:
        low = [t for t, _ in tokens(part)]
        for it in tag(reg, part):
            if " ".join(low[it.start:it.end]) in SHARED_FORCE_WORDS:
                continue
            if it.kind in ("agent", "title"):
                seen[it.sector] += 1
            elif it.kind == "actor" and it.actors[0].kind != "state":
                role = it.actors[0].role_at(None)
                seen[role.sector if role else None] += 1
    return seen


ARMED = {"REB", "PRM", "CRM", "UAF"}
DEFINITE = ("the", "these", "those", "all the")


def earlier_attackers(reg: Registry, before: Optional[str], day) -> Optional[tuple]:
    """'Militants stormed a post ... The attackers rammed a vehicle into it': a definite
    unidentified-attacker noun is the armed men named last in its sentence or the ``BACK``
    before it: ('agent', sector) for a class ('militants' REB), ('actor', Actor) for a named
    group ('the TTP said its men ... the gunmen'). None when the mention is not definite."""
    if not before or not before.rstrip().lower().endswith(DEFINITE):
        return None
    head = _SENT.split(before[-1500:] + "X")[-1][:-1]   # the sentence up to the mention
    for part in [head, *reversed(_back(before))]:
        low = [t for t, _ in tokens(part)]
        for it in reversed(tag(reg, part)):
            if it.kind == "agent" and it.sector in ARMED and " ".join(low[it.start:it.end]) not in ("the",):
                if it.sector != "UAF":
                    return ("agent", it.sector)
            elif it.kind == "actor":
                actor = it.actors[0]
                role = actor.role_at(day)
                if role is not None and role.sector in ARMED and actor.kind != "person":
                    return ("actor", actor)
    return None
