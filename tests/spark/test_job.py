"""The job on a real archive: every input ends up a document or a reject, a document that
breaks a stage is a reject row and never a failed job, and two writers on PostgreSQL (the
loader and ``jirga run``) store each document and event once."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.pipeline import STAGES
from jirga.settings import load_settings
from jirga.spark import job
from jirga.spark.load import load
from jirga.stage import Stage
from tests.store.conftest import pg_server, pg_url  # noqa: F401  (PostgreSQL fixtures)
from tests.store.util import rows

pytestmark = [pytest.mark.slow, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "pak-afg" / "articles.jsonl"
POISON = "POISON-PILL"


def _poison(doc, res):
    if POISON in doc.text:
        raise RuntimeError("a document that trips a bug")


STAGES_WITH_POISON = (*STAGES, Stage("poison", requires=(), provides=("poison",),
                                     reject_code=errors.CODING_FAILED, run=_poison))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Six example articles, one of them twice, one poisoned, a malformed line, a short text."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()[:6]
    poisoned = json.loads(lines[5])
    poisoned["text"] += f"\n\n{POISON} ends this article."
    folder = tmp_path_factory.mktemp("archive")
    (folder / "a.jsonl").write_text("\n".join([*lines[:5], lines[0], "{not json", json.dumps(poisoned)]) + "\n",
                                    encoding="utf-8")
    (folder / "b.txt").write_text("Too short.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("never read " * 20, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def output(spark, archive, tmp_path_factory):
    from pyspark import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])   # executors get the poison stage by value
    out = tmp_path_factory.mktemp("out")
    settings = load_settings(batch_size=4)
    return job.run_job(str(archive), str(out), spark=spark, settings=settings, stages=STAGES_WITH_POISON), out


def test_job_rejects_bad_input_and_a_poisoned_document_without_failing(output, archive):
    summary, out = output
    assert (summary.files, summary.documents, summary.repeats) == (2, 6, 1)
    db = out.parent / "j.duckdb"
    load(str(out), str(db))
    got = {(src.rsplit("/", 1)[-1], code) for src, code in rows(db, "SELECT source, code FROM rejects")}
    assert got == {("a.jsonl:7", errors.BAD_JSONL), ("b.txt", errors.TOO_SHORT), ("a.jsonl:8", errors.CODING_FAILED)}
    reason = rows(db, "SELECT reason FROM rejects WHERE code = ?", (errors.CODING_FAILED,))[0][0]
    assert "RuntimeError: a document that trips a bug" in reason
    # the poisoned document is stored with what the other stages found, as jirga run stores it
    assert rows(db, "SELECT count(*) FROM documents WHERE origin LIKE '%a.jsonl:8'") == [(1,)]
    manifest = json.loads((out / job.MANIFEST).read_text())
    assert manifest["settings"]["batch_size"] == 4 and "jirga" in manifest["versions"]
    assert all(w[3] > 100 for w in manifest["summary"]["workers"])   # peak MB of each executor process


def test_job_output_loaded_twice_adds_nothing_twice(output):
    _, out = output
    db = out.parent / "twice.duckdb"
    first = load(str(out), str(db))
    tables = {t: rows(db, f"SELECT count(*) FROM {t}") for t in ("documents", "events", "event_actors", "rejects")}
    second = load(str(out), str(db))
    assert first.documents == 6 and (second.documents, second.events) == (0, 0)
    assert {t: rows(db, f"SELECT count(*) FROM {t}") for t in tables} == tables


def test_job_stops_at_once_on_a_missing_archive(spark, tmp_path):
    with pytest.raises(JirgaError) as exc:
        job.run_job(str(tmp_path / "nope"), str(tmp_path / "out"), spark=spark)
    assert exc.value.code == errors.SPARK_ARCHIVE


def test_job_loader_and_run_write_postgres_at_once_without_duplicates(output, archive, pg_url):  # noqa: F811
    summary, out = output
    run = subprocess.Popen([sys.executable, "-m", "jirga", "run", str(archive), "--db", pg_url, "-j", "1",
                            "--batch-size", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    load(str(out), pg_url)
    _, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    load(str(out), pg_url)                      # and once more, after the run
    assert rows(pg_url, "SELECT count(*), count(DISTINCT id) FROM documents") == [(6, 6)]
    # the run and the job give each event the same id: each is stored once, and merged
    assert rows(pg_url, "SELECT count(*), count(DISTINCT event_id), count(cluster_id) FROM events") == \
        [(summary.events, summary.events, summary.events)]
    assert rows(pg_url, "SELECT count(*) FROM event_facts") == [(summary.events,)]


def test_job_reads_a_parquet_archive_as_jsonl_records(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    recs = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()[:2]]
    table = pa.table({"text": [r["text"] for r in recs] + ["short"],
                      "published": [r["published"] for r in recs] + [None],
                      "url": [r["url"] for r in recs] + [None]})
    pq.write_table(table, tmp_path / "archive.parquet")
    summary = job.run_job(str(tmp_path / "archive.parquet"), str(tmp_path / "out"), spark=spark)
    assert (summary.documents, summary.rejects) == (2, 1)
    db = tmp_path / "j.duckdb"
    load(str(tmp_path / "out"), str(db))
    assert rows(db, "SELECT source, code FROM rejects") == [(f"{tmp_path / 'archive.parquet'}:3", errors.TOO_SHORT)]
    assert sorted(rows(db, "SELECT published, url FROM documents")) == sorted((r["published"], r["url"]) for r in recs)
