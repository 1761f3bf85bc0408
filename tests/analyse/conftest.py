import pytest

from tests.analyse.corpus import corpus_db, hand_db


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, res):
    """The example corpus coded by the real pipeline (spaCy model: tests using it are marked model)."""
    return corpus_db(tmp_path_factory, res)


@pytest.fixture
def hand(tmp_path):
    """A small store of events built by hand (no model)."""
    return hand_db(tmp_path / "hand.duckdb")
