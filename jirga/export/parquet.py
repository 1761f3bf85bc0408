"""Parquet: the flat columns (``flat.FLAT``) with their types, written in row groups; or,
as the ``parquet-monthly`` format, a folder of files partitioned by the month of the event,
hive-style (``OUT/month=2024-01/part-0.parquet``; undated events under
``month=undated``), which pandas, polars, DuckDB and Spark read as one
table with a ``month`` column."""
from __future__ import annotations

import itertools
from pathlib import Path

from jirga import errors
from jirga.errors import JirgaError
from jirga.export.base import Rows, Writer
from jirga.export.flat import FLAT, flat_row

ROW_GROUP = 10_000
MONTH = "month"
UNDATED = "undated"   # the month of events without a date (a null partition does not read back in pyarrow)


def schema():
    import pyarrow as pa
    types = {"date": pa.date32(), "quad": pa.int64(), "intensity": pa.float64(), "lat": pa.float64(),
             "lon": pa.float64(), "geonameid": pa.int64(), "dead": pa.int64(), "injured": pa.int64(),
             "arrested": pa.int64(), "negated": pa.bool_(), "hypothetical": pa.bool_(),
             "future": pa.bool_(), "factual": pa.bool_(), "confidence": pa.float64(),
             "mentions": pa.int64(), "articles": pa.int64(), "outlets": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in FLAT])


def batches(rows: Rows, shape, month: bool = False):
    """The flat rows as Arrow record batches of ``ROW_GROUP`` rows (with a ``month`` column)."""
    import pyarrow as pa
    flat = (flat_row(ev, meta) for ev, meta in rows)
    while chunk := list(itertools.islice(flat, ROW_GROUP)):
        if month:
            for row in chunk:
                row[MONTH] = row["date"].strftime("%Y-%m") if row["date"] else UNDATED
        yield pa.RecordBatch.from_pylist(chunk, schema=shape)


def write(rows: Rows, out: Path) -> int:
    import pyarrow.parquet as pq
    shape, n = schema(), 0
    with pq.ParquetWriter(out, shape) as w:
        for batch in batches(rows, shape):
            w.write_batch(batch, row_group_size=ROW_GROUP)
            n += batch.num_rows
        if n == 0:
            w.write_table(shape.empty_table())
    return n


def write_monthly(rows: Rows, out: Path) -> int:
    """Write ``out/month=YYYY-MM/part-0.parquet`` for each month; files of an earlier export
    into the same folder are replaced, nothing else in it is touched."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise JirgaError(f"{out} is a file: parquet-monthly writes a folder of months", errors.EXPORT_NOT_FOLDER)
    for old in out.glob(f"{MONTH}=*/part-*.parquet"):
        old.unlink()
    shape = schema().append(pa.field(MONTH, pa.string()))
    counted = []

    def counting():
        for batch in batches(rows, shape, month=True):
            counted.append(batch.num_rows)
            yield batch
    ds.write_dataset(counting(), out, schema=shape, format="parquet",
                     partitioning=ds.partitioning(pa.schema([(MONTH, pa.string())]), flavor="hive"),
                     basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
                     max_partitions=100_000, max_rows_per_group=ROW_GROUP)
    return sum(counted)


WRITER = Writer("parquet", (".parquet",), write)
