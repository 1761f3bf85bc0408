"""``jirga plot``: figures without the browser, as PNG or SVG."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Plot a dyad's series or a map of events (PNG or SVG).", no_args_is_help=True)
DB_HELP = "DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"


@app.command("series")
def series(source: str = typer.Argument(..., help="source side: PAK, 'PAK GOV', a registry name or alias"),
           target: str = typer.Argument(..., help="target side, as the source"),
           out: Path = typer.Option(..., "-o", "--out", help="output file: .png or .svg"),
           interval: str = typer.Option("month", help="day, week, month or year"),
           undirected: bool = typer.Option(False, "--undirected", help="count both directions (and reciprocal events)"),
           start: Optional[str] = typer.Option(None, help="first day (YYYY-MM-DD, YYYY-MM or YYYY)"),
           end: Optional[str] = typer.Option(None, help="last day; a month or year means its last day"),
           db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Events between two sides by period: bars by quad class, the cooperation-conflict index as a line."""
    from jirga.analyse import plot_series, series as dyad_series
    from jirga.errors import BAD_FILTER, JirgaError
    from jirga.settings import load_settings
    if interval not in ("day", "week", "month", "year"):
        raise JirgaError(f"--interval {interval!r}: give day, week, month or year", BAD_FILTER)
    points = dyad_series(load_settings(db=db)["db"], source, target, interval, directed=not undirected,
                         start=start, end=end)
    arrow = "<->" if undirected else "->"
    plot_series(points, out, title=f"{source} {arrow} {target}, by {interval}", interval=interval)
    typer.echo(f"wrote {out}: {sum(p.events for p in points)} events in {len(points)} periods")


@app.command("map")
def map_(out: Path = typer.Option(..., "-o", "--out", help="output file: .png or .svg"),
         start: Optional[str] = typer.Option(None, help="first day (YYYY-MM-DD, YYYY-MM or YYYY)"),
         end: Optional[str] = typer.Option(None, help="last day; a month or year means its last day"),
         type_: Optional[str] = typer.Option(None, "--type", help="PLOVER event types, comma-separated"),
         country: Optional[str] = typer.Option(None, help="only events whose place is in this country (ISO alpha-3)"),
         db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Where events happened: a circle per place, sized by events, coloured by the share of conflict."""
    from jirga.analyse import plot_map
    from jirga.settings import load_settings
    plot_map(load_settings(db=db)["db"], out, start=start, end=end, types=type_, place=country)
    typer.echo(f"wrote {out}")
