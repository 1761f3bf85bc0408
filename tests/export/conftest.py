"""The store the real pipeline builds from the example corpus (examples/pak-afg), once per
session, for the tests that load each export format as a user would."""
import pytest

from conftest import EXAMPLES


@pytest.fixture(scope="session")
def corpus_db(res, tmp_path_factory):
    from jirga.pipeline import Pipeline
    db = tmp_path_factory.mktemp("corpus") / "pak-afg.duckdb"
    summary = Pipeline(db=db, res=res).run([str(EXAMPLES / "articles.jsonl")])
    assert summary.documents >= 25 and summary.events > 100
    return db


@pytest.fixture
def corpus(corpus_db):
    """The example corpus's store, open for reading."""
    from jirga.store import open_store
    with open_store(corpus_db, read_only=True) as store:
        yield store
