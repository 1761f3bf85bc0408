"""PLOVER ontology and the CAMEO→PLOVER table, read from ``jirga/data/ontology``.

Validated on load: a bad file raises ``DataFileError`` naming file and row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jirga import data
from jirga import errors
from jirga.errors import DataFileError

PLOVER_FILE = "ontology/plover.yaml"
CAMEO_FILE = "ontology/cameo_plover.tsv"
CAMEO_RE = re.compile(r"^\d{3,4}$")


@dataclass(frozen=True)
class CameoRow:
    cameo: str
    plover: str
    mode: str | None
    contexts: tuple
    label: str


@dataclass
class Ontology:
    types: dict                       # name -> {quad, intensity, description, modes}
    contexts: tuple
    modality: dict
    decisions: list
    cameo: dict = field(default_factory=dict)   # code -> CameoRow

    def quad(self, event_type: str) -> int:
        return self.types[event_type]["quad"]

    def intensity(self, event_type: str, mode: str | None = None) -> float:
        t = self.types[event_type]
        score = (t.get("modes") or {}).get(mode) if mode else None
        return float(t["intensity"] if score is None else score)

    def cameo_row(self, code: str | None) -> CameoRow | None:
        return self.cameo.get(code) if code else None

    def plover_of_cameo(self, code: str | None) -> str | None:
        """PLOVER type of a CAMEO code; 3-digit parent if the 4-digit code is unknown;
        None for codes PLOVER does not cover (01x, 02x)."""
        if not code:
            return None
        row = self.cameo.get(code) or self.cameo.get(code[:3])
        return row.plover if row else None


def _check_types(doc: dict) -> dict:
    types = doc.get("types")
    if not isinstance(types, dict) or len(types) != 16:
        raise DataFileError(f"{PLOVER_FILE}: 'types' must hold PLOVER's 16 event types", errors.BAD_ONTOLOGY)
    for name, t in types.items():
        for key in ("quad", "intensity", "description"):
            if key not in t:
                raise DataFileError(f"{PLOVER_FILE}: type {name} lacks '{key}'", errors.BAD_ONTOLOGY)
        if t["quad"] not in (1, 2, 3, 4):
            raise DataFileError(f"{PLOVER_FILE}: type {name}: quad must be 1..4", errors.BAD_ONTOLOGY)
        t.setdefault("modes", {})
    return types


def _read_cameo(types: dict) -> dict:
    rows = {}
    for i, r in enumerate(data.load(CAMEO_FILE), 4):   # 2 comment lines + header
        code, typ = (r.get("cameo") or "").strip(), (r.get("plover") or "").strip()
        if not CAMEO_RE.match(code):
            raise DataFileError(f"{CAMEO_FILE}:{i}: bad CAMEO code {code!r}", errors.BAD_ONTOLOGY)
        if typ not in types:
            raise DataFileError(f"{CAMEO_FILE}:{i}: unknown PLOVER type {typ!r}", errors.BAD_ONTOLOGY)
        ctx = tuple(c for c in (r.get("contexts") or "").split(";") if c)
        rows[code] = CameoRow(code, typ, (r.get("mode") or "").strip() or None, ctx, r.get("label") or "")
    return rows


def load_ontology() -> Ontology:
    doc = data.load(PLOVER_FILE)
    types = _check_types(doc)
    onto = Ontology(types, tuple(doc.get("contexts") or ()), doc.get("modality") or {},
                    doc.get("decisions") or [])
    onto.cameo = _read_cameo(types)
    return onto


def get(res) -> Ontology:
    """The ontology, loaded once per ``Resources``."""
    return res.get("coding.ontology", lambda r: load_ontology())
