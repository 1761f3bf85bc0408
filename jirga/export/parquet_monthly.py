"""The ``parquet-monthly`` format: a folder of Parquet files, one per month of the events,
hive-style (``parquet.write_monthly``)."""
from __future__ import annotations

from jirga.export.base import Writer
from jirga.export.parquet import write_monthly

WRITER = Writer("parquet-monthly", (".parquet-monthly",), write_monthly)
