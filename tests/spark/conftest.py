"""A local Spark session for the job tests, started once (about 10 s).

Without pyspark or Java these tests are skipped, except under CI (env var CI set), where
they fail: CI must never pass them silently. scripts/spark.sh finds Java (and installs
Debian's JRE when run as root)."""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _unavailable(msg: str):
    if os.environ.get("CI"):
        pytest.fail(f"Spark tests cannot run under CI: {msg}", pytrace=False)
    pytest.skip(f"Spark unavailable: {msg}")


def spark_ready():
    """Skip (or fail under CI) unless pyspark and Java are there."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        _unavailable("pyspark is not installed (pip install 'jirga[spark]')")
    out = subprocess.run([str(ROOT / "scripts" / "spark.sh")], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        _unavailable(out.stderr.strip()[-300:])


@pytest.fixture(scope="session")
def spark():
    spark_ready()
    from jirga.spark.job import session
    s = session("local[2]", app="jirga-tests")
    yield s
    s.stop()
