"""The ``jirga`` command: a thin skin over the Python API."""
from __future__ import annotations

import sys

import typer

from jirga.cli import actors, claims, components, evaluate, export, run, spark
from jirga.cli import plot, serve

app = typer.Typer(help="Jirga: political event data from news, with the evidence.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.command("run")(run.run)
app.command("summary")(run.summary)
app.command("code")(components.code_command)
app.command("geoparse")(components.geoparse_command)
app.command("dates")(components.dates_command)
app.command("export")(export.export)
app.command("claims")(claims.claims)
app.command("eval")(evaluate.evaluate)
app.command("spark")(spark.spark)
app.command("load")(spark.load)
app.add_typer(actors.app, name="actors")
app.command("serve")(serve.serve)
app.add_typer(plot.app, name="plot")


def main() -> None:
    """Entry point: user errors print one line and exit 2; --debug shows tracebacks."""
    import logging

    from jirga.errors import JirgaError
    debug = "--debug" in sys.argv
    verbose = "--verbose" in sys.argv
    for flag in ("--debug", "--verbose"):
        while flag in sys.argv:
            sys.argv.remove(flag)
    # --verbose: each stored batch, and a stage's traceback when it fails on a document
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("jirga").setLevel(level)
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
