"""The real-news dev set (``jirga/eval/devset/events_news.jsonl``) and its scorer
(``jirga/eval/news.py``)."""
import json
import re
from collections import Counter

import pytest

from jirga import data
from jirga.actors.registry import NONSTATE, SECTORS
from jirga.coding.ontology import load_ontology
from jirga.errors import GOLD_MISSING, JirgaError
from jirga.eval import SUITES
from jirga.eval.news import (ANNOTATION_FILE, SOURCES, SPLITS, annotation_path, evaluate, judge, match,
                             render, sha1, source_texts)
from jirga.eval.suites import Suite, run_suite
from jirga.model import ActorRef, Document, Event, Place, Sentence, Size, Span
from tests.conftest import GOLD

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RECORD_KEYS = {"source", "doc_id", "date", "split", "sha1", "events"}
EVENT_KEYS = {"sentence", "trigger", "type", "mode", "actor", "recipient", "place", "date",
              "dead", "injured", "arrested", "historical", "mutual"}


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in annotation_path().read_text(encoding="utf-8").splitlines() if line.strip()]


def _countries():
    codes = {r["country"] for a in data.load("actors/states.yaml") for r in a.get("roles") or []}
    return codes | NONSTATE | {"KOS"}


# -- the annotation file ---------------------------------------------------------------
def test_annotations_ship_in_the_package(records):
    assert annotation_path().is_file() and ANNOTATION_FILE.endswith(".jsonl")
    assert len(records) >= 18
    assert {r["doc_id"] for r in records if r["source"] == "seeds"} == {
        "000_41011f801ff8ec69", "001_a76334a16812bac6", "002_7b95e75acbf49bc2",
        "003_d58c016a82158e16", "004_95322db71f88a246"}
    assert len({(r["source"], r["doc_id"]) for r in records}) == len(records)


def test_annotations_store_offsets_and_codes_not_text(records):
    for r in records:
        assert set(r) == RECORD_KEYS, r["doc_id"]
        assert r["source"] in SOURCES and r["split"] in SPLITS
        assert re.fullmatch(r"[0-9a-f]{40}", r["sha1"])
        assert r["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"])
        assert r["events"], f"{r['doc_id']} has no events"
        for ev in r["events"]:
            assert set(ev) <= EVENT_KEYS and {"sentence", "trigger", "type"} <= set(ev)


def test_annotation_codes_are_valid(records):
    onto, countries = load_ontology(), _countries()
    for r in records:
        for ev in r["events"]:
            where = f"{r['doc_id']} {ev['trigger']}"
            assert ev["type"] in onto.types, where
            if ev.get("mode"):
                assert ev["mode"] in (onto.types[ev["type"]].get("modes") or {}), where
            for role in ("actor", "recipient"):
                ref = ev[role]
                if ref is None:
                    continue
                assert set(ref) == {"span", "country", "sector"}, where
                assert ref["country"] is None or ref["country"] in countries, where
                assert ref["sector"] is None or ref["sector"] in SECTORS, where
            if ev["place"]:
                assert ev["place"]["name"] and ev["place"]["country"] in countries, where
            assert ev["date"] is None or DATE.fullmatch(ev["date"]), where
            for k in ("dead", "injured", "arrested"):
                assert ev[k] is None or (isinstance(ev[k], int) and ev[k] >= 0), where


def test_annotation_offsets_are_ordered_and_the_trigger_is_in_its_sentence(records):
    for r in records:
        for ev in r["events"]:
            (s, e), (ts, te) = ev["sentence"], ev["trigger"]
            assert 0 <= s <= ts < te <= e, f"{r['doc_id']} {ev['trigger']}"
            for ref in (ev["actor"], ev["recipient"], ev["place"]):
                if ref and ref.get("span"):
                    assert 0 <= ref["span"][0] < ref["span"][1]


def test_a_third_of_the_articles_is_held_out_in_every_source(records):
    splits = Counter(r["split"] for r in records)
    # a batch of four articles from one annotator gives one to the held-out part, like a batch of three
    assert len(records) // 3 - 2 <= splits["heldout"] <= -(-len(records) // 3)
    for source in SOURCES:
        assert {r["split"] for r in records if r["source"] == source} == set(SPLITS), source


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold not present")
def test_annotations_point_into_the_unchanged_sources(records):
    texts = source_texts(records, GOLD)
    for r in records:
        text = texts[(r["source"], r["doc_id"])]
        assert sha1(text) == r["sha1"], f"{r['doc_id']}: the source text changed"
        for ev in r["events"]:
            assert ev["sentence"][1] <= len(text)
            assert text[ev["trigger"][0]:ev["trigger"][1]].strip() == text[ev["trigger"][0]:ev["trigger"][1]]
            for ref in (ev["actor"], ev["recipient"], ev["place"]):
                if ref and ref.get("span"):
                    assert ref["span"][1] <= len(text)


def test_events_news_is_a_packaged_suite_that_gets_the_gold_folder(tmp_path):
    suite = next(s for s in SUITES if s.name == "events-news")
    assert suite.packaged and suite.reads_gold_dir and suite.gold == ANNOTATION_FILE
    seen = {}

    def fake(path, res, limit=None, gold_dir=None):
        seen.update(path=path, gold_dir=gold_dir)
        return {"ok": 1}
    mine = Suite("x", fake, lambda r: "ok", ANNOTATION_FILE, packaged=True, reads_gold_dir=True)
    assert run_suite(mine, tmp_path, None) == ({"ok": 1}, "ok")
    assert seen == {"path": annotation_path(), "gold_dir": tmp_path}


# -- the scorer on made-up articles and made-up predictions (no model) --------------------
TEXT_A = ("Pakistan accused Afghanistan of shelling the border. Afghan troops attacked a post in "
          "Chaman on Monday, killing four soldiers. The two sides held talks in Doha.")
TEXT_B = "Iran condemned the strike. Iraq expelled two diplomats."


def _span(text, word, n=1):
    i = -1
    for _ in range(n):
        i = text.index(word, i + 1)
    return [i, i + len(word)]


def _sent(text, k):
    bounds, start = [], 0
    for m in re.finditer(r"\. ?", text):
        bounds.append([start, m.start() + 1])
        start = m.end()
    return bounds[k]


def _gold_event(text, k, trig, typ, actor, recipient, **kw):
    ev = {"sentence": _sent(text, k), "trigger": _span(text, trig), "type": typ,
          "actor": actor and {"span": None, "country": actor[0], "sector": actor[1]},
          "recipient": recipient and {"span": None, "country": recipient[0], "sector": recipient[1]},
          "place": None, "date": None, "dead": None, "injured": None, "arrested": None}
    ev.update(kw)
    return ev


def _setup(tmp_path):
    gold = tmp_path / "gold"
    (gold.parent / "seeds").mkdir(parents=True)
    gold.mkdir()
    (gold / "geo_geowebnews.jsonl").write_text(
        json.dumps({"id": "A", "text": TEXT_A}) + "\n" + json.dumps({"id": "C", "text": "changed"}) + "\n")
    (gold.parent / "seeds" / "B.txt").write_text(TEXT_B, encoding="utf-8")
    doc_a = {"source": "geo_geowebnews.jsonl", "doc_id": "A", "date": "2024-05-08", "split": "dev",
             "sha1": sha1(TEXT_A), "events": [
                 _gold_event(TEXT_A, 0, "accused", "ACCUSE", ("PAK", "GOV"), ("AFG", "GOV")),
                 _gold_event(TEXT_A, 1, "attacked", "ASSAULT", ("AFG", "MIL"), ("PAK", "MIL"),
                             place={"span": _span(TEXT_A, "Chaman"), "name": "Chaman", "country": "PAK"},
                             date="2024-05-06", dead=4),
                 _gold_event(TEXT_A, 2, "talks", "CONSULT", ("PAK", "GOV"), ("AFG", "GOV"), mutual=True,
                             place={"span": None, "name": "Doha", "country": "QAT"})]}
    doc_b = {"source": "seeds", "doc_id": "B", "date": None, "split": "heldout", "sha1": sha1(TEXT_B), "events": [
        _gold_event(TEXT_B, 0, "condemned", "ACCUSE", ("IRN", "GOV"), None),
        _gold_event(TEXT_B, 1, "expelled", "SANCTION", ("IRQ", "GOV"), (None, "GOV"))]}
    doc_c = {"source": "geo_geowebnews.jsonl", "doc_id": "C", "date": None, "split": "dev",
             "sha1": sha1("the text we coded"), "events": [_gold_event("x. ", 0, "x", "ACCUSE", None, None)]}
    ann = tmp_path / "ann.jsonl"
    ann.write_text("".join(json.dumps(d) + "\n" for d in (doc_a, doc_b, doc_c)))
    return ann, gold


def _ev(doc, text, k, trig, typ, actor=(), recipient=(), n=1, **kw):
    s, e = _sent(text, k)
    t0, t1 = _span(text, trig, n)
    return Event(doc_id=doc.id, event_id=f"{doc.id}-{t0}", event_type=typ, sentence=Sentence(k, s, e, text[s:e]),
                 trigger=Span(t0, t1, trig), actor=[ActorRef(c, 0, 1, country=c, sector=s_) for c, s_ in actor],
                 recipient=[ActorRef(c, 0, 1, country=c, sector=s_) for c, s_ in recipient], **kw)


def _predict(docs):
    out = []
    for doc in docs:
        if doc.ext_id == "A":
            doc.events = [
                _ev(doc, TEXT_A, 0, "accused", "ACCUSE", [("PAK", "GOV")], [("AFG", "GOV")], confidence=0.9),
                _ev(doc, TEXT_A, 1, "killing", "ASSAULT", [("AFG", "MIL")], confidence=0.5),   # a second report
                _ev(doc, TEXT_A, 1, "attacked", "ASSAULT", [("AFG", "MIL")], [("PAK", "MIL")], confidence=0.9,
                    date="2024-05-06", size=Size(dead=4),
                    location=Place("Chaman", *_span(TEXT_A, "Chaman"), name="Chaman", country="PAK")),
                # a joint act: both parties as actors is right for a mutual gold event
                _ev(doc, TEXT_A, 2, "talks", "CONSULT", [("AFG", "GOV"), ("PAK", "GOV")], confidence=0.8,
                    location=Place("Doha", 0, 0, name="Doha", country="QAT")),
                _ev(doc, TEXT_A, 2, "held", "REJECT", negated=True)]                     # not factual
        elif doc.ext_id == "B":
            doc.events = [
                _ev(doc, TEXT_B, 0, "condemned", "ACCUSE", [("IRQ", "GOV")], confidence=0.7),  # wrong country
                _ev(doc, TEXT_B, 1, "expelled", "COERCE", [("IRQ", "GOV")], confidence=0.6),   # wrong type
                _ev(doc, TEXT_B, 0, "strike", "SANCTION", [("IRQ", "GOV")], confidence=0.4)]   # wrong sentence
        out.append(doc)
    return out


def test_scorer_matches_made_up_predictions(tmp_path):
    ann, gold = _setup(tmp_path)
    rep = evaluate(ann, None, gold_dir=gold, predict=_predict)
    assert rep["documents"] == 2
    assert rep["skipped"] == [{"source": "geo_geowebnews.jsonl", "doc_id": "C",
                               "reason": "text changed (sha1 differs)"}]
    o = rep["overall"]
    assert (o["gold"], o["predicted"], o["tp"], o["fp"], o["fn"]) == (5, 7, 4, 3, 1)
    assert (o["p"], o["r"], o["f1"]) == (0.571, 0.8, 0.667)
    assert o["fully_right"] == {"count": 3, "of_gold": 0.6, "of_predicted": 0.429}
    assert o["fields"]["actor_country"] == {"right": 3, "of": 4, "rate": 0.75}
    assert o["fields"]["recipient_country"] == {"right": 4, "of": 4, "rate": 1.0}   # B: none given, none found
    assert o["fields"]["place"]["of"] == 2 and o["fields"]["place"]["rate"] == 1.0
    assert o["fields"]["date"] == {"right": 1, "of": 1, "rate": 1.0}
    assert o["fields"]["dead"] == {"right": 1, "of": 1, "rate": 1.0}
    assert o["confidence"] == {"fully_right": 0.867, "matched_wrong": 0.7, "unmatched": 0.5}
    dev, held = rep["by_split"]["dev"], rep["by_split"]["heldout"]
    assert (dev["tp"], dev["fp"], dev["fn"], dev["fully_right"]["count"]) == (3, 1, 0, 3)
    assert (held["tp"], held["fp"], held["fn"], held["fully_right"]["count"]) == (1, 2, 1, 0)
    assert set(rep["by_source"]) == {"geo_geowebnews.jsonl", "seeds"}
    assert rep["by_type"]["SANCTION"] == {"gold": 1, "predicted": 1, "tp": 0, "p": 0.0, "r": 0.0, "f1": 0.0,
                                          "fully_right": 0}
    assert rep["by_type"]["COERCE"]["predicted"] == 1 and rep["by_type"]["ASSAULT"]["p"] == 0.5
    kinds = Counter((e["kind"], e["type"]) for e in rep["errors"])
    assert kinds == {("spurious", "ASSAULT"): 1, ("spurious", "COERCE"): 1, ("missed", "SANCTION"): 1, ("spurious", "SANCTION"): 1,
                     ("wrong fields", "ACCUSE"): 1}
    text = render(rep)
    assert "split heldout" in text and "SKIPPED geo_geowebnews.jsonl:C" in text and "actor_country" in text


def test_matching_is_one_to_one_by_type_sentence_and_trigger_distance():
    doc = Document(id="d", text=TEXT_A)
    far = _ev(doc, TEXT_A, 1, "killing", "ASSAULT")
    near = _ev(doc, TEXT_A, 1, "attacked", "ASSAULT")
    other = _ev(doc, TEXT_A, 2, "talks", "ASSAULT")
    gold = [_gold_event(TEXT_A, 1, "attacked", "ASSAULT", None, None)]
    assert match(gold, [far, near, other]) == [(0, 1)]
    assert match(gold, [other]) == []                                     # another sentence
    assert match(gold, [_ev(doc, TEXT_A, 1, "attacked", "COERCE")]) == []  # another type


def test_fields_fail_when_they_are_wrong():
    doc = Document(id="d", text=TEXT_A)
    g = _gold_event(TEXT_A, 1, "attacked", "ASSAULT", ("AFG", "MIL"), None,
                    place={"span": None, "name": "Chaman", "country": "PAK"}, date="2024-05-06", dead=4)
    good = _ev(doc, TEXT_A, 1, "attacked", "ASSAULT", [("AFG", "MIL")], date="2024-05-06", size=Size(dead=4),
               location=Place("Chaman District", 0, 0, name="Chaman District", country="PAK"))
    bad = _ev(doc, TEXT_A, 1, "attacked", "ASSAULT", [("AFG", "GOV")], [("PAK", "MIL")], date="2024-05-08",
              size=Size(dead=3), location=Place("Quetta", 0, 0, name="Quetta", country="PAK"))
    assert all(v is not False for v in judge(g, good).values())
    v = judge(g, bad)
    assert (v["actor_country"], v["actor_sector"], v["recipient_country"]) == (True, False, False)
    assert (v["place"], v["place_country"], v["date"], v["dead"], v["injured"]) == (False, True, False, False, None)


def test_a_week_is_right_against_the_gold_month_that_holds_it():
    doc = Document(id="d", text=TEXT_A)
    g = _gold_event(TEXT_A, 1, "attacked", "ASSAULT", ("AFG", "MIL"), None, date="2024-05")

    def verdict(date):
        return judge(g, _ev(doc, TEXT_A, 1, "attacked", "ASSAULT", [("AFG", "MIL")], date=date))["date"]
    assert verdict("2024-05") and verdict("2024-W20")          # 13-19 May: all in May
    assert not verdict("2024-W18")                              # 29 April - 5 May: partly April
    assert not verdict("2024-W24") and not verdict("2024-05-14")  # June; a day is finer than the text


def test_a_missing_source_file_is_a_user_error(tmp_path):
    ann, gold = _setup(tmp_path)
    (gold / "geo_geowebnews.jsonl").unlink()
    with pytest.raises(JirgaError) as exc:
        evaluate(ann, None, gold_dir=gold, predict=_predict)
    assert exc.value.code == GOLD_MISSING


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold not present")
def test_the_pipeline_scores_a_real_article(res):
    rep = evaluate(None, res, limit=1, gold_dir=GOLD)
    assert rep["documents"] == 1 and not rep["skipped"]
    o = rep["overall"]
    assert o["gold"] == len(json.loads(annotation_path().read_text(encoding="utf-8").splitlines()[0])["events"])
    assert o["predicted"] > 0 and o["tp"] + o["fp"] == o["predicted"] and o["tp"] + o["fn"] == o["gold"]


def test_calibration_measures_how_confidence_separates_real_events():
    from jirga.eval.news import calibration
    perfect = calibration([(0.9, True), (0.8, True), (0.3, False), (0.2, False)])
    assert perfect["auc"] == 1.0 and perfect["cuts"]["0.5"] == {"kept": 0.5, "precision": 1.0}
    assert calibration([(0.6, True), (0.6, False)])["auc"] == 0.5          # ties count half
    assert calibration([(0.2, True), (0.9, False)])["auc"] == 0.0
    # confidence 0.9 on events right half the time is 0.4 off
    assert calibration([(0.9, True), (0.9, False)])["ece"] == 0.4
    assert calibration([(0.5, True), (0.5, False)])["ece"] == 0.0
    assert calibration([])["auc"] is None
    assert calibration([(0.95, False)])["cuts"]["0.9"] == {"kept": 1.0, "precision": 0.0}
