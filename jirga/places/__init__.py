"""Places: an offline gazetteer (``gazetteer``, built by ``gazbuild``, keys and
distances in ``names``), place mentions found (``mentions``) and resolved in context
(``geoparse``), named sites the gazetteer lacks (``sites``), and each event's place (``locate``,
with the tree tests it scores by in ``syntax`` and the story-level passes in ``context``)."""
from __future__ import annotations

from jirga import errors
from jirga.model import Document
from jirga.places.gazetteer import get_gazetteer
from jirga.places.geoparse import geoparse
from jirga.places.locate import locate_events
from jirga.stage import Stage


def place_document(doc: Document, res) -> None:
    """The places stage: the document's places, then each event's place among them."""
    doc.places = geoparse(doc, res)
    locate_events(doc, res)


STAGE = Stage("places", requires=("parsed", "events"), provides=("places", "event.location"),
              reject_code=errors.PLACES_FAILED, run=place_document, prepare=get_gazetteer)
