"""No document length can block a run (``jirga/nlp.py``: long texts parsed in pieces, sentences
with no end cut and flagged). With the trained model; the documents over spaCy's own limit
(1,000,000 characters) take about a minute each and are marked slow."""
import json

import pytest

from jirga import Pipeline, nlp
from jirga.model import Document
from jirga.pipeline import STAGES
from jirga.stage import run_stages

POISON = "Pakistani troops clashed with Afghan border guards near Torkham on Tuesday, officials said. " * 13000


@pytest.fixture(scope="module")
def poison(res):
    """The issue's repro: 1.2 million characters, longer than spaCy's ``max_length``."""
    doc = nlp.parse_one(Document(id="poison", text=POISON, origin="big.txt"), res)
    return run_stages(doc, res, STAGES)


@pytest.mark.slow
def test_longdocs_a_text_over_the_parser_limit_is_coded(poison, res):
    assert len(POISON) > res.nlp.max_length
    assert not poison.rejects and poison.parsed.text == POISON
    assert len(poison.sentences) == 13000 and len(poison.events) == 13000
    assert {e.event_type for e in poison.events} == {"ASSAULT"}
    assert f"text of {len(POISON):,} characters parsed in {len(nlp.pieces(POISON, 50_000))} pieces" in poison.notes


@pytest.mark.slow
def test_longdocs_offsets_point_into_the_original_text(poison):
    text = POISON
    last = poison.events[-1]
    assert last.trigger.start > 1_000_000
    for e in poison.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.sentence.start:e.sentence.end] == e.sentence.text
        assert all(text[a.start:a.end] == a.text for a in e.actor + e.recipient)
    assert [s.start for s in poison.sentences[:2]] == [0, len(POISON) // 13000]


def test_longdocs_a_sentence_without_an_end_is_flagged_and_not_coded(res):
    words = POISON[:10_000].replace(".", " ").replace(",", " ")     # about 1,500 tokens, no end
    text = "Pakistan and Afghanistan agreed to reopen the border. " + words + "\n\nIran condemned the attack."
    doc = run_stages(nlp.parse_one(Document(id="p", text=text), res), res, STAGES)
    flagged = doc.parsed.user_data[nlp.LONG_SENTENCES]
    cut = [s for s in doc.sentences if s.start in flagged]
    assert len(cut) >= 5 and all(len(doc.parsed.char_span(s.start, s.end)) <= nlp.LONG_SENTENCE for s in cut)
    assert {e.trigger.text for e in doc.events} == {"agreed", "condemned"}
    assert any("cut and not coded" in n for n in doc.notes)


@pytest.mark.slow
def test_longdocs_a_mixed_corpus_is_stored_whole_on_the_first_run(res, tmp_path, monkeypatch):
    # the parser's limit lowered to 100,000 characters (in this process, so one worker): a
    # document over it goes through the whole run as one over the real limit does (above),
    # in a tenth of the time
    monkeypatch.setattr(res.nlp, "max_length", 100_000)
    monkeypatch.setitem(res.settings, "n_process", 1)
    from tests.conftest import EXAMPLES
    records = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").open(encoding="utf-8")][:3]
    big = " ".join(r["text"] for r in records)
    big = (big + "\n\n") * (120_000 // len(big) + 1)
    rows = [*({"id": r["id"], "text": r["text"], "published": r["published"]} for r in records),
            {"id": "big", "text": big, "published": "2024-01-09"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert len(big) > res.nlp.max_length and len(nlp.pieces(big, nlp.piece_limit(res.nlp))) > 2
    summary = Pipeline(db=str(tmp_path / "j.duckdb"), res=res).run([str(src)])
    assert summary.documents == 4 and summary.rejects == [] and summary.skipped == 0
    again = Pipeline(db=str(tmp_path / "j.duckdb"), res=res).run([str(src)])
    assert again.documents == 0 and again.skipped == 4
