"""The analyst's Python API over a store (DuckDB or PostgreSQL): events filtered and
returned as records or DataFrames, dyad series, rankings, the actor network, plots.

    import jirga.analyse as ja
    df = ja.frame("jirga.duckdb", actor_country="PAK")          # one row per event
    points = ja.series("jirga.duckdb", "PAK", "AFG", interval="month")
    ja.plot_series(points, "pak_afg.png")

``jirga serve`` and ``jirga plot`` are thin layers over these functions.
"""
from jirga.analyse.evidence import event
from jirga.analyse.network import as_json as network_json, network, write as write_network
from jirga.analyse.overview import claims, documents, summary
from jirga.analyse.plot import plot_map, plot_series
from jirga.analyse.profile import actor
from jirga.analyse.query import EventQuery, EventRow, actors_frame, count, events, frame, opened
from jirga.analyse.rank import actors as rank_actors, dyads as rank_dyads
from jirga.analyse.series import Point, coop_conflict_index, series, series_frame

__all__ = ["EventQuery", "EventRow", "Point", "actor", "actors_frame", "claims", "coop_conflict_index", "count",
           "documents", "event", "events", "frame", "network", "network_json", "opened", "plot_map",
           "plot_series", "rank_actors", "rank_dyads", "series", "series_frame", "summary", "write_network"]
