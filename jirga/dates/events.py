"""Event dating: which time expression, if any, gives an event its date.

A time expression dates an event when it attaches, in the dependency tree, to the
trigger's own clause. We walk from the timex head up to the lowest common ancestor
(LCA) with the trigger; the LCA must be the trigger's clause head:

- the trigger itself; for a verb, also the verb it is a ``conj`` of ('stormed the
  town on Monday and killed five') or an adverbial clause without a time of its own of
  ('attacked on Saturday, killing five'; 'were killed on Sunday when forces fired'), and the event noun whose relative clause it heads
  ('Saturday's attack that killed seven'); for a noun, also a support verb
  it is the subject/object of ('held talks on Monday', 'the meeting took place on
  Monday') or that modifies it ('the talks held on Monday'); a relative clause the parser
  hangs on the place of an event noun tells of that event ('Sunday's bombing at a rally in
  Khar, which killed 54');
- on the timex side, the walk may not enter the LCA through a clause edge (relcl, acl,
  advcl, appos, ccomp, xcomp, ...), a verb ``conj`` or a noun that is another event
  ('condemned Monday's attack'), unless that noun is the trigger's subject ('Monday's
  attack killed five') or an 'in/during' adjunct of it ('killed in Monday's attack').

Anchors ('since X', 'after X', 'before X', 'until X') bound an event, they do not date
it: a timex under such a preposition, or on its surface inside such a phrase, is not
used for the events the phrase modifies; the phrase's own event noun takes it ('after Friday's
march'), and so does the relative clause on that noun ('since the March bombing that killed
five'). A span of days or weeks before an anchor of the trigger's clause moves the day the
anchor names ('withdrew a week after the March 3 ceasefire' -> March 10). When several
candidates remain, the one with the shortest path wins.

Reported events. An event with no time of its own that sits in the content of a report
('officials said on Tuesday that militants had attacked a checkpoint'; 'the two sides
agreed to expand trade, his office said on Saturday'; 'X claimed responsibility on Monday
for a bombing that killed 54') takes the date of the nearest enclosing report verb
(``REPORT_VERBS``: say, tell, announce, confirm, ...) that has one, with that date's
precision. This date is an upper bound: the event happened on or before it. The model has
``date_basis`` says which: "text" (its own clause), "report", or "published"; the last
two are upper bounds, which merging reads as "on or before". The report's date is still
closer than the publication date, which can be days after the report. ('according
to X on Tuesday' hangs off the event's own clause, so the ordinary rule already gives
Tuesday.) The report verb's own event ('said') is dated by the ordinary rule.

Past events in a long sentence. An event its own clause and reports leave undated takes a
past time expression of its sentence that the clause rules could not reach ('nine people
were killed when commandos boarded the ship while it sailed to Gaza in May 2010': the time
hangs off the last clause), when the event's trigger is the one nearest that expression of
all the sentence's events and event nouns, no anchor word lies between the two, and the walk
from the expression to the trigger's ancestors passes no other event. The later events of a story are so often told with the date
of a past one that the publication day is the worse guess. ``date_basis`` "sentence". An
event is no nearer claimant when it lies beyond the expression without holding it ('... to
Gaza in May 2010 in spite of a blockade'), nor is a noun that only modifies another ('aid
supplies'); and a span of time of the event's own clause ('In recent months, X has taken
steps to expel ... a policy announced in October') leaves the sentence's dates to others.

A story's time. An event still undated, told in the past tense in a sentence that names no
time, right after a sentence whose dated events all fall on one past date, takes that date
(``date_basis`` "context", not a bound): 'The January 8 meeting ... Akhund reiterated that
...'. A date so taken passes on only to a past perfect ('the troops had opened fire'). When
the story's lead tells its news on one past day, later past acts of that scene take the day
too, over background told in the present or present perfect, until a sentence tells acts on
another date ('The June 4 agreement ... Aid groups have warned ... The mediator praised both
sides'). 'At the time' reads as the one past date named in the sentence before, for its own
clause. A span of time that starts on a day ('for several days beginning on July 9') dates
what it holds by that day.

Otherwise the publication date (precision 'day'); without one, None and a document note.
An event whose own clause dates it after the publication day has not happened yet: it is
marked ``future`` ('talks to be held next month'), whatever its verb's tense; but an act of
saying (``SAID``: 'agreed to meet on 3 March', 'threatened to close the border next week') is
made now, and the later date is its content's: it takes the publication date.
Durations ('in the past 24 hours') date nothing, so such events get the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from typing import Optional

from jirga.coding import lexicon
from jirga.coding.match import CARRIER_NOUNS, SPAN_NOUNS
from jirga.dates.find import timex_document
from jirga.dates.patterns import NUMWORDS
from jirga.dates.resolve import parse_dct
from jirga.dates.story import after, back_references, continue_story, points_back, precision_of
from jirga.model import Document, Span, Timex, is_factual
from jirga.tense import ANCHORS, SAID
from jirga.tokens import REPORT_VERBS, clause_marks
from jirga.tokens import span_root as token

NO_DCT_NOTE = "no publication date: event dates left empty where the text gives none"

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "ccomp", "xcomp", "csubj", "csubjpass",
                         "parataxis", "pcomp"})
COINCIDE_PREPS = frozenset({"in", "during", "amid", "at"})
PLACE_PREPS = frozenset({"at", "in", "near", "on", "outside", "inside"})
TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "night", "weekend", "period", "spell"})
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
# (not 'midnight' or 'noon': those are times of their own, read against the publication day)
TIMES_OF_DAY = frozenset({"dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "light"})
NOUN_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd"})
# verbs that carry a noun event without being an event of their own
SUPPORT = frozenset({"be", "take", "happen", "occur", "end", "conclude", "hold", "carry", "conduct",
                     "launch", "stage", "mount", "begin", "start", "resume", "continue", "pay",
                     "make", "have", "go", "open", "convene", "wrap"})
# verbs whose clausal content is a report: its events happened on or before the report
CLAIM_VERBS = frozenset({"claim", "accept", "admit", "take", "deny"})
RESPONSIBILITY = frozenset({"responsibility", "credit"})
EVENT_NOUNS = frozenset({"attack", "meeting", "talks", "visit", "takeover", "election", "coup",
                         "invasion", "withdrawal", "war", "strike", "bombing", "blast", "clash",
                         "offensive", "summit", "conference", "ceasefire", "truce", "agreement",
                         "deal", "protest", "raid", "operation", "fall", "assault", "killing"})


def _support_verbs(n, extra) -> list:
    """Clause heads a noun trigger shares: support verbs above or attached to it."""
    out = []
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_ in CARRIER_NOUNS | SPAN_NOUNS:
        out += _support_verbs(h.head, extra)     # 'began a second round of talks on Saturday'
    if n.dep_ in NOUN_ARGS and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in extra:
        out.append(h)
    elif (n.dep_ == "pobj" and h.dep_ == "prep" and h.lemma_.lower() in ("in", "for", "into", "to")
          and h.head.pos_ == "VERB" and h.head.lemma_.lower() in extra):
        out.append(h.head)          # 'engaged in talks'
    for c in n.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in extra:
            out.append(c)           # 'the talks held on Monday'
    return out


def _clause_heads(trig, extra, events: set) -> dict:
    """{token index: cost} of the heads whose dependents date the trigger."""
    heads = {trig.i: 0}
    if trig.pos_ in ("NOUN", "PROPN"):
        for v in _support_verbs(trig, extra):
            heads.setdefault(v.i, 1)
        return heads
    t, k = trig, 0
    while True:
        h = t.head
        if h.i == t.i or h.pos_ not in ("VERB", "AUX"):
            break
        if not (t.dep_ == "conj" or (t.dep_ == "advcl" and _shares_time(t))):
            break
        t, k = h, k + 1
        heads.setdefault(t.i, k)
    if t.dep_ in ("relcl", "acl"):
        noun = _event_noun_of(t.head, events)
        if noun is not None and noun.i != trig.i:
            heads.setdefault(noun.i, k + 1)   # 'Saturday's attack that killed seven soldiers'
    return heads


def _event_noun_of(n, events: set, hops: int = 2):
    """The event noun a relative clause on ``n`` tells of: ``n`` itself, or the event noun
    ``n`` is the place of, through up to two 'at/in/near/on' phrases ('Sunday's bombing at
    a rally in Khar, which killed 54': the parser hangs the clause on the nearest noun)."""
    for _ in range(hops + 1):
        if n.i in events:
            return n
        p = n.head
        if n.dep_ != "pobj" or p.lower_ not in PLACE_PREPS or p.head.pos_ not in ("NOUN", "PROPN"):
            return None
        n = p.head
    return None


def _shares_time(v) -> bool:
    """An adverbial clause with no time of its own: a participle ('..., killing five'),
    a 'when/as/while' clause ('were killed on Sunday when forces fired'), or a past verb with
    neither subject nor mark, which is a conjunct the parser took for an adverbial clause
    ('In 2017 the team supported the inauguration, worked with the police and ...')."""
    kids = list(v.children)
    marks = clause_marks(v)
    if marks:
        return marks <= {"when", "as", "while"}
    return v.tag_ in ("VBG", "VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)


def _when_clause(v) -> bool:
    """An adverbial clause opened by 'when' or 'while' (not 'as', also 'because')."""
    marks = clause_marks(v)
    return bool(marks) and marks <= {"when", "while"}


def _anchor_span(tx_tok, sent) -> Optional[tuple[int, int]]:
    """(first, last) token index of an anchor phrase ('since the takeover in August') that
    holds the timex on the surface: an anchor word followed, with no verb or punctuation
    in between, by the timex. A preposition's phrase runs to its object, so that the event
    noun the timex modifies is inside ('after the March 3 ceasefire')."""
    i = tx_tok.left_edge.i - 1
    if i >= sent.start and sent.doc[i].lower_ == "by" and tx_tok.head.i == i and sent.doc[i].head.tag_ == "VB":
        # 'ordered them to leave by November 1', 'must end by Friday': a deadline of an act
        # not yet done bounds it, it does not date it ('moved the House by 9.30 PM' does)
        return i, tx_tok.right_edge.i
    while i >= sent.start:
        t = sent.doc[i]
        if _anchor(t):
            if t.dep_ == "mark":     # 'after a bombing on Friday killed a cleric': the clause
                return i, max(t.head.right_edge.i, tx_tok.right_edge.i)   # it opens, all of it
            # the phrase holds its object's own clause too: 'since the March bombing that
            # killed five' is the bombing's killing, dated by 'March'
            obj = next((c.right_edge.i for c in t.children if c.dep_ == "pobj"), tx_tok.right_edge.i)
            return i, max(obj, tx_tok.right_edge.i)
        if t.pos_ in ("VERB", "AUX", "PUNCT") or t.dep_ in ("mark", "cc"):
            return None
        i -= 1
    return None


def _anchor(t) -> bool:
    """An anchor word ('after the talks', 'before he left'), not one that only tells the time
    of day ('before dawn on Saturday', 'shortly after midnight'): that phrase dates its act."""
    if t.lower_ not in ANCHORS or t.pos_ not in ("ADP", "SCONJ"):
        return False
    return not any(c.dep_ == "pobj" and c.lemma_.lower() in TIMES_OF_DAY for c in t.children)


def _coincides(n, heads: dict) -> bool:
    """Whether event noun ``n`` is where the trigger happened: its subject ('Monday's
    attack killed five') or an 'in/during' adjunct ('died in Monday's attack', 'met on
    the sidelines of a meeting this week')."""
    if n.dep_ in ("nsubj", "nsubjpass") and n.head.i in heads:
        return True
    if n.dep_ != "pobj":
        return False
    p = n.head
    if p.lower_ == "of" and p.head.lemma_.lower() in SIDELINES and p.head.dep_ == "pobj":
        return p.head.head.lower_ in ("on", "at") and p.head.head.head.i in heads
    return p.lower_ in COINCIDE_PREPS and p.head.i in heads


def _path_cost(tx_tok, trig, heads: dict, blockers: set) -> Optional[int]:
    """Steps from the timex up to one of the trigger's clause heads, or None when the
    walk crosses into another clause or event, or goes through an anchor."""
    t, steps = tx_tok, 0
    while t.i not in heads:
        if t.head.i == t.i:
            return None                                    # another tree: no common head
        h = t.head
        if t.dep_ == "advcl" and h.i in heads and _when_clause(t):
            # 'were killed when militants raided the base on Wednesday': a when-clause
            # happens at the trigger's time; the trigger's own time words come first
            t, steps = h, steps + 4
            continue
        if (t.dep_ in CLAUSE_DEPS and not _be_to(t) and not _starting(t)) or \
                (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
            return None
        if t.dep_ in ("prep", "mark") and _anchor(t):
            return None
        if t is not tx_tok and t.i in blockers and t.i != trig.i:
            # the timex dates another event ('condemned Monday's attack'), unless that
            # event is where the trigger happened ('killed in Monday's attack')
            if not _coincides(t, heads):
                return None
        t, steps = h, steps + 1
    return steps + 2 * heads[t.i]


def _starting(t) -> bool:
    """'for several days beginning on July 9', 'a week of talks starting Monday': the verb
    only says where a span of time starts, and that day dates what the span holds."""
    if t.dep_ not in ("acl", "pcomp") or t.lemma_.lower() not in ("begin", "start", "commence"):
        return False
    # on the span's noun ('days beginning on'), or beside it under 'for' (parsed either way)
    return t.head.lemma_.lower() in TIME_UNITS or any(
        c.dep_ == "pobj" and c.lemma_.lower() in TIME_UNITS for c in t.head.children)


def _be_to(t) -> bool:
    """'is to be held next month', 'are to meet on Friday': the verb under 'be to' is the
    clause of 'be' itself, whose subject may be the event ('a summit is to be held')."""
    return (t.dep_ == "xcomp" and t.head.lemma_.lower() == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def _best(parsed, trig, cands, other_trigs: set, extra) -> Optional[object]:
    """The timex that dates token ``trig`` through its own clause, or None.
    ``other_trigs`` may hold ``trig`` itself: it is skipped where used, so that the set is
    never copied per event (documents can hold thousands)."""
    blockers = other_trigs
    heads = _clause_heads(trig, extra, blockers)
    scored = []
    for tx in cands:
        tok = token(parsed, tx.start, tx.end)
        if tok is None or tok.sent.start != trig.sent.start:
            continue
        anc = _anchor_span(tok, tok.sent)
        if anc and not (anc[0] < trig.i <= anc[1]):
            continue
        cost = _path_cost(tok, trig, heads, blockers)
        if cost is None and trig.pos_ == "NOUN" and tok.sent[-1].i >= trig.i > 0 \
                and parsed[trig.i - 1].idx < tx.end <= trig.idx and trig.head.i == parsed[trig.i - 1].head.i:
            cost = 0    # 'during the weekend fighting', parsed as two objects: the time names the act
        if cost is not None:
            scored.append((cost, abs(tx.start - trig.idx), tx))
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


# the clause a verb of saying or claiming takes (``REPORT_VERBS``): what is said, with its own
# time (not any clause the parser hangs on a verb: 'attacked a security forces compound')
CONTENT_DEPS = frozenset({"ccomp"})


def _in_sentence(parsed, trig, cands, other: set, ordered: list, dct) -> Optional[object]:
    """A past timex of ``trig``'s sentence that no closer event claims (module docstring,
    "Past events in a long sentence"), or None; of several, the nearest. ``other``: the
    token indexes of the document's triggers and event nouns; ``ordered``: the same, sorted
    (a long document's are not all read for every event)."""
    up = {trig.i} | {a.i for a in trig.ancestors}
    picks = []
    for tx in cands:
        tok = token(parsed, tx.start, tx.end)
        if tok is None or tok.sent.start != trig.sent.start or _anchor_span(tok, tok.sent):
            continue
        if _beyond(trig, tok):
            continue
        lo, hi = sorted((trig.i, tok.i))
        if any(_anchor(t) for t in parsed[lo:hi]):
            continue            # 'the first visit since the takeover in August 2021'
        date = precision_of(tx.value)
        # with no publication date nothing tells past from future: the sentence's date is
        # still closer than none
        if date is None or (dct is not None and (after(date[0], dct) or date[0] == dct.isoformat())):
            continue
        lo, hi = bisect_left(ordered, tok.sent.start), bisect_left(ordered, tok.sent.end)
        if any(_claims(parsed[i], tok, trig) for i in ordered[lo:hi] if i != trig.i):
            continue
        t = tok
        while t.i not in up and t.head.i != t.i and (t is tok or t.i not in other):
            if t.head.i == trig.i and t.dep_ in CONTENT_DEPS and trig.lemma_.lower() in REPORT_VERBS:
                break       # 'claimed that millions voted illegally in 2016': the content's time
            t = t.head
        if t.i in up:
            picks.append((abs(trig.i - tok.i), tx))
    return min(picks, key=lambda p: p[0])[1] if picks else None


def _framed(parsed, trig, spans: list, other: set) -> bool:
    """Whether a time expression that names no date ('in recent months', 'for years')
    hangs off the trigger or a clause above it with no other event between: 'In recent
    months, Pakistan has taken steps to expel ... a policy announced in October' tells
    the expelling by that span, so the sentence's dates are not the event's."""
    up = {trig.i} | {a.i for a in trig.ancestors}
    for tx in spans:
        t = token(parsed, tx.start, tx.end)
        while t is not None and t.i not in up and t.head.i != t.i and t.i not in other:
            t = t.head
        if t is not None and t.i in up:
            return True
    return False


def _beyond(n, tok) -> bool:
    """Whether noun event ``n`` is a modifier beyond the timex that it does not hold: the
    object of a preposition other than 'in/during/amid/at' ('... to Gaza in May 2010 in spite
    of a blockade'). A noun's own time follows it or sits in its phrase; a subject or
    object ('On Sunday, clashes erupted') shares its clause's."""
    return (n.pos_ in ("NOUN", "PROPN") and n.i > tok.i and not n.left_edge.i <= tok.i
            and n.dep_ == "pobj" and n.head.lower_ not in COINCIDE_PREPS)


def _claims(other, tok, trig) -> bool:
    """Whether event ``other``, nearer the timex ``tok`` than ``trig``, takes it first: one
    on the trigger's side of it, one whose phrase holds it, or a subject or object of a
    clause the timex hangs off that is not the trigger's ('The group, which carried out an
    attack last year, claimed the bombing'). An event beyond the timex that is only a
    modifier there ('... to Gaza in May 2010 in spite of a blockade') takes nothing."""
    if abs(other.i - tok.i) > abs(trig.i - tok.i):
        return False
    if (other.i - tok.i) * (trig.i - tok.i) > 0 or other.left_edge.i <= tok.i <= other.right_edge.i:
        return True
    h = other.head
    return (other.dep_ in NOUN_ARGS and h.i != other.i and any(a.i == h.i for a in tok.ancestors)
            and not any(a.i == h.i for a in trig.ancestors))


def _reporters(trig):
    """Report verbs whose content holds ``trig``, nearest first: the verb of a ``ccomp``
    or ``parataxis`` on the way up ('said on Tuesday that militants attacked'; 'X
    happened, his office said'), a report verb in ``parataxis`` under a clause on the
    way up, and the verb of 'claimed responsibility for <event>'."""
    t = trig
    while True:
        for c in t.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in REPORT_VERBS and c.i > trig.i:
                yield c
        h = t.head
        if h.i == t.i:
            return
        if t.dep_ in ("ccomp", "parataxis") and h.lemma_.lower() in REPORT_VERBS and h.pos_ == "VERB":
            yield h
        elif t.dep_ == "pobj" and h.lower_ == "for":
            g = h.head if h.head.lemma_.lower() not in RESPONSIBILITY else h.head.head
            if (g.pos_ == "VERB" and g.lemma_.lower() in CLAIM_VERBS
                    and any(c.lemma_.lower() in RESPONSIBILITY for c in g.children)):
                yield g
        t = h


def _reported(parsed, trig, cands, other_trigs: set, extra) -> Optional[object]:
    """The timex of the nearest dated report whose content holds ``trig``."""
    for verb in _reporters(trig):
        tx = _best(parsed, verb, cands, other_trigs, extra)
        if tx is not None:
            return tx
    return None


def _lexicon_nouns(res) -> tuple[frozenset, frozenset]:
    """Event nouns and support verbs, with the coding lexicon's when ``res`` is given."""
    nouns, verbs = EVENT_NOUNS, SUPPORT
    if res is not None:
        lex = lexicon.get(res)
        nouns = nouns | frozenset(lex.nouns)
        verbs = verbs | frozenset(v.lower() for v in lex.cues.get("light_verbs", ()))
    return nouns, verbs


def _noun_indexes(parsed, lemmas: frozenset) -> set[int]:
    """Indexes of the nouns whose lemma is one of ``lemmas`` (lower case), read from the
    parse's arrays: making a Token of every word costs more than all the dating after it."""
    from spacy.attrs import DEP, LEMMA, POS
    from spacy.symbols import NOUN
    strings = parsed.vocab.strings
    wanted = _lemma_hashes(strings, lemmas)
    compound = strings.add("compound")
    # a noun that modifies another ('aid supplies', 'attack helicopters') names no event
    return {i for i, (pos, lemma, dep) in enumerate(parsed.to_array([POS, LEMMA, DEP]).tolist())
            if pos == NOUN and lemma in wanted and dep != compound}


_HASHES: dict = {}


def _lemma_hashes(strings, lemmas: frozenset) -> frozenset:
    """The string-store hashes of ``lemmas``, lower case and capitalised, once per lemma set
    (the hashes do not depend on the document)."""
    if lemmas not in _HASHES:
        _HASHES[lemmas] = frozenset(strings.add(w) for w in lemmas) | frozenset(
            strings.add(w.capitalize()) for w in lemmas)
    return _HASHES[lemmas]


def _shifted(doc: Document, parsed, trig, spans: list, cands: list, extra, dct) -> Optional[Timex]:
    """'withdrew a week after the March 3 ceasefire', 'two days before it took effect on
    May 1': a span of days or weeks before an anchor of the trigger's own clause moves the
    day the anchor names; a time expression over the whole phrase, or None."""
    heads = _clause_heads(trig, extra, set())
    for tx in spans:
        m = re.fullmatch(r"P(\d+)([DW])", tx.value)
        sp = parsed.char_span(tx.start, tx.end, alignment_mode="expand")
        if not m or sp is None or sp.end >= len(parsed):
            continue
        a = parsed[sp.end]
        if a.lower_ not in ("after", "before"):
            continue
        clause = a.head if a.dep_ == "mark" else a
        if clause.head.i not in heads and not (a.head.i == sp.root.i and sp.root.head.i in heads):
            continue
        lo, hi = parsed[clause.left_edge.i].idx, parsed[clause.right_edge.i].idx + len(parsed[clause.right_edge.i])
        day = next((parse_dct(t.value) for t in cands if lo <= t.start and t.end <= hi
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)), None)
        if day is None:
            continue
        step = int(m.group(1)) * (7 if m.group(2) == "W" else 1) * (1 if a.lower_ == "after" else -1)
        value = (day + dt.timedelta(days=step)).isoformat()
        if after(value, dct):
            continue
        return Timex(text=doc.text[tx.start:hi], start=tx.start, end=hi, type="DATE", value=value)
    return None


def _undated(timex: list, s) -> list:
    """The time expressions of sentence ``s`` that name no calendar period ('in recent
    months', 'for years', 'recently')."""
    return [tx for tx in timex if s.start <= tx.start and tx.end <= s.end and not precision_of(tx.value)
            and not points_back(tx)]


# words that put an anchor's act close to the act it anchors ('arrested in March shortly
# after she was removed'): within the same month or year; the first set also the same day
CLOSE_DAY = frozenset({"shortly", "just", "immediately", "moments", "minutes", "hours"})
CLOSE = CLOSE_DAY | frozenset({"soon", "days"})


# prepositions of an act that came first: 'closed the crossing on Friday after clashes'
AFTER = frozenset({"after", "following"})


def _close_to_anchor(doc: Document, parsed) -> None:
    """An act its own clause leaves undated, told in an anchor clause that puts it close to
    a dated act ('was detained in June 2019 soon after he was removed from office'), happened
    in that act's period: a month or year, and a day only when the anchor says it was just,
    minutes or hours before or after. ``date_basis`` "sentence". Told after a day with no such
    word ('Torkham was shut on September 6 after border forces exchanged fire', 'closed the
    gate on Friday following clashes'), the act came on or before that day: dated by it as a
    bound, ``date_basis`` "anchor" (the publication day is the worse bound, days later)."""
    by_token = {}
    for ev in doc.events:
        t = token(parsed, ev.trigger.start, ev.trigger.end)
        if t is not None and ev.date and ev.date_basis == "text":
            by_token[t.i] = ev
    for ev in doc.events:
        if ev.date_basis not in (None, "published"):
            continue
        t = token(parsed, ev.trigger.start, ev.trigger.end)
        if t is not None and t.dep_ in ("pobj", "pcomp") and t.head.lower_ in AFTER:
            days = _days_between(t, t.head)
            anchor = by_token.get(t.head.head.i) or _counted_from(doc, parsed, t.head.head, days)
            if anchor is not None:
                _before_day(ev, anchor, days)       # 'shut on Friday after clashes'
            continue
        v = t if t is None or t.pos_ in ("VERB", "AUX") else t.head
        if v is None or v.dep_ != "advcl":
            continue
        marks = [c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
        close = {c.lower_ for m in marks for c in (*v.children, *m.children)
                 if c.dep_ in ("advmod", "npadvmod") and c.lower_ in CLOSE}
        days = _days_between(v, marks[0]) if marks and marks[0].lower_ in AFTER else None
        anchor = by_token.get(v.head.i) or _counted_from(doc, parsed, v.head, days)
        if anchor is None:
            continue
        if marks and marks[0].lower_ in AFTER:
            if days is not None or not close:
                _before_day(ev, anchor, days)
                if ev.date_basis == "sentence":
                    by_token[t.i] = ev      # a day of its own, for the acts told after it in turn
                continue
        if not marks or not close or (anchor.date_precision == "day" and not close & CLOSE_DAY):
            continue
        ev.date, ev.date_precision, ev.date_span = anchor.date, anchor.date_precision, anchor.date_span
        ev.date_basis = "sentence"


class _Day:
    """The day a clause that codes no act names, standing in for a dated act as an anchor."""
    date_precision, future = "day", False

    def __init__(self, date: str, span: Optional[Span], bound: bool = False):
        self.date, self.date_span, self.bound = date, span, bound


def _stated_day(doc: Document, parsed, head) -> Optional[_Day]:
    """The day the clause of ``head`` names ('the crossing stayed shut on Thursday, a day after
    ...': 'stayed' codes no act, yet names the day the anchored act is counted back from): a
    day-valued time expression under a preposition or as a bare noun of the verb or of its
    predicate ('shut on Thursday'), else None."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    own = [head] + [c for c in head.children if c.dep_ in ("acomp", "oprd", "xcomp", "nsubj")]
    heads = [g for v in own for c in v.children if c.dep_ in ("prep", "npadvmod")
             and not (v.dep_ == "nsubj" and c.dep_ == "npadvmod")     # 'the clash on Wednesday came'
             for g in ([c] if c.dep_ == "npadvmod" else [x for x in c.children if x.dep_ == "pobj"])]
    for g in heads:
        for tx in doc.timex:
            if tx.start <= g.idx < tx.end and re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value or ""):
                return _Day(tx.value, Span(tx.start, tx.end, tx.text))
    return None


def _counted_from(doc: Document, parsed, head, days: Optional[int]) -> Optional[_Day]:
    """The day of the clause of ``head`` an act is counted back from: the day it names, else,
    when the anchor counts days ('the clash came four days after fighting ...'), the
    publication day as a bound: that clause happened on or before the day of writing."""
    day = _stated_day(doc, parsed, head)
    if day is None and days is not None:
        day = _told_before(doc, parsed, head)
    if day is None and days is not None and doc.published:
        day = _Day(doc.published, None, bound=True)
    return day


# words that take up what a story has told: 'the attack came a day after ...'
_BACK = frozenset({"the", "this", "that", "it", "these", "those"})


def _told_before(doc: Document, parsed, head) -> Optional[_Day]:
    """The day of the act the subject of ``head`` takes up ('The visit came a day after
    ...', told after 'X held talks in Kabul on Tuesday'): the day the nearest sentence
    before names for its acts, when the subject is a definite noun or 'it'."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in _BACK or any(c.dep_ == "det" and c.lower_ in _BACK
                                                       for c in subj.children)):
        return None
    here = parsed[head.i].idx
    told: dict[int, set] = {}       # sentence index: the days its own words give its acts
    for ev in doc.events:
        if ev.sentence.end <= here and ev.date_basis == "text" and ev.date_precision == "day" and is_factual(ev):
            told.setdefault(ev.sentence.index, set()).add(ev.date)
    days = told[max(told)] if told else set()
    return _Day(next(iter(days)), None) if len(days) == 1 else None


def _before_day(ev, anchor, days: Optional[int] = None) -> None:
    """``ev`` came before ``anchor``'s act: on or before its day, when it has one; ``days``
    before it, when the anchor says how many ('a week after Pakistan closed it')."""
    if anchor.date_precision != "day" or anchor.future or not is_factual(ev):
        return
    day = parse_dct(anchor.date)
    if days is not None and day is not None:
        ev.date, ev.date_precision, ev.date_span = (day - dt.timedelta(days=days)).isoformat(), "day", anchor.date_span
        ev.date_basis = "anchor" if getattr(anchor, "bound", False) else "sentence"
        return
    ev.date, ev.date_precision, ev.date_span = anchor.date, "day", anchor.date_span
    ev.date_basis = "anchor"


def _days_between(v, mark) -> Optional[int]:
    """The days an anchor clause puts between two acts ('a week after', 'two days after'), or None."""
    # 'came a week after police killed': the span may hang on the clause the anchor is under
    host = v.head if mark.head.i == v.i else mark.head
    before = [c for c in host.children if c.dep_ == "npadvmod" and c.right_edge.i + 1 == mark.i]
    for c in (*mark.children, *v.children, *before):
        unit = c.lemma_.lower()
        if c.dep_ != "npadvmod" or unit not in ("day", "week"):
            continue
        n = next((NUMWORDS.get(k.lower_) or (int(k.text) if k.text.isdigit() else None)
                  for k in c.children if k.dep_ in ("nummod", "det")), None)
        if n:
            return n * (7 if unit == "week" else 1)
    return None


def date_events(doc: Document, res=None) -> None:
    """Date ``doc.events`` from the time expression attached to each trigger's own
    clause, else that of a report holding it, else the publication date."""
    if not doc.timex and doc.text:
        timex_document(doc, res)
    parsed = doc.parsed
    noted = False
    other, extra = set(), SUPPORT
    if parsed is not None and doc.events:
        ev_nouns, extra = _lexicon_nouns(res)
        for e in doc.events:
            t = token(parsed, e.trigger.start, e.trigger.end)
            if t is not None:
                other.add(t.i)
        other |= _noun_indexes(parsed, ev_nouns)
    dct = parse_dct(doc.published)
    ordered = sorted(other)
    dated = sorted((tx for tx in back_references(doc, dct) if tx.type in ("DATE", "TIME") and precision_of(tx.value)),
                   key=lambda tx: tx.start)
    starts = [tx.start for tx in dated]
    for ev in doc.events:
        s = ev.sentence
        # a sentence's timexes by bisection: a scan of all of them per event is quadratic
        lo, hi = bisect_left(starts, s.start), bisect_right(starts, s.end)
        cands = [tx for tx in dated[lo:hi] if tx.end <= s.end]
        best, basis = None, "text"
        trig = token(parsed, ev.trigger.start, ev.trigger.end) if parsed is not None else None
        if cands and trig is not None:
            best = _best(parsed, trig, cands, other, extra)
            if best is None:
                best = _shifted(doc, parsed, trig, _undated(doc.timex, s), cands, extra, dct)
            if best is None:
                best, basis = _reported(parsed, trig, cands, other, extra), "report"
            if best is None and not _framed(parsed, trig, _undated(doc.timex, s), other):
                # a time read from the sentence before dates its own clause only
                told = [tx for tx in cands if not points_back(tx)]
                best, basis = _in_sentence(parsed, trig, told, other, ordered, dct), "sentence"
        elif cands and parsed is None:
            best = min(cands, key=lambda tx: abs(tx.start - ev.trigger.start))
        if best is not None:
            ev.date, ev.date_precision = precision_of(best.value)
            ev.date_basis = basis
            ev.date_span = Span(best.start, best.end, best.text)
            if basis == "text" and after(ev.date, dct):
                if ev.event_type in SAID:   # 'agreed to meet on 3 March': said now, of later
                    ev.date, ev.date_precision, ev.date_basis = dct.isoformat(), "day", "published"
                    ev.date_span = None
                else:                       # 'a summit to be held next month': not yet an event
                    ev.future = True
        elif dct:
            ev.date, ev.date_precision, ev.date_basis = dct.isoformat(), "day", "published"
        else:
            ev.date, ev.date_precision, ev.date_basis = None, None, None
            noted = True
    if parsed is not None:
        _close_to_anchor(doc, parsed)
    if parsed is not None and dct is not None:
        continue_story(doc, parsed, dct)
    if noted and NO_DCT_NOTE not in doc.notes:
        doc.notes.append(NO_DCT_NOTE)
