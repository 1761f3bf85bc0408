"""The stage contract: order checks, preparation, and failures kept to one document."""
import logging

import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import Document, Event, Reject, Sentence, Span
from jirga.stage import Stage, check_order, prepare, run_stages


def _event(doc_id="d"):
    return Event(doc_id, f"{doc_id}-0", "CONSULT", Sentence(0, 0, 5, "Talks"), Span(0, 5, "Talks"))


def _fill_events(doc, res):
    doc.events = [_event(doc.id)]


def _date(doc, res):
    for e in doc.events:
        e.date = "2024-01-08"


def _broken(doc, res):
    raise KeyError("no such cue")


def _places(doc, res):
    doc.notes.append("places ran")


CODING = Stage("coding", ("parsed",), ("events",), errors.CODING_FAILED, _fill_events)
DATES = Stage("dates", ("parsed", "events"), ("event.date",), errors.DATES_FAILED, _date)
ACTORS = Stage("actors", ("events", "event.date"), ("actors",), errors.ACTORS_FAILED, _broken)
NEEDS_ACTORS = Stage("after", ("actors",), ("x",), errors.SIZE_FAILED, _places)
PLACES = Stage("places", ("parsed", "events"), ("places",), errors.PLACES_FAILED, _places)


def test_check_order_accepts_a_sound_order():
    check_order([CODING, DATES, ACTORS, NEEDS_ACTORS])


def test_check_order_refuses_a_stage_before_what_it_needs():
    with pytest.raises(ValueError, match="stage dates needs events"):
        check_order([DATES, CODING])


def test_run_stages_fills_the_document_in_place():
    doc = run_stages(Document("d", "Talks"), None, [CODING, DATES])
    assert [e.date for e in doc.events] == ["2024-01-08"] and not doc.rejects


def test_a_bug_rejects_the_document_and_keeps_the_other_stages_results(caplog):
    doc = Document("d", "Talks", origin="a.txt")
    with caplog.at_level(logging.INFO, logger="jirga"):
        run_stages(doc, None, [CODING, DATES, ACTORS, NEEDS_ACTORS, PLACES])
    assert doc.events and doc.events[0].date == "2024-01-08"       # earlier stages kept
    assert doc.notes == ["places ran"]                            # independent stage ran, dependent one did not
    assert [(r.stage, r.code, r.source) for r in doc.rejects] == [("actors", "E301", "a.txt")]
    assert doc.rejects[0].reason == "actors failed: KeyError: 'no such cue'"
    assert not doc.rejected                                      # still stored, with its reject
    assert "Traceback" in caplog.text and "KeyError" in caplog.text


def test_a_user_error_in_a_stage_stops_the_run():
    def bad_file(doc, res):
        raise JirgaError("actors.yaml:3: unknown sector XYZ", errors.BAD_ACTOR_ENTRY)
    stage = Stage("actors", ("events",), ("actors",), errors.ACTORS_FAILED, bad_file)
    with pytest.raises(JirgaError, match="E303"):
        run_stages(Document("d", "x"), None, [CODING, stage])


def test_rejected_documents_pass_untouched():
    doc = Document("", "", rejects=[Reject(None, "x.bin", "ingest", errors.BINARY, "binary")])
    assert run_stages(doc, None, [CODING]).events == []


def test_prepare_runs_each_stage_loader_once_in_order():
    seen = []
    stages = [Stage("a", (), (), errors.CODING_FAILED, _fill_events, lambda res: seen.append(("a", res))),
              Stage("b", (), (), errors.DATES_FAILED, _date),
              Stage("c", (), (), errors.ACTORS_FAILED, _date, lambda res: seen.append(("c", res)))]
    prepare(stages, "R")
    assert seen == [("a", "R"), ("c", "R")]


def test_jirga_error_survives_pickling_between_processes():
    import pickle
    err = pickle.loads(pickle.dumps(JirgaError("bad file", errors.BAD_ACTOR_ENTRY)))
    assert str(err) == "[E303] bad file" and err.code == "E303"
