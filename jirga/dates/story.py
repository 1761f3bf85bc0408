"""A story's time: the time a story tells its acts in when their own clauses name none
(``continue_story``, module docstring of ``jirga.dates.events``, "A story's time"), and the
small readings of time it shares with event dating.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from jirga.model import BOUND_BASES, Document, Span, Timex, is_factual
from jirga.periods import first_day
from jirga.tense import SAID, anchored, away, clause_verb, told_tense
from jirga.tokens import span_root as token

# 'at the time' points back at the time just named
AT_THE_TIME = frozenset({"at the time", "at that time"})
# dates a story can go on in: told by the text, not bounds
STORY_BASES = frozenset({"text", "sentence", "context"})


def precision_of(value: str) -> Optional[tuple[str, str]]:
    """Event date and precision for a TIMEX3 value, or None if it names no calendar period."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0), "day"
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        return m.group(0), "week"
    m = re.match(r"^(\d{4})-(\d{2})$", value)
    if m:
        return value, "month"
    m = re.match(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$", value)
    if m:
        return m.group(1), "year"
    return None


def after(date: Optional[str], dct) -> bool:
    """Whether a coded date's period starts after the publication day: the event its own
    clause dates so ('next month', 'on 3 March' in a January article) has not happened."""
    first = first_day(date)
    return dct is not None and first is not None and first > dct


def points_back(tx) -> bool:
    return " ".join(tx.text.lower().split()) in AT_THE_TIME


def back_references(doc: Document, dct) -> list:
    """``doc.timex``, with 'at the time' read as the one past date named in the sentence
    before ('In September 2021 reports emerged of infighting. At the time, the ISI chief
    visited Kabul'); left as it is when that sentence names none, or several."""
    out = list(doc.timex)
    starts = [s.start for s in doc.sentences]
    for k, tx in enumerate(out):
        if not points_back(tx) or precision_of(tx.value):
            continue
        i = bisect_right(starts, tx.start) - 1
        if i < 1:
            continue
        prev = doc.sentences[i - 1]
        named = [t for t in doc.timex if prev.start <= t.start and t.end <= prev.end
                 and t.type in ("DATE", "TIME") and precision_of(t.value)
                 and not after(precision_of(t.value)[0], dct)]
        if len({t.value for t in named}) == 1:
            out[k] = Timex(text=tx.text, start=tx.start, end=tx.end, type=tx.type, value=named[-1].value)
    return out


def continue_story(doc: Document, parsed, dct) -> None:
    """Events told in the past tense in a sentence with no time of its own take the time the
    story tells them in (``date_basis`` "context"):

    * right after a sentence whose events happened on one past date, that date: a story goes
      on in the time it has set ('Nine were killed in May 2010 ... The government said its
      commandos used force'). A date so taken is passed on only to a past perfect ('the
      troops had opened fire'), which by its tense still tells of that past;
    * a sentence that codes no act but names the past day or month of its own main clause
      ('On Tuesday the military held a news conference.') sets that date as one that does
      (``_untold_times``);
    * else, while the story is on the past day its lead tells the news of (``_story_day``),
      that day: the quotes and acts of the scene told paragraphs later ('The March 3 talks
      ... "We want calm borders," he was quoted as saying ... The envoy agreed to ...'),
      over background told in the present or present perfect. A sentence telling acts on
      another date leaves that day until one tells it again; an act put before or since
      another time ('Before flying home, he told ...') is not of the day.

    Not used: a sentence that names any time (but 'at the time', which points back), an
    event that is itself an anchor ('after X invited him last month'), and a sentence before
    with an undated act in the past or present perfect ('has apologised for the 1998 shelling')
    or with acts on other days, the publication day among them. An act of saying coded from
    the words it reports ('"We must trade," he was quoted as saying') is told in the tense of
    the saying. Intentions and other acts not told as facts neither take a date nor stand in
    the way."""
    starts = [s.start for s in doc.sentences]
    times: dict[int, list] = {}     # sentence index: the tokens of the times it names
    for tx in doc.timex:
        k = bisect_right(starts, tx.start) - 1
        if k >= 0 and not points_back(tx):
            times.setdefault(doc.sentences[k].index, []).append(token(parsed, tx.start, tx.end))
    told: dict[int, dict] = {}      # sentence index: {event id: (date, precision, basis, span)}
    tokens = {}
    for ev in doc.events:
        trig = token(parsed, ev.trigger.start, ev.trigger.end)
        tokens[ev.event_id] = trig
        if trig is None or anchored(trig) or not is_factual(ev):
            continue
        if ev.date and ev.date_basis in STORY_BASES:
            told.setdefault(ev.sentence.index, {})[ev.event_id] = (ev.date, ev.date_precision, ev.date_basis,
                                                                  ev.date_span)
        elif ev.date_basis in BOUND_BASES and trig.pos_ in ("VERB", "AUX") and _narrated(clause_verb(trig)):
            # an undated act in the past or present perfect: the sentence's time is not only
            # the one it names ('X has apologised for the 1998 shelling')
            told.setdefault(ev.sentence.index, {})[ev.event_id] = (None, None, ev.date_basis, None)
    _untold_times(doc, parsed, dct, told)
    day = _story_day(doc, parsed, dct, told)
    live = False
    by_sent: dict[int, list] = {}
    for ev in doc.events:
        by_sent.setdefault(ev.sentence.index, []).append(ev)
    for k in sorted(by_sent):
        for ev in by_sent[k]:
            trig = tokens.get(ev.event_id)
            if ev.date_basis != "published" or trig is None or not is_factual(ev) \
                    or any(t is None or not _aside(t, trig) for t in times.get(k, ())):
                continue
            said = told_tense(trig, ev.event_type in SAID)
            taken = _from_before(list(told.get(k - 1, {}).values()), said, dct)
            if taken is None and live and said and not anchored(trig) and not away(trig):
                taken = day
            if taken is not None:
                ev.date, ev.date_precision, ev.date_span = taken
                ev.date_basis = "context"
                told.setdefault(k, {})[ev.event_id] = (*taken[:2], "context", taken[2])
        # an act told aside ('recalling that Morocco was the first to recognise the US in
        # 1777') may keep the story on its day but not move it to another
        dates = {d for eid, (d, _, _, _) in told.get(k, {}).items()
                 if d and not (day is not None and d != day[0] and tokens.get(eid) is not None
                               and _aside(tokens[eid]))}
        if day is not None and dates:
            live = dates == {day[0]}


# the clause edges a sentence's own time does not cross on its way to the root
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "appos"})


# clause edges below which a sentence tells of something beside its own news
_ASIDES = _CLAUSES - {"conj"}


def _aside(tok, trig=None) -> bool:
    """Whether ``tok`` lies in a clause told aside, one the sentence's main clause (holding
    ``trig`` when given) only carries: 'highlighted the two countries' ties, recalling that
    Morocco was the first to recognise the US in 1777' tells no news of 1777, and its
    highlighting keeps the story's day."""
    while tok.head.i != tok.i:
        if tok.dep_ in _ASIDES and not (trig is not None and tok.left_edge.i <= trig.i <= tok.right_edge.i):
            return True
        tok = tok.head
    return False


def _untold_times(doc: Document, parsed, dct, told: dict) -> None:
    """A sentence that codes no act but tells in the past when its news happened ('On
    Tuesday the military held a news conference.') sets the story's time as one that does:
    its one past day or month, hung on its root's own clause, is added to ``told``."""
    by_sent: dict[int, list] = {}
    starts = [s.start for s in doc.sentences]
    for tx in doc.timex:
        k = bisect_right(starts, tx.start) - 1
        if k >= 0 and doc.sentences[k].index not in told:
            by_sent.setdefault(k, []).append(tx)
    for k, txs in by_sent.items():
        sent = doc.sentences[k]
        if len(txs) != 1:
            continue
        tx, = txs
        date = precision_of(tx.value)
        tok = token(parsed, tx.start, tx.end)
        if date is None or date[1] not in ("day", "month") or tok is None \
                or after(date[0], dct) or dct is None or date[0] == dct.isoformat():
            continue
        if _bounding(tok):
            continue      # 'deported since October': a period's edge, not when the news happened
        root = tok
        while root.head.i != root.i and root.dep_ not in _CLAUSES:
            root = root.head
        if root.head.i == root.i and _narrated(root):
            told[sent.index] = {"": (date[0], date[1], "text", Span(tx.start, tx.end, tx.text))}


BOUNDING_PREPS = frozenset({"since", "until", "till", "before", "after", "from", "through"})


def _bounding(tok) -> bool:
    """The time is the object of a preposition that makes it a period's edge ('since October',
    'until Monday')."""
    t = tok
    while t.dep_ in ("compound", "nummod", "amod", "det") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in BOUNDING_PREPS


def _from_before(prev: list, tense_: Optional[str], dct) -> Optional[tuple]:
    """(date, precision, span) the sentence before passes on to an event of ``tense_``:
    its one past date, if it names one (``continue_story``)."""
    days = {(d, p) for d, p, _, _ in prev}
    if len(days) != 1 or tense_ is None:
        return None
    (date, precision), = days
    if (date is None or after(date, dct) or date == dct.isoformat()
            or (tense_ != "perfect" and any(b == "context" for _, _, b, _ in prev))):
        return None
    return date, precision, prev[0][3]


def _story_day(doc: Document, parsed, dct, told: dict) -> Optional[tuple]:
    """(date, "day", span) of the one past day the story's lead tells its news on, or None.
    The lead is the first sentence told in the past or present perfect and the one after it
    ('X has met Y in Tashkent. The March 3 talks ...'); a headline or a photo caption in
    the present ('X visits Y on December 16') is not. None when the lead tells no day,
    several, or the publication day: then the news is of the day of writing."""
    lead = []
    for s in doc.sentences:
        root = token(parsed, s.start, s.end)
        if root is not None and _narrated(root):
            lead = [s.index, s.index + 1]
            break
    # a month or year in the lead is background ('in 2019 the drivers struck'), not its news
    days = [v for k in lead for v in told.get(k, {}).values() if v[0] and v[1] == "day"]
    if len({d for d, _, _, _ in days}) != 1:
        return None
    date, precision, _, span = days[0]
    if after(date, dct) or date == dct.isoformat():
        return None
    return date, precision, span


def _narrated(root) -> bool:
    """A sentence root in the past or present perfect: the voice a story tells news in."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ == "VBD" or any(a in ("has", "have", "had", "was", "were") for a in aux)
