"""Time expression evaluation on TempEval-3 platinum (TIMEX3).

Strict: same start and end. Relaxed: spans overlap. Type and value accuracy are over
the relaxed matches (value compared as a string, TimeML normal form).
"""
from __future__ import annotations

import time
from pathlib import Path

from jirga.dates import find_timex
from jirga.eval.gold import gold_records


def _prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path, res, limit=None, use_parse: bool = True) -> dict:
    t0 = time.time()
    recs = list(gold_records(path, limit))
    parses = res.nlp.pipe([r["text"] for r in recs]) if use_parse else (None for _ in recs)
    n_pred = n_gold = strict = relaxed = type_ok = value_ok = 0
    for r, parsed in zip(recs, parses):
        pred = find_timex(r["text"], r.get("dct"), parsed)
        gold = r["timex"]
        n_pred += len(pred)
        n_gold += len(gold)
        used = set()
        for g in gold:
            if any(p.start == g["start"] and p.end == g["end"] for p in pred):
                strict += 1
            m = next((i for i, p in enumerate(pred) if i not in used
                      and p.start < g["end"] and g["start"] < p.end), None)
            if m is None:
                continue
            used.add(m)
            relaxed += 1
            type_ok += pred[m].type == g["type"]
            value_ok += pred[m].value == g["value"]
    sp, sr, sf = _prf(strict, n_pred, n_gold)
    rp, rr, rf = _prf(relaxed, n_pred, n_gold)
    return {"dataset": Path(path).name, "documents": len(recs), "gold": n_gold, "predicted": n_pred,
            "strict": {"p": sp, "r": sr, "f1": sf}, "relaxed": {"p": rp, "r": rr, "f1": rf},
            "type_accuracy": type_ok / relaxed if relaxed else 0.0,
            "value_accuracy": value_ok / relaxed if relaxed else 0.0,
            "seconds": round(time.time() - t0, 1)}


def render(report: dict) -> str:
    r = report
    s, x = r["strict"], r["relaxed"]
    return "\n".join([
        f"Time expressions on {r['dataset']}: {r['documents']} documents, {r['gold']} gold, {r['predicted']} predicted",
        f"  strict   P {s['p']:.1%}  R {s['r']:.1%}  F1 {s['f1']:.1%}",
        f"  relaxed  P {x['p']:.1%}  R {x['r']:.1%}  F1 {x['f1']:.1%}",
        f"  type accuracy {r['type_accuracy']:.1%}  value accuracy {r['value_accuracy']:.1%} (on relaxed matches)",
        f"  ({r['seconds']} s)",
    ])
