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
def _io(src: str, out: Optional[Path]):
    from jirga.errors import InputError
    from jirga.components import read_records
    try:
        fin = sys.stdin if src == "-" else open(src, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{src}: cannot read ({exc.strerror})", "E101") from None
    fout = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        yield read_records(fin, src), fout
    finally:
        if fin is not sys.stdin:
            fin.close()
        if fout is not sys.stdout:
            fout.close()


def _write(rows, fout, label: str = "records") -> None:
    from jirga.cli.output import counting
    for row in counting(rows, label):
        fout.write(json.dumps(row, ensure_ascii=False) + "\n")


def code(src: str = IN, out: Optional[Path] = OUT):
    """Code events: one JSON line per event with its evidence offsets."""
    from jirga.components import code_records
    with _io(src, out) as (records, fout):
        _write(code_records(records), fout, "events")


def geoparse(src: str = IN, out: Optional[Path] = OUT):
    """Find and geocode the places in each record."""
    from jirga.components import geoparse_records
    with _io(src, out) as (records, fout):
        _write(geoparse_records(records), fout)


def dates(src: str = IN, out: Optional[Path] = OUT):
    """Find time expressions and normalise them to TIMEX3 values against "date"."""
    from jirga.components import dates_records
    with _io(src, out) as (records, fout):
        _write(dates_records(records), fout)
