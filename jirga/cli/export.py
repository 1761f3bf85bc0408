from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def export(out: Path = typer.Argument(..., help="output file: .jsonl, .csv or .parquet"),
           db: str = typer.Option("jirga.duckdb", "--db", help="DuckDB file or postgresql:// URL"),
           fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv or parquet (default: from the file name)"),
           merged: bool = typer.Option(False, "--merged", help="one row per real-world event, with every report as provenance")):
    """Export stored events."""
    from jirga.export import export as do_export
    from jirga.store.base import open_store
    with open_store(db) as store:
        n = do_export(store, out, fmt, merged)
    typer.echo(f"wrote {n} events to {out}")
