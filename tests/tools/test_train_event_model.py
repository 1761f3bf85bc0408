"""tools/train_event_model.py: reading both data formats, the split, the scores, and a quick
training run on a small sample of our own labelled sentences that writes a model Jirga loads."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "train_event_model.py"
OURS = ROOT / "jirga" / "data" / "models" / "sentences.jsonl"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("train_event_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_reads_zsp_lines_and_our_exhaustive_lines(tool, tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text("# a comment\n"
                 + json.dumps({"id": "z1", "text": "A met B.", "events": [{"code": "CONSULT", "source": "A"}]}) + "\n"
                 + json.dumps({"id": "z2", "text": "No label.", "events": []}) + "\n"
                 + json.dumps({"id": "o1", "text": "Prices struck a high.", "codes": []}) + "\n")
    recs = tool.read(f, None)
    assert [(r["id"], r["gold"], r["exhaustive"]) for r in recs] == [("z1", ["CONSULT"], False), ("o1", [], True)]


def test_train_split_is_deterministic_and_mostly_train(tool):
    ids = [f"PLV-train-{i}" for i in range(400)]
    splits = [tool.split_of(i) for i in ids]
    assert splits == [tool.split_of(i) for i in ids]
    assert 0.08 < splits.count("test") / 400 < 0.25
    assert set(tool.fold_of(i) for i in ids) == {0, 1, 2, 3, 4}


def test_train_yield_matches_concede_and_retreat(tool):
    assert tool.right("CONCEDE", ["YIELD"]) and tool.right("RETREAT", ["YIELD"])
    assert not tool.right("AGREE", ["YIELD"]) and not tool.right("AGREE", [])


def test_train_scores(tool):
    assert tool.prf(8, 2, 2)["p"] == 0.8 and tool.prf(8, 2, 2)["r"] == 0.8
    assert tool.prf(0, 0, 0)["f1"] == 0.0
    p, y = np.array([0.9, 0.8, 0.2, 0.1]), np.array([1, 1, 0, 0])
    assert tool.auc(p, y) == 1.0 and tool.auc(p[::-1].copy(), y) == 0.0
    bins = tool.reliability(p, y)
    assert sum(b["n"] for b in bins) == 4 and bins[-1]["right"] == 1.0


def test_train_unknown_labels_leave_the_matrix(tool):
    feats = {1: 1.0}
    sents = [{"id": "s", "split": "train", "gold": ["ACCUSE"], "cands": [
        {"factual": True, "known": True, "rule_conf": 0.8, "options": [("ACCUSE", feats, True)]},
        {"factual": True, "known": False, "rule_conf": 0.8, "options": [("REQUEST", feats, False)]}]}]
    X, y = tool.matrix(sents)
    assert X.shape[0] == 1 and y.tolist() == [1]


@pytest.mark.model
@pytest.mark.slow
def test_train_quick_run_writes_a_model_jirga_loads(tool, tmp_path):
    from jirga.coding import learned
    out = tmp_path / "models"
    assert tool.main(["--data", str(OURS), "--out", str(out), "--model", "en_core_web_sm"]) == 0
    raw = json.loads((out / "event_filter.json").read_text())
    model = learned.load_model(raw)
    assert (out / "VERSION").read_text().strip() == f"event_filter {model.version}"
    card = (out / "MODEL_CARD.md").read_text()
    assert "sentences.jsonl" in card and "Retrain" in card and "| test |" in card
    metrics = json.loads((out / "metrics.json").read_text())
    assert 0.0 <= metrics["threshold"] <= 0.7 and metrics["test"]["candidates"] >= 0


@pytest.mark.model
def test_train_reads_the_dev_part_of_our_news_set_only(tool, tmp_path, res):
    # a made-up news set in the real-news format: one dev and one held-out article
    from jirga.eval.news import sha1
    dev_text = "The army shelled the town on Monday. Farmers planted wheat."
    held_text = "Police arrested ten protesters."
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "made.jsonl").write_text(json.dumps({"id": "d1", "text": dev_text}) + "\n"
                                     + json.dumps({"id": "h1", "text": held_text}) + "\n")
    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps({"source": "made.jsonl", "doc_id": "d1", "split": "dev", "sha1": sha1(dev_text), "date": None,
                    "events": [{"sentence": [0, 36], "trigger": [9, 16], "type": "ASSAULT"}]}) + "\n"
        + json.dumps({"source": "made.jsonl", "doc_id": "h1", "split": "heldout", "sha1": sha1(held_text),
                      "date": None, "events": [{"sentence": [0, 31], "trigger": [7, 15], "type": "COERCE"}]}) + "\n")
    recs = tool.read_news(news, gold, res.nlp)
    assert [(r["id"], r["gold"], r["exhaustive"]) for r in recs] == [
        ("news:d1:0", ["ASSAULT"], True), ("news:d1:1", [], True)]
    # an article's sentences fall in one split
    assert {tool.split_of(f"news:d1:{k}") for k in range(40)} == {tool.split_of("news:d1:0")}
