"""The ``jirga`` command: a thin skin over the Python API."""
from __future__ import annotations

import sys

import typer

from jirga.cli import actors, components, evaluate, export, run

app = typer.Typer(help="Jirga: political event data from news, with the evidence.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.command("run")(run.run)
app.command("summary")(run.summary)
app.command("code")(components.code)
app.command("geoparse")(components.geoparse)
app.command("dates")(components.dates)
app.command("export")(export.export)
app.command("eval")(evaluate.evaluate)
app.add_typer(actors.app, name="actors")


def main() -> None:
    """Entry point: user errors print one line and exit 2; --debug shows tracebacks."""
    from jirga.errors import JirgaError
    import logging
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    if "--verbose" in sys.argv:  # global flag: log each stored batch to stderr
        sys.argv.remove("--verbose")
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    try:
        app()
    except JirgaError as exc:
        if debug:
            raise
        typer.echo(f"jirga: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("jirga: interrupted; run the same command again to resume", err=True)
        sys.exit(130)
