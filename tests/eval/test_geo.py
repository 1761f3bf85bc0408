import pytest

from conftest import GOLD

pytestmark = pytest.mark.model


@pytest.mark.skipif(not (GOLD / "geo_geowebnews.jsonl").is_file(), reason="gold data not available")
def test_geo_eval_runs(res):
    from jirga.eval import geo
    r = geo.evaluate(GOLD / "geo_geowebnews.jsonl", res, limit=10)
    assert r["documents"] == 10 and r["gold_toponyms"] > 0
    assert 0.0 <= r["acc161_of_found"] <= 1.0
    assert "within 161 km" in geo.render(r)


@pytest.mark.skipif(not (GOLD / "eventloc_halterman.jsonl").is_file(), reason="gold data not available")
def test_eventloc_eval_runs(res):
    from jirga.eval import eventloc
    r = eventloc.evaluate(GOLD / "eventloc_halterman.jsonl", res, limit=30)
    assert r["records"] == 30
    assert "accuracy" in eventloc.render(r)
