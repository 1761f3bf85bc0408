"""The merge gold and its scorer (``jirga/eval/merging.py``): the gold file is well formed,
and the clustering measures are right on hand-made clusterings (no model needed)."""
from collections import defaultdict
from types import SimpleNamespace

import pytest

from jirga.eval import SUITES
from jirga.eval.gold import gold_records
from jirga.eval.merging import (GOLD, align, bcubed, doc_id_of, near_miss_pairs, near_misses_apart, pair_shares,
                                pairwise, reasons, render, score)
from jirga.eval.suites import suite_path
from jirga.model import Report

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def gold():
    merge = {s.name: s for s in SUITES}["merge"]
    assert merge.packaged and merge.gold == GOLD
    return list(gold_records(suite_path(merge, None)))


# -- the gold file -------------------------------------------------------------------------
def test_gold_reports_are_well_formed(gold):
    assert 40 <= len(gold) <= 400
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    assert len({doc_id_of(r["text"]) for r in gold}) == len(gold)          # no two texts alike
    assert len({r["source"] for r in gold}) >= 5                           # several outlets
    for r in gold:
        assert {"id", "title", "published", "source", "text", "events"} <= set(r), r["id"]
        assert len(r["published"]) == 10 and r["events"], r["id"]
        sentences = r["text"].count(". ") + 1
        assert 3 <= sentences <= 8, r["id"]


def test_gold_events_are_found_in_their_text_with_a_plover_type(gold):
    for r in gold:
        seen = set()
        for g in r["events"]:
            assert set(g) <= {"event", "sentence", "type", "near_miss"}, r["id"]
            assert g["type"] in TYPES, (r["id"], g)
            assert g["sentence"] and g["sentence"] in r["text"], (r["id"], g["sentence"])
            assert (g["sentence"], g["type"]) not in seen, (r["id"], g["sentence"])
            seen.add((g["sentence"], g["type"]))


def test_each_event_is_told_twice_or_is_a_near_miss_and_keeps_its_type(gold):
    reports, types = defaultdict(set), defaultdict(set)
    for r in gold:
        for g in r["events"]:
            reports[g["event"]].add(r["id"])
            types[g["event"]].add(g["type"])
    pairs = near_miss_pairs(gold)
    in_pair = {e for p in pairs for e in p}
    assert all(len(t) == 1 for t in types.values()), types
    assert all(len(reports[e]) >= 2 or e in in_pair for e in reports)
    assert max(len(v) for v in reports.values()) <= 10
    assert len([e for e in reports if len(reports[e]) >= 2]) >= 12
    # near-misses: at least 8 pairs of different events of one type, each told in the gold
    assert len(pairs) >= 8
    for a, b in pairs:
        assert a != b and a in reports and b in reports
        assert types[a] == types[b], (a, b)


def test_same_event_reports_come_from_several_outlets_and_days(gold):
    outlets, days = defaultdict(set), defaultdict(set)
    for r in gold:
        for g in r["events"]:
            outlets[g["event"]].add(r["source"])
            days[g["event"]].add(r["published"])
    told = [e for e in outlets if len(outlets[e]) >= 2]
    assert len(told) >= 12
    assert sum(len(days[e]) >= 2 for e in told) >= 12


# -- the measures -----------------------------------------------------------------------------
GOLD_AB_C = {"a": 1, "b": 1, "c": 2}
PRED_A_BC = {"a": "x", "b": "y", "c": "y"}


def test_pairwise_on_a_hand_made_clustering():
    assert pairwise(GOLD_AB_C, PRED_A_BC) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold_pairs": 1,
                                              "predicted_pairs": 1, "right_pairs": 0}
    assert pairwise(GOLD_AB_C, {"a": 0, "b": 0, "c": 1})["f1"] == 1.0
    everything = pairwise(GOLD_AB_C, {"a": 0, "b": 0, "c": 0})
    assert (everything["precision"], everything["recall"], everything["f1"]) == (0.3333, 1.0, 0.5)
    apart = pairwise(GOLD_AB_C, {"a": 0, "b": 1, "c": 2})
    assert (apart["precision"], apart["recall"], apart["f1"]) == (None, 0.0, 0.0)


def test_bcubed_on_a_hand_made_clustering():
    # a: P 1, R 1/2; b: P 1/2, R 1/2; c: P 1/2, R 1  ->  P = R = 2/3
    assert bcubed(GOLD_AB_C, PRED_A_BC) == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert bcubed(GOLD_AB_C, {"a": 0, "b": 0, "c": 1}) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    one = bcubed(GOLD_AB_C, {"a": 0, "b": 0, "c": 0})       # P: (2/3 + 2/3 + 1/3) / 3 = 5/9
    assert (one["precision"], one["recall"]) == (0.5556, 1.0)
    assert bcubed({}, {}) == {"precision": None, "recall": None, "f1": 0.0}


def test_pair_shares_split_cross_and_within_article_pairs():
    gold = {"a1": "E1", "a2": "E1", "b1": "E1", "c1": "E2"}
    pred = {"a1": 0, "a2": 1, "b1": 0, "c1": 2}
    doc = {"a1": "A", "a2": "A", "b1": "B", "c1": "C"}
    assert pair_shares(gold, pred, doc) == {"cross_article": {"pairs": 2, "joined": 1, "share": 0.5},
                                            "within_article": {"pairs": 1, "joined": 0, "share": 0.0}}


def test_near_misses_kept_apart_or_joined():
    gold = {"a": "E1", "b": "E2", "c": "E3", "d": "E1"}
    pred = {"a": 0, "b": 1, "c": 0, "d": 2}
    out = near_misses_apart(gold, pred, [("E1", "E2"), ("E1", "E3"), ("E1", "E9")])
    assert out == {"pairs": 3, "scored": 2, "kept_apart": 1, "share": 0.5, "joined": [["E1", "E3"]]}


def test_near_miss_pairs_are_symmetric_and_unique():
    reports = [{"events": [{"event": "E2", "near_miss": ["E1"]}, {"event": "E1", "near_miss": ["E2", "E3"]}]}]
    assert near_miss_pairs(reports) == {("E1", "E2"), ("E1", "E3")}


# -- aligning and scoring, on fake coded events -------------------------------------------------
def _ev(eid, doc, typ, sentence, cluster, trigger="x"):
    return SimpleNamespace(event_id=eid, doc_id=doc, event_type=typ, cluster_id=cluster,
                           sentence=SimpleNamespace(text=sentence), trigger=SimpleNamespace(text=trigger),
                           date="2024-01-08", date_basis="text", location=None, actor=[], recipient=[],
                           negated=False, hypothetical=False, future=False, claim_key=None, mode=None)


def test_align_takes_the_first_untaken_event_of_the_type_in_the_sentence():
    reports = [{"id": "r1", "text": "Rebels attacked a post. Police attacked them back. They met.",
                "events": [{"event": "E1", "type": "ASSAULT", "sentence": "attacked"},
                           {"event": "E2", "type": "ASSAULT", "sentence": "attacked"},
                           {"event": "E3", "type": "CONSULT", "sentence": "Rebels attacked"}]}]
    doc = doc_id_of(reports[0]["text"])
    coded = {doc: [_ev("e1", doc, "ASSAULT", "Rebels attacked a post.", "c1"),
                   _ev("e2", doc, "ASSAULT", "Police attacked them back.", "c2"),
                   _ev("e3", doc, "CONSULT", "They met.", "c3")]}
    aligned, missed = align(reports, coded)
    assert {k: v.event_id for k, v in aligned.items()} == {(0, 0): "e1", (0, 1): "e2"}
    assert [(m["event"], m["coded_in_sentence"]) for m in missed] == [("E3", ["ASSAULT"])]
    assert align(reports, {})[0] == {}


def test_score_reports_missed_and_wrong_joins():
    reports = [{"id": "r1", "published": "2024-01-08", "events": [{"event": "E1", "type": "ASSAULT", "sentence": "s"},
                                                                  {"event": "E2", "type": "ASSAULT", "sentence": "t",
                                                                   "near_miss": ["E1"]}]},
               {"id": "r2", "published": "2024-01-09", "events": [{"event": "E1", "type": "ASSAULT", "sentence": "s"}]}]
    aligned = {(0, 0): _ev("e1", "d1", "ASSAULT", "s", "c1"), (0, 1): _ev("e2", "d1", "ASSAULT", "t", "c1"),
               (1, 0): _ev("e3", "d2", "ASSAULT", "s", "c3")}
    out = score(reports, aligned, days=1)
    assert out["pairwise"]["right_pairs"] == 0 and out["pairwise"]["gold_pairs"] == 1
    assert out["near_miss"]["joined"] == [["E1", "E2"]]
    assert out["wrong_joins"][0]["near_miss"] and out["wrong_joins"][0]["events"] == ["E1", "E2"]
    assert [m["reasons"] for m in out["missed_joins"]] == [["vague"]]    # fake events have no actors, no place
    assert out["cross_article"] == {"pairs": 1, "joined": 0, "share": 0.0}
    assert out["event_clusters"] == {"E1": [1, 1], "E2": [1]}
    text = render({"gold": GOLD, "reports": 2, "events": 2, "gold_mentions": 3, "aligned": 3, "merge_days": 1,
                   "coder_recall": 1.0, "missed": [], "seconds": 0.1, **out})
    assert "pairwise" in text and "B-cubed" in text and "E1+E2 (near-miss)" in text


def _report(actors=(), recipients=(), date="2024-01-08", place=None):
    return Report("e", "d", "ASSAULT", date, place, frozenset(actors), frozenset(recipients), (False, False, False))


def test_reasons_name_what_merging_compares():
    a = _report({"PAK REB"}, {"PAK COP"}, "2024-01-08", "Bajaur")
    assert reasons(a, _report({"PAK REB"}, {"PAK COP"}, "2024-01-08", None), 1) == ["cluster"]
    assert reasons(a, _report({"militants"}, {"PAK MIL"}, "2024-01-08"), 1) == ["actors"]     # police, not army
    assert reasons(a, _report({"militants"}, {"AFG COP"}, "2024-01-08"), 1) == ["actors"]     # another country's
    assert reasons(a, _report({"militants"}, set(), "2024-01-08"), 1) == ["actors"]            # no side in common
    assert reasons(a, _report({"PAK REB"}, {"PAK COP"}, "2024-W05"), 1) == ["date"]
    assert reasons(a, _report({"PAK REB"}, {"PAK COP"}, "2024-01-11", "Dera Ismail Khan"), 1) == ["date", "place"]
    assert reasons(_report(), a, 1) == ["vague"]


def test_the_measures_can_fail():
    # a perfect score needs the right clustering: a single wrong join lowers both
    gold = {i: i // 2 for i in range(6)}
    assert (pairwise(gold, gold)["f1"], bcubed(gold, gold)["f1"]) == (1.0, 1.0)
    wrong = {**gold, 1: 1, 2: 0}                 # two reports swapped between two events
    assert pairwise(gold, wrong)["f1"] < 0.85 and bcubed(gold, wrong)["f1"] < 0.85


def test_split_holds_out_a_third_of_the_real_world_events(gold):
    from jirga.eval.merging import split_of
    events = sorted({g["event"] for r in gold for g in r["events"]})
    held = [e for e in events if split_of(e) == "heldout"]
    # records appended for a new class of reports are of new dev events: the share falls below a third
    assert 0.2 < len(held) / len(events) < 0.45


def test_score_gives_each_split_its_own_pairs():
    from types import SimpleNamespace as NS

    from jirga.eval.merging import score, split_of
    ids = ["E%02d" % i for i in range(1, 40)]
    dev = next(e for e in ids if split_of(e) == "dev")
    held = next(e for e in ids if split_of(e) == "heldout")
    reports = [{"id": "a", "events": [{"event": dev}, {"event": held}]},
               {"id": "b", "events": [{"event": dev}, {"event": held}]}]
    aligned = {(0, 0): NS(event_id="a0", cluster_id="x"), (1, 0): NS(event_id="b0", cluster_id="x"),
               (0, 1): NS(event_id="a1", cluster_id="y"), (1, 1): NS(event_id="b1", cluster_id="y")}
    got = score(reports, aligned)["splits"]
    assert got["dev"]["pairwise"]["gold_pairs"] == got["heldout"]["pairwise"]["gold_pairs"] == 1
    assert got["dev"]["pairwise"]["f1"] == got["heldout"]["pairwise"]["f1"] == 1.0
