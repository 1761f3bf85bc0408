"""The re-mentions stage: one article's reports of one occurrence share its date and place."""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from jirga import errors
from jirga.merge.clusters import cluster, report_of
from jirga.model import BOUND_BASES, Document, is_factual
from jirga.periods import as_day, first_day
from jirga.stage import Stage
from jirga.store.rows import event_keys
from jirga.tokens import span_root

# An article tells its main event once with its day and place ("met Taliban leaders in Kabul on
# Monday") and then again without them ("the meeting", "the two discussed trade"). The reports
# ``cluster`` puts together within one article share the day and place of the one that has
# them: a date from the text outranks a bound (report or publication day) that it lies within,
# a place found in the article outranks none. Only into a sentence that names no time (or no
# place) of its own: "one civilian was killed on Thursday in a fresh exchange" is not the
# attack on Sunday the article goes on to recall, whatever rule left its date a bound.
# Counts are the occurrence's too: "four officers fired ten rounds" re-tells the shooting that
# killed the man, so it carries his death; a report that tells a count of its own keeps it.
PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
BLOCK_SENTENCES = 60
COUNTS = ("dead", "injured", "arrested")
# A noun that only points back at an act the article has told ("the visit", "his trip", "the
# forced expulsion") is no report of its own and is left out, unless it brings something
# new: a date of its own clause, a count, or a party the earlier reports do not name.
# Accusations and denials stay: answers and claim threads are built on each of them.
POINTER_DETS = frozenset({"the", "this", "that", "these", "those"})
NOT_POINTERS = frozenset({"ACCUSE", "REJECT"})


def share_within(doc: Document, res=None) -> None:
    """The re-mentions stage: events of ``doc`` that ``cluster`` finds to be one occurrence
    take the date (``date_basis`` "remention"), place and counts of the one that tells them;
    a noun that only points back at one of them is left out (``_pointers``)."""
    events = [e for e in doc.events if e.event_id]
    if len(events) < 2:
        return
    # an article's re-mentions lie within a few paragraphs of what they re-mention; a long
    # document (a book, a transcript) is read in blocks of sentences, so that its cost stays
    # linear in its length
    blocks: dict[int, list] = defaultdict(list)
    for e in events:
        blocks[e.sentence.index // BLOCK_SENTENCES].append(e)
    groups: dict[str, list] = defaultdict(list)
    for block in blocks.values():
        mapping = cluster([report_of(e) for e in block])
        for e in block:
            groups[mapping.get(e.event_id, e.event_id)].append(e)
    timed = _sentences_with(doc, [t.start for t in doc.timex if t.type in ("DATE", "TIME")])
    placed = _sentences_with(doc, [p.start for p in doc.places])
    answered = {a for e in events for a in e.answers}
    pointers = {id(e) for members in groups.values() if len(members) > 1
                for e in _pointers(doc, members, answered)}
    if pointers:
        doc.events = [e for e in doc.events if id(e) not in pointers]
    for members in groups.values():
        members = [e for e in members if id(e) not in pointers]
        if len(members) > 1:
            _share_date(members, timed)
            _share_place(members, placed)
            _share_counts(members)


def _pointers(doc: Document, members: list, answered: set) -> list:
    """The members that only point back at an earlier member's act (``POINTER_DETS``)."""
    if doc.parsed is None:
        return []
    out = []
    members = sorted(members, key=lambda e: e.trigger.start)
    for k, e in enumerate(members):
        earlier = [p for p in members[:k] if p.sentence.index < e.sentence.index
                   and p.event_type == e.event_type and is_factual(p)]
        if (not earlier or e.event_type in NOT_POINTERS or e.event_id in answered or not is_factual(e)
                or e.date_basis == "text" or any(getattr(e.size, slot) is not None for slot in COUNTS)):
            continue
        tok = span_root(doc.parsed, e.trigger.start, e.trigger.end)
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTER_DETS) for c in tok.children):
            continue
        if {key for _, key in event_keys(e)} <= {key for p in earlier for _, key in event_keys(p)}:
            out.append(e)
    return out


def _sentences_with(doc: Document, offsets: list[int]) -> set[int]:
    """Start offsets of the events' sentences holding one of ``offsets``."""
    offsets = sorted(offsets)
    starts = {(e.sentence.start, e.sentence.end) for e in doc.events}
    return {a for a, b in starts if bisect_left(offsets, b) > bisect_left(offsets, a)}


def _share_date(members: list, timed: set[int]) -> None:
    told = [e for e in members if e.date and e.date_basis not in BOUND_BASES and e.date_precision in PRECISION]
    if not told:
        return
    best = min(told, key=lambda e: (PRECISION[e.date_precision], e.trigger.start))
    start = first_day(best.date)
    for e in members:
        bound = as_day(e.date) if e.date_basis in BOUND_BASES and e.date else None
        if bound is not None and e.sentence.start not in timed and start is not None and start <= bound:
            e.date, e.date_precision, e.date_span = best.date, best.date_precision, best.date_span
            e.date_basis = "remention"


def _share_place(members: list, named: set[int]) -> None:
    placed = [e for e in members if e.location is not None and e.location.lat is not None]
    if not placed:
        return
    best = min(placed, key=lambda e: (bool((e.location.feature_code or "").startswith("PCL")), e.trigger.start))
    for e in members:
        if e.location is None and e.sentence.start not in named:
            e.location = best.location


def _share_counts(members: list) -> None:
    """Each count a member does not tell takes the largest the others tell (tolls rise as
    the story goes on); a lower bound stays one."""
    for slot in COUNTS:
        told = [e for e in members if getattr(e.size, slot) is not None]
        if not told:
            continue
        best = max(told, key=lambda e: getattr(e.size, slot))
        for e in members:
            if getattr(e.size, slot) is None:
                setattr(e.size, slot, getattr(best.size, slot))
                e.size.at_least = e.size.at_least or best.size.at_least


STAGE = Stage("rementions", requires=("parsed", "events", "event.date", "event.location", "actors", "event.size"),
              provides=("event.rementions",), reject_code=errors.REMENTIONS_FAILED, run=share_within)
