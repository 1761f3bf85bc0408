"""The learned layer over the rule coder: how likely is a candidate event real and of its type.

The rules propose events; a logistic model trained by ``tools/train_event_model.py`` on
labelled sentences scores each candidate with a calibrated probability that it is a real
event of that type. ``apply`` uses it three ways, per sentence:

* confidence: ``Event.confidence`` becomes that probability (Platt-calibrated on a
  validation split, so 0.8 means right about 8 times in 10 on that split);
* re-ranking: when the trigger's lemma is listed in the lexicon under several types
  ('strike' an attack or a deal), the type the model prefers by ``margin`` wins;
* filtering: a factual event below ``threshold`` is dropped. Negated and hypothetical
  events are kept whatever their score: they are evidence, never counted as facts.

Features are strings (the candidate type crossed with the sentence's lemmas, the trigger,
its syntax, modality flags, actor and recipient presence, the sentence's other candidate
types) hashed into ``2**bits`` slots with CRC32, so the model file holds numbers only, no
words from the training sentences. It is read with numpy; no scikit-learn at run time.
"""
from __future__ import annotations

import math
import zlib

import numpy as np

from jirga import data, errors
from jirga.coding.match import NARROWING, entry_holds
from jirga.errors import DataFileError

MODEL_FILE = "models/event_filter.json"
FORMAT = 1
# types the training data codes by other conventions (ZSP reads most calls and appeals as
# other acts): scored, never dropped, so that the layer does not unlearn Jirga's REQUEST
UNFILTERED = frozenset({"REQUEST"})
# readings the training data codes as another type: a conviction is ACCUSE in the older CAMEO
# mapping it follows, SANCTION 'convict' in PLOVER 2021, which Jirga codes
UNFILTERED_MODES = frozenset({("SANCTION", "convict")})
YIELD = frozenset({"CONCEDE", "RETREAT"})     # the training data's YIELD is either
CHILD_DEPS = frozenset({"dobj", "prt", "prep", "neg", "aux", "auxpass", "advmod", "xcomp",
                        "nsubj", "nsubjpass", "agent", "ccomp", "acomp", "attr"})
ENT_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "DATE", "CARDINAL", "LOC", "FAC"})


class EventModel:
    """Hashed-feature logistic model with Platt calibration; see the module docstring."""

    def __init__(self, raw: dict):
        self.version = str(raw["version"])
        self.bits = int(raw["bits"])
        self.weights = np.zeros(1 << self.bits, dtype=np.float64)
        self.weights[np.asarray(raw["index"], dtype=np.int64)] = np.asarray(raw["value"], dtype=np.float64)
        self.bias = float(raw["bias"])
        self.platt = (float(raw["platt"][0]), float(raw["platt"][1]))
        self.threshold = float(raw["threshold"])
        self.margin = float(raw["margin"])

    def raw_score(self, feats: dict) -> float:
        if not feats:
            return self.bias
        idx = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        val = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
        return self.bias + float(self.weights[idx] @ val)

    def calibrate(self, score: float) -> float:
        a, b = self.platt
        z = a * score + b
        return 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0


def hashed(feats: list, bits: int) -> dict:
    """``{slot: value}``: each (name, value) feature summed into its CRC32 slot."""
    mask = (1 << bits) - 1
    out: dict = {}
    for name, value in feats:
        k = zlib.crc32(name.encode("utf-8")) & mask
        out[k] = out.get(k, 0.0) + value
    return out


def _trigger_token(ev, sent):
    for t in sent:
        if t.idx == ev.trigger.start:
            return t
    for t in sent:     # a trigger not at a token start: the token that holds it
        if t.idx <= ev.trigger.start < t.idx + len(t.text):
            return t
    return sent.root


def sentence_context(sent) -> dict:
    """What every candidate of ``sent`` shares: its lemmas and entity labels."""
    lemmas = sorted({t.lemma_.lower() for t in sent if t.is_alpha})
    # the tokens' entity labels: ``Span.ents`` walks every entity of the document, which on a
    # long document costs as much per sentence as the whole text
    return {"lemmas": lemmas, "ents": sorted({t.ent_type_ for t in sent if t.ent_type_ in ENT_LABELS})}


def features(ev, typ: str, sent, ctx: dict, other_types: list) -> list:
    """(name, value) features of candidate ``ev`` read as an event of type ``typ``."""
    tok = _trigger_token(ev, sent)
    t = typ
    out = [(f"T={t}", 1.0), (f"{t}|lem={tok.lemma_.lower()}", 1.0), (f"lem={tok.lemma_.lower()}", 1.0),
           (f"{t}|pos={tok.pos_}", 1.0), (f"{t}|dep={tok.dep_}", 1.0), (f"{t}|tag={tok.tag_}", 1.0),
           (f"{t}|hdep={tok.head.dep_}", 1.0), (f"{t}|act={bool(ev.actor)}", 1.0),
           (f"{t}|rec={bool(ev.recipient)}", 1.0), (f"{t}|mode={ev.mode}", 1.0),
           (f"{t}|rule={typ == ev.event_type}", 1.0), (f"n={min(len(other_types), 3)}", 1.0),
           (f"{t}|conf={round(ev.confidence, 1)}", 1.0)]
    for flag in ("negated", "hypothetical", "future"):
        if getattr(ev, flag):
            out.append((f"{t}|{flag}", 1.0))
    if tok.head.i != tok.i:
        out.append((f"{t}|head={tok.head.lemma_.lower()}", 1.0))
    if tok.i > sent.start:
        out.append((f"{t}|l1={tok.nbor(-1).lemma_.lower()}", 1.0))
    if tok.i + 1 < sent.end:
        out.append((f"{t}|r1={tok.nbor(1).lemma_.lower()}", 1.0))
    for c in tok.children:
        if c.dep_ in CHILD_DEPS:
            out.append((f"{t}|c={c.dep_}:{c.lemma_.lower()}", 1.0))
    out += [(f"{t}|other={o}", 1.0) for o in sorted(set(other_types))]
    out += [(f"{t}|ent={e}", 1.0) for e in ctx["ents"]]
    w = 1.0 / math.sqrt(len(ctx["lemmas"]) or 1)
    out += [(f"{t}|w={lem}", w) for lem in ctx["lemmas"]]
    return out


def alternatives(ev, sent, lex) -> list:
    """Other types the lexicon lists for the trigger's lemma that are readings of it there:
    [(type, entry), ...]. An entry whose conditions fail is none ('called up reservists' is no
    reading of 'called for talks', 'an exchange of prisoners' none of 'an exchange of fire')."""
    tok = _trigger_token(ev, sent)
    table = lex.verbs if tok.pos_ in ("VERB", "AUX") else lex.nouns
    best, own = {}, 9
    for entry in table.get(tok.lemma_.lower(), ()):
        typ = entry["type"]
        if not entry_holds(tok, entry, lex):
            continue
        rank = _fit(tok, entry, lex)
        if typ == ev.event_type:
            own = min(own, rank)
        elif typ not in best or rank < best[typ][0]:
            best[typ] = (rank, entry)
    # a reading its modifiers single out ('a drone strike') yields to none whose modifiers
    # fail (a 'hunger' strike)
    return [(typ, entry) for typ, (rank, entry) in best.items() if own > 0 or rank < 2]


def _fit(tok, entry: dict, lex) -> int:
    """How well an entry that holds fits: 0 when its modifiers hold too ('air raid' for the
    aerial reading), 1 for an entry with no modifiers to hold, then one whose modifiers fail,
    that with no mode first: a 'police raid' read as an attack is no air raid."""
    if not NARROWING & entry.keys():
        return 1
    if entry_holds(tok, entry, lex, narrow=True):
        return 0
    return 2 if entry.get("mode") is None else 3


def type_matches(pred: str, gold: str) -> bool:
    return pred == gold or (gold == "YIELD" and pred in YIELD)


def _retype(ev, typ: str, entry: dict, onto) -> None:
    ev.event_type, ev.cameo, ev.mode = typ, entry.get("cameo"), entry.get("mode")
    ev.quad, ev.intensity = onto.quad(typ), onto.intensity(typ, ev.mode)


def apply(events: list, sent, model: EventModel, lex, onto) -> list:
    """Score, re-rank and filter the candidate events of one sentence (module docstring)."""
    if not events:
        return events
    ctx = sentence_context(sent)
    kept = []
    for ev in events:
        others = [o.event_type for o in events if o is not ev]
        p = model.calibrate(model.raw_score(hashed(features(ev, ev.event_type, sent, ctx, others), model.bits)))
        taken = {o.event_type for o in events if o is not ev and o.trigger.start == ev.trigger.start}
        for typ, entry in alternatives(ev, sent, lex):
            if typ in taken:      # a word that codes two acts ('sentenced'): keep them two
                continue
            q = model.calibrate(model.raw_score(hashed(features(ev, typ, sent, ctx, others), model.bits)))
            if q > p + model.margin:
                _retype(ev, typ, entry, onto)
                p = q
        ev.confidence = round(p, 3)
        if p >= model.threshold or ev.negated or ev.hypothetical or ev.event_type in UNFILTERED \
                or (ev.event_type, ev.mode) in UNFILTERED_MODES:
            kept.append(ev)
    return kept


def load_model(raw: dict | None = None) -> EventModel:
    """The shipped model (or ``raw``, a parsed model file), checked."""
    raw = data.load(MODEL_FILE) if raw is None else raw
    need = ("format", "version", "bits", "index", "value", "bias", "platt", "threshold", "margin")
    missing = [k for k in need if k not in raw]
    if missing or raw.get("format") != FORMAT or len(raw["index"]) != len(raw["value"]):
        raise DataFileError(f"{MODEL_FILE}: not a format-{FORMAT} event model (missing {missing or 'nothing'}, "
                            "or index and value lengths differ); rebuild it with tools/train_event_model.py",
                            errors.BAD_DATA_FILE)
    if raw["index"] and not 0 <= min(raw["index"]) <= max(raw["index"]) < (1 << int(raw["bits"])):
        raise DataFileError(f"{MODEL_FILE}: feature index out of range for {raw['bits']} bits", errors.BAD_DATA_FILE)
    return EventModel(raw)


def get(res) -> EventModel | None:
    """The model when the ``learned_events`` setting is on (the default), else None."""
    if not res.settings.get("learned_events", True):
        return None
    return res.get("coding.learned", lambda r: load_model())
