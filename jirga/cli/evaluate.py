from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer


def evaluate(suites: List[str] = typer.Argument(None, help="suites to run (default all): events-news, events-plover, events-petr2, actors, actors-world, geo, eventloc, timex, merge"),
             gold: Path = typer.Option(None, "--gold", help="folder of gold files (default: the gold_dir setting: $JIRGA_GOLD, else shared/gold beside the source checkout)"),
             limit: Optional[int] = typer.Option(None, help="score only the first N gold records"),
             check: bool = typer.Option(False, "--check", help="exit 1 if a score is under its floor in floors.json"),
             json_out: Optional[Path] = typer.Option(None, "--json", help="also write all reports as JSON")):
    """Score Jirga on gold data written by others and print the tables."""
    from jirga import Resources
    from jirga.errors import UNKNOWN_SUITE, JirgaError
    from jirga.eval import SUITES, check_floors, run_suite
    by_name = {s.name: s for s in SUITES}
    chosen = suites or list(by_name)
    unknown = [s for s in chosen if s not in by_name]
    if unknown:
        raise JirgaError(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(by_name)}", UNKNOWN_SUITE)
    res = Resources()
    gold = gold or Path(res.settings["gold_dir"])
    reports, failures = {}, []
    from jirga.cli.output import console
    for name in chosen:
        with console.status(f"scoring {name}"):
            report, text = run_suite(by_name[name], gold, res, limit)
        reports[name] = report
        typer.echo(f"\n== {name} ==\n{text}")
        if check and limit is None:
            failures += check_floors(name, report)
    if json_out:
        json_out.write_text(json.dumps(reports, indent=2, default=str))
    for f in failures:
        typer.echo(f"BELOW FLOOR {f}", err=True)
    if failures:
        raise typer.Exit(1)
