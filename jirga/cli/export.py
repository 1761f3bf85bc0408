from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def export(out: Path = typer.Argument(..., help="output file: .jsonl, .csv, .parquet, .plover.jsonl, .polecat.tsv, .icews.tsv, .gdelt.tsv, or a folder for parquet-monthly"),
           db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
           fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv, parquet, parquet-monthly, plover, polecat, icews or gdelt (default: from the file name)"),
           merged: bool = typer.Option(False, "--merged", help="one row per real-world event, with every report as provenance (gdelt always merges)"),
           header: Optional[bool] = typer.Option(None, "--header/--no-header", help="gdelt: write a header line (GDELT ships none)")):
    """Export stored events."""
    from jirga.export import export as do_export, writer_for
    from jirga.settings import load_settings
    from jirga.store import open_store
    writer_for(out, fmt)  # an unknown format fails before the database is opened
    with open_store(load_settings(db=db)["db"], read_only=True) as store:
        n = do_export(store, out, fmt, merged, header=header)
    typer.echo(f"wrote {n} events to {out}")
