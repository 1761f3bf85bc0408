"""Executor side of the output: a partition's rows straight into Parquet files.

Each task writes its own files, ``TABLE/month=YYYY-MM/part-PPPPP-NNNN.parquet``, under
names fixed by its partition number: a task that Spark runs again (a lost executor)
writes the same names, and a file appears whole or not at all (written aside, then
renamed). One pass over the documents codes and writes them; nothing is held but the
rows of one table and month until ``FLUSH_ROWS`` of them are buffered.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

FLUSH_ROWS = 50_000
_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
          "BOOLEAN": pa.bool_(), "DATE": pa.date32()}


def arrow_schemas(types: dict[str, list[tuple[str, str]]]) -> dict[str, pa.Schema]:
    """Each table's Parquet schema: the store's columns, then ``seq`` (``month`` is the folder)."""
    return {t: pa.schema([(c, _ARROW[k]) for c, k in cols] + [("seq", pa.int64())]) for t, cols in types.items()}


class PartitionWriter:
    """Rows of one partition, buffered by table and month and written as Parquet files."""

    def __init__(self, out_dir: str, part: int, schemas: dict[str, pa.Schema]):
        self.out_dir, self.part, self.schemas = out_dir, part, schemas
        self.buffers: dict[tuple[str, str], list[tuple]] = defaultdict(list)
        self.files: Counter = Counter()
        self.rows: Counter = Counter()

    def add(self, table: str, row: tuple) -> None:
        """``row``: the store's columns, then seq and month."""
        key = (table, row[-1])
        self.buffers[key].append(row[:-1])
        self.rows[table] += 1
        if len(self.buffers[key]) >= FLUSH_ROWS:
            self._flush(key)

    def close(self) -> None:
        for key in list(self.buffers):
            self._flush(key)

    def _flush(self, key: tuple[str, str]) -> None:
        table, month = key
        rows = self.buffers.pop(key)
        schema = self.schemas[table]
        columns = list(zip(*rows))
        data = pa.table([pa.array(col, f.type) for col, f in zip(columns, schema)], schema=schema)
        folder = os.path.join(self.out_dir, table, f"month={month}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"part-{self.part:05d}-{self.files[key]:04d}.parquet")
        self.files[key] += 1
        aside = f"{path}.{os.getpid()}.tmp"
        pq.write_table(data, aside)
        os.replace(aside, path)


def warm() -> None:
    """Write a one-row table to memory: the first write imports what pyarrow loads lazily
    (pandas among it, about 0.3 s), which a worker daemon then does once, not each worker."""
    pq.write_table(pa.table({"x": pa.array([0], pa.int64())}), pa.BufferOutputStream())


def write_partition(part: int, rows: Iterable[tuple[str, tuple]], out_dir: str,
                    schemas: dict[str, pa.Schema], passed: Iterable[str] = ()) -> Iterator[tuple[str, object]]:
    """Write a partition's (table, row) pairs; yields (table, rows written) for each table,
    and every pair of a table in ``passed`` (figures for the driver) as it is."""
    writer = PartitionWriter(out_dir, part, schemas)
    passed = set(passed)
    for table, row in rows:
        if table in passed:
            yield table, row
        else:
            writer.add(table, row)
    writer.close()
    yield from writer.rows.items()
