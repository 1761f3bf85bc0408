"""A run killed with SIGKILL and started again ends with the rows of an unbroken run."""
import json
import os
import signal
import subprocess
import sys

import pytest

from conftest import EXAMPLES
from store.util import count, rows

pytestmark = [pytest.mark.model, pytest.mark.slow]

TABLES = {
    "documents": "SELECT id, ext_id, title, published, text FROM documents ORDER BY id",
    "sentences": "SELECT * FROM sentences ORDER BY doc_id, idx",
    "events": "SELECT event_id, record, cluster_id FROM events ORDER BY event_id",
    "event_actors": "SELECT * FROM event_actors ORDER BY event_id, role, idx",
    "places": "SELECT * FROM places ORDER BY doc_id, idx",
    "rejects": "SELECT source, code, reason FROM rejects ORDER BY source, code",
}


def _corpus(path, copies=3):
    """The example corpus, each article repeated with a distinct last line."""
    records = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for r in records:
                r = dict(r, id=f"{r['id']}#{c}", text=r["text"] + f"\n\nEdition {c}.")
                fh.write(json.dumps(r) + "\n")
        fh.write("{broken line\n")
    return copies * len(records)


def _cmd(corpus, db):
    return [sys.executable, "-m", "jirga", "--verbose", "run", str(corpus), "--db", str(db),
            "-j", "1", "--batch-size", "4"]


def _rows(db):
    return {t: rows(db, q) for t, q in TABLES.items()}


def run_and_kill(corpus, db, env, after: int) -> int:
    """Start `jirga run`, SIGKILL it once ``after`` batches are stored; its return code."""
    proc = subprocess.Popen(_cmd(corpus, db), stderr=subprocess.PIPE, text=True, env=env)
    batches = 0
    for line in proc.stderr:
        if "stored batch" in line:
            batches += 1
            if batches == after:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    return proc.returncode


def test_run_killed_and_restarted_matches_unbroken_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    n = _corpus(corpus)
    env = dict(os.environ, PYTHONUNBUFFERED="1")

    killed_db = tmp_path / "killed.duckdb"
    assert run_and_kill(corpus, killed_db, env, after=3) == -signal.SIGKILL
    partial = count(killed_db, "documents")
    assert 0 < partial < n

    subprocess.run(_cmd(corpus, killed_db), check=True, env=env, capture_output=True, timeout=600)
    whole_db = tmp_path / "whole.duckdb"
    subprocess.run(_cmd(corpus, whole_db), check=True, env=env, capture_output=True, timeout=600)

    killed, whole = _rows(killed_db), _rows(whole_db)
    assert len(whole["documents"]) == n and len(whole["rejects"]) == 1
    for table in TABLES:
        assert killed[table] == whole[table], table
