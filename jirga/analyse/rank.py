"""Who acts most, and which pairs: rankings of actors and dyads over the selected events."""
from __future__ import annotations

import dataclasses
from typing import Optional

from jirga.analyse.query import EventQuery, make_query, opened


@dataclasses.dataclass(slots=True)
class ActorRank:
    name: str                  # the registry name
    country: Optional[str]
    sector: Optional[str]
    as_actor: int              # events it did
    as_recipient: int          # events done to it

    @property
    def events(self) -> int:
        return self.as_actor + self.as_recipient

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass(slots=True)
class DyadRank:
    source: str                # "PAK GOV", or a registry name with by="entity"
    target: str
    events: int
    coop: int                  # of them cooperative (quad 1-2)
    conflict: int              # and conflictual (quad 3-4)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def actors(db, limit: int = 20, query: Optional[EventQuery] = None, **filters) -> list[ActorRank]:
    """Named actors by the number of selected events they take part in. The same name
    with other codes (the Taliban as AFG REB, then AFG GOV) is ranked apart."""
    q = make_query(query, **filters)
    with opened(db) as store:
        rows = store.actor_ranking(q, limit)
    return [ActorRank(name, country, sector, int(a), int(r)) for name, country, sector, a, r in rows]


def dyads(db, limit: int = 20, by: str = "label", query: Optional[EventQuery] = None, **filters) -> list[DyadRank]:
    """Actor -> recipient pairs by the number of selected events; ``by`` "label" names a
    side by its codes ("PAK GOV", "? text" without a country), "entity" by its registry
    name where it has one."""
    q = make_query(query, **filters)
    with opened(db) as store:
        rows = store.pair_counts(q, by, limit)
    return [DyadRank(s, t, int(n), int(c), int(f)) for s, _, _, t, _, _, n, c, f in rows]
