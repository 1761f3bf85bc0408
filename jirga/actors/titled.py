"""A title and a surname several people share: 'President Rajapaksa', 'former Prime
Minister Sharif'. The office the title names picks the person: whoever held it on the date,
or, after 'former', whoever held it before the date and no longer does (the latest such).
A surname only one registry person carries is an alias and never comes here."""
from __future__ import annotations

from typing import Optional

from jirga.actors.combine import Resolution, from_actor
from jirga.actors.registry import Actor, Registry
from jirga.actors.text import norm


def titled_surname(reg: Registry, text: str, day: Optional[str]) -> Optional[Resolution]:
    words = norm(text).split()
    if len(words) < 2 or not day:
        return None
    people = list({a.name: a for _, a in reg.surnames.get(words[-1], ())}.values())
    if len(people) < 2:
        return None
    former = words[0] in reg.former
    title = " ".join(words[1 if former else 0:-1])
    office = reg.titles.get(title, (None, None))[0]
    if office is None:
        return None
    held = [(p, r) for p in people for r in p.roles if r.office == office]
    if former:
        held = [(p, r) for p, r in held if r.end is not None and r.end < day
                and not any(q.office == office and q.active(day) for q in p.roles)]
    else:
        held = [(p, r) for p, r in held if r.active(day)]
    chosen = {p.name for p, _ in held}
    if len(chosen) != 1:
        return None            # nobody, or several: the surname alone cannot tell
    person: Actor = held[0][0]
    return from_actor(text, person, day, "title-surname")
