"""Actor-code evaluation on the PLOVER gold standard records.

Every ``source_actors``/``target_actors`` entry of ``event_plover_gsr_cameo.jsonl`` is resolved
from its ``actorText`` with the record's sentence as context, and compared with the gold
``code`` (country) and ``sector``. The gold dates are a dummy 2000-01-01, so the date is
treated as unknown (dated roles then fall back to the role in force today).

Scores: country accuracy over all mentions; sector accuracy over mentions whose gold sector
is a PLOVER sector (secondary suffixes such as ``CVLalb`` are cut to the first three letters;
``***`` and empty sectors are not scored); both-correct accuracy over the same; coverage =
share resolved. The gold follows PLOVER 0.5 with a few CAMEO codes: ``lenient`` country
accuracy also accepts IGO for UNO/EUR and the old codes JAP, ITL, VTN.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

from jirga.actors.registry import SECTORS, get_registry
from jirga.actors.resolve import place_lookup, resolve_with
from jirga.eval.gold import gold_records

LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "CIV": "CIV"}
IGO_LIKE = {"UNO", "EUR"}


def _gold_sector(sector: Optional[str]) -> Optional[str]:
    s = (sector or "").strip().upper()[:3]
    return s if s in SECTORS or s == "CIV" else None


def evaluate(path, res, limit: Optional[int] = None) -> dict:
    """Score actor resolution on the gold file; returns counts, accuracies and the misses."""
    reg, places = get_registry(res), place_lookup(res)
    n = country_ok = lenient_ok = resolved = 0
    sec_n = sec_ok = both_ok = 0
    misses: list[dict] = []
    confusion: Counter = Counter()
    for rec in gold_records(path, limit):
        for ev in rec.get("events", ()):
            for gold in [*ev.get("source_actors", ()), *ev.get("target_actors", ())]:
                text = (gold.get("actorText") or "").strip()
                code = (gold.get("code") or "").strip().upper()
                if not text or not code:
                    continue
                out = resolve_with(reg, text, None, [rec.get("text", "")], places=places)
                n += 1
                resolved += out.resolved
                c_ok = out.country == code
                # an unresolved mention (country None) is never right, also not leniently
                l_ok = c_ok or (out.country is not None and LEGACY.get(code) == out.country) \
                    or (code == "IGO" and out.country in IGO_LIKE)
                country_ok += c_ok
                lenient_ok += l_ok
                gs = _gold_sector(gold.get("sector"))
                gs = "CVL" if gs == "CIV" else gs
                s_ok = None
                if gs:
                    sec_n += 1
                    s_ok = out.sector == gs
                    sec_ok += s_ok
                    both_ok += s_ok and l_ok
                    if not s_ok:
                        confusion[(gs, out.sector)] += 1
                if not l_ok or s_ok is False:
                    misses.append({"id": rec.get("id"), "text": text, "gold": f"{code} {gs or ''}".strip(),
                                   "got": f"{out.country} {out.sector or ''}".strip(), "method": out.method})
    def rate(a, b):
        return round(a / b, 4) if b else None
    return {"gold": Path(path).name, "mentions": n, "country_accuracy": rate(country_ok, n),
            "country_accuracy_lenient": rate(lenient_ok, n), "sector_scored": sec_n,
            "sector_accuracy": rate(sec_ok, sec_n), "both_accuracy": rate(both_ok, sec_n),
            "coverage": rate(resolved, n),
            "sector_confusion": [[g, str(o), k] for (g, o), k in confusion.most_common(15)],
            "misses": misses}


def render(report: dict) -> str:
    """A short plain-text summary of ``evaluate``'s report."""
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f}%"  # noqa: E731
    lines = [
        f"actor codes on {report['gold']}: {report['mentions']} mentions",
        f"  country accuracy      {pct(report['country_accuracy'])} "
        f"(lenient: IGO=UNO/EUR, JAP/ITL/VTN: {pct(report['country_accuracy_lenient'])})",
        f"  sector accuracy       {pct(report['sector_accuracy'])} over {report['sector_scored']} with a gold sector",
        f"  country+sector        {pct(report['both_accuracy'])}",
        f"  coverage (resolved)   {pct(report['coverage'])}",
    ]
    if report["sector_confusion"]:
        lines.append("  most common sector errors (gold -> ours): " + ", ".join(
            f"{g}->{o} x{k}" for g, o, k in report["sector_confusion"][:8]))
    return "\n".join(lines)
