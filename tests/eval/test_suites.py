"""The evaluation suites and their floors (``jirga/eval/suites.py``)."""
import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.eval import SUITES, check_floors, floors
from jirga.eval.suites import Suite, run_suite, suite_path

# Suites whose numbers are reported but not yet held to a floor: their issues are open and
# the numbers move with each step; a floor comes when they settle.
UNFLOORED: set = set()


def test_floors_cover_every_suite():
    assert set(floors()) == {s.name for s in SUITES} - UNFLOORED


def test_check_floors_reports_a_drop():
    floor = floors()["eventloc"]["f1"]
    assert check_floors("eventloc", {"f1": 0.01}) == [f"eventloc: f1 = 0.01 < floor {floor}"]
    assert check_floors("eventloc", {}) == [f"eventloc: f1 = None < floor {floor}"]
    assert check_floors("eventloc", {"f1": floor}) == []



def test_suites_have_unique_names_and_a_gold_file_each():
    names = [s.name for s in SUITES]
    assert len(names) == len(set(names)) and all(s.gold.endswith(".jsonl") for s in SUITES)
    assert all(callable(s.evaluate) and callable(s.render) for s in SUITES)


def test_check_floors_reads_dotted_metrics():
    strict = floors()["timex"]["strict.f1"]
    report = {"strict": {"f1": strict}, "relaxed": {"f1": 1.0}, "value_accuracy": 1.0}
    assert check_floors("timex", report) == []
    report["strict"]["f1"] = strict - 0.01
    assert check_floors("timex", report) == [f"timex: strict.f1 = {strict - 0.01} < floor {strict}"]
    assert check_floors("timex", {"strict": 0.5, "relaxed": {"f1": 1.0}, "value_accuracy": 1.0})[0].startswith(
        "timex: strict.f1 = None")
    assert check_floors("no-such-suite", {}) == []


def test_run_suite_missing_gold_file_is_a_user_error(tmp_path):
    with pytest.raises(JirgaError) as exc:
        run_suite(SUITES[0], tmp_path, res=None)
    assert exc.value.code == errors.GOLD_MISSING and SUITES[0].gold in str(exc.value)


def test_run_suite_scores_then_renders(tmp_path):
    (tmp_path / "mine.jsonl").write_text("{}\n")
    seen = {}

    def evaluate(path, res, limit=None):
        seen.update(path=path, res=res, limit=limit)
        return {"score": 0.5}
    suite = Suite("mine", evaluate, lambda r: f"score {r['score']}", "mine.jsonl")
    assert run_suite(suite, tmp_path, "RES", limit=3) == ({"score": 0.5}, "score 0.5")
    assert seen == {"path": tmp_path / "mine.jsonl", "res": "RES", "limit": 3}


def test_a_packaged_suite_reads_its_own_file_without_a_gold_folder(tmp_path):
    seen = {}

    def evaluate(path, res, limit=None):
        seen.update(path=path, limit=limit)
        return {"n": 1}
    suite = Suite("world", evaluate, lambda r: "ok", "actors_world.jsonl", packaged=True)
    assert run_suite(suite, None, "RES", limit=2) == ({"n": 1}, "ok")
    assert seen["path"].is_file() and seen["path"].parent.name == "eval" and seen["limit"] == 2
    assert suite_path(suite, tmp_path) == seen["path"]              # the gold folder plays no part
    assert suite_path(SUITES[0], tmp_path) == tmp_path / SUITES[0].gold


def test_actors_world_is_registered_as_a_packaged_suite():
    world = {s.name: s for s in SUITES}["actors-world"]
    assert world.packaged and suite_path(world, None).is_file()
