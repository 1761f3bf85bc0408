"""Jirga: political event data from news, with the evidence."""
from jirga.errors import JirgaError
from jirga.model import ActorRef, Document, Event, Place, Reject, Sentence, Size, Span, Timex
from jirga.pipeline import Pipeline, RunSummary, code_text
from jirga.resources import Resources
from jirga.store import Store
from jirga.store import open_store as _open_store

__version__ = "0.1.0"


def open_store(url: str | None = None, read_only: bool = True) -> Store:
    """Open a store for reading (``read_only=False`` to write): the default DuckDB file,
    another path, or a postgresql:// URL. Reading by default, so a notebook never creates a
    database by mistake; close it (``with``) before a run writes the same DuckDB file, which
    admits one writer or several readers at a time."""
    return _open_store(url, read_only=read_only)


__all__ = ["Pipeline", "RunSummary", "code_text", "open_store", "Resources", "JirgaError",
           "Document", "Event", "ActorRef", "Place", "Reject", "Sentence", "Size", "Span", "Timex"]
