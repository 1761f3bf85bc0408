"""Parquet: the flat columns (``flat.FLAT``) with their types, written in row groups."""
from __future__ import annotations

import itertools
from pathlib import Path

from jirga.export.base import Rows, Writer
from jirga.export.flat import FLAT, flat_row

ROW_GROUP = 10_000


def schema():
    import pyarrow as pa
    types = {"quad": pa.int64(), "intensity": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
             "geonameid": pa.int64(), "dead": pa.int64(), "injured": pa.int64(), "arrested": pa.int64(),
             "negated": pa.bool_(), "hypothetical": pa.bool_(), "future": pa.bool_(),
             "confidence": pa.float64(), "mentions": pa.int64(), "articles": pa.int64(),
             "outlets": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in FLAT])


def write(rows: Rows, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    shape, n = schema(), 0
    flat = (flat_row(ev, meta) for ev, meta in rows)
    with pq.ParquetWriter(out, shape) as w:
        while chunk := list(itertools.islice(flat, ROW_GROUP)):
            w.write_table(pa.Table.from_pylist(chunk, schema=shape))
            n += len(chunk)
        if n == 0:
            w.write_table(shape.empty_table())
    return n


WRITER = Writer("parquet", (".parquet",), write)
