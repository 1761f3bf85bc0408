"""Geoparsing evaluation on GeoWebNews (Gritta et al. 2019), toponym level.

Gold: literal toponyms with coordinates. A gold toponym is found when a predicted
place overlaps its span. Exact match: same GeoNames id (or within 1 km when either
side has no id). Accuracy@161: predicted coordinates within 161 km (100 miles).
Precision: predicted places overlapping any gold toponym (of any type) / predicted.
``splits``: the same figures for ``dev`` documents (we may tune on them) and ``heldout``
ones (nobody does): a document is held out when the first 8 hex digits of the SHA-1 of its
id, as a number, are divisible by 3. ``dev_errors`` lists what goes wrong on dev documents,
and on them only.
"""
from __future__ import annotations

import hashlib
import statistics
import time
from pathlib import Path

from jirga.model import Document
from jirga.places.names import haversine_km
from jirga.places.geoparse import geoparse
from jirga.eval.gold import gold_records

LITERAL = {"Literal", "Literal_Modifier", "Embedded_Literal", "Mixed", "Coercion"}


def _gold_ok(t) -> bool:
    return t.get("type") in LITERAL and t.get("lat") is not None and t.get("lon") is not None \
        and t.get("offset_ok", True)


SPLITS = ("dev", "heldout")


def split_of(doc_id: str) -> str:
    """The part a GeoWebNews document belongs to: a third held out from tuning."""
    return "heldout" if int(hashlib.sha1(doc_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def _part(n_gold: int, found: int, exact: int, within: int) -> dict:
    return {"gold_toponyms": n_gold, "found": found, "recall": found / n_gold if n_gold else 0.0,
            "acc161_of_found": within / found if found else 0.0,
            "exact_of_gold": exact / n_gold if n_gold else 0.0,
            "acc161_of_gold": within / n_gold if n_gold else 0.0}


def _matches(r: dict, places: list, literal_types):
    """(gold toponym, predicted place overlapping it or None, error in km or None) for the
    record's scored toponyms; a place without coordinates is not found."""
    for t in r["toponyms"]:
        if t.get("type") not in literal_types or t.get("lat") is None or not t.get("offset_ok", True):
            continue
        hit = next((p for p in places if p.start < t["end"] and t["start"] < p.end), None)
        if hit is None or hit.lat is None:
            yield t, hit, None
        else:
            yield t, hit, haversine_km(float(t["lat"]), float(t["lon"]), hit.lat, hit.lon)


def dev_errors(path, res, limit=None, literal_types=("Literal",), km: float = 161) -> list[dict]:
    """The errors on ``dev`` documents only, to tune on: toponyms missed or placed more than
    ``km`` away, with the gold name and point and our reading. Held-out documents are not
    even parsed: what they get wrong must stay unseen."""
    recs = [r for r in gold_records(path) if split_of(str(r["id"])) == "dev"][:limit]
    out = []
    for r, parsed in zip(recs, res.nlp.pipe([r["text"] for r in recs], batch_size=16)):
        doc = Document(id=r["id"], text=r["text"])
        doc.parsed = parsed
        for t, hit, dist in _matches(r, geoparse(doc, res), literal_types):
            if dist is not None and dist <= km:
                continue
            out.append({"doc": r["id"], "text": r["text"][t["start"]:t["end"]], "start": t["start"],
                        "gold": (float(t["lat"]), float(t["lon"])), "km": dist,
                        "ours": None if hit is None or hit.lat is None else
                        {"name": hit.name, "country": hit.country, "feature_code": hit.feature_code,
                         "lat": hit.lat, "lon": hit.lon},
                        "context": r["text"][max(0, t["start"] - 60):t["end"] + 60].replace("\n", " ")})
    return out


def evaluate(path, res, limit=None, literal_types=("Literal",)) -> dict:
    t0 = time.time()
    recs = list(gold_records(path, limit))
    texts = [r["text"] for r in recs]
    parts = {name: [0, 0, 0, 0] for name in SPLITS}   # gold, found, exact, within
    n_gold = found = exact = within = 0
    errors = []
    n_pred = pred_ok = 0
    for r, parsed in zip(recs, res.nlp.pipe(texts, batch_size=16)):
        doc = Document(id=r["id"], text=r["text"])
        doc.parsed = parsed
        places = geoparse(doc, res)
        all_gold = [(t["start"], t["end"]) for t in r["toponyms"]]
        n_pred += len(places)
        pred_ok += sum(1 for p in places if any(p.start < e and s < p.end for s, e in all_gold))
        for t, hit, km in _matches(r, places, literal_types):
            n_gold += 1
            part = parts[split_of(str(r["id"]))]
            part[0] += 1
            if km is None:
                continue
            found += 1
            part[1] += 1
            errors.append(km)
            gid = t.get("geonameid")
            if gid and hit.geonameid:
                ok = str(gid) == str(hit.geonameid)
            else:
                ok = km <= 1.0
            exact += ok
            within += km <= 161
            part[2] += ok
            part[3] += km <= 161
    return {
        "dataset": Path(path).name, "documents": len(recs), "gold_toponyms": n_gold,
        "found": found, "recall": found / n_gold if n_gold else 0.0,
        "exact_of_found": exact / found if found else 0.0,
        "acc161_of_found": within / found if found else 0.0,
        "exact_of_gold": exact / n_gold if n_gold else 0.0,
        "acc161_of_gold": within / n_gold if n_gold else 0.0,
        "mean_error_km": statistics.mean(errors) if errors else None,
        "median_error_km": statistics.median(errors) if errors else None,
        "predicted": n_pred, "precision_vs_all_gold": pred_ok / n_pred if n_pred else 0.0,
        "splits": {name: _part(*counts) for name, counts in parts.items()},
        "seconds": round(time.time() - t0, 1),
    }


def render(report: dict) -> str:
    r = report
    lines = [
        f"Geoparsing on {r['dataset']}: {r['documents']} documents, {r['gold_toponyms']} literal toponyms with coordinates",
        f"  recall (span overlap)      {r['recall']:.1%} ({r['found']})",
        f"  exact match (found / all)  {r['exact_of_found']:.1%} / {r['exact_of_gold']:.1%}",
        f"  within 161 km (found / all){r['acc161_of_found']:.1%} / {r['acc161_of_gold']:.1%}",
        f"  error km (mean / median)   {r['mean_error_km'] or 0:.0f} / {r['median_error_km'] or 0:.0f}",
        f"  precision vs all gold toponyms {r['precision_vs_all_gold']:.1%} of {r['predicted']} predicted",
        *(f"    {name:<8} found {p['recall']:.1%}, within 161 km of found {p['acc161_of_found']:.1%} "
          f"({p['gold_toponyms']} toponyms)" for name, p in r.get("splits", {}).items()),
        f"  ({r['seconds']} s)",
    ]
    return "\n".join(lines)
