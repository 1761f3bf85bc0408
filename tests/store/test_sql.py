"""The statements (jirga/store/sql.py): written once, and nowhere else in the package."""
import ast
import re
from pathlib import Path

from jirga.store import sql

PACKAGE = Path(__file__).resolve().parents[2] / "jirga"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TEMP\s+)?TABLE)\b",
                 re.I | re.S)


def test_sql_is_spoken_only_in_the_store_package():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "store" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not found, "SQL outside jirga/store/ (ask the store by name instead):\n" + "\n".join(found)


def test_sql_schema_leaves_the_postgres_indexes_out_for_duckdb():
    full, tables = sql.schema(), sql.schema(indexes=False)
    assert "CREATE INDEX" in full and "CREATE INDEX" not in tables and full.startswith(tables)


def test_sql_upsert_keeps_stored_rows_except_the_latest_reject_reason():
    assert sql.upsert("events", "_s").endswith("ON CONFLICT (event_id) DO NOTHING")
    assert "DO UPDATE SET reason = excluded.reason" in sql.upsert("rejects", "_s")


def test_sql_orders_text_by_bytes_on_both_backends():
    for statement in (sql.EVENTS, sql.EVENTS_WITH_META, sql.MERGED, sql.TOP_DYADS, sql.REJECTS):
        assert 'COLLATE "C"' in statement.split("ORDER BY")[-1]


def test_sql_cluster_candidates_takes_only_the_branches_asked_for():
    dated, undated = sql.cluster_candidates("_p", 2, False), sql.cluster_candidates("_p", 0, True)
    assert dated.count("?") == 4 and "e.date IS NULL" not in dated
    assert undated.count("?") == 0 and "e.date IS NULL" in undated
    assert " UNION ALL " in sql.cluster_candidates("_p", 1, True)
    assert 'COLLATE "C" >= ?' in sql.cluster_candidates("_p", 1, False, ' COLLATE "C"')


def test_sql_date_ranges_hold_every_date_and_keep_a_year_from_spanning_its_days():
    dates = ["2024-12-30", "2025-01-02", "2024", "2025", "2024-12", "2024-W52", "2025-W01", "", "2024-12-30"]
    ranges = sql.date_ranges(dates)
    assert all(any(lo <= d <= hi for lo, hi in ranges) for d in dates)
    assert ("2024", "2024") in ranges and ("2025", "2025") in ranges      # not ("2024", "2025")
    assert not any(lo <= "2024-06-01" <= hi for lo, hi in ranges)        # a day of the year, not probed
    assert len(ranges) == 6 and sql.date_ranges([]) == []
