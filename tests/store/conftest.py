"""A private PostgreSQL server for the store tests (scripts/pg.sh), one fresh database per test.

Set JIRGA_TEST_PG_URL to use a server of your own instead (its user must be allowed
to create databases). Without a server the PostgreSQL tests are skipped, except
under CI (env var CI set), where they fail: CI must never pass them silently.
"""
import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _unavailable(msg: str):
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {msg}", pytrace=False)
    pytest.skip(f"PostgreSQL unavailable: {msg}")


def _with_db(url: str, db: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "/" + db, p.query, p.fragment))


@pytest.fixture(scope="session")
def pg_server():
    """URL of a PostgreSQL database on a running server."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'psycopg[binary]')")
    url = os.environ.get("JIRGA_TEST_PG_URL")
    if not url:
        try:
            out = subprocess.run([str(ROOT / "scripts" / "pg.sh"), "start"], capture_output=True,
                                 text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            _unavailable(f"scripts/pg.sh start failed: {exc}")
        if out.returncode != 0 or not out.stdout.strip():
            _unavailable(f"scripts/pg.sh start exited {out.returncode}: {out.stderr.strip()[-500:]}")
        url = out.stdout.strip().splitlines()[-1]
    return url


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database for one test; dropped afterwards."""
    import psycopg
    name = "jirga_t_" + uuid.uuid4().hex[:12]
    try:
        admin = psycopg.connect(pg_server, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        _unavailable(f"cannot connect to {pg_server}: {str(exc).splitlines()[0]}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield _with_db(pg_server, name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["duckdb", "postgres"])
def url(request, tmp_path):
    """A new, empty store of each backend: the same test runs on both."""
    if request.param == "duckdb":
        return str(tmp_path / "j.duckdb")
    return request.getfixturevalue("pg_url")
