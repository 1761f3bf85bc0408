"""Actor codes on the PLOVER gold records: floors a change must not break."""
import pytest

from conftest import GOLD
from jirga.eval.actors import evaluate, render

PLOVER = GOLD / "event_plover_gsr_cameo.jsonl"


@pytest.fixture(scope="module")
def report(res):
    if not PLOVER.exists():
        pytest.skip("gold data not available")
    return evaluate(PLOVER, res)


def test_actor_code_floors(report):
    assert report["mentions"] > 600
    assert report["country_accuracy"] >= 0.80
    assert report["country_accuracy_lenient"] >= 0.90
    assert report["sector_accuracy"] >= 0.75
    assert report["coverage"] >= 0.90


def test_render(report):
    text = render(report)
    assert "country accuracy" in text and "sector accuracy" in text


def test_limit(res):
    if not PLOVER.exists():
        pytest.skip("gold data not available")
    small = evaluate(PLOVER, res, limit=5)
    assert 0 < small["mentions"] < 20
