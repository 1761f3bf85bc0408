"""Score the full pipeline on real news we coded by hand (``devset/events_news.jsonl``).

The annotation file holds only our annotations: one line per article with its source
(``timex_te3_platinum.jsonl``, ``geo_geowebnews.jsonl`` or ``seeds``), its id, its
publication date, its split (``dev``: we may tune on it; ``heldout``: nobody does), the
sha1 of its text and its events as character offsets into that text (coding guidelines
in ``devset/README.md``). The texts are read from the gold folder given to ``jirga
eval`` and the seeds from ``<gold>/../seeds``; an article whose text no longer has the
sha1 we coded is skipped and reported, never scored.

Each article runs through the whole pipeline (``Pipeline.documents``) with its
publication date. Jirga's *factual* events (``jirga.coding.is_factual``: not negated,
not hypothetical; a future-flagged AGREE or CONCEDE is the promise, which did happen)
are matched one-to-one to the gold events of the article:

* a pair needs the same PLOVER type and overlapping sentences (the gold sentence span
  overlaps the span of Jirga's event sentence);
* candidate pairs are taken greedily, nearest triggers first.

Precision, recall and F1 count these type+sentence matches. On each matched pair the
fields the gold gives are judged:

* actor / recipient country: the gold code is among the countries of the predicted
  actor (recipient) mentions. A gold role that is null ("no recipient") is right when
  the prediction has no mention with a country in that role. A gold mention without a
  country (a collective of states) is not judged. For a ``mutual``
  gold event (a joint act: talks, clashes, an agreement of both sides) the predicted actor
  and recipient mentions form one pool: either order, or all parties as actors, is right.
* actor / recipient sector: judged when the gold gives one: a predicted mention in the
  role (or the pool) has both the gold country and the gold sector.
* place: judged when the gold gives one. Gold places carry a name and a country but no
  coordinates, so the 50 km rule cannot apply: the place is right when Jirga's place
  name or text and the gold name agree after folding case, accents and punctuation (one
  may contain the other, "Chaman" / "Chaman District"), or when Jirga's place span
  overlaps the gold span. ``place_country`` (same ISO code) is reported beside it.
* date: judged when the gold gives one: the same value (``2024-01-08``, ``2024-01``); an ISO
  week (``2024-W02``) is right against a gold month that holds all its days, as the gold
  codes "this week" by its month.
* counts: dead, injured, arrested, each judged where the gold gives a number.

An event is *fully right* when it is matched and every judged field is right; the
report gives that as a share of gold events and of predicted events. Confidence is
averaged over fully right, matched-but-wrong and unmatched predictions. Everything is
reported overall, per split, per source and per type; ``historical`` gold events (more
than a year before publication) are counted, and recall without them is given too.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

from jirga.coding import is_factual
from jirga.errors import GOLD_MISSING, JirgaError
from jirga.eval.gold import gold_records
from jirga.model import Document
from jirga.periods import week_days

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
SOURCES = ("timex_te3_platinum.jsonl", "geo_geowebnews.jsonl", "seeds")
SPLITS = ("dev", "heldout")
FIELDS = ("actor_country", "actor_sector", "recipient_country", "recipient_sector",
          "place", "place_country", "date", "dead", "injured", "arrested")
# place_country is reported but not required for "fully right": place (by name) is.
FULL_FIELDS = tuple(f for f in FIELDS if f != "place_country")
COUNTS = ("dead", "injured", "arrested")
LABELS = {"timex_te3_platinum.jsonl": "TempEval-3", "geo_geowebnews.jsonl": "GeoWebNews", "seeds": "seeds"}
ANNOTATION_FILE = "devset/events_news.jsonl"


def annotation_path() -> Path:
    """The packaged annotation file."""
    return Path(str(resources.files("jirga.eval").joinpath(ANNOTATION_FILE)))


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# -- reading the source texts ------------------------------------------------------------
def source_texts(records, gold_dir) -> dict:
    """``{(source, doc_id): text}`` for the annotated articles, from the gold folder (and
    its sibling ``seeds`` folder). A missing file is a user error; a missing id is left out."""
    gold_dir = Path(gold_dir)
    wanted = defaultdict(set)
    for r in records:
        wanted[r["source"]].add(r["doc_id"])
    out = {}
    for source, ids in wanted.items():
        if source == "seeds":
            folder = gold_dir.parent / "seeds"
            for doc_id in ids:
                path = folder / f"{doc_id}.txt"
                if not path.is_file():
                    raise JirgaError(f"seed article {path} not found (seeds are read from <gold>/../seeds)",
                                     GOLD_MISSING)
                out[(source, doc_id)] = path.read_text(encoding="utf-8")
            continue
        path = gold_dir / source
        if not path.is_file():
            raise JirgaError(f"source file {path} not found; pass --gold DIR", GOLD_MISSING)
        for rec in gold_records(path):
            if rec.get("id") in ids:
                out[(source, rec["id"])] = rec["text"]
    return out


# -- matching and judging ----------------------------------------------------------------
def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def match(gold_events: list, preds: list) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs: same type, overlapping sentences,
    taken greedily by trigger distance (ties: text order)."""
    cands = []
    for gi, g in enumerate(gold_events):
        gs, ge = g["sentence"]
        for pi, p in enumerate(preds):
            if p.event_type == g["type"] and _overlap(gs, ge, p.sentence.start, p.sentence.end):
                cands.append((abs(p.trigger.start - g["trigger"][0]), gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def _fold(name) -> str:
    s = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def _names_agree(gold: str, pred: str) -> bool:
    g, p = _fold(gold), _fold(pred)
    if not g or not p:
        return False
    return g == p or f" {g} " in f" {p} " or f" {p} " in f" {g} "


def _role(gold_ref, refs):
    """(country verdict, sector verdict) for one gold role against predicted mentions."""
    if gold_ref is None:
        return not any(r.country for r in refs), None
    if gold_ref.get("country") is None:
        return None, None
    country = gold_ref["country"]
    c_ok = any(r.country == country for r in refs)
    s_ok = None
    if gold_ref.get("sector"):
        s_ok = any(r.country == country and r.sector == gold_ref["sector"] for r in refs)
    return c_ok, s_ok


def judge(g: dict, p) -> dict:
    """Field verdicts for a matched pair: True / False, or None when not judged."""
    out = dict.fromkeys(FIELDS)
    actors, recips = list(p.actor), list(p.recipient)
    if g.get("mutual"):
        actors = recips = actors + recips
    out["actor_country"], out["actor_sector"] = _role(g.get("actor"), actors)
    out["recipient_country"], out["recipient_sector"] = _role(g.get("recipient"), recips)
    place = g.get("place")
    if place:
        loc = p.location
        if loc is None:
            out["place"] = out["place_country"] = False
        else:
            span = place.get("span")
            out["place"] = (_names_agree(place["name"], loc.name) or _names_agree(place["name"], loc.text)
                            or bool(span and _overlap(span[0], span[1], loc.start, loc.end)))
            out["place_country"] = loc.country == place["country"]
    if g.get("date"):
        out["date"] = p.date == g["date"] or _week_in_month(p.date, g["date"])
    for k in COUNTS:
        if g.get(k) is not None:
            out[k] = getattr(p.size, k) == g[k]
    return out


def _week_in_month(pred: str | None, gold: str) -> bool:
    """A predicted ISO week every day of which lies in the gold month: our gold has no week
    precision ("this week" is coded as its month), so such a week says the same, more finely."""
    days = week_days(pred)
    return bool(days) and len(gold) == 7 and all(d.isoformat().startswith(gold) for d in days)


def fully_right(verdicts: dict) -> bool:
    return all(verdicts[f] is not False for f in FULL_FIELDS)


# -- tallies ------------------------------------------------------------------------------
class _Tally:
    """Counts for one group of articles (overall, a split, a source)."""

    def __init__(self):
        self.gold = self.pred = self.tp = self.full = 0
        self.gold_recent = self.tp_recent = 0
        self.fields = {f: [0, 0] for f in FIELDS}
        self.conf = {"fully_right": [], "matched_wrong": [], "unmatched": []}

    def add(self, gold_events, preds, pairs, verdicts):
        self.gold += len(gold_events)
        self.pred += len(preds)
        self.tp += len(pairs)
        matched_p = {pi: v for (gi, pi), v in zip(pairs, verdicts)}
        matched_g = {gi for gi, _ in pairs}
        for gi, g in enumerate(gold_events):
            if not g.get("historical"):
                self.gold_recent += 1
                self.tp_recent += gi in matched_g
        for v in verdicts:
            self.full += fully_right(v)
            for f in FIELDS:
                if v[f] is not None:
                    self.fields[f][0] += v[f]
                    self.fields[f][1] += 1
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                key = "unmatched"
            else:
                key = "fully_right" if fully_right(matched_p[pi]) else "matched_wrong"
            self.conf[key].append(p.confidence)

    def report(self) -> dict:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return {
            "gold": self.gold, "predicted": self.pred, "tp": self.tp,
            "fp": self.pred - self.tp, "fn": self.gold - self.tp,
            "p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "r_without_historical": round(self.tp_recent / self.gold_recent, 3) if self.gold_recent else None,
            "fully_right": {"count": self.full,
                            "of_gold": round(self.full / self.gold, 3) if self.gold else 0.0,
                            "of_predicted": round(self.full / self.pred, 3) if self.pred else 0.0},
            "fields": {f: {"right": ok, "of": n, "rate": round(ok / n, 3) if n else None}
                       for f, (ok, n) in self.fields.items()},
            "confidence": {k: (round(sum(v) / len(v), 3) if v else None) for k, v in self.conf.items()},
            "calibration": calibration([(c, True) for c in self.conf["fully_right"] + self.conf["matched_wrong"]]
                                       + [(c, False) for c in self.conf["unmatched"]]),
        }


CUTS = (0.5, 0.7, 0.9)
BINS = 5


def calibration(scored: list[tuple[float, bool]]) -> dict:
    """How well the events' confidence tells real events (type and sentence right) from the
    rest: ``auc``, the chance that a real event outranks a wrong one (0.5 is no better than
    chance); ``ece``, the mean gap between confidence and the share right, over ``BINS``
    equal-width bins weighted by size (0 is perfect); and, at each cut in ``CUTS``, the share
    of events kept and their precision."""
    scored = [(float(c), ok) for c, ok in scored if c is not None]
    if not scored:
        return {"events": 0, "auc": None, "ece": None, "cuts": {}}
    right = [c for c, ok in scored if ok]
    wrong = [c for c, ok in scored if not ok]
    auc = None
    if right and wrong:
        wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
        auc = round(wins / (len(right) * len(wrong)), 3)
    ece = 0.0
    for k in range(BINS):
        lo, hi = k / BINS, (k + 1) / BINS
        part = [(c, ok) for c, ok in scored if lo <= c < hi or (k == BINS - 1 and c == hi)]
        if part:
            gap = abs(sum(c for c, _ in part) / len(part) - sum(ok for _, ok in part) / len(part))
            ece += gap * len(part) / len(scored)
    cuts = {}
    for cut in CUTS:
        kept = [ok for c, ok in scored if c >= cut]
        cuts[str(cut)] = {"kept": round(len(kept) / len(scored), 3),
                          "precision": round(sum(kept) / len(kept), 3) if kept else None}
    return {"events": len(scored), "auc": auc, "ece": round(ece, 3), "cuts": cuts}


class _TypeTally:
    def __init__(self):
        self.gold, self.pred, self.tp, self.full = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)

    def add(self, gold_events, preds, pairs, verdicts):
        for g in gold_events:
            self.gold[g["type"]] += 1
        for p in preds:
            self.pred[p.event_type] += 1
        for (gi, _), v in zip(pairs, verdicts):
            t = gold_events[gi]["type"]
            self.tp[t] += 1
            self.full[t] += fully_right(v)

    def report(self) -> dict:
        out = {}
        for t in TYPES:
            g, n, tp = self.gold[t], self.pred[t], self.tp[t]
            if not (g or n):
                continue
            p, r = (tp / n if n else 0.0), (tp / g if g else 0.0)
            out[t] = {"gold": g, "predicted": n, "tp": tp, "p": round(p, 3), "r": round(r, 3),
                      "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "fully_right": self.full[t]}
        return out


# -- the suite ------------------------------------------------------------------------------
def evaluate(path=None, res=None, limit=None, gold_dir=None, predict=None) -> dict:
    """Score Jirga on the annotated articles of ``path`` (default: the packaged file).

    ``gold_dir`` holds the source files (default: the ``gold_dir`` setting); ``predict``
    maps a list of ``Document`` to the same documents with events (default: the full
    pipeline) and lets a test score made-up predictions."""
    path = Path(path) if path is not None else annotation_path()
    gold_dir = Path(gold_dir if gold_dir is not None else res.settings["gold_dir"])
    records = list(gold_records(path, limit))
    texts = source_texts(records, gold_dir)
    skipped, docs, kept = [], [], []
    for rec in records:
        text = texts.get((rec["source"], rec["doc_id"]))
        if text is None or sha1(text) != rec["sha1"]:
            skipped.append({"source": rec["source"], "doc_id": rec["doc_id"],
                            "reason": "not found" if text is None else "text changed (sha1 differs)"})
            continue
        kept.append(rec)
        docs.append(Document(id=f"{rec['source']}:{rec['doc_id']}", text=text, published=rec.get("date"),
                             source=rec["source"], ext_id=rec["doc_id"]))
    if predict is None:
        from jirga.pipeline import Pipeline
        coded = list(Pipeline(db=None, res=res).documents(docs))
    else:
        coded = list(predict(docs))
    overall, types = _Tally(), _TypeTally()
    groups = {("split", s): _Tally() for s in SPLITS}
    groups.update({("source", s): _Tally() for s in SOURCES})
    per_doc, misses = [], []
    for rec, doc in zip(kept, coded):
        gold_events = rec["events"]
        preds = [e for e in doc.events if is_factual(e)]
        pairs = match(gold_events, preds)
        verdicts = [judge(gold_events[gi], preds[pi]) for gi, pi in pairs]
        for tally in (overall, groups[("split", rec["split"])], groups[("source", rec["source"])]):
            tally.add(gold_events, preds, pairs, verdicts)
        types.add(gold_events, preds, pairs, verdicts)
        full = sum(fully_right(v) for v in verdicts)
        per_doc.append({"source": rec["source"], "doc_id": rec["doc_id"], "split": rec["split"],
                        "gold": len(gold_events), "predicted": len(preds), "tp": len(pairs), "fully_right": full,
                        "rejects": [f"{r.stage}: {r.code}" for r in doc.rejects]})
        misses.extend(_misses(rec, gold_events, preds, pairs, verdicts))
    return {
        "name": "events-news", "annotations": str(path), "documents": len(kept), "skipped": skipped,
        "overall": overall.report(),
        "by_split": {s: groups[("split", s)].report() for s in SPLITS},
        "by_source": {s: groups[("source", s)].report() for s in SOURCES if groups[("source", s)].gold},
        "by_type": types.report(),
        "documents_detail": per_doc,
        "errors": misses,
    }


def _misses(rec, gold_events, preds, pairs, verdicts) -> list[dict]:
    """Offsets of what went wrong in one article (no text), for error analysis."""
    out = []
    gm = {gi for gi, _ in pairs}
    pm = {pi for _, pi in pairs}
    where = {"source": rec["source"], "doc_id": rec["doc_id"], "split": rec["split"]}
    for gi, g in enumerate(gold_events):
        if gi not in gm:
            out.append({**where, "kind": "missed", "type": g["type"], "trigger": g["trigger"]})
    for pi, p in enumerate(preds):
        if pi not in pm:
            out.append({**where, "kind": "spurious", "type": p.event_type,
                        "trigger": [p.trigger.start, p.trigger.end], "confidence": p.confidence})
    for (gi, pi), v in zip(pairs, verdicts):
        wrong = [f for f in FULL_FIELDS if v[f] is False]
        if wrong:
            out.append({**where, "kind": "wrong fields", "type": gold_events[gi]["type"],
                        "trigger": gold_events[gi]["trigger"], "fields": wrong})
    return out


# -- rendering ------------------------------------------------------------------------------
def _rate(x):
    return "   -" if x is None else f"{x:5.3f}"


def render(report: dict) -> str:
    """Plain-text tables of one report."""
    o = report["overall"]
    lines = [f"== events-news: {report['documents']} real-news articles coded by hand, "
             f"{o['gold']} gold events, {o['predicted']} predicted (factual) =="]
    for s in report["skipped"]:
        lines.append(f"SKIPPED {s['source']}:{s['doc_id']}: {s['reason']}")
    head = f"{'group':22} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'R-recent':>8} {'full/g':>6} {'full/p':>6}"
    lines += ["", "type+sentence matches (R-recent: recall without historical gold events), and events",
              "fully right as a share of gold (full/g) and of predicted (full/p) events", head]
    rows = [("overall", o)] + [(f"split {k}", v) for k, v in report["by_split"].items()] \
        + [(f"source {LABELS.get(k, k)}", v) for k, v in report["by_source"].items()]
    for name, r in rows:
        lines.append(f"{name:22} {r['gold']:5} {r['predicted']:5} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} "
                     f"{_rate(r['r_without_historical']):>8} {r['fully_right']['of_gold']:6.3f} "
                     f"{r['fully_right']['of_predicted']:6.3f}")
    lines += ["", "field accuracy on matched pairs (right/judged)",
              f"{'field':18} " + " ".join(f"{name:>17}" for name, _ in rows[:3])]
    for f in FIELDS:
        cells = []
        for _, r in rows[:3]:
            c = r["fields"][f]
            cells.append(f"{c['right']:>4}/{c['of']:<4} {_rate(c['rate'])}" if c["of"] else "-")
        lines.append(f"{f:18} " + " ".join(f"{c:>17}" for c in cells))
    lines += ["", "mean confidence: " + ", ".join(
        f"{k.replace('_', ' ')} {_rate(v).strip()}" for k, v in o["confidence"].items())]
    lines += ["confidence as a test of real events (AUC: 0.5 is chance; ECE: 0 is calibrated; "
              "kept share and precision at each cut)"]
    for name, r in rows[:3]:
        c = r["calibration"]
        cuts = "  ".join(f">={k}: {_rate(v['kept']).strip()} kept, P {_rate(v['precision']).strip()}"
                         for k, v in c["cuts"].items())
        lines.append(f"  {name:15} AUC {_rate(c['auc'])}  ECE {_rate(c['ece'])}  {cuts}")
    lines += ["", f"{'type':10} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6} {'full':>5}"]
    for t, s in report["by_type"].items():
        lines.append(f"{t:10} {s['gold']:5} {s['predicted']:5} {s['tp']:4} {s['p']:6.3f} {s['r']:6.3f} "
                     f"{s['f1']:6.3f} {s['fully_right']:5}")
    return "\n".join(lines)
