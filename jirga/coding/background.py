"""Background, not news: triggers that only set the scene of the reported event (a 'where'
clause, a participant's past) or point back at an event told before ('after the clashes',
'at the talks'), read by the event coder (``plover``, ``coder``) to drop or down-rank them."""
from __future__ import annotations

from jirga.coding import roles


BACKGROUND_WH = frozenset({"where", "when", "whereby"})
CLIMB = frozenset({"conj", "xcomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "nsubj"})


def _anterior(v, cues) -> bool:
    """A clause set before the report: past perfect ('had been arrested'), a past-time adverb
    ('previously', 'before') or a past date in the clause ('last year', 'a year ago', 'in 2019';
    not a recent one, 'last week': ``_recent_date``)."""
    for c in v.subtree:
        if c.dep_ == "aux" and c.head.i == v.i and c.lower_ == "had":
            return True
        if c.dep_ == "advmod" and c.head.i == v.i and c.lower_ in cues["anterior_adverbs"]:
            return True
        if c.ent_type_ == "DATE" and c.lower_ in cues["past_date_words"] and not _recent_date(c):
            return True
    return False


RECENT_UNITS = frozenset({"day", "week", "weekend", "night", "morning", "evening", "afternoon", "hour"})


def _recent_date(tok) -> bool:
    """'last week', 'two days ago': a date within the news cycle; a clause dated so tells news,
    not a participant's past ('last year', 'a decade ago' do)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.lemma_.lower() in RECENT_UNITS for t in ent)


def _participant_past(v, cues) -> bool:
    """'X, who had been arrested last year, ...', 'a militant jailed a year ago': a clause on a
    participant noun (not on an event noun) that tells the participant's past."""
    head = v.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.lemma_.lower() in cues["event_heads"]:
        return False
    if v.dep_ == "acl" and v.tag_ != "VBN":
        return False
    return roles.is_actorish(head, cues) and _anterior(v, cues)


def _news_at_named_place(clause, cues) -> bool:
    """'arrived in Islamabad, where officials briefed him': a 'where' clause on a named place
    with nothing setting it before the report tells what happened there; 'the town where
    militants killed five soldiers last year' sets the scene."""
    head = clause.head
    if head.ent_type_ == "DATE":     # 'in Quetta on May 3, where ...': the clause is hung on the date
        head = next((t for t in reversed(list(head.sent[:head.i - head.sent.start]))
                     if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "FAC")), head)
    if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC", "FAC") or _anterior(clause, cues):
        return False
    # a simple past tells the news; a perfect ('where 28 people have been killed this year')
    # sums up the place's past
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def is_background(tok, cues=None) -> bool:
    """A trigger inside a 'where/when' relative clause ('the town where militants killed
    five soldiers last year', 'since 2021, when the Taliban took Kabul') or in a clause telling
    a participant's past (``_participant_past``): a setting for the reported event, not a
    report of its own."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("relcl", "acl") and cues is not None and _participant_past(t, cues):
            return True
        if t.dep_ == "relcl":
            wh = [c.lower_ for c in t.children if c.dep_ == "advmod" and c.lower_ in BACKGROUND_WH]
            if wh == ["where"] and cues is not None and _news_at_named_place(t, cues):
                return False
            return bool(wh)
        if t.head.i == t.i or t.dep_ not in CLIMB or (t.dep_ == "pcomp" and cues is None):
            return False
        t = t.head
    return False


PRIOR_PREPS = frozenset({"following", "after", "since", "before"})


def is_prior_mention(tok, trigger_idx: set) -> bool:
    """An event noun that dates another reported event ('surrendered following a government
    offensive', 'holed up since last month's U.S. invasion'): background, not a report. One
    that names its sides ('closed the crossing after an exchange of fire between border
    forces', 'reopened the gate after talks with a Pakistani delegation') or its own day ('comes
    after the police killing of a man on March 18') is a first report of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in PRIOR_PREPS:
        return False
    if any(c.dep_ == "prep" and (c.lower_ in ("between", "among") or (
            c.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)))
           for c in tok.children):
        return False     # 'after talks with a Pakistani delegation': its own participants
    if any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(g.ent_type_ == "DATE" for g in c.subtree)
           for c in tok.children):
        return False     # 'after the police killing of a man on March 18': its own day, its own report
    gov = tok.head.head
    return gov.i in trigger_idx or gov.pos_ in ("VERB", "AUX")


def is_onset(tok, cues) -> bool:
    """An event noun as the subject of a verb telling that it began ('the clash broke out
    when ...', 'fighting erupted'): a report of the event, not a pointer back to it."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
        return False
    lem = v.lemma_.lower()
    words = {lem} | {f"{lem} {c.lemma_.lower()}" for c in v.children if c.dep_ in ("prt", "dobj")}
    return bool(words & cues["onset_verbs"])


def is_caused(tok, cues) -> bool:
    """An event noun as what a cause set off ('sparked two weeks of protests', 'triggered
    clashes in the capital'), or counted in the object of a verb that carries it ('began a
    second round of talks', 'held two days of talks'): the event happened, and this is its
    report."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head        # 'two weeks of protests', 'a wave of arrests'
        verbs = cues["causing_verbs"] | cues["light_verbs"]     # 'began a second round of talks'
    else:
        verbs = cues["causing_verbs"]
    return t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in verbs \
        and not any(c.dep_ == "neg" for c in t.head.children)


def is_reference(tok, trigger_idx: set, cues) -> bool:
    """A participant-less event noun that names a prior event or a setting
    ('after the clashes', 'at the talks', 'agreed to US mediation'); not one whose
    beginning is told (``is_onset``, ``is_caused``)."""
    if is_onset(tok, cues) or is_caused(tok, cues):
        return False
    if any(c.dep_ == "det" and c.lower_ in cues["anaphoric_dets"] for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lemma_.lower() in cues["background_preps"]:
        return True
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.i in trigger_idx:
            return True
    return False
