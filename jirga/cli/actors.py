"""`jirga actors`: resolve, show, add, unknown."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="The actor registry: look up, extend, and list unknown actors.", no_args_is_help=True)
USER_FILE = Path("jirga-actors.yaml")


@app.command("resolve")
def resolve(src: str = typer.Argument(..., help="JSONL of {\"id\", \"text\", \"date\"} records, or -"),
            out: Optional[Path] = typer.Option(None, "-o", "--output", help="output JSONL (default stdout)"),
            actors: List[Path] = typer.Option([], "--actors", help="user registry file; repeatable")):
    """Resolve actor mentions to canonical actors with country and sector for their date."""
    from jirga import Resources
    from jirga.actors.resolve import resolve_records
    from jirga.cli.components import _io, _write
    res = Resources(actor_files=tuple(str(a) for a in actors), n_process=1)
    with _io(src, out) as (records, fout):
        _write(resolve_records(records, res), fout)


@app.command("show")
def show(name: str = typer.Argument(..., help="a name, alias or abbreviation"),
         actors: List[Path] = typer.Option([], "--actors", help="user registry file; repeatable")):
    """Show an actor's record: aliases, Wikidata id and dated roles."""
    from jirga.actors.registry import Registry
    from jirga.errors import JirgaError
    info = Registry.load(tuple(str(a) for a in actors)).show(name)
    if not info:
        raise JirgaError(f"no actor called {name!r}; add one with `jirga actors add`", "E301")
    typer.echo(json.dumps(info, indent=2, ensure_ascii=False, default=str))


@app.command("add")
def add(name: str = typer.Argument(..., help="canonical name"),
        country: str = typer.Option(..., help="ISO 3166 alpha-3 or PLOVER code (IGO, NGO, ...)"),
        sector: str = typer.Option(..., help="PLOVER sector: GOV, MIL, REB, COP, PTY, ..."),
        alias: List[str] = typer.Option([], "--alias", help="another name; repeatable"),
        wikidata: Optional[str] = typer.Option(None, help="Wikidata id, e.g. Q123"),
        start: Optional[str] = typer.Option(None, help="role starts (ISO date)"),
        end: Optional[str] = typer.Option(None, help="role ends (ISO date)"),
        file: Path = typer.Option(USER_FILE, "--file", help="user registry file to write")):
    """Add an actor to a user registry file (use it with --actors FILE)."""
    from jirga.actors.registry import add_actor
    add_actor(file, name, country, sector, aliases=tuple(alias), wikidata=wikidata, start=start, end=end)
    typer.echo(f"added {name} ({country} {sector}) to {file}; pass --actors {file} to use it")


@app.command("unknown")
def unknown(db: str = typer.Option("jirga.duckdb", "--db", help="DuckDB file or postgresql:// URL"),
            limit: int = typer.Option(50, help="how many to list")):
    """List actor mentions no registry entry matched, most frequent first."""
    from rich.console import Console
    from rich.table import Table
    from jirga.actors.unknown import unknown_counts
    from jirga.model import ActorRef
    from jirga.store.base import open_store
    with open_store(db) as store:
        mentions = [ActorRef(text, 0, 0) for (text,) in
                    store.query("SELECT text FROM event_actors WHERE NOT resolved")]
    rows = unknown_counts(mentions)[:limit]
    t = Table(title="Unresolved actor mentions")
    t.add_column("text")
    t.add_column("mentions", justify="right")
    for text, n in rows:
        t.add_row(text, str(n))
    Console().print(t)
