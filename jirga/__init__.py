"""Jirga: political event data from news, with the evidence."""
from jirga.errors import JirgaError
from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Size, Span, Timex
from jirga.pipeline import Pipeline, RunSummary, code_text
from jirga.resources import Resources
from jirga.store import open_store

__version__ = "0.1.0"


__all__ = ["Pipeline", "RunSummary", "code_text", "open_store", "Resources", "JirgaError",
           "Document", "Event", "ActorRef", "Place", "Reject", "Sentence", "Size", "Span", "Timex"]
