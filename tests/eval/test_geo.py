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
    parts = r["splits"]
    assert sum(p["gold_toponyms"] for p in parts.values()) == r["gold_toponyms"]
    assert sum(p["found"] for p in parts.values()) == r["found"]


def test_geo_split_holds_out_a_third_by_document_id():
    from jirga.eval.geo import split_of
    held = [split_of(str(i)) for i in range(3000)]
    assert 0.28 < held.count("heldout") / 3000 < 0.38
    assert split_of("abc") == split_of("abc")


@pytest.mark.skipif(not (GOLD / "eventloc_halterman.jsonl").is_file(), reason="gold data not available")
def test_eventloc_eval_runs(res):
    from jirga.eval import eventloc
    r = eventloc.evaluate(GOLD / "eventloc_halterman.jsonl", res, limit=30)
    assert r["records"] == 30
    assert "accuracy" in eventloc.render(r)


@pytest.mark.skipif(not (GOLD / "geo_geowebnews.jsonl").is_file(), reason="gold data not available")
def test_geo_dev_errors_come_from_dev_documents_only(res):
    from jirga.eval import geo
    errs = geo.dev_errors(GOLD / "geo_geowebnews.jsonl", res, limit=8)
    assert errs and all(geo.split_of(str(e["doc"])) == "dev" for e in errs)
    for e in errs:
        assert (e["km"] is None) == (e["ours"] is None)
        assert e["km"] is None or e["km"] > 161
