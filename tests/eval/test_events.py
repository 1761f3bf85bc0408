import json

import pytest

from jirga.eval.events import _prf, evaluate_petr2, evaluate_plover_gsr, render
from tests.conftest import GOLD

pytestmark = pytest.mark.model

PLOVER_ROWS = [
    {"id": "a", "text": "Pakistan accused Afghanistan of sheltering militants.",
     "events": [{"source": "PAK", "target": "AFG", "plover_2021": "ACCUSE",
                 "source_actors": [{"actorText": "Pakistan"}], "target_actors": [{"actorText": "Afghanistan"}]}]},
    {"id": "b", "text": "Iran and Iraq held talks in Baghdad.",
     "events": [{"source": "IRN+IRQ", "target": "", "plover_2021": "CONSULT",
                 "source_actors": [{"actorText": "Iran"}, {"actorText": "Iraq"}], "target_actors": []}]},
    {"id": "c", "text": "The weather was fine on Sunday.", "events": []},
]
PETR_ROWS = [
    {"id": "p1", "text": "Police arrested ten protesters in Cairo.", "evaluate": "true",
     "events": [{"source": "EGYCOP", "target": "EGYOPP", "code": "173", "plover_derived": "COERCE"}]},
    {"id": "p2", "text": "Egypt said it would consider the offer.", "evaluate": "true",
     "events": [{"source": "EGY", "target": "", "code": "020", "plover_derived": None}]},
]


def _write(tmp_path, name, rows):
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return p


def test_events_prf_arithmetic():
    assert _prf(2, 2, 0) == {"tp": 2, "fp": 2, "fn": 0, "p": 0.5, "r": 1.0, "f1": 0.667}
    assert _prf(0, 0, 0)["f1"] == 0.0


def test_events_plover_report_counts_types(tmp_path, res):
    rep = evaluate_plover_gsr(_write(tmp_path, "g.jsonl", PLOVER_ROWS), res)
    assert rep["sentences"] == 3 and rep["gold_events"] == 2
    assert rep["per_type"]["ACCUSE"]["tp"] == 1 and rep["per_type"]["CONSULT"]["tp"] == 1
    assert rep["overall"]["f1"] == 1.0
    assert rep["confusion"]["ACCUSE|ACCUSE"] == 1
    assert rep["source_match"]["of"] == 2


def test_events_petr2_skips_events_without_plover_type(tmp_path, res):
    rep = evaluate_petr2(_write(tmp_path, "p.jsonl", PETR_ROWS), res)
    assert rep["gold_events"] == 1
    assert rep["per_type"]["COERCE"]["tp"] == 1


def test_events_render_has_tables(tmp_path, res):
    text = render(evaluate_plover_gsr(_write(tmp_path, "g.jsonl", PLOVER_ROWS), res))
    assert "micro" in text and "confusion" in text and "ACCUSE" in text


@pytest.mark.slow
@pytest.mark.skipif(not (GOLD / "event_plover_gsr_cameo.jsonl").is_file(), reason="gold data not available")
def test_events_gold_plover_f1_floor(res):
    rep = evaluate_plover_gsr(GOLD / "event_plover_gsr_cameo.jsonl", res)
    assert rep["overall"]["f1"] >= 0.55


def _ev(actors, recips):
    from jirga.model import ActorRef, Event, Sentence, Span
    refs = lambda cs: [ActorRef(c, 0, 1, country=c) for c in cs]  # noqa: E731
    return Event("d", "e", "CONSULT", Sentence(0, 0, 1), Span(0, 1, "met"), actor=refs(actors), recipient=refs(recips))


def test_reciprocal_event_matches_directed_gold_pairs():
    from jirga.eval.events import _reciprocal_match
    met = _ev(["USA", "RUS"], [])
    assert _reciprocal_match({"source": "USA", "target": "RUS"}, met)
    assert _reciprocal_match({"source": "RUS", "target": "USA"}, met)
    assert not _reciprocal_match({"source": "USA", "target": "CHN"}, met)
    assert not _reciprocal_match({"source": "USA", "target": "RUS"}, _ev(["USA"], []))


def test_compound_gold_source_matches_directed_prediction():
    from jirga.eval.events import _reciprocal_match
    gold = {"source": "USAGOV+RUSGOV", "target": ""}
    assert _reciprocal_match(gold, _ev(["USA"], ["RUS"]))
    assert not _reciprocal_match(gold, _ev(["USA"], ["CHN"]))


def test_tuple_precision_counts_each_prediction_once():
    from jirga.eval.events import _Tally
    t = _Tally("countries")
    met = _ev(["USA", "RUS", "CHE"], [])
    gold = [{"type": "CONSULT", "source": a, "target": b, "source_texts": [], "target_texts": []}
            for a, b in (("USA", "RUS"), ("RUS", "USA"), ("USA", "CHE"))]
    t.add(gold, [met])
    tup = t.report("x")["tuple"]
    assert tup["r"] == 1.0 and tup["p"] == 1.0 and tup["fp"] == 0
