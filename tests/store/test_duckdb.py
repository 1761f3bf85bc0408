"""The DuckDB store: a file, created by a writer, opened read-only by readers."""
import pytest

from jirga import errors
from jirga.errors import StoreError
from jirga.store.duckdb import DuckDBStore

from .util import accuse_doc, count, rows


def test_duckdb_writer_creates_the_file_and_its_folder(tmp_path):
    path = tmp_path / "new" / "j.duckdb"
    with DuckDBStore(path) as s:
        assert s.location == str(path.resolve())
    assert path.is_file() and count(path, "events") == 0


def test_duckdb_read_only_never_creates_a_missing_file(tmp_path):
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError) as err:
        DuckDBStore(path, read_only=True)
    assert err.value.code == errors.DB_MISSING
    assert str(path) in str(err.value) and "\n" not in str(err.value)
    assert not path.exists()


def test_duckdb_read_only_sees_what_was_written(tmp_path):
    path = tmp_path / "j.duckdb"
    with DuckDBStore(path) as s:
        s.write_batch([accuse_doc()], "r1")
    with DuckDBStore(path, read_only=True) as s:
        assert s.known(["d1"]) == {"d1"} and s.counts().events == 2


def test_duckdb_file_that_cannot_be_opened_is_a_user_error(tmp_path):
    (tmp_path / "dir.duckdb").mkdir()
    with pytest.raises(StoreError) as err:
        DuckDBStore(tmp_path / "dir.duckdb")
    assert err.value.code == errors.DB_OPEN_FAILED and "\n" not in str(err.value)


def test_duckdb_in_memory_store_works_for_tests_and_benchmarks():
    with DuckDBStore(":memory:") as s:
        s.write_batch([accuse_doc()], "r1")
        assert s.location == ":memory:" and rows(s, "SELECT count(*) FROM events") == [(2,)]


def test_duckdb_events_have_no_secondary_index(tmp_path):
    """DuckDB scans columns for the merge's lookups; an index on cluster_id would make each
    UPDATE of it rewrite whole rows."""
    with DuckDBStore(tmp_path / "j.duckdb") as s:
        assert rows(s, "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'") == []


def test_a_database_in_use_by_another_process_is_a_clear_user_error(tmp_path):
    import subprocess
    import sys

    from jirga import errors
    from jirga.errors import StoreError
    from jirga.store import open_store
    db = tmp_path / "j.duckdb"
    open_store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.readline()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as err:
            open_store(db)
        assert err.value.code == errors.DB_LOCKED and f"process {holder.pid}" in str(err.value)
    finally:
        holder.communicate("\n", timeout=30)
