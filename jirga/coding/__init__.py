"""Event coding: PLOVER events (type, mode, CAMEO, contexts, actor and recipient
spans, modality flags, evidence offsets, confidence) from a parsed document.

Actor spans only: canonical names and countries are filled later by the actor
stage. Non-factual events (negated, hypothetical) are kept, flagged; filter with
``is_factual``. ``coder`` assembles the rules of ``plover``, ``roles``,
``modality`` and ``filters``; ``size`` (casualty and arrest counts) is a stage
of its own.
"""
from __future__ import annotations

from jirga import errors
from jirga.coding.coder import code_events, find_events, is_factual, load
from jirga.stage import Stage

__all__ = ["STAGE", "code_events", "find_events", "is_factual"]

STAGE = Stage("coding", requires=("parsed",), provides=("events",),
              reject_code=errors.CODING_FAILED, run=code_events, prepare=load)
