"""Actors: who is who, and when.

``registry`` (dated actor records, user files), ``lookup`` (a mention from its own
words), ``resolve`` (with its context; the stage's function), ``anaphora`` ('the
two sides', 'its members'), ``evidence`` (which state a bare agent noun is),
``counterparts`` (the states its sentence names as the other side), ``unknown`` (what could
not be resolved).
"""
from __future__ import annotations

from jirga import errors
from jirga.actors.resolve import load, resolve_events
from jirga.stage import Stage

STAGE = Stage("actors", requires=("events", "event.date"), provides=("actors",),
              reject_code=errors.ACTORS_FAILED, run=resolve_events, prepare=load)
