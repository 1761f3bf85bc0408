"""One event, many reports: score how the pipeline clusters reports of one real-world event.

``merge_gold.jsonl`` (packaged beside this module, our own words) holds short news reports
by several invented outlets, written as different outlets' reports of real-world events
of our example corpus (``examples/pak-afg``), each event told two to five times with
different wording, detail, actor naming, date expressions and publication dates; and
near-misses: different events with the same dyad in the same week (two attacks on police
in two districts on consecutive days, a closure at Torkham and one at Chaman, a meeting
in Doha and one in Islamabad, ...), some of them invented to sit beside a real one. One
record a line: ``id``, ``title``, ``published``, ``source``, ``text`` and ``events``, a
list of ``{"event": real-world event id, "sentence": exact substring of the text that
reports it, "type": PLOVER type}``; an entry may add ``"near_miss": [event ids]``, the
events that one must be kept apart from (the relation is symmetric; once is enough).

Rules:

* The reports run through the whole pipeline (``Pipeline.run``) into a temporary DuckDB
  store, and the stored factual events (``jirga.coding.is_factual``) are read back with
  their ``cluster_id``.
* Each gold event is aligned to the first stored factual event of its document, of its
  type, whose sentence contains the gold ``sentence`` and that no earlier gold event took.
  A gold event with none is *missed*: reported as coder recall, never as a merge error.
  Coded events no gold event aligns to are out of scope and ignored.
* The clustering of the aligned events is scored against the gold event ids: pairwise
  precision, recall and F1 over pairs of aligned events (same cluster vs same real-world
  event), and B-cubed precision, recall and F1 (averaged over aligned events, each
  cluster restricted to aligned events).
* ``cross_article``: the share of same-event pairs from different reports that are in
  one cluster (``within_article`` the same for pairs inside one report).
* ``near_miss``: a near-miss pair of real-world events is kept apart when no aligned
  report of one shares a cluster with an aligned report of the other; pairs with no
  aligned report on one side are not scored.
* ``splits``: the same measures on two parts of the real-world events, ``dev`` (we may
  tune on it) and ``heldout`` (nobody does): an event is held out when the CRC-32 of its
  id is divisible by 3 (29 of the 120). A part scores the aligned reports of its events
  only, and the near-miss pairs whose two events both lie in it.
* Missed joins (same event, two clusters) are explained by what ``jirga.merge`` compares
  (``reasons``): ``actors`` (``side_agreement``: a side conflicts, or no side agrees),
  ``date`` (``dates_compatible`` fails with the ``merge_days`` setting), ``place`` (both
  known and different), ``modality``, ``vague`` (one has no actors: a re-mention in its
  own article at most; its actors are not judged), else ``cluster`` (the two fit, but another report
  of a cluster tells them apart, or each joined another cluster first); the pairs one
  reason alone keeps apart are counted too. Wrong joins (two
  events in one cluster) are listed, near-misses marked.
"""
from __future__ import annotations

import json
import tempfile
import zlib
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from time import perf_counter
from typing import Hashable, Iterable, Mapping, Optional

from jirga.eval.gold import gold_records
from jirga.merge import report_of

GOLD = "merge_gold.jsonl"
SPLITS = ("dev", "heldout")


def split_of(event: str) -> str:
    """The part a real-world event id belongs to: a third held out from tuning."""
    return "heldout" if zlib.crc32(event.encode()) % 3 == 0 else "dev"
REPORT_FIELDS = ("id", "title", "published", "source", "text")


# -- the gold ----------------------------------------------------------------------------
def near_miss_pairs(reports: Iterable[dict]) -> set[tuple[str, str]]:
    """The near-miss pairs of real-world events the reports name, each (smaller, larger)."""
    pairs = set()
    for r in reports:
        for g in r["events"]:
            for other in g.get("near_miss", ()):
                if other != g["event"]:
                    pairs.add(tuple(sorted((g["event"], other))))
    return pairs


# -- the measures --------------------------------------------------------------------------
def _ratio(a: float, b: float) -> Optional[float]:
    return round(a / b, 4) if b else None


def _f1(p: Optional[float], r: Optional[float]) -> float:
    if not p or not r:
        return 0.0
    return round(2 * p * r / (p + r), 4)


def _groups(labels: Mapping[Hashable, Hashable]) -> dict:
    out: dict = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return out


def pairwise(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> dict:
    """Pairwise precision, recall and F1 of a clustering: ``gold`` and ``predicted`` map
    each item (the same items) to its cluster label. A pair is right when both put its two
    items together. With no predicted pair precision is None; with no gold pair, recall."""
    items = sorted(gold, key=repr)
    gold_pairs = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    pred_pairs = {(a, b) for a, b in combinations(items, 2) if predicted[a] == predicted[b]}
    right = len(gold_pairs & pred_pairs)
    p, r = _ratio(right, len(pred_pairs)), _ratio(right, len(gold_pairs))
    return {"precision": p, "recall": r, "f1": _f1(p, r), "gold_pairs": len(gold_pairs),
            "predicted_pairs": len(pred_pairs), "right_pairs": right}


def bcubed(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> dict:
    """B-cubed precision, recall and F1: for each item, the share of its predicted cluster
    in its gold cluster (precision) and of its gold cluster in its predicted one (recall),
    averaged over the items."""
    if not gold:
        return {"precision": None, "recall": None, "f1": 0.0}
    g, p = _groups(gold), _groups(predicted)
    prec = rec = 0.0
    for item in gold:
        mine, theirs = p[predicted[item]], g[gold[item]]
        both = len(mine & theirs)
        prec += both / len(mine)
        rec += both / len(theirs)
    pr, rc = round(prec / len(gold), 4), round(rec / len(gold), 4)
    return {"precision": pr, "recall": rc, "f1": _f1(pr, rc)}


def pair_shares(gold: Mapping, predicted: Mapping, doc_of: Mapping) -> dict:
    """Of the same-event pairs, the share joined in one cluster: across reports, within one."""
    out = {"cross_article": [0, 0], "within_article": [0, 0]}
    for a, b in combinations(sorted(gold, key=repr), 2):
        if gold[a] != gold[b]:
            continue
        key = "cross_article" if doc_of[a] != doc_of[b] else "within_article"
        out[key][0] += 1
        out[key][1] += predicted[a] == predicted[b]
    return {k: {"pairs": n, "joined": j, "share": _ratio(j, n)} for k, (n, j) in out.items()}


def near_misses_apart(gold: Mapping, predicted: Mapping, pairs: Iterable[tuple[str, str]]) -> dict:
    """Near-miss pairs of real-world events kept apart: no item of one shares a cluster with
    an item of the other. A pair without an aligned item on both sides is not scored."""
    clusters: dict = defaultdict(set)
    for item, event in gold.items():
        clusters[event].add(predicted[item])
    scored, joined = 0, []
    pairs = sorted(pairs)
    for a, b in pairs:
        if not clusters.get(a) or not clusters.get(b):
            continue
        scored += 1
        if clusters[a] & clusters[b]:
            joined.append([a, b])
    return {"pairs": len(pairs), "scored": scored, "kept_apart": scored - len(joined),
            "share": _ratio(scored - len(joined), scored), "joined": joined}


# -- aligning gold events to coded events ----------------------------------------------------
def doc_id_of(text: str) -> str:
    """The id the pipeline gives a document with this text."""
    from jirga.ingest.record import tidy_text
    from jirga.model import content_id
    return content_id(tidy_text(text))


def align(reports: list[dict], events_by_doc: Mapping[str, list]) -> tuple[dict, list]:
    """({(report index, event index): coded event}, missed gold events). A gold event takes
    the first coded event of its report's document, of its type, whose sentence contains its
    ``sentence``, that no earlier gold event of the report took."""
    aligned, missed = {}, []
    for ri, r in enumerate(reports):
        coded = events_by_doc.get(doc_id_of(r["text"]), [])
        taken: set[str] = set()
        for gi, g in enumerate(r["events"]):
            hit = next((e for e in coded if e.event_type == g["type"] and e.event_id not in taken
                        and g["sentence"] in e.sentence.text), None)
            if hit is None:
                missed.append({"report": r["id"], "event": g["event"], "type": g["type"],
                               "sentence": g["sentence"],
                               "coded_in_sentence": sorted({e.event_type for e in coded
                                                            if g["sentence"] in e.sentence.text})})
            else:
                taken.add(hit.event_id)
                aligned[ri, gi] = hit
    return aligned, missed


# -- why two reports of one event were not joined ------------------------------------------
def reasons(a, b, days: int) -> list[str]:
    """What keeps two reports (``Report``) apart under the rules of ``jirga.merge``."""
    from jirga.merge import dates_compatible, places_compatible, side_agreement
    out = []
    vague = not (a.actors or a.recipients) or not (b.actors or b.recipients)
    if vague:
        out.append("vague")
    if a.event_type != b.event_type:
        out.append("type")
    if a.modality != b.modality:
        out.append("modality")
    if not vague and not side_agreement(a, b):
        out.append("actors")
    if not dates_compatible(a.date, b.date, days, a.date_bound, b.date_bound):
        out.append("date")
    if not places_compatible(a, b):
        out.append("place")
    return out or ["cluster"]


def _describe(ev, rep: dict, g: dict) -> dict:
    r = report_of(ev)
    return {"report": rep["id"], "published": rep.get("published"), "event": g["event"],
            "sentence": ev.sentence.text, "trigger": ev.trigger.text, "date": ev.date,
            "place": ev.location.name if ev.location else None,
            "actors": sorted(r.actors), "recipients": sorted(r.recipients), "cluster": ev.cluster_id}


# -- the suite ------------------------------------------------------------------------------
def score(reports: list[dict], aligned: Mapping[tuple[int, int], object], days: int = 1) -> dict:
    """The clustering scores of ``aligned`` (gold position -> coded event with a
    ``cluster_id``) against the reports' gold event ids."""
    gold = {k: reports[k[0]]["events"][k[1]]["event"] for k in aligned}
    predicted = {k: ev.cluster_id or ev.event_id for k, ev in aligned.items()}
    doc_of = {k: k[0] for k in aligned}
    nm = near_miss_pairs(reports)
    near = {tuple(p) for p in nm}
    shares = pair_shares(gold, predicted, doc_of)
    why: Counter = Counter()
    sole: Counter = Counter()
    missed_joins, wrong_joins = [], []
    for a, b in combinations(sorted(aligned), 2):
        ga, gb = gold[a], gold[b]
        same_pred = predicted[a] == predicted[b]
        if ga == gb and not same_pred:
            rs = reasons(report_of(aligned[a]), report_of(aligned[b]), days)
            if a[0] != b[0]:
                why.update(rs)
                if len(rs) == 1:
                    sole.update(rs)
            missed_joins.append({"event": ga, "cross_article": a[0] != b[0], "reasons": rs,
                                 "a": _describe(aligned[a], reports[a[0]], reports[a[0]]["events"][a[1]]),
                                 "b": _describe(aligned[b], reports[b[0]], reports[b[0]]["events"][b[1]])})
        elif ga != gb and same_pred:
            wrong_joins.append({"events": [ga, gb], "near_miss": tuple(sorted((ga, gb))) in near,
                                "a": _describe(aligned[a], reports[a[0]], reports[a[0]]["events"][a[1]]),
                                "b": _describe(aligned[b], reports[b[0]], reports[b[0]]["events"][b[1]])})
    per_event: dict = defaultdict(list)
    for k in sorted(aligned):
        per_event[gold[k]].append(predicted[k])
    events_clusters = {e: _cluster_sizes(cs) for e, cs in sorted(per_event.items())}
    splits = {}
    for part in SPLITS:
        g = {k: e for k, e in gold.items() if split_of(e) == part}
        pr = {k: predicted[k] for k in g}
        pairs = {p for p in nm if split_of(p[0]) == part and split_of(p[1]) == part}
        splits[part] = {"pairwise": pairwise(g, pr), "bcubed": bcubed(g, pr),
                        "near_miss": near_misses_apart(g, pr, pairs)}
    return {"pairwise": pairwise(gold, predicted), "bcubed": bcubed(gold, predicted), **shares,
            "splits": splits,
            "near_miss": near_misses_apart(gold, predicted, nm),
            "missed_join_reasons": dict(why.most_common()),
            "missed_join_sole_reasons": dict(sole.most_common()), "missed_joins": missed_joins,
            "wrong_joins": wrong_joins, "event_clusters": events_clusters}


def _cluster_sizes(clusters: list) -> list[int]:
    """The sizes of the clusters one event's reports fell into, largest first."""
    return sorted(Counter(clusters).values(), reverse=True)


def evaluate(path, res, limit: Optional[int] = None) -> dict:
    """Run the pipeline on the gold reports and score its clusters; see the module text."""
    from jirga.coding import is_factual
    from jirga.pipeline import Pipeline
    from jirga.store import open_store
    reports = list(gold_records(path, limit))
    start = perf_counter()
    with tempfile.TemporaryDirectory(prefix="jirga-merge-") as tmp:
        src, db = Path(tmp) / "reports.jsonl", str(Path(tmp) / "merge.duckdb")
        with open(src, "w", encoding="utf-8") as fh:
            for r in reports:
                fh.write(json.dumps({k: r[k] for k in REPORT_FIELDS if k in r}, ensure_ascii=False) + "\n")
        Pipeline(db=db, res=res).run([str(src)])
        store = open_store(db, read_only=True)
        try:
            events_by_doc: dict = defaultdict(list)
            for ev in store.events():
                if is_factual(ev):
                    events_by_doc[ev.doc_id].append(ev)
        finally:
            store.close()
    seconds = perf_counter() - start
    days = res.settings["merge_days"]
    aligned, missed = align(reports, events_by_doc)
    mentions = sum(len(r["events"]) for r in reports)
    by_type: dict = defaultdict(lambda: [0, 0])
    for r in reports:
        for g in r["events"]:
            by_type[g["type"]][0] += 1
    for ri, gi in aligned:
        by_type[reports[ri]["events"][gi]["type"]][1] += 1
    return {"gold": Path(path).name, "reports": len(reports),
            "events": len({g["event"] for r in reports for g in r["events"]}),
            "gold_mentions": mentions, "aligned": len(aligned), "merge_days": days,
            "coder_recall": _ratio(len(aligned), mentions),
            "coder_recall_by_type": {t: {"gold": n, "aligned": k, "recall": _ratio(k, n)}
                                     for t, (n, k) in sorted(by_type.items())},
            "missed": missed, **score(reports, aligned, days), "seconds": round(seconds, 2)}


# -- the table --------------------------------------------------------------------------------
def _pct(v) -> str:
    return "  n/a" if v is None else f"{100 * v:5.1f}"


def _side(d: dict) -> str:
    return (f"{d['report']} [{d['date']}, {d['place'] or '-'}] "
            f"{','.join(d['actors']) or '-'} -> {','.join(d['recipients']) or '-'}: "
            f"\"{d['trigger']}\" in \"{d['sentence'][:90]}\"")


def render(report: dict, examples: int = 12) -> str:
    pw, b3, nm = report["pairwise"], report["bcubed"], report["near_miss"]
    cross, within = report["cross_article"], report["within_article"]
    lines = [f"merge on {report['gold']}: {report['reports']} reports, {report['events']} real-world events, "
             f"{report['gold_mentions']} gold mentions, {nm['pairs']} near-miss pairs "
             f"(merge_days {report['merge_days']}, {report['seconds']} s)",
             f"  coder recall     {_pct(report['coder_recall'])}  ({report['aligned']} of "
             f"{report['gold_mentions']} gold mentions aligned to a coded event; the rest are not scored)",
             "",
             "              precision  recall     F1",
             f"  pairwise       {_pct(pw['precision'])}   {_pct(pw['recall'])}  {_pct(pw['f1'])}"
             f"   ({pw['right_pairs']} right of {pw['predicted_pairs']} joined, {pw['gold_pairs']} gold pairs)",
             f"  B-cubed        {_pct(b3['precision'])}   {_pct(b3['recall'])}  {_pct(b3['f1'])}"]
    for part, sc in report.get("splits", {}).items():
        spw, sb3, snm = sc["pairwise"], sc["bcubed"], sc["near_miss"]
        lines.append(f"    {part:<8}  pairwise P {_pct(spw['precision'])} R {_pct(spw['recall'])} "
                     f"F1 {_pct(spw['f1'])}   B-cubed F1 {_pct(sb3['f1'])}   near-misses apart "
                     f"{snm['kept_apart']} of {snm['scored']}")
    lines += ["",
             f"  cross-article pairs joined   {_pct(cross['share'])}  ({cross['joined']} of {cross['pairs']})",
             f"  within-article pairs joined  {_pct(within['share'])}  ({within['joined']} of {within['pairs']})",
             f"  near-miss pairs kept apart   {_pct(nm['share'])}  ({nm['kept_apart']} of {nm['scored']} scored)"]
    if nm["joined"]:
        lines.append("    joined near-misses: " + ", ".join(f"{a}+{b}" for a, b in nm["joined"]))
    if report["missed_join_reasons"]:
        lines.append("  missed cross-article joins by reason: " + ", ".join(
            f"{k} {v}" for k, v in report["missed_join_reasons"].items()))
        lines.append("    kept apart by one reason alone: " + (", ".join(
            f"{k} {v}" for k, v in report["missed_join_sole_reasons"].items()) or "none"))
    split = [f"{e} {'/'.join(map(str, s))}" for e, s in report["event_clusters"].items() if len(s) > 1]
    if split:
        lines.append("  events split over clusters (sizes): " + ", ".join(split))
    # Examples come from the dev part only, so that nobody tunes on the held-out events.
    cross_missed = [m for m in report["missed_joins"] if m["cross_article"]]
    dev_missed = [m for m in cross_missed if split_of(m["event"]) == "dev"]
    if cross_missed:
        shown = min(examples, len(dev_missed))
        lines += ["", f"  missed joins ({len(cross_missed)} cross-article pairs; "
                      f"first {shown} of the {len(dev_missed)} in dev):"]
        for m in dev_missed[:examples]:
            lines += [f"    {m['event']} [{', '.join(m['reasons'])}]", f"      {_side(m['a'])}",
                      f"      {_side(m['b'])}"]
    if report["wrong_joins"]:
        lines += ["", f"  wrong joins ({len(report['wrong_joins'])} pairs, dev and held-out):"]
        for w in report["wrong_joins"][:examples]:
            lines += [f"    {'+'.join(w['events'])}{' (near-miss)' if w['near_miss'] else ''}",
                      f"      {_side(w['a'])}", f"      {_side(w['b'])}"]
    if report["missed"]:
        dev_not = [m for m in report["missed"] if split_of(m["event"]) == "dev"]
        lines += ["", f"  gold mentions not coded ({len(report['missed'])}; coder recall, not merging;"
                      f" {len(dev_not)} in dev shown):"]
        for m in dev_not[:examples]:
            coded = ",".join(m["coded_in_sentence"]) or "nothing"
            lines.append(f"    {m['report']} {m['event']} {m['type']} (coded there: {coded}): \"{m['sentence'][:80]}\"")
    return "\n".join(lines)
