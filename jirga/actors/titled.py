"""A ruler's title and a given name: 'Sheikh Mohammed', 'King Abdullah', 'Emir Tamim'. And a
title and a surname several people share: 'President Rajapaksa', 'former Prime
Minister Sharif'. The office the title names picks the person: whoever held it on the date,
or, after 'former', whoever held it before the date and no longer does (the latest such).
A surname only one registry person carries is an alias and never comes here."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from jirga.actors.combine import Resolution, from_actor
from jirga.actors.registry import Actor, Registry
from jirga.actors.text import norm

HEAD_OFFICES = ("head_of_state", "head_of_government")


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


def titled_given(reg: Registry, text: str, day: Optional[str],
                 prefer: Callable[[], Sequence[str]] = tuple) -> Optional[Resolution]:
    """'Sheikh Mohammed' (Gulf rulers are called by title and given name): the person in office
    on the date whose name starts with that given name, a head of state or government first,
    one whose names carry that title ('Sheikh Mohammed bin Rashid') before others;
    among several, the one of the earliest country ``prefer()`` gives (the story's), else nobody."""
    words = norm(text).split()
    if len(words) < 2 or not day:
        return None
    n = next((k for k in (3, 2, 1) if " ".join(words[:k]) in reg.rulers), 0)
    if not n or len(words) - n != 1:
        return None
    given = words[n]
    people = {a.name: a for alias, a in reg.given.get(given, ()) if a.role_at(day) is not None
              and any(r.active(day) for r in a.roles)}
    heads = [a for a in people.values() if any(r.office in HEAD_OFFICES and r.active(day) for r in a.roles)]
    pool = heads or list(people.values())
    # the title they go by: 'Sheikh Mohammed' is Dubai's ruler, not King Mohammed VI
    styled = [a for a in pool if any(norm(n).startswith(f"{words[0]} {given}") for n in (a.name, *a.aliases))]
    pool = styled or pool
    if len(pool) > 1:
        for country in prefer():
            mine = [a for a in pool if a.role_at(day).country == country]
            if mine:
                pool = mine
                break
    if len(pool) != 1:
        return None
    return from_actor(text, pool[0], day, "title-given")
