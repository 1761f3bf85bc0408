import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("JIRGA_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
EXAMPLES = ROOT / "examples" / "pak-afg"

# Publication dates of the seed articles, read by a person from each article.
SEED_DATES = {
    "000_41011f801ff8ec69": "2024-01-09",  # Fazlur Rehman in Kabul, 8 Jan 2024
    "001_a76334a16812bac6": "2024-12-24",  # envoy Sadiq in Kabul, Tuesday 24 Dec 2024
    "002_7b95e75acbf49bc2": "2024-07-03",  # Doha III, dinner on Monday 1 Jul 2024
    "003_d58c016a82158e16": "2023-02-23",  # Khawaja Asif and ISI chief in Kabul, 22 Feb 2023
    "004_95322db71f88a246": "2024-01-09",  # JUI-S mediation between TTP and Islamabad
}

# Property-based tests (hypothesis) try the same examples on every run, with no time limit
# per example and no example database written into the checkout.
try:
    from hypothesis import settings as _hypothesis_settings
except ImportError:   # only the fuzz tests need it (the test extra)
    pass
else:
    _hypothesis_settings.register_profile("jirga", derandomize=True, deadline=None, database=None)
    _hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "jirga"))

# Fixtures that load the spaCy model. A test using one of them, directly or through a
# fixture built on them, is marked ``model``: ``./test.sh -m "not model"`` skips it.
MODEL_FIXTURES = frozenset({"res", "nlp", "parse"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(autouse=True)
def _model_only_when_marked(request, monkeypatch):
    """A test not marked ``model`` that loads the spaCy model fails and says so, so the
    marker stays true and ``-m "not model"`` stays quick."""
    if request.node.get_closest_marker("model") is None:
        def refuse(name):
            raise RuntimeError(f"this test loads the spaCy model ({name}) but is not marked "
                               "@pytest.mark.model and uses none of the res/nlp/parse fixtures")
        monkeypatch.setattr("jirga.resources.load_model", refuse)


@pytest.fixture(scope="session")
def res():
    """One Resources for the whole session: the spaCy model loads once."""
    from jirga.resources import Resources
    return Resources(n_process=1)


@pytest.fixture(scope="session")
def nlp(res):
    return res.nlp


@pytest.fixture
def parse(res):
    """Build a parsed Document from text, as the pipeline would."""
    from jirga.model import Document, content_id
    from jirga.nlp import parse_one

    def _parse(text, published=None):
        return parse_one(Document(id=content_id(text), text=text, published=published), res)
    return _parse


@pytest.fixture(scope="session")
def data_res():
    """Resources for the data tables only (ontology, lexicons, actor registry, gazetteer):
    no spaCy model, so the tests using it are not marked ``model``."""
    from jirga.resources import Resources

    class DataOnly(Resources):
        @property
        def nlp(self):
            raise RuntimeError("data_res holds no spaCy model: use the res fixture")
    return DataOnly(n_process=1)


@pytest.fixture(scope="session")
def lex(data_res):
    from jirga.coding import lexicon
    return lexicon.get(data_res)


@pytest.fixture(scope="session")
def cues(lex):
    return lex.cues


@pytest.fixture(scope="session")
def onto(data_res):
    from jirga.coding import ontology
    return ontology.get(data_res)


@pytest.fixture(scope="session")
def reg(data_res):
    from jirga.actors.registry import get_registry
    return get_registry(data_res)


@pytest.fixture(scope="session")
def gaz(data_res):
    from jirga.places.gazetteer import get_gazetteer
    return get_gazetteer(data_res)


def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
