"""``jirga spark``: code an archive on Apache Spark, into Parquet tables with the store's schema.

    run_job("articles/", "out/", master="local[2]")

The driver checks the settings, model and data while Spark starts (a user error stops the
job before any Spark work) and the executors' daemon loads the models (``daemon``); it
lists a local archive itself, as ``jirga run`` walks it, and keeps its reading order
(``read.order``). The executors read the files with Jirga's ingest, drop repeated texts,
find copies of one story (``stories``), then code their share (``code.code_partition``:
models loaded once per executor process) and return plain rows. A coding task gets a run
of consecutive months of about the same amount of text as the others (``plan``), and
writes its rows as Parquet files, one folder per table, partitioned by month;
``manifest.json`` (settings, data versions, counts, the executors' peak memory) is
written last: a folder with a manifest is complete.
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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from operator import add
from pathlib import Path

from jirga import __version__, data, errors, nlp
from jirga.errors import JirgaError
from jirga.ingest import stories as minhash
from jirga.model import Document, Reject
from jirga.pipeline import STAGES
from jirga.resources import Resources
from jirga.spark import code, daemon, plan, read, stories, write
from jirga.stage import Stage, prepare
from jirga.store.bulk import TABLES, table_types

log = logging.getLogger("jirga")

MANIFEST = "manifest.json"
FORMAT = "jirga-spark/1"
LOCAL_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# documents per partition of the de-duplication and copy-finding stages: a Python worker
# holds a partition's documents while it aggregates them, so a bounded number keeps an
# executor's memory flat however large the archive (one JSONL file is read as one split)
AGGREGATE_DOCS = 2000


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
    phases: dict = field(default_factory=dict)    # seconds from the job's start to the end of each phase


def context(master: str | None, app: str = "jirga", conf: dict | None = None):
    """A SparkContext on ``master`` (``local[N]`` or a cluster URL); the executors run this
    Python (``PYSPARK_PYTHON``), so they import the same Jirga. Spark SQL is started only
    for an archive that needs it (``session``): it doubles the time Spark takes to start."""
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise JirgaError("jirga spark needs pyspark: pip install 'jirga[spark]' (and Java 17)",
                         errors.NO_SPARK) from None
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        raise JirgaError("jirga spark needs Java 17 (java not found on PATH, JAVA_HOME unset); "
                         "install it, e.g. apt-get install default-jre-headless", errors.NO_SPARK)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark_conf = SparkConf().setAppName(app).set("spark.ui.enabled", "false") \
        .set("spark.ui.showConsoleProgress", "false").set("spark.python.worker.reuse", "true")
    if master:
        spark_conf.setMaster(master)
    for k, v in (conf or {}).items():
        spark_conf.set(k, v)
    sc = SparkContext.getOrCreate(spark_conf)
    sc.setLogLevel("ERROR")
    return sc


def session(master: str | None = None, app: str = "jirga", conf: dict | None = None):
    """A SparkSession (Spark SQL) on ``master``, over the running SparkContext if any."""
    context(master, app, conf)
    from pyspark.sql import SparkSession
    return SparkSession.builder.getOrCreate()


def as_document(item: Document | Reject) -> Document:
    """A Reject of ingest travels as a Document holding only it, as in ``jirga run``."""
    if isinstance(item, Reject):
        return Document(id=item.doc_id or "", text="", origin=item.source, rejects=[item])
    return item


def with_bands(item: tuple[int, Document]) -> tuple[int, Document]:
    """A readable document's MinHash bands (``story_bands``, and the search for copies),
    computed once repeats are gone and the documents spread over the executors' cores."""
    item[1].bands = minhash.bands(item[1].text)
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
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    summary = JobSummary(run_id, str(Path(out_dir).resolve()))
    started = time.perf_counter()
    own = spark is None
    if own:
        spark = _check_and_start(res, stages, master, settings)
    else:
        _check(res, stages)
    del res
    summary.phases["started"] = _since(started)
    log.info("settings, model and data checked")
    Path(summary.out_dir).mkdir(parents=True, exist_ok=True)
    (Path(summary.out_dir) / MANIFEST).unlink(missing_ok=True)   # incomplete until written again
    sc = getattr(spark, "sparkContext", spark)       # a SparkSession, or the job's own SparkContext
    try:
        items = _items(sc, archive, settings, summary, parquet)
        _code_and_write(sc, items, settings, run_id, stages, partitions, summary, started)
    finally:
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - started
    summary.phases["stopped"] = _since(started)
    write_manifest(archive, master, settings, summary)
    return summary


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 2)


def _check_and_start(res: Resources, stages: tuple[Stage, ...], master: str | None, settings: dict):
    """The job's SparkContext, started while the driver checks the settings, model and data:
    a user error still stops the job before any Spark work is done, and wins over an
    error of Spark's own start."""
    sc = None
    with ThreadPoolExecutor(1) as pool:
        checked = pool.submit(_check, res, stages)
        try:
            sc = _start(master, settings)
        finally:
            try:
                checked.result()
            except BaseException:
                if sc is not None:
                    sc.stop()
                raise
    return sc


def _check(res: Resources, stages: tuple[Stage, ...]) -> None:
    nlp.check_model(res.settings["model"])
    prepare(stages, res)            # a bad actor file or data file stops the job here
    log.debug("driver's check done")


def _start(master: str | None, settings: dict):
    """A SparkContext whose executors' daemon loads the models once, before forking workers;
    a first one-task job starts it, so the models load while the driver checks. In local
    mode the driver's JVM only passes rows between Python workers: its JIT's first tier
    and one garbage collector thread start it sooner, leaving the cores to Python."""
    shared = json.dumps(settings, default=str)
    os.environ[daemon.SETTINGS_ENV] = shared          # local mode: workers inherit it
    conf = {"spark.python.daemon.module": "jirga.spark.daemon", f"spark.executorEnv.{daemon.SETTINGS_ENV}": shared}
    if (master or "").startswith("local"):
        conf["spark.driver.extraJavaOptions"] = LOCAL_JVM
    sc = context(master, conf=conf)
    log.debug("Spark started")
    sc.parallelize([0], 1).map(lambda x: x).collect()
    log.debug("executors' daemon ready")
    return sc


def _is_parquet(archive: str) -> bool:
    if archive.rstrip("/").endswith(".parquet"):
        return True
    p = Path(read.local_path(archive))
    return read.is_local(archive) and p.is_dir() and any(p.glob("*.parquet")) and \
        all(f.suffix == ".parquet" or f.name.startswith(("_", ".")) for f in p.iterdir())


def _items(sc, archive: str, settings: dict, summary: JobSummary, parquet: bool | None):
    """(seq, Document) for every item of the archive; rejects travel as Documents."""
    if parquet if parquet is not None else _is_parquet(archive):
        rows = session().read.parquet(archive).rdd.zipWithIndex()
        summary.files = 1
        return rows.map(lambda ri: (ri[1], as_document(read.record_item(ri[0].asDict(), f"{archive}:{ri[1] + 1}",
                                                                         settings))))
    local = read.is_local(archive)
    if local:           # listed here, as jirga run walks it
        listing = read.local_files(str(Path(read.local_path(archive)).resolve()))
    else:
        files = session().read.format("binaryFile").option("recursiveFileLookup", "true").load(archive)
        root = _root(sc, archive)
        listing = [(r.path, read.relative_parts(r.path, root)) for r in files.select("path").collect()]
        listing = [(uri, parts) for uri, parts in listing if not read.hidden(parts)]
    if not listing:
        raise JirgaError(f"{archive}: no files to read", errors.SPARK_ARCHIVE)
    ranks = read.order(listing)
    single = len(listing) == 1 and not listing[0][1]
    names = {uri: read.display_name(archive, parts, uri, single) for uri, parts in listing}
    summary.files = len(listing)

    def items_of(rank: int, name: str, uri: str, content: bytes | None):
        for i, item in enumerate(read.file_items(name, settings, uri, content)):
            yield read.seq_of(rank, i), as_document(item)
    if local:
        chosen = sorted((ranks[uri], names[uri], uri) for uri, _ in listing)
        return sc.parallelize(chosen, min(len(chosen), 4 * sc.defaultParallelism)) \
            .flatMap(lambda f: items_of(*f, None))
    b_ranks, b_names = sc.broadcast(ranks), sc.broadcast(names)

    def remote_items(row):
        if row.path in b_ranks.value:
            yield from items_of(b_ranks.value[row.path], b_names.value[row.path], row.path, bytes(row.content))
    return files.select("path", "content").rdd.flatMap(remote_items)


def _root(sc, archive: str) -> str:
    """The archive as Spark qualifies paths (``file:/abs/path`` for a local one)."""
    if read.is_local(archive):
        return "file:" + str(Path(read.local_path(archive)).resolve())
    path = sc._jvm.org.apache.hadoop.fs.Path(archive)
    fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
    return str(fs.makeQualified(path).toString())


def _earlier(a, b):
    """Of two readings of one text, the first in reading order, and how many there were."""
    return (a[0] if a[0][0] <= b[0][0] else b[0]), a[1] + b[1]


def _tally(acc, item):
    """(characters of text by month, documents, readings) of the unique documents."""
    (seq, doc), readings = item
    months, docs, total = acc
    month = code.month_of(doc)
    months[month] = months.get(month, 0) + len(doc.text)
    return months, docs + 1, total + readings


def _merge_tallies(a, b):
    for month, n in b[0].items():
        a[0][month] = a[0].get(month, 0) + n
    return a[0], a[1] + b[1], a[2] + b[2]


def _code_and_write(sc, items, settings: dict, run_id: str, stages, partitions, summary: JobSummary,
                    started: float) -> None:
    from pyspark import StorageLevel
    items = items.persist(StorageLevel.MEMORY_AND_DISK)
    rejected = items.filter(lambda sd: sd[1].rejected)
    readable = items.filter(lambda sd: not sd[1].rejected)
    # the same text twice is one document, read where it first appears
    spread = max(sc.defaultParallelism, items.getNumPartitions(), -(-items.count() // AGGREGATE_DOCS))
    counted = readable.map(lambda sd: (sd[1].id, (sd, 1))).reduceByKey(_earlier, spread).values() \
        .map(lambda u: (with_bands(u[0]), u[1]))
    counted = counted.persist(StorageLevel.MEMORY_AND_DISK)
    months, n_unique, n_readable = counted.aggregate(({}, 0, 0), _tally, _merge_tallies)
    summary.phases["read"] = _since(started)
    log.info("read %d documents", n_unique)
    summary.repeats = n_readable - n_unique
    unique = counted.keys()
    shared = (unique.flatMap(lambda sd: stories.band_keys(*sd)).groupByKey()
              .flatMap(lambda kv: stories.pairs(kv[1])).reduceByKey(add)
              .filter(lambda kv: minhash.is_copy(kv[1])).collect())
    copies = sc.broadcast(stories.resolve(shared))
    summary.copies = len(copies.value)
    summary.phases["copies"] = _since(started)
    log.info("%d copies of a story found", summary.copies)
    marked = unique.map(lambda sd: (sd[0], stories.mark(sd[1], copies.value)))
    n = partitions or max(sc.defaultParallelism * 4, -(-n_unique // 200))
    tasks = plan.plan(months, n)
    out_dir, schemas = summary.out_dir, write.arrow_schemas(table_types())
    for table in TABLES:                       # files of an earlier job on this folder go
        shutil.rmtree(os.path.join(out_dir, table), ignore_errors=True)

    def code_and_write(part, docs):
        rows = code.code_partition(docs, settings, run_id, stages)
        return write.write_partition(part, rows, out_dir, schemas, passed=(code.STATS,))
    dealt = marked.union(rejected).keyBy(lambda sd: plan.task_of(tasks, sd[0], code.month_of(sd[1])))
    results = dealt.partitionBy(n, lambda task: task).values().mapPartitionsWithIndex(code_and_write).collect()
    summary.phases["coded"] = _since(started)
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
    for rdd in (counted, items):
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
