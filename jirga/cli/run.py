from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from jirga.cli.output import print_summary, run_progress


def run(sources: List[str] = typer.Argument(..., help="Files, directories, URLs (feeds or articles), or - for JSONL on stdin"),
        db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
        n_process: Optional[int] = typer.Option(None, "--processes", "-j", help="spaCy processes; 0 = one per core (max 2); default from settings"),
        batch_size: Optional[int] = typer.Option(None, "--batch-size", help="documents per batch and per transaction; default from settings"),
        model: Optional[str] = typer.Option(None, "--model", help="spaCy model: en_core_web_md or en_core_web_sm"),
        actors: List[Path] = typer.Option([], "--actors", help="user actor registry file (YAML/CSV); repeatable"),
        config: Optional[Path] = typer.Option(None, "--config", help="settings file (TOML)")):
    """Ingest, code and store documents, then print a summary. Safe to re-run: stored documents are skipped."""
    from jirga import Pipeline, Resources
    from jirga.settings import load_settings
    settings = load_settings(config, db=db, n_process=n_process, batch_size=batch_size, model=model,
                             actor_files=tuple(str(a) for a in actors) or None)
    with run_progress() as update:
        summary = Pipeline(res=Resources(settings), progress=update).run(sources)
    print_summary(summary)
    if summary.read_nothing and summary.rejects:
        raise typer.Exit(1)


def summary(db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)")):
    """Show what a database holds: documents, events by type, top dyads, rejects."""
    from jirga.report import store_summary
    from jirga.settings import load_settings
    from jirga.store import open_store
    with open_store(load_settings(db=db)["db"], read_only=True) as store:
        print_summary(store_summary(store))
