"""``jirga spark``: code an archive on Apache Spark, into Parquet tables with the store's schema.

    run_job("articles/", "out/", master="local[2]")

The driver checks the settings, model and data first (a user error stops the job before
Spark starts), lists the archive and keeps its reading order (``read.order``); the
executors read the files with Jirga's ingest, drop repeated texts, find copies of one story
(``stories``), then code their partitions (``code.code_partition``: models loaded once per
executor process) and return plain rows. The rows are written as one Parquet folder per
table, partitioned by month, and ``manifest.json`` (settings, data versions, counts, the
executors' peak memory) is written last: a folder with a manifest is complete.
Fault tolerance is Spark's: a lost executor's partitions are computed again.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field
from operator import add
from pathlib import Path

from jirga import __version__, data, errors, nlp
from jirga.errors import JirgaError
from jirga.ingest import stories as minhash
from jirga.model import Document, Reject
from jirga.pipeline import STAGES
from jirga.resources import Resources
from jirga.spark import code, daemon, read, stories, write
from jirga.stage import Stage, prepare
from jirga.store.bulk import TABLES, table_types

log = logging.getLogger("jirga")

MANIFEST = "manifest.json"
FORMAT = "jirga-spark/1"


@dataclass
class JobSummary:
    run_id: str
    out_dir: str
    files: int = 0
    documents: int = 0          # rows of the documents table (coded originals and copies)
    copies: int = 0
    repeats: int = 0            # the same text again: kept once
    events: int = 0
    rejects: int = 0
    seconds: float = 0.0
    tables: dict = field(default_factory=dict)
    workers: list = field(default_factory=list)   # (pid, documents, seconds, peak MB) per task


def session(master: str | None, app: str = "jirga", conf: dict | None = None):
    """A SparkSession on ``master`` (``local[N]`` or a cluster URL); the executors run this
    Python (``PYSPARK_PYTHON``), so they import the same Jirga."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise JirgaError("jirga spark needs pyspark: pip install 'jirga[spark]' (and Java 17)",
                         errors.NO_SPARK) from None
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        raise JirgaError("jirga spark needs Java 17 (java not found on PATH, JAVA_HOME unset); "
                         "install it, e.g. apt-get install default-jre-headless", errors.NO_SPARK)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).config("spark.ui.enabled", "false") \
        .config("spark.ui.showConsoleProgress", "false").config("spark.python.worker.reuse", "true")
    if master:
        builder = builder.master(master)
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def as_document(item: Document | Reject) -> Document:
    """A Reject of ingest travels as a Document holding only it, as in ``jirga run``."""
    if isinstance(item, Reject):
        return Document(id=item.doc_id or "", text="", origin=item.source, rejects=[item])
    if not item.rejected:
        item.bands = minhash.bands(item.text)
    return item


def run_job(archive: str, out_dir: str, master: str | None = "local[2]", settings: dict | None = None,
            partitions: int | None = None, stages: tuple[Stage, ...] = STAGES, spark=None,
            parquet: bool | None = None) -> JobSummary:
    """Code ``archive`` (a file or folder of files Jirga reads, or Parquet with a ``text``
    column; a local or Hadoop-compatible path) into Parquet tables under ``out_dir``."""
    if read.is_local(archive) and not Path(read.local_path(archive)).exists():
        raise JirgaError(f"{archive}: no such file or folder", errors.SPARK_ARCHIVE)
    res = Resources(settings) if settings is not None else Resources()
    settings = {**res.settings, "n_process": 1}
    nlp.check_model(settings["model"])
    prepare(stages, res)            # a bad actor file or data file stops the job here
    del res
    log.info("settings, model and data checked")
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    summary = JobSummary(run_id, str(Path(out_dir).resolve()))
    Path(summary.out_dir).mkdir(parents=True, exist_ok=True)
    (Path(summary.out_dir) / MANIFEST).unlink(missing_ok=True)   # incomplete until written again
    started = time.perf_counter()
    own = spark is None
    if own:     # the executors' daemon loads the models once, before forking workers
        shared = json.dumps(settings, default=str)
        os.environ[daemon.SETTINGS_ENV] = shared          # local mode: workers inherit it
        spark = session(master, conf={"spark.python.daemon.module": "jirga.spark.daemon",
                                      f"spark.executorEnv.{daemon.SETTINGS_ENV}": shared})
    try:
        items = _items(spark, archive, settings, summary, parquet)
        _code_and_write(spark, items, settings, run_id, stages, partitions, summary)
    finally:
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - started
    write_manifest(archive, master, settings, summary)
    return summary


def _is_parquet(archive: str) -> bool:
    if archive.rstrip("/").endswith(".parquet"):
        return True
    p = Path(read.local_path(archive))
    return read.is_local(archive) and p.is_dir() and any(p.glob("*.parquet")) and \
        all(f.suffix == ".parquet" or f.name.startswith(("_", ".")) for f in p.iterdir())


def _items(spark, archive: str, settings: dict, summary: JobSummary, parquet: bool | None):
    """(seq, Document) for every item of the archive; rejects travel as Documents."""
    if parquet if parquet is not None else _is_parquet(archive):
        rows = spark.read.parquet(archive).rdd.zipWithIndex()
        summary.files = 1
        return rows.map(lambda ri: (ri[1], as_document(read.record_item(ri[0].asDict(), f"{archive}:{ri[1] + 1}",
                                                                         settings))))
    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(archive)
    root = _root(spark, archive)
    listing = [(r.path, read.relative_parts(r.path, root)) for r in files.select("path").collect()]
    listing = [(uri, parts) for uri, parts in listing if not read.hidden(parts)]
    if not listing:
        raise JirgaError(f"{archive}: no files to read", errors.SPARK_ARCHIVE)
    ranks = read.order(listing)
    single = len(listing) == 1 and not listing[0][1]
    names = {uri: read.display_name(archive, parts, uri, single) for uri, parts in listing}
    summary.files = len(listing)
    sc = spark.sparkContext
    b_ranks, b_names = sc.broadcast(ranks), sc.broadcast(names)
    local = read.is_local(archive)
    chosen = files.select("path") if local else files.select("path", "content")

    def items_of(row):
        uri = row.path
        if uri not in b_ranks.value:
            return
        name = b_names.value[uri]
        content = None if local else bytes(row.content)
        for i, item in enumerate(read.file_items(name, settings, uri, content)):
            yield read.seq_of(b_ranks.value[uri], i), as_document(item)
    return chosen.rdd.flatMap(items_of)


def _root(spark, archive: str) -> str:
    """The archive as Spark qualifies paths (``file:/abs/path`` for a local one)."""
    if read.is_local(archive):
        return "file:" + str(Path(read.local_path(archive)).resolve())
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(archive)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return str(fs.makeQualified(path).toString())


def _code_and_write(spark, items, settings: dict, run_id: str, stages, partitions, summary: JobSummary) -> None:
    from pyspark import StorageLevel
    sc = spark.sparkContext
    items = items.persist(StorageLevel.MEMORY_AND_DISK)
    rejected = items.filter(lambda sd: sd[1].rejected)
    readable = items.filter(lambda sd: not sd[1].rejected)
    # the same text twice is one document, read where it first appears
    unique = readable.map(lambda sd: (sd[1].id, sd)).reduceByKey(lambda a, b: a if a[0] <= b[0] else b).values()
    unique = unique.persist(StorageLevel.MEMORY_AND_DISK)
    n_unique = unique.count()
    log.info("read %d documents", n_unique)
    summary.repeats = readable.count() - n_unique
    shared = (unique.flatMap(lambda sd: stories.band_keys(*sd)).groupByKey()
              .flatMap(lambda kv: stories.pairs(kv[1])).reduceByKey(add)
              .filter(lambda kv: minhash.is_copy(kv[1])).collect())
    copies = sc.broadcast(stories.resolve(shared))
    summary.copies = len(copies.value)
    log.info("%d copies of a story found", summary.copies)
    marked = unique.map(lambda sd: (sd[0], stories.mark(sd[1], copies.value)))
    n = partitions or max(sc.defaultParallelism * 4, -(-n_unique // 200))
    out_dir, schemas = summary.out_dir, write.arrow_schemas(table_types())
    for table in TABLES:                       # files of an earlier job on this folder go
        shutil.rmtree(os.path.join(out_dir, table), ignore_errors=True)

    def code_and_write(part, docs):
        rows = code.code_partition(docs, settings, run_id, stages)
        return write.write_partition(part, rows, out_dir, schemas, passed=(code.STATS,))
    results = marked.union(rejected).repartition(n).mapPartitionsWithIndex(code_and_write).collect()
    log.info("coded and written in %d partitions", n)
    for table, value in results:
        if table == code.STATS:
            summary.workers.append(list(value))
        else:
            summary.tables[table] = summary.tables.get(table, 0) + value
    summary.tables = {t: summary.tables.get(t, 0) for t in TABLES}
    summary.documents = summary.tables["documents"]
    summary.events = summary.tables["events"]
    summary.rejects = summary.tables["rejects"]
    for rdd in (unique, items):
        rdd.unpersist()


def write_manifest(archive: str, master: str | None, settings: dict, summary: JobSummary) -> None:
    manifest = {
        "format": FORMAT, "run_id": summary.run_id, "archive": archive, "master": master,
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "settings": settings, "versions": {**data.versions(), "jirga": __version__},
        "summary": asdict(summary),
    }
    path = Path(summary.out_dir) / MANIFEST
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
    tmp.replace(path)


def read_manifest(out_dir: str) -> dict:
    path = Path(out_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        raise JirgaError(f"{out_dir}: no {MANIFEST}; give the folder `jirga spark -o` wrote, after "
                         "the job finished", errors.NOT_SPARK_OUTPUT) from None
    if manifest.get("format") != FORMAT:
        raise JirgaError(f"{path}: format {manifest.get('format')!r}, expected {FORMAT}", errors.NOT_SPARK_OUTPUT)
    return manifest
