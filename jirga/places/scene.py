"""The scene a story tells its acts in: where the acts of a day happened when their own
sentences name no place.

A story puts its news somewhere once ('The envoy met the ministers in Tashkent on Tuesday')
and then tells what was said and done there without naming the place again ('He urged
calm, his office said'). An act left without a place by its own sentence and
its neighbours takes the scene of its day: the place of the latest act before it on the
same date (``Event.date``, set by the dates stage) that its own sentence, or one next to
it, placed in a town, district or site written as a place ('in Tashkent', 'visited
Tashkent'); a name read as a place where it is a doer or a person's name sets no scene.
Nor does a country: it is too wide to say where, and a capital or country doing an act
('Tashkent denies') stands for a government, not a place.

Only acts told in the simple past ('agreed', 'was quoted as saying') take a scene:
background told in the present or present perfect ('Critics have long accused ...')
happens over time and nowhere in particular, a past perfect ('had been prosecuting')
tells of a time before the scene, and an act put before or since another time ('Before
leaving, he told ...') is not of the scene. An act of saying coded from the words it
reports ('officials must act, he said') is told in the tense of the saying. Without a
publication date or a date in the text an act's day is unknown, and it takes the latest
scene of the story.
"""
from __future__ import annotations

from typing import Optional

from jirga.model import Document, Place, is_factual
from jirga.tense import away, told_tense

WIDE = ("PCL", "CONT", "RGN", "OCN", "AREA")
_ANY = object()      # key of the latest scene, whatever its date


def scene_places(doc: Document, token_of, speech: frozenset, said_where) -> None:
    """Place the events of ``doc`` still without a location at the scene of their day; the
    events already placed (by their own sentence or one next to it) set the scenes.
    ``token_of(ev)``: the trigger's token; ``speech``: the event types that are acts of
    saying; ``said_where(place)``: whether the text gives the place as where something is
    ('in Kabul', 'visited Kabul'), not as a doer or a name."""
    scenes: dict = {}
    placed = {id(ev) for ev in doc.events if ev.location is not None}
    for ev in sorted(doc.events, key=lambda e: e.trigger.start):
        if id(ev) in placed:
            if _sets_scene(ev.location) and is_factual(ev) and said_where(ev.location):
                scenes[ev.date] = scenes[_ANY] = ev.location
            continue
        if ev.location is not None or not is_factual(ev):
            continue
        trig = token_of(ev)
        if trig is None or told_tense(trig, ev.event_type in speech) != "past" or away(trig):
            continue
        place = scenes.get(ev.date if ev.date else _ANY)
        if place is not None:
            ev.location = place


def _sets_scene(loc: Optional[Place]) -> bool:
    """A town, district, first-level area or site, not a country or a wider region."""
    return loc is not None and not (loc.feature_code or "").startswith(WIDE)
