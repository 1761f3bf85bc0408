"""Executor side: one pipeline per process, a failing document becomes a reject row."""
from __future__ import annotations

from jirga import errors
from jirga.model import Document, Event, Reject, Sentence, Span
from jirga.spark import code
from tests.store.util import assault_docs


class FakePipe:
    """Codes a document by adding one event; breaks on any batch holding 'POISON'."""

    def __init__(self):
        self.calls = 0

    def documents(self, docs):
        self.calls += 1
        docs = list(docs)
        for d in docs:
            d.events.append(Event(doc_id=d.id, event_id=f"{d.id}-e", event_type="CONSULT",
                                  sentence=Sentence(0, 0, 5, "x"), trigger=Span(0, 1, "x")))
            if "POISON" in d.text:
                raise RuntimeError("boom")
        return docs


def _doc(i, text="Pakistan and Afghanistan held talks in Kabul on Monday."):
    return Document(id=f"d{i}", text=text, origin=f"a.jsonl:{i}", story_id=f"d{i}")


def test_code_a_failing_document_becomes_a_reject_and_the_others_are_coded_once():
    docs = [_doc(1), _doc(2, "POISON text"), _doc(3)]
    out = code.code_batch(FakePipe(), docs)
    assert [d.id for d in out] == ["d1", "d2", "d3"]
    assert [len(d.events) for d in out if d.id != "d2"] == [1, 1]      # nothing twice from the failed batch
    bad = out[1]
    assert bad.rejected and bad.rejects[0].code == errors.NLP_FAILED and "RuntimeError: boom" in bad.rejects[0].reason


def test_code_copies_and_rejects_pass_through_uncoded():
    copy = Document(id="c", text="copied text", story_id="d1")
    rejected = Document(id="", text="", origin="a.jsonl:9",
                        rejects=[Reject(None, "a.jsonl:9", "ingest", errors.BAD_JSONL, "bad")])
    pipe = FakePipe()
    out = list(code.coded(pipe, [(1, copy), (2, rejected), (3, _doc(3))], batch_size=8))
    assert [(s, d.id, len(d.events)) for s, d in out] == [(1, "c", 0), (2, "", 0), (3, "d3", 1)]
    assert pipe.calls == 1


def test_code_table_rows_carry_seq_and_month():
    doc = assault_docs(["a"])[0]
    doc.story_id = "a"
    rows = list(code.table_rows(7, doc, "r"))
    assert {t for t, _ in rows} >= {"documents", "events", "event_facts"}
    assert all(r[-2:] == (7, "2024-01") for _, r in rows)
    assert code.month_of(Document(id="x", text="t")) == code.UNDATED


def test_code_pipeline_is_built_once_per_process_and_settings(monkeypatch):
    built, models = [], []

    class Res:
        def __init__(self, settings):
            self.settings = settings

        @property
        def nlp(self):        # the model loads with the pipeline, not at the first parse
            models.append(self.settings["batch_size"])

    class Pipe:
        def __init__(self, db, res, stages):
            built.append(res.settings["batch_size"])
            self.res = Res(res.settings)

        def prepare(self):
            pass
    monkeypatch.setattr(code, "Pipeline", Pipe)
    monkeypatch.setattr(code, "_HELD", {})
    from jirga.settings import load_settings
    a, b = load_settings(batch_size=8), load_settings(batch_size=9)
    assert code.pipeline_for(a) is code.pipeline_for(a)
    code.pipeline_for(b)
    assert built == [8, 9] and models == [8, 9]


def test_code_partition_ends_with_the_figures_of_its_process(monkeypatch):
    monkeypatch.setattr(code, "pipeline_for", lambda settings, stages=None: FakePipe())
    from jirga.settings import load_settings
    rows = list(code.code_partition([(1, _doc(1))], load_settings(), "r"))
    assert rows[-1][0] == code.STATS and rows[-1][1][1] == 1
    assert {"documents", "events"} <= {t for t, _ in rows[:-1]}
