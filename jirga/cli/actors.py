"""`jirga actors`: resolve, show, add, unknown."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="The actor registry: look up, extend, and list unknown actors.", no_args_is_help=True)
ACTORS_HELP = "another user registry file (YAML/CSV), read after your own (the user_actors setting); repeatable"


@app.command("resolve")
def resolve(src: str = typer.Argument(..., help="JSONL of {\"id\", \"text\", \"date\"} records, or -"),
            out: Optional[Path] = typer.Option(None, "-o", "--output", help="output JSONL (default stdout)"),
            actors: List[Path] = typer.Option([], "--actors", help=ACTORS_HELP)):
    """Resolve actor mentions to canonical actors with country and sector for their date."""
    from jirga import Resources
    from jirga.actors.resolve import resolve_records
    from jirga.cli.components import records_io, write_records
    res = Resources(actor_files=tuple(str(a) for a in actors), n_process=1)
    with records_io(src, out) as (records, fout):
        write_records(resolve_records(records, res), fout)


@app.command("show")
def show(name: str = typer.Argument(..., help="a name, alias or abbreviation"),
         actors: List[Path] = typer.Option([], "--actors", help=ACTORS_HELP)):
    """Show an actor's record: aliases, Wikidata id and dated roles."""
    from jirga.actors.registry import Registry, user_files
    from jirga.errors import NO_SUCH_ACTOR, JirgaError
    from jirga.settings import load_settings
    settings = load_settings(actor_files=tuple(str(a) for a in actors))
    info = Registry.load(user_files(settings), settings.get("cache_dir")).show(name)
    if not info:
        raise JirgaError(f"no actor called {name!r}; add one with `jirga actors add`", NO_SUCH_ACTOR)
    typer.echo(json.dumps(info, indent=2, ensure_ascii=False, default=str))


@app.command("add")
def add(name: str = typer.Argument(..., help="canonical name"),
        country: str = typer.Option(..., help="ISO 3166 alpha-3 or PLOVER code (IGO, NGO, ...)"),
        sector: str = typer.Option(..., help="PLOVER sector: GOV, MIL, REB, COP, PTY, ..."),
        alias: List[str] = typer.Option([], "--alias", help="another name; repeatable"),
        wikidata: Optional[str] = typer.Option(None, help="Wikidata id, e.g. Q123"),
        start: Optional[str] = typer.Option(None, help="role starts (ISO date)"),
        end: Optional[str] = typer.Option(None, help="role ends (ISO date)"),
        file: Optional[Path] = typer.Option(None, "--file", help="registry file to write (default: your own, the user_actors setting, which every command reads)")):
    """Add an actor to your registry file; `run`, `show` and `resolve` read it from then on."""
    from jirga.actors.registry import add_actor
    from jirga.settings import load_settings
    target = file or Path(load_settings()["user_actors"])
    target.parent.mkdir(parents=True, exist_ok=True)
    add_actor(target, name, country, sector, aliases=tuple(alias), wikidata=wikidata, start=start, end=end)
    note = "" if file is None else f"; pass --actors {target} to use it"
    typer.echo(f"added {name} ({country} {sector}) to {target}{note}")


@app.command("unknown")
def unknown(db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
            limit: int = typer.Option(50, help="how many to list")):
    """List actor mentions no registry entry matched, most frequent first."""
    from rich.console import Console
    from rich.table import Table
    from jirga.actors.unknown import count_texts
    from jirga.settings import load_settings
    from jirga.store import open_store
    with open_store(load_settings(db=db)["db"], read_only=True) as store:
        rows = count_texts(store.unresolved_mentions())[:limit]
    t = Table(title="Unresolved actor mentions")
    t.add_column("text")
    t.add_column("mentions", justify="right")
    for text, n in rows:
        t.add_row(text, str(n))
    Console().print(t)
