"""The actor network of the selected events, as a networkx graph: a node per actor, an
edge actor -> recipient weighted by events, with how many cooperated and how many
conflicted. Exported to GraphML or GEXF (Gephi) by the file's suffix.

    g = network("jirga.duckdb", start="2024-01-01")
    write(g, "actors.gexf")
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from jirga import errors
from jirga.analyse.query import EventQuery, make_query, opened
from jirga.errors import JirgaError

FORMATS = (".graphml", ".gexf")


def network(db, by: str = "label", query: Optional[EventQuery] = None, **filters):
    """A ``networkx.DiGraph``: nodes carry ``name``, ``country``, ``sector`` and ``events``
    (events naming them on either side); edges ``events``, ``coop`` (quad 1-2) and
    ``conflict`` (quad 3-4). ``by``: "label" ("PAK GOV") or "entity" (registry names)."""
    import networkx as nx
    q = make_query(query, **filters)
    with opened(db) as store:
        rows = store.pair_counts(q, by)
    g = nx.DiGraph()
    for s, s_country, s_sector, t, t_country, t_sector, n, coop, conflict in rows:
        for node, country, sector in ((s, s_country, s_sector), (t, t_country, t_sector)):
            if node not in g:
                g.add_node(node, name=node, country=country or "", sector=sector or "", events=0)
        g.add_edge(s, t, events=int(n), coop=int(coop), conflict=int(conflict))
        g.nodes[s]["events"] += int(n)
        if t != s:
            g.nodes[t]["events"] += int(n)
    return g


def as_json(g) -> dict:
    """{"nodes": [{id, name, country, sector, events}], "edges": [{source, target, events, coop, conflict}]}."""
    nodes = [{"id": n, "name": d["name"], "country": d["country"] or None, "sector": d["sector"] or None,
              "events": d["events"]} for n, d in g.nodes(data=True)]
    edges = [{"source": s, "target": t, "events": d["events"], "coop": d["coop"], "conflict": d["conflict"]}
             for s, t, d in g.edges(data=True)]
    nodes.sort(key=lambda n: (-n["events"], n["id"]))
    edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": edges}


def write(g, path) -> Path:
    """Write ``g`` as GraphML (.graphml) or GEXF (.gexf)."""
    import networkx as nx
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise JirgaError(f"{path}: a network is written as .graphml or .gexf", errors.UNKNOWN_FORMAT)
    (nx.write_graphml if suffix == ".graphml" else nx.write_gexf)(g, path)
    return path
