"""``jirga spark`` then ``jirga load`` store exactly what ``jirga run`` stores (CI runs this)."""
from __future__ import annotations

from pathlib import Path

import pytest

from jirga import errors
from jirga.store.bulk import TABLES
from tests.cli.shell import jirga
from tests.store.util import rows

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "pak-afg" / "articles.jsonl"
COMPARED = ("documents", "sentences", "events", "event_actors", "places", "rejects", "story_bands", "event_facts")


def _tables(db) -> dict:
    out = {}
    for table in COMPARED:
        cols = [c for c in TABLES[table][0] if c != "run_id"]      # which run stored it may differ
        out[table] = sorted(rows(db, f"SELECT {', '.join(cols)} FROM {table}"), key=repr)
    return out


@pytest.mark.slow
@pytest.mark.model
def test_spark_then_load_equals_run_on_the_example_corpus(tmp_path):
    from tests.spark.conftest import spark_ready
    spark_ready()
    out, spark_db, run_db = tmp_path / "out", tmp_path / "spark.duckdb", tmp_path / "run.duckdb"
    done = jirga("spark", str(EXAMPLE), "-o", str(out), "--master", "local[2]", timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = jirga("load", str(out), "--db", str(spark_db))
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    ran = jirga("run", str(EXAMPLE), "--db", str(run_db))
    assert ran.returncode == 0, ran.stderr[-2000:]
    by_spark, by_run = _tables(spark_db), _tables(run_db)
    assert len(by_run["documents"]) == 44 and len(by_run["events"]) > 100
    for table in COMPARED:
        assert by_spark[table] == by_run[table], table
    again = jirga("load", str(out), "--db", str(spark_db))
    assert again.returncode == 0 and "0 new documents (44 already stored)" in again.stdout
    assert _tables(spark_db) == by_spark


def test_spark_load_refuses_a_folder_that_is_no_job_output(tmp_path):
    done = jirga("load", str(tmp_path), "--db", str(tmp_path / "j.duckdb"))
    assert done.returncode == 2 and f"[{errors.NOT_SPARK_OUTPUT}]" in done.stderr
