"""Posted documents (jirga/serve/post.py); the full path, coding and storing through the
Pipeline, is tested in test_app.py."""
import pytest
from pydantic import ValidationError

from jirga import errors
from jirga.serve.post import PostedDocument, store_document


def test_posted_document_needs_text_as_a_string():
    assert PostedDocument(text="Kabul said.").title is None
    with pytest.raises(ValidationError):
        PostedDocument(title="no text")
    with pytest.raises(ValidationError):
        PostedDocument.model_validate_json('{"text": 12}')


def test_a_blank_document_is_refused_before_the_pipeline_runs():
    status, body = store_document(app=None, reader=None, posted=PostedDocument(text="  \n "))
    assert status == 422 and body["code"] == errors.EMPTY


def test_a_duckdb_file_another_process_holds_makes_the_post_503_and_reading_goes_on(tmp_path):
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    from jirga.serve import create_app
    from tests.analyse.corpus import hand_db
    db = hand_db(tmp_path / "held.duckdb")
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('held', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        client = TestClient(create_app(db, token="t"))
        r = client.post("/api/documents", json={"text": "Pakistan accused Kabul of sheltering militants."},
                        headers={"Authorization": "Bearer t"})
        assert r.status_code == 503 and r.json()["code"] == errors.DB_LOCKED
        assert client.get("/api/summary").json()["counts"]["events"] == 8
    finally:
        holder.terminate()
        holder.wait(timeout=20)
