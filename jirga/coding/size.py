"""Sizes: dead, injured and arrested counts read from a sentence and attached to the
ASSAULT, COERCE or SANCTION event they belong to.

A count is a number (digits or words, 'a dozen'), or a vague plural with a lower bound
('dozens' -> 24, 'hundreds' -> 200, 'tens' -> 20, 'thousands' -> 2000; not 'scores').
'at least', 'more than', 'over' mark lower bounds. A count pairs with a casualty word:
after an active verb ('killed five police officers', 'injuring 22', 'has killed more than
900'), or before a passive or adjectival one ('five officers were killed', '22 injured', '12
dead'). A sentence that only tells a toll (passive, no agent) also counts the one attack of
the sentence before ('X claimed a bomb attack ... Five officers were killed in the attack').
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from jirga import errors
from jirga.actors.registry import get_registry
from jirga.coding import lexicon
from jirga.model import Document, Size
from jirga.stage import Stage
from jirga.tokens import span_root

SIZE_TYPES = ("ASSAULT", "COERCE", "SANCTION")
# What each type counts: the dead and injured of an attack (as PLOVER has it), the people
# held by an arrest or a prison sentence; a toll told beside an arrest is the attack's.
COUNTED = {"ASSAULT": ("dead", "injured"), "COERCE": ("arrested",), "SANCTION": ("arrested",)}
FIELDS = (("dead", "injured"), ("arrested",))

KIND = {}
for w in ("kill", "killed", "killing", "kills", "dead", "die", "died", "dying", "death", "deaths",
          "slain", "slay", "massacre", "massacred", "behead", "beheaded", "execute", "executed",
          "fatality", "fatalities", "toll", "perish", "perished", "lives", "bodies", "corpses", "martyred"):
    KIND[w] = "dead"
for w in ("injure", "injured", "injuring", "injures", "injury", "injuries", "wound", "wounded",
          "wounding", "wounds", "hurt", "maim", "maimed"):
    KIND[w] = "injured"
for w in ("arrest", "arrested", "arresting", "arrests", "detain", "detained", "detaining", "detention",
          "apprehend", "apprehended", "nab", "nabbed", "round", "rounded", "capture", "captured",
          "jail", "jailed", "imprison", "imprisoned", "held", "custody", "abduct", "abducted",
          "kidnap", "kidnapped", "remand", "remanded", "sentenced"):
    KIND[w] = "arrested"

WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
           "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
           "dozen": 12}
# 'scores' is left out: far more often a verb or the noun of a game than 'scores of people'
VAGUE = {"dozens": 24, "hundreds": 200, "tens": 20, "thousands": 2000, "several": 3,
         "many": 10, "numerous": 10}
LOWER_BOUND = {"least", "more", "over", "nearly", "almost", "upwards", "than", "some", "about",
               "around", "approximately", "roughly"}
_AT_LEAST = {"least", "more", "over", "upwards", "than"}
_STOP_BETWEEN = {"and", "but", "while", "as", "after", "before", "when", ";", "which", "who"}
_NONPERSON = {"percent", "%", "km", "kilometers", "kilometres", "miles", "years", "year", "days", "day",
              "months", "month", "hours", "weeks", "rupees", "dollars", "tons", "metres", "meters",
              "afghanis", "$", "billion", "vehicles", "houses", "homes", "buildings", "shops"}


def _number_at(tokens, i) -> Optional[tuple[int, int, bool]]:
    """(value, end_index, at_least) for a number starting at token i, or None."""
    t = tokens[i]
    low = t.lower_
    if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
        return None
    if low in VAGUE:
        j = i + 1
        if j < len(tokens) and tokens[j].lower_ == "of":
            j += 1
        return VAGUE[low], i + 1, True
    if low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower_ == "dozen":
        return 12, i + 2, False
    val = None
    j = i
    total = 0
    while j < len(tokens):
        w = tokens[j].lower_.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            v = float(w)
            if total and v < 1000:
                break
            total = total + v if total else v
            j += 1
            continue
        if w in WORDNUM:
            v = WORDNUM[w]
            if v in (100, 1000, 1_000_000) and total:
                total *= v
            elif total and total % 10 == 0 and total >= 20 and v < 10:
                total += v
            elif total and v < 100:
                break
            else:
                total = total or 0
                total = total + v if total else v
            j += 1
            continue
        if w == "-" and total:
            j += 1
            continue
        break
    if j == i:
        return None
    val = int(total)
    # a year or a time is not a count
    if 1900 <= val <= 2100 and re.fullmatch(r"\d{4}", tokens[i].text):
        return None
    if j < len(tokens) and tokens[j].lower_ in _NONPERSON:
        return None
    at_least = False
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].lower_ in LOWER_BOUND | {"at", "up", "to", "of"}:
        if tokens[k].lower_ in _AT_LEAST:
            at_least = True
        k -= 1
    return val, j, at_least


def _perfect(tok) -> bool:
    """'has killed', 'had wounded': a participle with 'have' is an active verb. A
    participle in a conjunct ('has killed 13 and wounded 56') shares the first verb's."""
    if tok.tag_ != "VBN":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        tok = tok.head
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _passive_or_adjectival(tok) -> bool:
    if tok.tag_ == "VBN":
        return True
    if tok.tag_ in ("JJ", "NN", "NNS"):
        return True
    kids = [c.dep_ for c in tok.children]
    return "auxpass" in kids or "nsubjpass" in kids


def _kind(t) -> Optional[str]:
    """dead / injured / arrested for a casualty word; 'shot dead', 'fatally shot' kill, and so
    does 'the fatal shooting of a man' (its victims are counted after 'of')."""
    if t.lemma_.lower() == "shoot" and any(c.lower_ in ("dead", "fatally") for c in t.children):
        return "dead"
    if t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FATAL for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return "dead"
    return KIND.get(t.lower_) or KIND.get(t.lemma_.lower())


SINGULAR_PRONOUNS = {"he", "she", "him", "her"}
FATAL = frozenset({"fatal", "deadly"})


INTENDING = frozenset({"try", "attempt", "plan", "plot", "threaten", "want", "seek", "vow", "aim",
                       "intend", "bid", "conspire", "scheme", "fail", "hope", "mean"})


def _intended(t) -> bool:
    """'tried to kill the minister', 'a plot to kill him', 'threatened to kill 20 hostages': a
    toll meant, not taken."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    h = t.head
    return t.dep_ in ("xcomp", "acl", "advcl") and h.i != t.i and h.lemma_.lower() in INTENDING


def _one_each(t, persons: frozenset) -> Optional[int]:
    """How many people verb ``t`` harmed or held when each is told as one person and none by
    a number: 'a man was killed', 'police arrested a 46-year-old teacher', 'Deen and
    Villanueva were arrested', 'he was shot dead'. None when any is a plural, a number or
    no person ('the deal was killed')."""
    if t.pos_ == "NOUN":        # 'the fatal shooting of a man', 'the killing of a student'
        passive = False
        heads = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    elif not t.tag_.startswith("VB"):
        return None
    else:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        heads = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not heads and t.tag_ == "VBN" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        heads = [t.head]                                  # 'a man killed in the blast'
    if passive and len(heads) == 1 and heads[0].lower_ in ("who", "that") and t.dep_ == "relcl":
        heads = [t.head]                                  # 'a man who was killed'
    if len(heads) != 1:
        return None
    people, todo = [], [heads[0]]
    while todo:
        h = todo.pop()
        people.append(h)
        todo += [c for c in h.children if c.dep_ == "conj"]
    for h in people:
        if any(c.dep_ == "nummod" for c in h.children):
            return None
        if h.lower_ in SINGULAR_PRONOUNS:
            continue
        if h.tag_ not in ("NN", "NNP") or not (h.ent_type_ == "PERSON" or h.lemma_.lower() in persons):
            return None
    return len(people)


def _listed(toks, nums: list, ni: int, used: set, persons: frozenset) -> int:
    """The count ``nums[ni]`` with those of the nouns listed with its own: 'killed four
    policemen and two civilians' is six dead, '24 civilians, 24 fighters and 25 militiamen
    have been killed' 73; a noun of one person ('and a civilian') adds one. A noun in the
    list without a count ('five soldiers and civilians') leaves the count as it is. The
    counts used are marked in ``used``."""
    s, e, val, _ = nums[ni]
    used.add(ni)
    num = toks[e - 1]
    if num.dep_ != "nummod" or num.head.pos_ not in ("NOUN", "PROPN"):
        return val
    root = num.head
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    nouns, todo = [], [root]
    while todo:
        n = todo.pop()
        nouns.append(n)
        todo += [c for c in n.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if len(nouns) == 1:
        return val
    base, total, mine = toks[0].i, 0, set()
    for n in nouns:
        counts = [c.i - base for c in n.children if c.dep_ == "nummod"]
        found = [k for k, (s2, e2, _, _) in enumerate(nums) if any(s2 <= c < e2 for c in counts)]
        if found and (found[0] == ni or found[0] not in used):
            mine.add(found[0])
            total += nums[found[0]][2]
        elif not counts and n.tag_ in ("NN", "NNP") and (n.ent_type_ == "PERSON" or n.lemma_.lower() in persons) \
                and any(c.lower_ in ("a", "an", "one") for c in n.children):
            total += 1
        else:
            return val
    used.update(mine)
    return total


def extract_size(span, persons: frozenset = frozenset()) -> Size:
    """Counts of dead, injured and arrested in a sentence (a spaCy Span). ``persons``: nouns
    of one person, for counts of one (``_one_each``)."""
    toks = list(span)
    n = len(toks)
    nums = []   # (start, end, value, at_least)
    i = 0
    while i < n:
        r = _number_at(toks, i)
        if r:
            val, j, al = r
            nums.append((i, j, val, al))
            i = j
        else:
            i += 1
    kws = []
    for i, t in enumerate(toks):
        k = _kind(t)
        if k is None:
            continue
        if t.lower_ in ("held", "round", "rounded") and not (t.lower_ != "held" and i + 1 < n and toks[i + 1].lower_ == "up"):
            if t.lower_ == "held" and not any(c.dep_ == "nsubjpass" for c in t.children):
                continue
            if t.lower_ in ("round", "rounded"):
                continue
        if t.lower_ == "lives" and not (i > 0 and toks[i - 1].lemma_ in ("lose", "claim")):
            continue
        if _intended(t):
            continue
        kws.append((i, k, t))
    size = Size()
    used = set()
    # pass 1: counts after active verbs / 'death toll ... to N' / 'the deaths of N'
    for i, kind, t in kws:
        if getattr(size, kind) is not None:
            continue
        # 'Israeli air strikes killed ...' is at times tagged a participle: its subject and
        # object still make it active
        active = ((t.tag_ in ("VBD", "VBG", "VBZ", "VBP", "VB") or _perfect(t)
                   or (t.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in t.children)
                       and any(c.dep_ == "dobj" for c in t.children)))
                  and not any(c.dep_ == "auxpass" for c in t.children))
        if t.lower_ in ("toll",) or (t.tag_ in ("NN", "NNS") and i + 1 < n and toks[i + 1].lower_ in ("of",)):
            active = True
        if not active:
            continue
        for ni, (s, e, val, al) in enumerate(nums):
            if ni in used or s <= i:
                continue
            between = toks[i + 1:s]
            if len(between) > (6 if t.lower_ == "toll" else 3):
                break
            if any(b.lower_ in _STOP_BETWEEN or KIND.get(b.lower_) for b in between):
                break
            setattr(size, kind, _listed(toks, nums, ni, used, persons))
            size.at_least = size.at_least or al
            break
    # pass 2: counts before passive/adjectival casualty words
    for i, kind, t in kws:
        if getattr(size, kind) is not None:
            continue
        best = None
        for ni, (s, e, val, al) in enumerate(nums):
            if ni in used or e > i:
                continue
            between = toks[e:i]
            if len(between) > 6:
                continue
            if any(b.lower_ in (";", "but", "while") or (KIND.get(b.lower_) and b.i != t.i) for b in between):
                continue
            if any(b.lower_ == "and" for b in between) and len(between) > 1:
                continue
            best = (ni, val, al)
        if best is not None:
            ni, val, al = best
            setattr(size, kind, _listed(toks, nums, ni, used, persons))
            size.at_least = size.at_least or al
    # pass 3: people told one by one, no number
    for i, kind, t in kws:
        if getattr(size, kind) is None and persons:
            setattr(size, kind, _one_each(t, persons))
    return size


def _has_counts(s: Size) -> bool:
    return s.dead is not None or s.injured is not None or s.arrested is not None


def size_events(doc: Document, res=None) -> None:
    parsed = doc.parsed
    if parsed is None or not doc.events:
        return
    sents = list(parsed.sents)
    by_sent: dict[int, list] = {}
    for ev in doc.events:
        if ev.event_type in SIZE_TYPES:
            by_sent.setdefault(ev.sentence.index, []).append(ev)
    all_by_sent: dict[int, list] = {}
    for ev in doc.events:
        all_by_sent.setdefault(ev.sentence.index, []).append(ev)
    sizes = {}
    cues = lexicon.get(res).cues if res is not None else {}
    persons = cues.get("person_nouns", frozenset()) | cues.get("casualty_nouns", frozenset())
    if res is not None:       # 'a peacekeeper was killed', 'police arrested a kidnapper'
        persons = persons | get_registry(res).one_person
    # only the sentences whose counts can go to an event: its own, or the one after an
    # attack when it has no event of its own (below)
    wanted = set(by_sent) | {i + 1 for i in by_sent if i + 1 not in all_by_sent}
    for idx in sorted(i for i in wanted if i < len(sents)):
        sz = extract_size(sents[idx], persons)
        if _has_counts(sz):
            sizes[idx] = sz
    for idx, sz in sizes.items():
        evs = by_sent.get(idx)
        if not evs:
            # counts in a follow-up sentence of an attack ('At least five police officers were
            # killed ...' after 'claimed responsibility for a bomb attack'): previous sentence
            prev = by_sent.get(idx - 1)
            if prev and not all_by_sent.get(idx):
                evs = prev
            else:
                continue
        sent = sents[idx]
        nums_at = [t.idx for t in sent if KIND.get(t.lower_)] or [sent.start_char]
        for fields in FIELDS:
            if all(getattr(sz, f) is None for f in fields):
                continue
            cands = [e for e in evs if fields[0] in COUNTED[e.event_type]]
            if not cands:
                continue
            ev = min(cands, key=lambda e: min(abs(e.trigger.start - c) for c in nums_at))
            extra = _told_before(parsed, [ev], by_sent.get(idx - 1, ())) if ev.event_type == "ASSAULT" else []
            # one word, two readings ('sentenced': the conviction and the prison term) count alike
            twins = [e for e in cands if e is not ev and e.trigger.start == ev.trigger.start]
            for target in [ev] + twins + extra:
                if all(getattr(target.size, f) is None for f in fields):
                    size = replace(target.size, at_least=target.size.at_least or sz.at_least)
                    for f in fields:
                        setattr(size, f, getattr(sz, f))
                    target.size = size


def _told_before(parsed, evs: list, before) -> list:
    """The attack of the sentence before that a toll sentence counts: 'X claimed a bomb
    attack on a police post. At least five officers were killed and 22 injured in an
    attack in the district.' The toll's event is only casualties, passive and with no
    agent of its own, so it tells the harm of the one attack just named (exactly one,
    an ASSAULT with no counts)."""
    prior = [e for e in before if e.event_type == "ASSAULT" and not _has_counts(e.size)]
    if len(prior) != 1 or not evs:
        return []
    for ev in evs:
        t = span_root(parsed, ev.trigger.start, ev.trigger.end)
        if (t is None or KIND.get(t.lower_) not in ("dead", "injured") or not _passive_or_adjectival(t)
                or any(c.dep_ == "agent" for c in t.children)):
            return []
    return prior



STAGE = Stage("size", requires=("parsed", "events"), provides=("event.size",),
              reject_code=errors.SIZE_FAILED, run=size_events)
