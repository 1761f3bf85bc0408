"""Figures for papers and reports, drawn with matplotlib (no browser): a dyad's series
and a map of where events happened. PNG or SVG by the file's suffix.

    plot_series(series("jirga.duckdb", "PAK", "AFG"), "pak_afg.png", title="PAK -> AFG")
    plot_map("jirga.duckdb", "events.svg", start="2024-01-01")

The map draws country outlines from the dashboard's Natural Earth shapes
(``jirga/serve/static/vendor/countries.json``, built by ``scripts/dashboard.sh``) when
they are there, and the event points on a longitude/latitude grid either way.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Optional, Sequence

from jirga import errors
from jirga.analyse.query import EventQuery, make_query, opened
from jirga.analyse.series import Point
from jirga.errors import JirgaError

FORMATS = (".png", ".svg")
SHAPES = Path(__file__).resolve().parent.parent / "serve" / "static" / "vendor" / "countries.json"
# Quad classes, cooperation above the axis and conflict below it.
QUADS = (("verbal_coop", "verbal cooperation", "#9ecf8e", 1), ("material_coop", "material cooperation", "#2f8f3a", 1),
         ("verbal_conflict", "verbal conflict", "#f2a65a", -1), ("material_conflict", "material conflict", "#c8352b", -1))


def _figure_path(path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise JirgaError(f"{path}: a plot is written as .png or .svg", errors.UNKNOWN_FORMAT)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")   # files only: no display, no GUI toolkit
    import matplotlib.pyplot as plt
    return plt


def plot_series(points: Sequence[Point], path, title: Optional[str] = None, interval: str = "month") -> Path:
    """Bars of each period's events by quad class (cooperation up, conflict down) and the
    cooperation-conflict index as a line on its own axis (−1 to +1)."""
    path = _figure_path(path)
    if not points:
        raise JirgaError("no events to plot: the series is empty (check the sides and filters)",
                         errors.NOTHING_TO_PLOT)
    plt = _pyplot()
    days = [p.period for p in points]
    width = {"day": 0.8, "week": 5.5, "month": 24, "year": 300}.get(interval, 24)
    fig, ax = plt.subplots(figsize=(10, 4.8), dpi=150)
    up = [0] * len(points)
    down = [0] * len(points)
    for field, label, colour, sign in QUADS:
        values = [getattr(p, field) for p in points]
        base = up if sign > 0 else down
        ax.bar(days, [sign * v for v in values], width=width, bottom=[sign * b for b in base], color=colour,
               label=label, align="edge")
        for i, v in enumerate(values):
            base[i] += v
    ax.axhline(0, color="#444444", linewidth=0.8)
    # the stacked bars' own extent: autoscaling sees each layer's height, not the stack's
    ax.set_ylim(-max(down + [1]) * 1.1, max(up + [1]) * 1.1)
    ax.set_ylabel("events (conflict below the axis)")
    ax.set_title(title or "events by quad class")
    ax2 = ax.twinx()
    if any(p.index is not None for p in points):   # a period without events breaks the line
        ax2.plot(days, [math.nan if p.index is None else p.index for p in points], color="#1f3b73", marker="o",
                 markersize=3, linewidth=1.2, label="cooperation-conflict index")
    ax2.set_ylim(-1.05, 1.05)
    ax2.set_ylabel("cooperation-conflict index")
    handles = ax.get_legend_handles_labels()
    extra = ax2.get_legend_handles_labels()
    ax.legend(handles[0] + extra[0], handles[1] + extra[1], loc="upper center", bbox_to_anchor=(0.5, -0.16),
              fontsize=7, frameon=False, ncol=5)
    fig.tight_layout()
    _save(plt, fig, path)
    plt.close(fig)
    return path


def _save(plt, fig, path: Path) -> None:
    with plt.rc_context({"svg.fonttype": "none"}):   # SVG text stays text: searchable, editable
        fig.savefig(path)


_RING = re.compile(r"M(-?\d+) (-?\d+)l([^Mz]*)z")


def country_shapes(path: Path = SHAPES) -> list[tuple[Optional[str], list[list[tuple[float, float]]]]]:
    """(ISO alpha-3, rings of (lon, lat)) of each country in the dashboard's shapes file;
    [] when it has not been built. Its paths hold whole 1/unit degrees, each point after
    the first relative to the one before, y = −latitude."""
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    unit = float(data.get("unit") or 100)
    out = []
    for c in data.get("countries", ()):
        rings = []
        for x0, y0, rest in _RING.findall(c.get("d") or ""):
            x, y = int(x0), int(y0)
            ring = [(x / unit, -y / unit)]
            nums = [int(n) for n in rest.split()]
            for dx, dy in zip(nums[::2], nums[1::2]):
                x, y = x + dx, y + dy
                ring.append((x / unit, -y / unit))
            rings.append(ring)
        out.append((c.get("iso3"), rings))
    return out


def plot_map(db, path, title: Optional[str] = None, query: Optional[EventQuery] = None,
             shapes: Path = SHAPES, labels: int = 8, **filters) -> Path:
    """Event places as circles sized by their number of events and coloured by the share
    of conflict among them, over country outlines, framed on the events."""
    path = _figure_path(path)
    q = make_query(query, **filters)
    with opened(db) as store:
        places = store.place_counts(q)
    if not places:
        raise JirgaError("no events with a place to map (check the filters)", errors.NOTHING_TO_PLOT)
    plt = _pyplot()
    lons = [float(p[3]) for p in places]
    lats = [float(p[2]) for p in places]
    west, east, south, north = _frame(lons, lats)
    fig, ax = plt.subplots(figsize=(9, 9 * (north - south) / max(east - west, 1e-6) * 1.1 + 0.6), dpi=150)
    drawn = 0
    for iso3, rings in country_shapes(shapes):
        for ring in rings:
            xs = [x for x, _ in ring]
            ys = [y for _, y in ring]
            if max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north:
                continue
            ax.fill(xs, ys, facecolor="#efeee8", edgecolor="#9a9a9a", linewidth=0.5, zorder=1)
            drawn += 1
    counts = [int(p[4]) for p in places]
    share = [(int(p[6]) / max(int(p[5]) + int(p[6]), 1)) if (int(p[5]) + int(p[6])) else 0.5 for p in places]
    biggest = max(counts)
    sizes = [20 + 600 * math.sqrt(n / biggest) for n in counts]
    sc = ax.scatter(lons, lats, s=sizes, c=share, cmap="RdYlGn_r", vmin=0, vmax=1, alpha=0.75,
                    edgecolors="#333333", linewidths=0.5, zorder=3)
    for name, _, lat, lon, n, *_ in places[:labels]:
        ax.annotate(f"{name or ''} ({n})", (float(lon), float(lat)), fontsize=7, xytext=(4, 4),
                    textcoords="offset points", zorder=4)
    fig.colorbar(sc, ax=ax, shrink=0.6, label="share of conflict events")
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(math.cos(math.radians((south + north) / 2)), 0.2))
    ax.grid(color="#dddddd", linewidth=0.5, zorder=0)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    note = "" if drawn else " (country outlines not built: scripts/dashboard.sh)"
    ax.set_title((title or f"{sum(counts)} events at {len(places)} places") + note, fontsize=10)
    fig.tight_layout()
    _save(plt, fig, path)
    plt.close(fig)
    return path


def _frame(lons, lats, margin: float = 0.15, least: float = 4.0) -> tuple[float, float, float, float]:
    """West, east, south, north around the points with a margin, at least ``least`` degrees wide."""
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad_x = max((east - west) * margin, (least - (east - west)) / 2, 0.5)
    pad_y = max((north - south) * margin, (least - (north - south)) / 2, 0.5)
    return (max(west - pad_x, -180), min(east + pad_x, 180), max(south - pad_y, -90), min(north + pad_y, 90))
