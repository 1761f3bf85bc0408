"""Score the event coder on gold sentences.

Matching rule (per sentence): the gold PLOVER types of a sentence form a set,
and so do the types of the coder's *factual* events (``is_factual``) for that
sentence. A type in both is a true positive, a predicted type not in gold a
false positive, a gold type not predicted a false negative. Sets, not counts:
PLOVER codes a reciprocal act (a meeting of A and B) once, the PETR2 file twice.
Gold events without a PLOVER type (CAMEO 01x/02x in PETR2) are skipped.

For each gold event whose type was matched, the predicted event of that type
is compared on actors:
* countries (after ``jirga.actors.resolve_events``): the gold
  source/target country codes (first three letters of each ``+`` part) against
  the ``country`` of predicted actor/recipient refs (any overlap matches; an
  empty gold target matches an empty prediction);
* spans otherwise (PLOVER GSR only, which gives actor text): a gold actor text
  and a predicted span match when one contains the other, case-insensitive.
Reciprocal acts are coded two ways (PLOVER: one event, all participants in the
source, empty target; PETR2/CAMEO: directed pairs); ``_reciprocal_match`` lets either
form match the other. Full tuple = type + source + target all matching; precision is the share of factual
predicted events that match some gold event in full, recall the share of gold events
matched in full.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from jirga.actors import resolve_events
from jirga.coding import find_events, is_factual
from jirga.model import Document
from jirga.nlp import sentences_of
from jirga.eval.gold import gold_records

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NONE = "-"


def _countries(code: str) -> set:
    return {p[:3] for p in (code or "").split("+") if p}


def _span_match(gold_texts, refs) -> bool:
    if not gold_texts:
        return not refs
    pred = [r.text.lower() for r in refs]
    return any(g.lower() in p or p in g.lower() for g in gold_texts for p in pred if p and g)


def _country_match(gold_code, refs) -> bool:
    gold = _countries(gold_code)
    pred = {r.country for r in refs if r.country}
    return pred == set() if not gold else bool(gold & pred)


def _reciprocal_match(g, p) -> bool:
    """The two conventions for a reciprocal act ('A and B met'): PLOVER puts every
    participant in the source and leaves the target empty (so does the coder);
    CAMEO/PETR2 codes the directed pairs A->B and B->A. A coder event with two or
    more actors and no recipient matches a gold pair when both ends are among its
    actors; a gold compound source with an empty target matches a coder event
    whose actor and recipient countries all lie in that source."""
    acts = [r.country for r in p.actor if r.country]
    gs, gt = _countries(g["source"]), _countries(g["target"])
    if len(p.actor) >= 2 and not p.recipient and gs and gt:
        return bool(gs & set(acts)) and any(c in gt for c in acts if c not in gs or gs == gt)
    if not gt and len(g["source"].split("+")) >= 2 and p.recipient:
        rec = {r.country for r in p.recipient if r.country}
        return bool(gs & set(acts)) and bool(rec) and rec <= gs
    return False


class _Tally:
    def __init__(self, mode):
        self.mode = mode
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.confusion = Counter()
        self.src = [0, 0]
        self.tgt = [0, 0]
        self.tuple_tp = 0           # gold events matched in full (recall)
        self.pred_hits = 0           # predicted events that matched some gold event (precision)
        self.n_gold = self.n_pred = self.sentences = 0

    def add(self, gold_events, preds):
        self.sentences += 1
        gtypes = {g["type"] for g in gold_events}
        ptypes = {p.event_type for p in preds}
        self.n_gold += len(gold_events)
        self.n_pred += len(preds)
        for t in gtypes & ptypes:
            self.tp[t] += 1
            self.confusion[(t, t)] += 1
        missing, extra = sorted(gtypes - ptypes), sorted(ptypes - gtypes)
        for t in missing:
            self.fn[t] += 1
        for t in extra:
            self.fp[t] += 1
        for i, t in enumerate(missing):
            self.confusion[(t, extra[i] if i < len(extra) else NONE)] += 1
        for t in extra[len(missing):]:
            self.confusion[(NONE, t)] += 1
        hit = set()
        for g in gold_events:
            hit.update(id(p) for p in self._actors(g, [p for p in preds if p.event_type == g["type"]]))
        self.pred_hits += len(hit)

    def _actors(self, g, same):
        if not same or self.mode == "none":
            return []
        if self.mode == "countries":
            s_ok = any(_country_match(g["source"], p.actor) for p in same)
            t_ok = any(_country_match(g["target"], p.recipient) or _reciprocal_match(g, p) for p in same)
            hits = [p for p in same if (_country_match(g["source"], p.actor) and _country_match(g["target"], p.recipient))
                    or _reciprocal_match(g, p)]
        else:
            s_ok = any(_span_match(g["source_texts"], p.actor) for p in same)
            t_ok = any(_span_match(g["target_texts"], p.recipient) for p in same)
            hits = [p for p in same
                    if _span_match(g["source_texts"], p.actor) and _span_match(g["target_texts"], p.recipient)]
        self.src[0] += s_ok
        self.src[1] += 1
        self.tgt[0] += t_ok
        self.tgt[1] += 1
        self.tuple_tp += bool(hits)
        return hits[:1]

    def report(self, name) -> dict:
        per = {}
        for t in TYPES:
            per[t] = _prf(self.tp[t], self.fp[t], self.fn[t])
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        tuple_prf = None
        if self.mode != "none":
            tuple_prf = _prf(self.tuple_tp, 0, self.n_gold - self.tuple_tp)
            tuple_prf["fp"] = self.n_pred - self.pred_hits
            p = self.pred_hits / self.n_pred if self.n_pred else 0.0
            r = tuple_prf["r"]
            tuple_prf["p"] = round(p, 3)
            tuple_prf["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
        return {"name": name, "sentences": self.sentences, "gold_events": self.n_gold,
                "predicted_events": self.n_pred, "actor_mode": self.mode, "per_type": per,
                "overall": _prf(tp, fp, fn),
                "source_match": _rate(*self.src), "recipient_match": _rate(*self.tgt),
                "tuple": tuple_prf,
                "confusion": {f"{g}|{p}": n for (g, p), n in sorted(self.confusion.items())}}


def _prf(tp, fp, fn) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def _rate(ok, n):
    return {"matched": ok, "of": n, "rate": round(ok / n, 3) if n else None}


def _code(rec, res):
    doc = Document(id=rec["id"], text=rec["text"], published=rec.get("date"))
    doc.parsed = res.nlp(rec["text"])
    doc.sentences = sentences_of(doc.parsed)
    doc.events = find_events(doc, res)
    resolve_events(doc, res)
    return [e for e in doc.events if is_factual(e)]


def _evaluate(path, res, limit, name, gold_of, spans_ok) -> dict:
    tally = _Tally("countries")
    for rec in gold_records(path, limit):
        if rec.get("evaluate") == "false":
            continue
        tally.add(gold_of(rec), _code(rec, res))
    return tally.report(name)


def evaluate_plover_gsr(path, res, limit=None) -> dict:
    """PLOVER gold standard records: type from ``plover_2021``."""
    def gold(rec):
        return [{"type": e["plover_2021"], "source": e.get("source", ""), "target": e.get("target", ""),
                 "source_texts": [a["actorText"] for a in e.get("source_actors") or []],
                 "target_texts": [a["actorText"] for a in e.get("target_actors") or []]}
                for e in rec["events"] if e.get("plover_2021") in TYPES]
    return _evaluate(path, res, limit, Path(path).name, gold, True)


def evaluate_petr2(path, res, limit=None) -> dict:
    """PETR2 validation sentences: type from ``plover_derived`` (null = no PLOVER type)."""
    def gold(rec):
        return [{"type": e["plover_derived"], "source": e.get("source", ""), "target": e.get("target", ""),
                 "source_texts": [], "target_texts": []}
                for e in rec.get("events") or [] if e.get("plover_derived") in TYPES]
    return _evaluate(path, res, limit, Path(path).name, gold, False)


def render(report: dict) -> str:
    """Plain-text tables of one report."""
    lines = [f"== {report['name']}: {report['sentences']} sentences, {report['gold_events']} gold events, "
             f"{report['predicted_events']} predicted (factual) ==",
             f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for t, s in report["per_type"].items():
        if s["tp"] + s["fp"] + s["fn"]:
            lines.append(f"{t:10} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp']:4} {s['fp']:4} {s['fn']:4}")
    o = report["overall"]
    lines.append(f"{'micro':10} {o['p']:6.3f} {o['r']:6.3f} {o['f1']:6.3f} {o['tp']:4} {o['fp']:4} {o['fn']:4}")
    lines.append(f"actors scored by: {report['actor_mode']}")
    for key in ("source_match", "recipient_match"):
        r = report[key]
        lines.append(f"{key}: {r['matched']}/{r['of']}" + (f" = {r['rate']:.3f}" if r["rate"] is not None else ""))
    if report["tuple"]:
        t = report["tuple"]
        lines.append(f"full tuple (type+source+target): P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f}")
    lines.append(_confusion(report["confusion"]))
    return "\n".join(lines)


def _confusion(conf: dict) -> str:
    cells = defaultdict(dict)
    for key, n in conf.items():
        g, p = key.split("|")
        cells[g][p] = n
    cols = [t for t in TYPES + (NONE,) if any(t in row for row in cells.values())]
    rows = [t for t in TYPES + (NONE,) if t in cells]
    head = "confusion (rows gold, columns predicted; - = none)\n" + " " * 10 + "".join(f"{c[:5]:>6}" for c in cols)
    body = [f"{r:10}" + "".join(f"{cells[r].get(c, ''):>6}" for c in cols) for r in rows]
    return "\n".join([head] + body)
