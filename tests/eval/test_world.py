"""World actor cases and their scorer (``jirga/eval/world.py``, ``jirga/eval/actors_world.jsonl``)."""
import json
import re
from collections import Counter
from datetime import date
from importlib import resources

import pycountry
import pytest

from jirga.actors.combine import Resolution
from jirga.actors.registry import NONSTATE, SECTORS
from jirga.eval import world

FIELDS = {"id", "mention", "date", "context", "country", "sector", "class", "region", "split"}
CLASSES = {"head_of_state", "head_of_government", "minister", "former_leader", "armed_forces", "unit",
           "police", "intelligence", "legislature", "court", "central_bank", "party", "armed_group", "igo",
           "igo_official", "ngo", "media", "company", "public_figure", "agent_noun", "demonym_agent",
           "role_noun_in_story"}
REGIONS = {"europe", "africa", "asia", "middle_east", "americas", "oceania", "south_asia", "global"}
STATES = {c.alpha_3 for c in pycountry.countries} | {"KOS"}     # PLOVER: Kosovo is KOS


@pytest.fixture(scope="module")
def cases():
    text = resources.files("jirga.eval").joinpath(world.CASES).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_cases_are_many_and_well_formed(cases):
    assert len(cases) >= 450
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:
        assert set(c) == FIELDS, c["id"]
        assert all(isinstance(c[k], str) and c[k].strip() for k in FIELDS), c["id"]
        assert c["mention"] in c["context"], c["id"]                 # the span as the sentence writes it
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", c["date"]), c["id"]
        assert date(1990, 1, 1) <= date.fromisoformat(c["date"]) <= date(2026, 12, 31), c["id"]


def test_codes_are_plover_countries_and_sectors(cases):
    bad = [(c["id"], c["country"], c["sector"]) for c in cases
           if c["country"] not in STATES | NONSTATE or c["sector"] not in SECTORS]
    assert not bad


def test_every_class_and_region_is_present(cases):
    assert {c["class"] for c in cases} == CLASSES
    assert {c["region"] for c in cases} == REGIONS
    assert {c["split"] for c in cases} == {"dev", "heldout"}


def test_a_third_is_held_out_evenly(cases):
    held = [c for c in cases if c["split"] == "heldout"]
    assert len(held) == round(len(cases) / 3)
    for key in ("class", "region"):
        total, out = Counter(c[key] for c in cases), Counter(c[key] for c in held)
        for k, n in total.items():
            if key == "class":
                assert abs(out[k] - n / 3) <= 1, (k, out[k], n)          # every third case of each class
            else:
                assert 0.25 <= out[k] / n <= 0.42, (k, out[k], n)


def test_dated_people_change_sector_with_the_date(cases):
    """The cases test dates, not only names: the same person is coded differently over time."""
    by_mention: dict = {}
    for c in cases:
        by_mention.setdefault(c["mention"], set()).add((c["country"], c["sector"]))
    changing = [m for m, codes in by_mention.items() if len(codes) > 1]
    assert {"Donald Tusk", "David Cameron", "António Guterres", "Boris Johnson"} <= set(changing)


def _fake(monkeypatch, answers):
    monkeypatch.setattr(world, "get_registry", lambda res: "REG")
    monkeypatch.setattr(world, "place_lookup", lambda res: "PLACES")
    seen = []

    def resolve_with(reg, text, day, context, places=None):
        seen.append((reg, text, day, tuple(context), places))
        country, sector = answers[text]
        return Resolution(text=text, country=country, sector=sector, resolved=country is not None,
                          method="fake")
    monkeypatch.setattr(world, "resolve_with", resolve_with)
    return seen


def _write(tmp_path, rows):
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _case(i, mention, country, sector, cls, region, split):
    return {"id": f"t{i}", "mention": mention, "date": "2020-01-01", "context": f"{mention} said so.",
            "country": country, "sector": sector, "class": cls, "region": region, "split": split}


def test_evaluate_scores_overall_per_split_class_and_region(tmp_path, monkeypatch):
    rows = [_case(1, "A", "FRA", "GOV", "head_of_state", "europe", "dev"),
            _case(2, "B", "FRA", "MIL", "unit", "europe", "heldout"),
            _case(3, "C", "NGA", "REB", "armed_group", "africa", "dev"),
            _case(4, "D", "UNO", "GOV", "igo", "global", "dev")]
    answers = {"A": ("FRA", "GOV"), "B": ("FRA", "GOV"), "C": ("NGA", "REB"), "D": (None, None)}
    seen = _fake(monkeypatch, answers)
    report = world.evaluate(_write(tmp_path, rows), res=None)
    assert seen[0] == ("REG", "A", "2020-01-01", ("A said so.", "A said so."), "PLACES")
    assert report["mentions"] == 4
    assert (report["country_accuracy"], report["sector_accuracy"], report["both_accuracy"],
            report["resolved"]) == (0.75, 0.5, 0.5, 0.75)
    assert report["splits"]["heldout"] == {"n": 1, "country_accuracy": 1.0, "sector_accuracy": 0.0,
                                           "both_accuracy": 0.0, "resolved": 1.0}
    assert report["splits"]["dev"]["both_accuracy"] == round(2 / 3, 4)
    assert report["classes"]["igo"]["country_accuracy"] == 0.0            # unresolved is never right
    assert report["regions"]["europe"] == {"n": 2, "country_accuracy": 1.0, "sector_accuracy": 0.5,
                                           "both_accuracy": 0.5, "resolved": 1.0}
    assert [m["id"] for m in report["misses"]] == ["t2", "t4"]
    assert report["misses"][1]["got"] == "unresolved"
    assert ["MIL", "GOV", 1] in report["sector_confusion"] and ["UNO", "None", 1] in report["country_confusion"]
    assert report["mentions_per_second"] > 0


def test_evaluate_limit_and_render(tmp_path, monkeypatch):
    rows = [_case(i, m, "FRA", "GOV", "minister", "europe", "dev") for i, m in enumerate("ABC")]
    _fake(monkeypatch, {m: ("FRA", "GOV") for m in "ABC"})
    report = world.evaluate(_write(tmp_path, rows), res=None, limit=2)
    assert report["mentions"] == 2 and report["both_accuracy"] == 1.0
    text = world.render(report)
    assert "2 mentions" in text and "mentions/s" in text
    assert "heldout" in text and "minister" in text and "europe" in text and "n/a" in text


@pytest.mark.slow
def test_evaluate_on_the_shipped_cases(res):
    """The scorer runs on the real cases with the shipped registry (no floor yet: numbers are reported)."""
    path = resources.files("jirga.eval").joinpath(world.CASES)
    report = world.evaluate(path, res, limit=30)
    assert report["mentions"] == 30 and report["resolved"] is not None
    assert set(report["splits"]) == {"dev", "heldout"}
    assert "country" in world.render(report)
