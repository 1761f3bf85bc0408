import pytest

from conftest import GOLD

pytestmark = pytest.mark.model


@pytest.mark.skipif(not (GOLD / "timex_te3_platinum.jsonl").is_file(), reason="gold data not available")
def test_timex_eval(res):
    from jirga.eval import timex
    r = timex.evaluate(GOLD / "timex_te3_platinum.jsonl", res)
    assert r["gold"] == 138
    assert r["relaxed"]["f1"] > 0.8      # measured 0.88
    assert r["value_accuracy"] > 0.75    # measured 0.87
    assert "strict" in timex.render(r)
