"""The stage contract, written once: every per-document stage declares itself
with a ``Stage`` in its own package, and the pipeline imports those objects.

    STAGE = Stage("dates", requires=("parsed", "events"), provides=("timex", "event.date"),
                  reject_code=errors.DATES_FAILED, run=date_document, prepare=load_lexicons)

``run(doc, res) -> None`` fills the document in place. ``prepare(res)`` loads what
the stage needs before any document is parsed, so a bad data or settings file
stops the run at once (a ``JirgaError``) instead of rejecting every document.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from jirga.errors import JirgaError
from jirga.model import Document, Reject

log = logging.getLogger("jirga")

# What a parsed document has before the first stage runs.
PARSED = ("text", "parsed", "sentences")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    reject_code: str
    run: Callable[[Document, object], None]
    prepare: Optional[Callable[[object], None]] = None


def check_order(stages: Iterable[Stage], given: tuple[str, ...] = PARSED) -> None:
    """Refuse an order in which a stage needs what no earlier stage provides."""
    have = set(given)
    for s in stages:
        missing = [r for r in s.requires if r not in have]
        if missing:
            raise ValueError(f"stage {s.name} needs {', '.join(missing)}, which no earlier stage provides")
        have.update(s.provides)


def prepare(stages: Iterable[Stage], res) -> None:
    """Load every stage's data now; a JirgaError here stops the run before any parse."""
    for s in stages:
        if s.prepare is not None:
            s.prepare(res)


def run_stages(doc: Document, res, stages: Iterable[Stage]) -> Document:
    """Run the stages on one parsed document, in order.

    A bug on this document becomes its reject (stage, exception class and message),
    with the traceback in the log; stages that need what the failed stage provides
    are skipped, the others still run. A JirgaError is the user's to fix: it stops
    the run.
    """
    if doc.rejected:
        return doc
    lost: set[str] = set()
    for s in stages:
        if lost.intersection(s.requires):
            lost.update(s.provides)
            continue
        try:
            s.run(doc, res)
        except JirgaError:
            raise
        except Exception as exc:  # a bug on one document must not stop the run
            log.info("stage %s failed on document %s", s.name, doc.id, exc_info=True)
            doc.rejects.append(Reject(doc.id, doc.origin or doc.id, s.name, s.reject_code,
                                      f"{s.name} failed: {type(exc).__name__}: {exc}"))
            lost.update(s.provides)
    return doc
