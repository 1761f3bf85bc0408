"""Event location evaluation on ahalterman/event_location (records with gold: true).

Each record is one sentence with an event verb and the span(s) where the event
happened (none: the sentence gives no place). We parse the sentence, geoparse it,
build one event with the verb as trigger and run the locator. A prediction is right
when it overlaps any gold span, or when both are empty. Some gold spans in the
conversion are broken (empty or one-letter text at a wrong offset); those records are
skipped and counted.
"""
from __future__ import annotations

import time
from pathlib import Path

from jirga.model import Document, Event, Sentence, Span
from jirga.places.geoparse import geoparse
from jirga.places.locate import locate_in_sentence
from jirga.eval.gold import gold_records


def _usable(r) -> bool:
    v = r.get("verb")
    if not v or r["text"][v["start"]:v["end"]] != v.get("text"):
        return False
    for loc in r["event_locations"]:
        t = loc.get("text") or ""
        if len(t.strip()) < 3 or r["text"][loc["start"]:loc["end"]] != t:
            return False
    return True


def evaluate(path, res, limit=None) -> dict:
    t0 = time.time()
    recs = []
    skipped = 0
    for r in gold_records(path):
        if not r.get("gold"):
            continue
        if not _usable(r):
            skipped += 1
            continue
        recs.append(r)
        if limit is not None and len(recs) >= limit:
            break
    tp = fp = fn = correct = 0
    n_gold_loc = n_none = none_ok = 0
    for r, parsed in zip(recs, res.nlp.pipe([r["text"] for r in recs], batch_size=64)):
        doc = Document(id=r["id"], text=r["text"])
        doc.parsed = parsed
        doc.places = geoparse(doc, res)
        v = r["verb"]
        ev = Event(doc_id=doc.id, event_id=r["id"], event_type="",
                   sentence=Sentence(0, 0, len(r["text"]), r["text"]),
                   trigger=Span(v["start"], v["end"], v["text"]))
        pred = locate_in_sentence(doc, ev, parsed)
        gold = r["event_locations"]
        if gold:
            n_gold_loc += 1
            if pred is not None and any(pred.start < g["end"] and g["start"] < pred.end for g in gold):
                tp += 1
                correct += 1
            else:
                fn += 1
                if pred is not None:
                    fp += 1
        else:
            n_none += 1
            if pred is None:
                correct += 1
                none_ok += 1
            else:
                fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"dataset": Path(path).name, "records": len(recs), "skipped_broken_gold": skipped,
            "with_location": n_gold_loc, "without_location": n_none,
            "precision": p, "recall": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
            "accuracy": correct / len(recs) if recs else 0.0,
            "none_correct": none_ok / n_none if n_none else 0.0,
            "seconds": round(time.time() - t0, 1)}


def render(report: dict) -> str:
    r = report
    return "\n".join([
        f"Event location on {r['dataset']}: {r['records']} gold sentences "
        f"({r['with_location']} with a place, {r['without_location']} without; "
        f"{r['skipped_broken_gold']} skipped for broken gold offsets)",
        f"  precision {r['precision']:.1%}  recall {r['recall']:.1%}  F1 {r['f1']:.1%}",
        f"  accuracy {r['accuracy']:.1%} (no-place sentences right: {r['none_correct']:.1%})",
        f"  ({r['seconds']} s)",
    ])
