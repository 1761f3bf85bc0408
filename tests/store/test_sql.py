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


def test_sql_probed_reports_takes_only_the_branches_asked_for():
    dated, undated = sql.probed_reports("_p", True, False), sql.probed_reports("_p", False, True)
    assert dated.count("?") == 2 and "IS NULL" not in dated
    assert undated.count("?") == 0 and "IS NULL" in undated
    assert " UNION " in sql.probed_reports("_p", True, True)
