"""``jirga spark`` and ``jirga load``: an archive coded on Apache Spark, then stored."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


def spark(archive: str = typer.Argument(..., help="JSONL, CSV or Parquet file, or a folder of files Jirga reads; local or a Hadoop-compatible URI (hdfs://, s3a://)"),
          out: Path = typer.Option(..., "--out", "-o", help="folder for the Parquet tables and manifest.json (local or shared)"),
          master: str = typer.Option("local[2]", "--master", help="Spark master: local[N] or a cluster URL (spark://host:7077, yarn)"),
          partitions: Optional[int] = typer.Option(None, "--partitions", help="partitions to code (default: 4 per core, at least one per 200 documents)"),
          parquet: Optional[bool] = typer.Option(None, "--parquet/--files", help="read ARCHIVE as Parquet rows or as files (default: by its name)"),
          batch_size: Optional[int] = typer.Option(None, "--batch-size", help="documents per spaCy batch, and per merge batch at load; default from settings"),
          model: Optional[str] = typer.Option(None, "--model", help="spaCy model: en_core_web_md or en_core_web_sm"),
          actors: List[Path] = typer.Option([], "--actors", help="user actor registry file (YAML/CSV); repeatable"),
          config: Optional[Path] = typer.Option(None, "--config", help="settings file (TOML)")):
    """Code an archive on Apache Spark into Parquet tables with the store's schema (needs pyspark and Java 17)."""
    from jirga.settings import load_settings
    from jirga.spark.job import run_job
    settings = load_settings(config, batch_size=batch_size, model=model,
                             actor_files=tuple(str(a.resolve()) for a in actors) or None)
    s = run_job(archive, str(out), master=master, settings=settings, partitions=partitions, parquet=parquet)
    typer.echo(f"job {s.run_id}: {s.files} file(s), {s.documents} documents ({s.copies} copies, "
               f"{s.repeats} repeated texts), {s.events} events, {s.rejects} rejects in {s.seconds:.1f} s")
    typer.echo(f"wrote {s.out_dir}; store it with: jirga load {out}")


def load(out: Path = typer.Argument(..., help="folder written by jirga spark"),
         db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
         config: Optional[Path] = typer.Option(None, "--config", help="settings file (TOML)")):
    """Store the output of jirga spark, then merge reports and thread claims. Loading twice adds nothing twice."""
    from jirga.settings import load_settings
    from jirga.spark.load import load as do_load
    s = do_load(str(out), load_settings(config, db=db)["db"])
    typer.echo(f"load {s.run_id}: {s.documents} new documents ({s.skipped} already stored), {s.copies} of them "
               f"copies of stories stored before, {s.events} events, "
               f"{s.rejects} rejects, {s.merged} reports merged, {s.threaded} claims threaded in {s.seconds:.1f} s")
    typer.echo(f"database: {s.database}")
