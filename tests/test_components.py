"""The component commands' API (``jirga/components.py``): JSONL records in, one stage's output
out. The record reading and the output contracts are tested with a stand-in pipeline;
the stages themselves with the model (marked)."""
import io

import pytest

from jirga import components, errors
from jirga.components import (GEOPARSE, TIMEX, code_records, dates_records, geoparse_records,
                              read_records, to_documents)
from jirga.errors import InputError
from jirga.model import Document, Event, Place, Reject, Sentence, Span, Timex


def test_read_records_skips_blank_lines_and_names_records_by_line():
    fh = io.StringIO('{"text": "a"}\n\n   \n{"id": 7, "text": "b", "date": "2024-01-09"}\n')
    assert list(read_records(fh, "in.jsonl")) == [{"id": "in.jsonl:1", "text": "a"},
                                                  {"id": 7, "text": "b", "date": "2024-01-09"}]


@pytest.mark.parametrize("line,what", [("{oops", "not valid JSON"), ('["a list"]', 'needs a "text" string'),
                                       ('{"text": 3}', 'needs a "text" string'), ('{"id": "x"}', 'needs a "text"')])
def test_read_records_bad_line_is_a_user_error_naming_file_and_line(line, what):
    fh = io.StringIO('{"text": "fine"}\n' + line + "\n")
    with pytest.raises(InputError) as exc:
        list(read_records(fh, "in.jsonl"))
    assert exc.value.code == errors.BAD_JSONL
    assert str(exc.value).startswith(f"[{errors.BAD_JSONL}] in.jsonl:2: ") and what in str(exc.value)


def test_to_documents_takes_date_or_published():
    docs = list(to_documents([{"id": 1, "text": "a", "date": "2024-01-09"},
                              {"id": "b", "text": "b", "published": "2023-05-01"}, {"id": "c", "text": "c"}]))
    assert [(d.id, d.origin, d.published) for d in docs] == [("1", "1", "2024-01-09"), ("b", "b", "2023-05-01"),
                                                            ("c", "c", None)]


def test_component_stages_declare_what_they_provide():
    assert (GEOPARSE.requires, GEOPARSE.provides, GEOPARSE.reject_code) == (("parsed",), ("places",), errors.PLACES_FAILED)
    assert (TIMEX.requires, TIMEX.provides, TIMEX.reject_code) == (("parsed",), ("timex",), errors.DATES_FAILED)
    assert GEOPARSE.prepare is not None


class _Pipeline:
    """Stands in for ``Pipeline``: returns the documents given to ``done``, records the stages."""
    done: list = []
    stages = None

    def __init__(self, res=None, stages=None):
        type(self).stages = stages

    def documents(self, docs):
        list(docs)
        return iter(self.done)


@pytest.fixture
def pipeline(monkeypatch):
    monkeypatch.setattr(components, "Pipeline", _Pipeline)
    return _Pipeline


def _event(doc_id):
    return Event(doc_id, f"{doc_id}-0", "CONSULT", Sentence(0, 0, 9, "They met."), Span(5, 8, "met"),
                 cluster_id="c1", sources=[{"doc_id": doc_id}])


def test_code_records_one_line_per_event_then_errors_first(pipeline):
    failed = Document(id="a", text="x", events=[_event("a")],
                      rejects=[Reject("a", "a", "dates", errors.DATES_FAILED, "dates failed: KeyError")])
    pipeline.done = [failed, Document(id="b", text="y")]
    out = list(code_records([{"id": "a", "text": "x"}, {"id": "b", "text": "y"}]))
    assert out[0] == {"doc_id": "a", "error": "dates failed: KeyError", "code": errors.DATES_FAILED}
    assert len(out) == 2 and out[1]["event_id"] == "a-0" and out[1]["trigger"]["text"] == "met"
    assert "cluster_id" not in out[1] and "sources" not in out[1]
    assert pipeline.stages is None          # the whole pipeline of stages


def test_geoparse_records_drop_admin1_and_run_one_stage(pipeline):
    pipeline.done = [Document(id="g", text="In Kabul.", places=[Place("Kabul", 3, 8, "Kabul", 34.5, 69.2, 1138958,
                                                                      "AFG", "PPLC", "Kabul")])]
    [out] = list(geoparse_records([{"id": "g", "text": "In Kabul."}]))
    assert out["id"] == "g" and out["places"][0]["name"] == "Kabul" and "admin1" not in out["places"][0]
    assert pipeline.stages == (GEOPARSE,)


def test_dates_records_give_timex_per_record(pipeline):
    pipeline.done = [Document(id="t", text="Today.", timex=[Timex("Today", 0, 5, "DATE", "2024-01-09")])]
    assert list(dates_records([{"id": "t", "text": "Today."}])) == [
        {"id": "t", "timex": [{"text": "Today", "start": 0, "end": 5, "type": "DATE", "value": "2024-01-09"}]}]
    assert pipeline.stages == (TIMEX,)


def test_component_records_with_the_model(res):
    recs = [{"id": "m1", "text": "Pakistan accused the Taliban of sheltering militants on Monday.",
             "date": "2024-01-09"}]
    events = list(code_records(recs, res))
    assert events and all(e["doc_id"] == "m1" for e in events)
    assert any(e["event_type"] == "ACCUSE" for e in events)
    [dates] = list(dates_records(recs, res))
    assert dates["timex"][0]["text"] == "Monday" and dates["timex"][0]["value"] == "2024-01-08"
    [places] = list(geoparse_records([{"id": "m2", "text": "Officials met in Peshawar."}], res))
    assert [p["name"] for p in places["places"]] == ["Peshawar"]
