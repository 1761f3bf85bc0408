"""Component commands: JSONL {"id","text","date"?} in (file or -), JSONL out."""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Optional

import typer

IN = typer.Argument(..., help="JSONL file of {\"id\", \"text\", \"date\"} records, or - for stdin")
OUT = typer.Option(None, "-o", "--output", help="output JSONL file (default: stdout)")


@contextlib.contextmanager
def records_io(src: str, out: Optional[Path]):
    from jirga import errors
    from jirga.components import read_records
    try:
        fin = sys.stdin if src == "-" else open(src, encoding="utf-8")
    except FileNotFoundError:
        raise errors.InputError(f"{src}: file not found; check the path", errors.FILE_NOT_FOUND) from None
    except OSError as exc:
        raise errors.InputError(f"{src}: cannot read ({exc.strerror})", errors.UNREADABLE) from None
    to_stdout = out is None or str(out) == "-"
    fout = sys.stdout if to_stdout else open(out, "w", encoding="utf-8")
    try:
        yield read_records(fin, src), fout
    finally:
        if fin is not sys.stdin:
            fin.close()
        if fout is not sys.stdout:
            fout.close()


def write_records(rows, fout, label: str = "records") -> None:
    from jirga.cli.output import counting
    for row in counting(rows, label):
        fout.write(json.dumps(row, ensure_ascii=False) + "\n")


def code_command(src: str = IN, out: Optional[Path] = OUT):
    """Code events: one JSON line per event with its evidence offsets."""
    from jirga.components import code_records
    with records_io(src, out) as (records, fout):
        write_records(code_records(records), fout, "events")


def geoparse_command(src: str = IN, out: Optional[Path] = OUT):
    """Find and geocode the places in each record."""
    from jirga.components import geoparse_records
    with records_io(src, out) as (records, fout):
        write_records(geoparse_records(records), fout)


def dates_command(src: str = IN, out: Optional[Path] = OUT):
    """Find time expressions and normalise them to TIMEX3 values against "date"."""
    from jirga.components import dates_records
    with records_io(src, out) as (records, fout):
        write_records(dates_records(records), fout)
