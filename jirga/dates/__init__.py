"""Time expressions: found, normalised to TimeML TIMEX3 values against the publication
date (document creation time, DCT), and used to date events.

- ``patterns``: lexicon and regexes shared by finding and normalising
- ``find``: spotting spans (own patterns, then spaCy DATE/TIME entities)
- ``normalise`` / ``resolve``: phrase -> TIMEX3 value, calendar arithmetic on the DCT
- ``events``: which time expression dates each event
- ``story``: the time a story tells its acts in when their clauses name none
"""
from __future__ import annotations

from jirga import errors
from jirga.coding import lexicon
from jirga.dates.events import NO_DCT_NOTE, date_events, precision_of
from jirga.dates.find import find_timex, timex_document, warm_dateparser
from jirga.dates.normalise import normalise
from jirga.model import Document
from jirga.stage import Stage

__all__ = ["STAGE", "NO_DCT_NOTE", "find_timex", "normalise", "precision_of", "timex_document",
           "date_events", "date_document"]


def date_document(doc: Document, res) -> None:
    """The dates stage: the document's time expressions, then each event's date."""
    timex_document(doc, res)
    date_events(doc, res)


def prepare(res) -> None:
    """The cue lexicons, and dateparser warmed up: its first parse builds its time-zone
    patterns (about half a second), which belongs to start-up, not to the first document."""
    lexicon.get(res)
    warm_dateparser()


STAGE = Stage("dates", requires=("parsed", "events"), provides=("timex", "event.date"),
              reject_code=errors.DATES_FAILED, run=date_document, prepare=prepare)
