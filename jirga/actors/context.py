"""What the text around a mention says: the states it names, a person named in full, the noun
a bare adjective modifies. Context texts are given nearest first (sentence, then document)."""
from __future__ import annotations

import re
from collections import Counter, OrderedDict
from typing import Any, Callable, Optional, Sequence

from jirga.actors.combine import Resolution, from_actor
from jirga.actors.mention import Item, strip_honorifics, tag
from jirga.actors.registry import Registry
from jirga.actors.text import norm, tokens


def context_countries(reg: Registry, text: str) -> Counter:
    """How often each state is named in a text (names, capitals, demonyms, state bodies)."""
    return memo(reg, "ctx", text, lambda t: _count_countries(reg, t))


# 'the Iranian-backed militia', 'a Saudi-funded group': the state named is a backer, not where
# the story happens nor whose its people are
BACKING = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "financed"})
# 'fired from near the Afghan border', 'on Pakistani soil', 'met in the Turkish city': the state
# named is where something is, no evidence whose people act there; 'Afghan border forces' are
# still Afghan
WHERE = re.compile(r"\b([A-Z][\w-]+)\s+(?:border|borders|frontier|territory|soil|airspace|city|capital|town|"
                   r"village|province|port|side of the border)\b(?!\s+(?:"
                   r"forces?|guards?|police|troops|security|officials|officers|personnel|authorities|posts?)\b)")

# 'Eric Miller, an American;', 'the victims included a Briton and ...': one person's
# nationality, said of a foreigner caught up in the story, no evidence of where it happens
NATIONALITY = re.compile(r"\b[Aa]n?\s+([A-Z][\w-]+)(?=\s*[,;.)]|\s+and\b)")


def _count_countries(reg: Registry, text: str) -> Counter:
    counts: Counter = Counter()
    toks = tokens(text)
    low = [t for t, _ in toks]
    where = Counter(m.group(1).lower() for m in WHERE.finditer(text))
    where.update(m.group(1).lower() for m in NATIONALITY.finditer(text))
    for it in tag(reg, text):
        if _bare_acronym(it, toks):
            continue
        if it.end < len(low) and low[it.end] in BACKING and it.kind in ("demonym", "actor"):
            continue
        if it.kind == "demonym" and it.end - it.start == 1 and where[low[it.start]] > 0:
            where[low[it.start]] -= 1
            continue
        c = item_country(reg, it)
        if c is not None:
            counts[c] += 2 if it.kind == "actor" and it.actors[0].kind == "region" else 1
    return counts


def _bare_acronym(it, toks) -> bool:
    """A group's short acronym ('MDC', 'PTI'): letters many bodies share the world over (the
    Nenagh MDC is a district council, not Zimbabwe's party), too weak to say where a story is;
    states' and capitals' names still count."""
    if it.kind != "actor" or it.actors[0].kind in ("state", "capital", "region"):
        return False
    words = [o for _, o in toks[it.start:it.end]]
    return len(words) == 1 and words[0].isupper() and len(words[0]) <= 4


SHORT = 5_000       # longer context texts are documents: a few of them are kept apart
MEMO_SIZE = {False: 2000, True: 4}


def memo(reg: Registry, name: str, text: str, build: Callable[[str], Any]) -> Any:
    """``build(text)``, once per text (in ``reg.cache``, least recently used dropped first).
    Documents (texts over ``SHORT`` characters) have their own small memo, so the document
    read again for every mention is never pushed out by its many sentences: reading it again
    would make the actor stage quadratic in its length."""
    key = (name, len(text) > SHORT)
    cache = reg.cache.get(key)
    if cache is None:
        cache = reg.cache[key] = OrderedDict()
    if text in cache:
        cache.move_to_end(text)
        return cache[text]
    value = cache[text] = build(text)
    if len(cache) > MEMO_SIZE[key[1]]:
        cache.popitem(last=False)
    return value


def story_states(reg: Registry, context: Sequence[str]) -> list[str]:
    """The states the context texts name, the widest text's first, each by how often it is
    named: whose places a place name most likely means."""
    return list(dict.fromkeys(c for ctx in context[::-1] for c, _ in context_countries(reg, ctx).most_common()))


def named_states(reg: Registry, text: str) -> set:
    """The states a mention's own words name as such: a demonym or a state's name ('Afghan
    border forces', "Pakistan's army" -> AFG, PAK); not a group's home ('the TTP')."""
    return {c for it in tag(reg, text) if it.kind in ("demonym", "plural") or (
        it.kind == "actor" and it.actors[0].kind in ("state", "capital"))
        for c in [item_country(reg, it)] if c is not None}


def item_country(reg: Registry, it: Item) -> Optional[str]:
    if it.kind in ("demonym", "plural"):
        return it.country.roles[0].country
    if it.kind == "actor" and it.actors[0].kind != "media":
        if len(it.actors) > 1 and len({_home(a) for a in it.actors}) > 1:
            return None  # an alias of several countries' actors (PTI, RSF) is no evidence
        role = it.actors[0].role_at(None)
        if role and role.country in reg.states:
            return role.country
    return None


def _home(actor) -> Optional[str]:
    role = actor.role_at(None)
    return role.country if role else None


def _nearest(reg: Registry, sentence: str, text: str, tied: set) -> Optional[str]:
    """Of the tied countries, the one named nearest the mention (before it preferred)."""
    pos = sentence.find(text)
    if pos < 0:
        return None
    m0 = len(tokens(sentence[:pos]))
    m1 = m0 + len(tokens(text))
    best = None
    for it in tag(reg, sentence):
        c = item_country(reg, it)
        if c not in tied or m0 <= it.start < m1:
            continue
        dist = m0 - it.end if it.end <= m0 else it.start - m1 + 0.5
        if best is None or dist < best[0]:
            best = (dist, c)
    return best[1] if best else None


def main_country(reg: Registry, context: Sequence[str], text: str = "",
                 exclude=None) -> Optional[str]:
    """Most named state: the first context text (sentence) decides, the others break ties
    (then nearness to the mention in the sentence). ``exclude``: a state (or a collection of
    states) not to pick: the kin state of 'ethnic Albanians', who live elsewhere; the state
    that qualifies the attackers, for their victims."""
    skip = {exclude} if isinstance(exclude, str) else set(exclude or ())
    total: Counter = Counter()
    for weight, ctx in zip((1_000_000, 1_000, 1), context):
        for c, n in context_countries(reg, ctx).items():
            if c not in skip:
                total[c] += weight * n
    if not total:
        return None
    if text and context:
        first = Counter({c: n for c, n in context_countries(reg, context[0]).items() if c not in skip})
        top = max(first.values(), default=0)
        tied = {c for c, n in first.items() if n == top}
        if len(tied) > 1:
            return _nearest(reg, context[0], text, tied) or total.most_common(1)[0][0]
    return total.most_common(1)[0][0]


def surname(reg: Registry, text: str, context: Sequence[str], day) -> Optional[Resolution]:
    """'Rehman' or 'Sadiq' named in full elsewhere in the context."""
    words = strip_honorifics(reg, norm(text)).split()
    while len(words) > 1 and (words[-1] in reg.agents or words[-1] in ("office", "statement")):
        words = words[:-1]  # "Haqqani's office" -> Haqqani
    key = " ".join(words)
    if not words or len(words) > 2:
        return None
    for ctx in context:
        named = memo(reg, "named", ctx, _Named)
        for alias, actor in reg.surnames.get(words[-1], ()):
            if alias != key and alias.endswith(" " + key) and named.has(alias):
                return from_actor(text, actor, day, "coref")
    return None


def given_name(reg: Registry, text: str, context: Sequence[str], day) -> Optional[Resolution]:
    """'Andrés Manuel' or 'Sheikh Mohammed' after 'Andrés Manuel López Obrador' or 'Sheikh
    Mohammed bin Rashid Al Maktoum' elsewhere in the context: the first words of a full name the
    context holds (the NER often cuts a long name, and rulers are called by their given name).
    Of two named people sharing the first words, the one the context names first."""
    words = _untitled(reg, strip_honorifics(reg, norm(text)).split())
    key = " ".join(words)
    if not words or len(words) > 3 or len(words[0]) < 3:
        return None
    for ctx in context:
        named = memo(reg, "named", ctx, _Named)
        found = {actor.name: (alias, actor) for alias, actor in reg.given.get(words[0], ())
                 if alias != key and alias.startswith(key + " ") and named.has(alias)}
        if len(found) == 1:
            return from_actor(text, next(iter(found.values()))[1], day, "coref-given")
        if found:
            # "Park" in a story naming Park Geun-hye and then her father Park Chung-hee: the
            # person the story introduces first is the one it goes on to call by one name
            first = min(found.values(), key=lambda a: named.padded.find(f" {a[0]} "))
            return from_actor(text, first[1], day, "coref-first")
    return None


def person_words(names: Sequence[str]) -> frozenset:
    """The names the parser took for people, and the first and last word of each (a
    family name comes first in Korean or Chinese names, last in most others)."""
    out = set()
    for name in names:
        words = name.split()
        if words:
            out.update((" ".join(words), words[0], words[-1]))
    return frozenset(w for w in out if w[:1].isupper())


def story_person(reg: Registry, text: str, context: Sequence[str], persons: frozenset,
                 where: Optional[str] = None) -> Optional[Resolution]:
    """A person the registry does not know ('Karim Zadran', later 'Zadran'), named as the
    parser named a person: a citizen (CVL) of the state the story names most, else, in a
    story that names no state ('shot in Brooklyn'), of the country of the event's place
    (``where``). A guess from the story, as an analyst makes it, so it stays unresolved
    (users add the person to the registry: ``jirga actors unknown`` lists it)."""
    words = [w for w in text.split() if w.lower() != "the"]
    name = _named_person(words, persons)
    if name is None:
        return None
    country = main_country(reg, context[-1:]) or where
    if country is None:
        return None
    sector = introduced_as(reg, name, context[-1], persons) or "CVL"
    return Resolution(text, None, country, sector, None, False, "story-person")


def _named_person(words: list[str], persons: frozenset) -> Optional[str]:
    """The person's name in a mention: all of it, or what follows the role words the registry
    does not know ('Housing officer Clare Curley', 'ZTA boss Kaseke': a person all the same,
    of the story's state)."""
    for k in range(len(words)):
        name = " ".join(words[k:])
        if name in persons and all(w[:1].isupper() for w in words[k:]) and not name.isupper():
            return name
    return None


ROLE_KINDS = ("agent", "title")
ARTICLES = {"a", "an", "the"}
SAYING = {"said", "says", "say", "told", "added", "reported", "reports", "wrote"}


def story_body(reg: Registry, text: str, context: Sequence[str],
               where: Optional[str] = None) -> Optional[Resolution]:
    """A body the registry does not know, which the story introduces by what it is: 'the
    Banga Liberation Front, a separatist group' (REB), 'the separatist group Banga Front',
    'Okoro Congress, an opposition party' (OPP); of the state the story names most, else of
    the event's place. Unresolved, as ``story_person``."""
    words = [w for w in text.split() if w.lower() != "the"]
    name = " ".join(words)
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or name.isupper():
        return None
    per_doc = memo(reg, "bodies", context[-1], lambda _: {})
    if name not in per_doc:
        per_doc[name] = _introduced(reg, name, context[-1])
    sector = per_doc[name]
    if sector is None:
        return None
    return Resolution(text, None, main_country(reg, context[-1:]) or where, sector, None, False, "story-body")


BODY_NOUN = (r"(?:group|party|organi[sz]ation|movement|outfit|network|front|faction|militia|union|"
             r"association|alliance|coalition|body|agency|council|committee|federation|society)")
BODY_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+([^,.;:()\"]{0,40}?\b" + BODY_NOUN + r")\b", re.I)
BODY_BEFORE = re.compile(r"\b(?:a|an|the)\s+([^,.;:()\"]{0,40}?\b" + BODY_NOUN + r")\s+$", re.I)


def _introduced(reg: Registry, name: str, doc: str) -> Optional[str]:
    """The sector of a body noun phrase set beside the name ('a separatist group')."""
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc):
        said = BODY_AFTER.match(doc[m.end():m.end() + 60]) or BODY_BEFORE.search(doc[max(0, m.start() - 60):m.start()])
        if said is None:
            continue
        sectors = [it.sector for it in tag(reg, said.group(1)) if it.kind in ROLE_KINDS and it.sector]
        if sectors:
            return sectors[-1]
    return None


def introduced_as(reg: Registry, name: str, doc: str, persons: frozenset) -> Optional[str]:
    """``_introduced_as``, once per name and document: it reads the whole document, and a
    long one names its people again and again."""
    per_doc = memo(reg, "introduced", doc, lambda _: {})
    if name not in per_doc:
        per_doc[name] = _introduced_as(reg, name, doc, persons)
    return per_doc[name]


def _introduced_as(reg: Registry, name: str, doc: str, persons: frozenset) -> Optional[str]:
    """Sector of the role noun a story introduces a person with, where it names the person in
    full: 'the journalist Karim Zadran', 'a journalist, Karim Zadran', 'Karim Zadran, a
    journalist' -> JRN; the first such introduction counts. None when the story gives none.
    Later mentions ('Zadran', 'him') are the same person, so they keep the role."""
    full = sorted((p for p in persons if " " in p and (p == name or p.endswith(" " + name)
                                                      or p.startswith(name + " "))), key=len, reverse=True)
    hits = []
    for p in full:
        for m in re.finditer(r"(?<!\w)" + re.escape(p) + r"(?!\w)", doc):
            sector = _role_before(reg, doc[max(0, m.start() - 60):m.start()]) or \
                _role_after(reg, doc[m.end():m.end() + 60])
            if sector:
                hits.append((m.start(), sector))
    return min(hits)[1] if hits else None


def _role_before(reg: Registry, prefix: str) -> Optional[str]:
    """'... jailed journalist ' / '... a journalist, ': a role noun right before the name,
    in the same sentence."""
    prefix = re.split(r"[.;:!?]\s", prefix)[-1]
    toks = tokens(prefix)
    items = tag(reg, prefix)
    last = items[-1] if items else None
    if last is None or last.kind not in ROLE_KINDS or last.end != len(toks):
        return None
    # 'told reporters Karim Zadran was ...': the reporters are the audience, not his role
    return None if last.start and toks[last.start - 1][0] in SAYING else last.sector


def _role_after(reg: Registry, suffix: str) -> Optional[str]:
    """', a journalist' / ', the editor of ...': an apposition with an article after the name
    (', police said' is a source, not a role)."""
    if not suffix.startswith(","):
        return None
    clause = re.split(r"[,.;:!?()]", suffix[1:], maxsplit=1)[0]
    toks = tokens(clause)
    if not toks or toks[0][0] not in ARTICLES:
        return None
    for it in tag(reg, clause):
        if it.kind in ROLE_KINDS:
            between = [o for _, o in toks[1:it.start]]
            after = toks[it.end][0] if it.end < len(toks) else ""
            if len(between) <= 2 and all(w[:1].islower() for w in between) and after not in SAYING:
                return it.sector
            return None
    return None


def _untitled(reg: Registry, words: list[str]) -> list[str]:
    """The words after any leading titles ('President', 'Prime Minister', 'Emir')."""
    while len(words) > 1:
        n = next((k for k in (3, 2, 1) if k < len(words) and (" ".join(words[:k]) in reg.titles
                                                              or " ".join(words[:k]) in reg.rulers)), 0)
        if not n:
            break
        words = words[n:]
    return words


class _Named:
    """A context text normalised once (not once per mention: a long document would make the
    actor stage quadratic), and which names it holds as whole words, each looked for once."""
    __slots__ = ("padded", "found")

    def __init__(self, text: str):
        self.padded = f" {norm(text)} "
        self.found: dict[str, bool] = {}

    def has(self, key: str) -> bool:
        hit = self.found.get(key)
        if hit is None:
            hit = self.found[key] = f" {key} " in self.padded
        return hit


STOP = {"the", "a", "an", "on", "in", "at", "of", "to", "by", "for", "with", "from", "into", "near",
        "who", "which", "that", "was", "were", "is", "are", "has", "have", "had", "said", "says"}


def lookahead(reg: Registry, text: str, sentence: str) -> Optional[str]:
    """Sector of the noun a bare adjective modifies in its sentence: 'Hungarian and Romanian
    officials' -> GOV; a common noun we have no sector for ('Palestinian homes', 'Mexican
    immigrants') -> CVL; a name ('Palestinian Islamic Jihad') or nothing -> None."""
    pos = sentence.lower().find(text.lower())
    if pos < 0:
        return None
    window = re.split(r"[.;:()!?\"]", sentence[pos + len(text):], maxsplit=1)[0]
    toks = tokens(" ".join(window.split()[:8]))
    starts = {it.start: it for it in tag(reg, " ".join(o for _, o in toks))}
    i = content = 0
    while i < len(toks) and content < 3:
        it = starts.get(i)
        if it is not None:
            if it.kind in ("agent", "title"):
                return it.sector
            if it.kind not in ("demonym", "plural", "people"):
                # a name right after the adjective is what it names ('Palestinian Islamic
                # Jihad'); after a common noun it is past the phrase ('a Turkish ship
                # angered Ankara')
                return "CVL" if content else None
            i = it.end
            continue
        low, orig = toks[i]
        if low in ("and", "or"):
            i += 1
            continue
        if low in STOP or orig[:1].isupper():
            break
        content, i = content + 1, i + 1
    return "CVL" if content else None


def from_mention(text: str, sentence: str, before: Optional[str]) -> str:
    """The sentence from the mention on. A word said twice ('the Turkish premier ... a Turkish
    ship') is read where the mention is: the last occurrence whose preceding words end
    ``before`` (an earlier one's shorter prefix may end it by chance: the empty one always does)."""
    at = sentence.find(text)
    if not before or at < 0:
        return sentence[max(at, 0):]
    found, back = at, before.rstrip()
    while at >= 0:
        head = sentence[:at].rstrip()
        if back.endswith(head) if len(head) <= len(back) else head.endswith(back):
            found = at
        at = sentence.find(text, at + 1)
    return sentence[found:]


OWNER = re.compile(r"\bof ((?:[A-Z][\w'.-]*\s?){1,3})$")


def owner_country(reg: Registry, text: str, context: Sequence[str], day) -> Optional[str]:
    """The country of the person an agent noun is 'of' when the story names them in full
    elsewhere ('supporters of Park', 'lawyers of Zuma'): theirs, not the nearest state's."""
    m = OWNER.search(text)
    if m is None:
        return None
    who = m.group(1).strip()
    found = surname(reg, who, context, day) or given_name(reg, who, context, day)
    return found.country if found is not None and found.country in reg.states else None
