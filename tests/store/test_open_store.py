"""``open_store`` (jirga/store/__init__.py), and the reading commands that open stores read-only."""
import subprocess
import sys

import pytest

from jirga import errors
from jirga.errors import StoreError
from jirga.store import open_store
from jirga.store.duckdb import DuckDBStore

from .util import accuse_doc


def _jirga(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "jirga", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def test_open_store_defaults_to_a_duckdb_file_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store() as s:
        assert isinstance(s, DuckDBStore) and s.location == str(tmp_path / "jirga.duckdb")


def test_open_store_picks_postgres_for_its_urls():
    for url in ("postgresql://u:pw@127.0.0.1:1/x", "postgres://u:pw@127.0.0.1:1/x"):
        with pytest.raises(StoreError) as err:
            open_store(url, read_only=True)
        assert err.value.code == errors.DB_CONNECT_FAILED


def test_open_store_read_only_missing_file_is_one_line_and_creates_nothing(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "none.duckdb", read_only=True)
    assert err.value.code == errors.DB_MISSING and "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("summary",), ("export", "out.csv"), ("actors", "unknown")])
def test_reading_commands_on_a_missing_database_exit_2_and_create_nothing(tmp_path, command):
    proc = _jirga(*command, "--db", str(tmp_path / "none.duckdb"), cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().startswith(f"jirga: [{errors.DB_MISSING}]") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "none.duckdb" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_reading_commands_read_a_store(tmp_path):
    db = tmp_path / "j.duckdb"
    with open_store(db) as s:
        s.write_batch([accuse_doc()], "r1")
    proc = _jirga("summary", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "PAK GOV" in proc.stdout and "AFG GOV" in proc.stdout
    proc = _jirga("export", str(tmp_path / "e.jsonl"), "--db", str(db))
    assert proc.returncode == 0 and "wrote 2 events" in proc.stdout


def test_export_names_an_unknown_format_before_opening_the_database(tmp_path):
    proc = _jirga("export", str(tmp_path / "x.xls"), "--db", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2 and f"[{errors.UNKNOWN_FORMAT}]" in proc.stderr
