"""Time expressions: found, normalised to TimeML TIMEX3 values against the publication
date (document creation time, DCT), and used to date events.

- ``patterns``: lexicon and regexes shared by finding and normalising
- ``find``: spotting spans (own patterns, then spaCy DATE/TIME entities)
- ``normalise`` / ``resolve``: phrase -> TIMEX3 value, calendar arithmetic on the DCT
- ``events``: which time expression dates each event
"""
from __future__ import annotations

from typing import Iterable, Iterator

from jirga.dates.events import NO_DCT_NOTE, date_events, precision_of
from jirga.dates.find import find_timex, timex_document
from jirga.dates.normalise import normalise
from jirga.model import Document

__all__ = ["REQUIRES", "PROVIDES", "NO_DCT_NOTE", "find_timex", "normalise", "precision_of",
           "timex_document", "date_events", "process"]

REQUIRES = ("parsed",)
PROVIDES = ("timex", "events.date")


def process(docs: Iterable[Document], res) -> Iterator[Document]:
    from jirga.stages import dates, stream
    return stream(docs, res, dates, "dates", "E403")
