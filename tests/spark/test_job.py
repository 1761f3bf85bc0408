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
    phases = manifest["summary"]["phases"]
    assert list(phases) == ["started", "read", "copies", "coded", "stopped"]
    assert list(phases.values()) == sorted(phases.values()) and phases["stopped"] <= summary.seconds + 0.01


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


def test_job_start_gives_a_local_jvm_quick_options_and_the_daemon_its_settings(monkeypatch):
    seen = {}

    class FakeContext:
        def parallelize(self, data, n):
            seen["warm"] = n
            return self

        def map(self, f):
            return self

        def collect(self):
            return [0]

    def context(master, app="jirga", conf=None):
        seen[master] = conf
        return FakeContext()
    monkeypatch.setattr(job, "context", context)
    monkeypatch.setenv(job.daemon.SETTINGS_ENV, "")      # restored after the test
    job._start("local[2]", {"batch_size": 4})
    job._start("spark://host:7077", {"batch_size": 4})
    assert seen["local[2]"]["spark.driver.extraJavaOptions"] == job.LOCAL_JVM
    assert "spark.driver.extraJavaOptions" not in seen["spark://host:7077"]
    assert seen["local[2]"]["spark.python.daemon.module"] == "jirga.spark.daemon" and seen["warm"] == 1
    assert json.loads(seen["local[2]"][f"spark.executorEnv.{job.daemon.SETTINGS_ENV}"]) == {"batch_size": 4}


def test_job_a_user_error_found_while_spark_starts_stops_spark_and_is_raised(monkeypatch, tmp_path):
    stopped = []

    class FakeContext:
        def stop(self):
            stopped.append(True)

    def bad_check(res, stages):
        raise JirgaError("bad actor file", errors.SPARK_ARCHIVE)
    monkeypatch.setattr(job, "_start", lambda master, settings: FakeContext())
    monkeypatch.setattr(job, "_check", bad_check)
    with pytest.raises(JirgaError, match="bad actor file"):
        job.run_job(str(EXAMPLE), str(tmp_path / "out"))
    assert stopped == [True] and not (tmp_path / "out").exists()

    def no_java(master, settings):
        raise JirgaError("no java", errors.NO_SPARK)
    monkeypatch.setattr(job, "_start", no_java)
    with pytest.raises(JirgaError, match="bad actor file"):      # the user's error first
        job.run_job(str(EXAMPLE), str(tmp_path / "out"))


def test_job_reads_an_archive_it_cannot_list_itself_from_sparks_bytes(spark, archive, tmp_path, monkeypatch):
    # a path on another file system (hdfs://, s3a://) is listed and read by Spark; here a
    # local folder stands in for one, the driver told it is not local
    monkeypatch.setattr(job.read, "is_local", lambda uri: False)
    summary = job.run_job("file://" + str(archive), str(tmp_path / "out"), spark=spark,
                          settings=load_settings(batch_size=4))
    assert (summary.files, summary.documents, summary.repeats) == (2, 6, 1)
    db = tmp_path / "j.duckdb"
    load(str(tmp_path / "out"), str(db))
    origins = [o for (o,) in rows(db, "SELECT origin FROM documents ORDER BY origin")]
    assert all(o.startswith("file:") and "/a.jsonl:" in o for o in origins)
