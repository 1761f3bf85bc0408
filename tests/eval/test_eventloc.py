"""Event location scoring (``jirga/eval/eventloc.py``)."""
import json

from jirga.eval import eventloc


def _rec(rid, text, verb, places, gold=True):
    v = text.index(verb)
    locs = [{"start": text.index(p), "end": text.index(p) + len(p), "text": p} for p in places]
    return {"id": rid, "text": text, "gold": gold, "verb": {"start": v, "end": v + len(verb), "text": verb},
            "event_locations": locs}


def test_usable_needs_a_verb_and_gold_spans_that_match_the_text():
    good = _rec("a", "Gunmen attacked a post in Kabul.", "attacked", ["Kabul"])
    assert eventloc._usable(good)
    assert eventloc._usable(_rec("b", "Talks ended.", "ended", []))
    assert not eventloc._usable(dict(good, verb=None))
    assert not eventloc._usable(dict(good, verb={"start": 0, "end": 6, "text": "Talks"}))
    broken = dict(good, event_locations=[{"start": 0, "end": 1, "text": "G"}])       # one letter
    assert not eventloc._usable(broken)
    shifted = dict(good, event_locations=[{"start": 1, "end": 6, "text": "Kabul"}])  # wrong offset
    assert not eventloc._usable(shifted)


def test_render_reports_the_scores():
    report = {"dataset": "x.jsonl", "records": 4, "skipped_broken_gold": 1, "with_location": 3,
              "without_location": 1, "precision": 0.5, "recall": 0.25, "f1": 1 / 3, "accuracy": 0.5,
              "none_correct": 1.0, "seconds": 0.4}
    text = eventloc.render(report)
    assert text.splitlines()[0] == ("Event location on x.jsonl: 4 gold sentences (3 with a place, 1 without; "
                                    "1 skipped for broken gold offsets)")
    assert "precision 50.0%  recall 25.0%  F1 33.3%" in text and "no-place sentences right: 100.0%" in text


def test_evaluate_scores_records_with_and_without_a_place(tmp_path, res):
    recs = [_rec("a", "Gunmen attacked a police post in Peshawar on Monday.", "attacked", ["Peshawar"]),
            _rec("b", "The minister said talks would continue.", "said", []),
            dict(_rec("c", "Troops fired in Kabul.", "fired", ["Kabul"]), event_locations=[{"start": 0, "end": 1, "text": "T"}]),
            _rec("d", "Not gold: rebels fled to Herat.", "fled", ["Herat"], gold=False)]
    path = tmp_path / "eventloc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    report = eventloc.evaluate(path, res)
    assert (report["records"], report["skipped_broken_gold"], report["with_location"], report["without_location"]) == \
        (2, 1, 1, 1)
    assert report["accuracy"] == 1.0 and report["precision"] == report["recall"] == 1.0
    assert eventloc.evaluate(path, res, limit=1)["records"] == 1
