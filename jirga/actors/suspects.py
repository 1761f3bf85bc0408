"""People held, charged or tried for an ordinary crime are criminals (CRM).

Analysts code the man remanded for a string of burglaries, the pair convicted of selling
drugs and the defendants on trial for murder as criminals, not civilians; the registry
gives such plain mentions ('two people', 'a 34-year-old man', an unknown name) the civilian
sector by default. So an arrest, a charge, a trial or a sentence (COERCE, SANCTION, ACCUSE)
whose sentence names an ordinary crime (``crimes.yaml``) makes its civilian recipients
criminals, and their other mentions by the same name in the story too. Charges of
corruption, of subversion or that the story doubts ('bogus smuggling charges') say nothing
of the kind: the journalist and the official keep their sector.
"""
from __future__ import annotations

from jirga import data

JUSTICE_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE"})


def _words(res) -> dict:
    return res.get("actors.crimes", lambda r: {k: frozenset(v) for k, v in data.load("actors/crimes.yaml").items()})


def _plain(tok, words) -> bool:
    """A mention headed by a name, a pronoun, a number or a word of no calling."""
    return tok.pos_ in ("PROPN", "PRON", "NUM") or tok.lemma_.lower() in words["plain_people"]


def _names_crime(sentence, words) -> bool:
    lemmas = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    return bool(lemmas & words["ordinary_crimes"]) and not lemmas & words["doubted"]


def _key(ref) -> str:
    """A person's canonical name, else the last word of the mention ('Colin Rockett', 'Rockett')."""
    return (ref.name or ref.text.split()[-1]).lower()


def mark(doc, res) -> None:
    """Re-read as CRM the civilian recipients of ``doc``'s acts of justice for ordinary crimes,
    and the other mentions of the same people."""
    if doc.parsed is None:
        return
    words = _words(res)
    named: set[str] = set()
    for ev in doc.events:
        if ev.event_type not in JUSTICE_TYPES:
            continue
        people = [r for r in ev.recipient if r.sector in ("CVL", None) and r.text and r.kind in (None, "person")]
        if not people:
            continue
        sentence = doc.parsed.char_span(ev.sentence.start, ev.sentence.end, alignment_mode="expand")
        if sentence is None or not _names_crime(sentence, words):
            continue
        for r in people:
            span = doc.parsed.char_span(r.start, r.end, alignment_mode="expand")
            if span is not None and len(span) and _plain(span.root, words) \
                    and (r.sector == "CVL" or span.root.ent_type_ == "PERSON"):     # an unknown person's name
                r.sector = "CRM"
                if span.root.pos_ == "PROPN":
                    named.add(_key(r))
    if not named:
        return
    for ev in doc.events:
        for r in (*ev.actor, *ev.recipient):
            if r.sector in ("CVL", None) and r.text and _key(r) in named:
                r.sector = "CRM"
