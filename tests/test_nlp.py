"""Parsing (``jirga/nlp.py``). Paragraph and dateline breaks are tested on a blank English
pipeline, ``parse`` and ``parse_one`` on a rule-based sentencizer: no trained model needed
except where marked."""
from types import SimpleNamespace

import pytest
import spacy

from jirga import errors, nlp
from jirga.errors import JirgaError
from jirga.model import Document, Reject, Sentence
from tests.handmade import hand_doc


@pytest.fixture(scope="module")
def paragraphs():
    """A blank English pipeline with only the paragraph component ``load_model`` adds."""
    p = spacy.blank("en")
    p.add_pipe("jirga_paragraphs")
    return p


@pytest.fixture(scope="module")
def sentencizer():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    return p


def _starts(doc):
    return [t.text for t in doc if t.is_sent_start]


def test_paragraphs_blank_line_starts_a_sentence(paragraphs):
    doc = paragraphs("Border reopens\n\nTrucks crossed the border on Monday.")
    assert doc[0].is_sent_start and doc[3].text == "Trucks" and doc[3].is_sent_start
    assert not doc[4].is_sent_start


def test_paragraphs_single_newline_is_no_break(paragraphs):
    doc = paragraphs("Trucks crossed\nthe border on Monday.")
    assert [t.is_sent_start for t in doc[1:]] == [None] * (len(doc) - 1)


def test_paragraphs_dateline_is_kept_apart_from_the_first_sentence(paragraphs):
    doc = paragraphs("KABUL, AFGHANISTAN – Talks resumed on Monday.")
    assert _starts(doc) == ["KABUL", "Talks"]
    assert doc[1].is_sent_start is False and doc[3].is_sent_start is False


def test_paragraphs_capitalised_words_without_a_dash_are_no_dateline(paragraphs):
    doc = paragraphs("NATO AND UN officials met on Monday.")
    assert _starts(doc) == ["NATO"] and doc[3].is_sent_start is None


def test_check_model_unknown_model_is_a_user_error():
    with pytest.raises(JirgaError) as exc:
        nlp.check_model("no_such_spacy_model_xyz")
    assert exc.value.code == errors.MODEL_MISSING and "setup.sh" in str(exc.value)


@pytest.mark.model
def test_check_model_installed_models_pass():
    nlp.check_model("en_core_web_md")
    nlp.check_model("md")


def test_load_model_unknown_model_is_a_user_error():
    with pytest.raises(JirgaError) as exc:
        nlp.load_model("no_such_spacy_model_xyz")
    assert exc.value.code == errors.MODEL_MISSING


def test_workers_at_most_two_by_default_and_never_more_than_the_cores(monkeypatch):
    monkeypatch.setattr(nlp.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert nlp.workers(0) == nlp.workers(-1) == 2
    assert nlp.workers(1) == 1 and nlp.workers(3) == 3 and nlp.workers(16) == 4
    monkeypatch.setattr(nlp.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert nlp.workers(0) == 1 and nlp.workers(2) == 1


def test_sentences_of_numbers_sentences_with_document_offsets():
    doc = hand_doc("""
        0 Talks VERB VBD ROOT  0 talk
        1 .     PUNCT .  punct 0 .
        2 Kabul PROPN NNP nsubj 3 Kabul
        3 said VERB VBD ROOT  3 say
        4 .     PUNCT .  punct 3 .
    """)
    assert nlp.sentences_of(doc) == [Sentence(0, 0, 6, "Talks."), Sentence(1, 7, 18, "Kabul said.")]


def _res(pipeline, **settings):
    return SimpleNamespace(nlp=pipeline, settings={"batch_size": 2, **settings})


def test_parse_keeps_order_and_lets_rejected_documents_through(sentencizer):
    bad = Document(id="b", text="", rejects=[Reject("b", "b.txt", "ingest", errors.EMPTY, "empty")])
    docs = [Document(id="a", text="One. Two."), bad, Document(id="c", text="Three.")]
    out = list(nlp.parse(docs, _res(sentencizer)))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert [s.text for s in out[0].sentences] == ["One.", "Two."] and out[0].parsed is not None
    assert out[1].parsed is None and out[1].sentences == []


def test_parse_rejects_a_text_longer_than_the_parser_limit(sentencizer):
    long = Document(id="l", text="word " * 50, origin="big.txt")
    short = Document(id="s", text="Short text.")
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.max_length = 100
    out = list(nlp.parse([long, short], _res(pipeline)))
    assert out[0].rejected and out[0].rejects[0].code == errors.NLP_FAILED
    assert out[0].rejects[0].source == "big.txt" and "limit of 100" in out[0].rejects[0].reason
    assert out[0].parsed is None and out[1].sentences[0].text == "Short text."


def test_parse_one_sets_the_parse_and_sentences(sentencizer):
    doc = nlp.parse_one(Document(id="a", text="One. Two."), _res(sentencizer))
    assert len(doc.sentences) == 2 and doc.parsed.text == "One. Two." and not doc.rejects


def test_parse_one_parser_failure_becomes_the_reject():
    def refuse(text):
        raise ValueError("[E088] text too long")
    doc = nlp.parse_one(Document(id="a", text="x"), _res(refuse))
    assert doc.rejected and doc.rejects[0].code == errors.NLP_FAILED
    assert doc.rejects[0].reason == "cannot parse: [E088] text too long" and doc.parsed is None


def test_parse_with_the_model_splits_a_dateline(res):
    [doc] = nlp.parse([Document(id="d", text="ISLAMABAD: The envoy left for Kabul on Monday.")], res)
    assert [s.text for s in doc.sentences] == ["ISLAMABAD:", "The envoy left for Kabul on Monday."]
