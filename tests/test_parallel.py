"""Worker processes (``jirga/parallel.py``): order kept, one out per one in, finished documents
back without their parse. The parse is replaced by a stand-in, so no model is loaded."""
import os

import pytest

from jirga import errors, nlp, parallel
from jirga.model import Document, Sentence
from jirga.resources import Resources
from jirga.stage import Stage


def _fake_parse(docs, res, batch_size=None):
    for d in docs:
        d.parsed = f"parse of {d.id}"
        d.sentences = [Sentence(0, 0, len(d.text), d.text)]
        yield d


def _mark(doc, res):
    if doc.text == "boom":
        raise ValueError("bad document")
    doc.notes.append(f"{doc.parsed} in {os.getpid()}")


MARK = Stage("mark", ("parsed",), ("marks",), errors.CODING_FAILED, _mark)


@pytest.fixture
def fake_parse(monkeypatch):
    monkeypatch.setattr(nlp, "parse", _fake_parse)


def _docs(n):
    return [Document(id=f"d{i}", text="boom" if i == 3 else f"text {i}") for i in range(n)]


def test_work_runs_the_stages_and_drops_the_parse(fake_parse):
    parallel._init(Resources(n_process=1), (MARK,))
    out = parallel._work(_docs(2))
    assert [d.notes for d in out] == [[f"parse of d0 in {os.getpid()}"], [f"parse of d1 in {os.getpid()}"]]
    assert all(d.parsed is None for d in out)


def test_process_keeps_order_in_other_processes(fake_parse):
    out = list(parallel.process(iter(_docs(11)), Resources(n_process=2), (MARK,), n=2, batch_size=2))
    assert [d.id for d in out] == [f"d{i}" for i in range(11)]
    assert all(d.parsed is None for d in out)
    pids = {int(n.rsplit(" ", 1)[1]) for d in out for n in d.notes}
    assert pids and os.getpid() not in pids


def test_process_a_failing_document_is_rejected_and_the_rest_go_on(fake_parse):
    out = list(parallel.process(_docs(5), Resources(n_process=2), (MARK,), n=2, batch_size=3))
    assert [d.id for d in out] == ["d0", "d1", "d2", "d3", "d4"]
    assert out[3].rejects[0].code == errors.CODING_FAILED and "bad document" in out[3].rejects[0].reason
    assert all(d.notes for i, d in enumerate(out) if i != 3)


def test_process_nothing_in_nothing_out(fake_parse):
    assert list(parallel.process([], Resources(n_process=2), (MARK,), n=2, batch_size=4)) == []
