"""The other side of what a bare agent does, named in its sentence: whom it talks or deals
with ('talks with the Iranian army'), the home of a diplomat it deals with ('summoned the
Afghan envoy'), whom it accuses, urges or warns ('accused Afghanistan'). Such a state is no
evidence that the agent is its own (``resolve`` passes it as ``avoid``)."""
from __future__ import annotations

import re

from jirga.actors.context import item_country
from jirga.actors.evidence import BOUNDARY
from jirga.actors.mention import tag
from jirga.actors.registry import Registry


# 'talks with the Iranian army', 'a deal with Kabul': the state after such a phrase is the
# other side of the mention's dealings, no evidence that a bare agent is its own
PARTNER = re.compile(r"\b(?:talks?|talked|talking|negotiations?|negotiat(?:e|ed|es|ing)|meetings?|met|meet"
                     r"|deals?|agreements?|accords?|dialogue|contacts?|calls?|truce|ceasefire)\s+with\s+",
                     re.I)


# 'summoned the Afghan charge d'affaires': a state's diplomat is in the other state's hands; the
# bare ministry that deals with him is not his state's
DIPLOMAT = re.compile(r"\b(?:ambassadors?|envoys?|charg[eé]s? d[\u2019']affaires|high commissioners?"
                      r"|diplomats?|consuls?(?: general)?|emissar(?:y|ies))\b", re.I)


def _diplomats(reg: Registry, sentence: str, pos: int, length: int) -> set:
    out = set()
    for m in DIPLOMAT.finditer(sentence):
        phrase = " ".join(sentence[:m.start()].split()[-3:])   # 'the Afghan', "Pakistan's"
        begin = m.start() - len(phrase) - 1
        if pos >= 0 and pos < m.end() and pos + length > begin:
            continue        # the mention is the diplomat, or holds him
        out |= {c for it in tag(reg, phrase) for c in [item_country(reg, it)] if c is not None}
    return out


# 'the army chief accused Afghanistan of ...': whom the mention accuses, urges or warns is the
# other side, not its own state
ACTED_ON = re.compile(r"\b(?:accused|accuses|blamed|blames|urged|urges|warned|warns|condemned|condemns|"
                      r"criticised|criticized|criticises|criticizes|summoned|summons|pressed|presses|"
                      r"called\s+on|calls\s+on|asked|asks)\s+", re.I)


def _acted_on(reg: Registry, sentence: str, pos: int, length: int) -> set:
    """States named right after such a verb that follows the mention ('X accused Kabul')."""
    out = set()
    if pos < 0:
        return out
    for m in ACTED_ON.finditer(sentence, pos + length):
        words = []
        for w in sentence[m.end():].split()[:3]:
            if w.lower().strip(",.;:") in BOUNDARY | {"of"}:
                break
            words.append(w.strip(",.;:"))
        out |= {c for it in tag(reg, " ".join(words)) if it.kind in ("demonym", "plural") or (
                it.kind == "actor" and it.actors[0].kind in ("state", "capital"))
                for c in [item_country(reg, it)] if c is not None}
        break       # the mention's own verb only
    return out


def counterparts(reg: Registry, text: str, sentence: str) -> set:
    """States the sentence names as the other side of talks or a deal ('rebels in talks with the
    Iranian army say ...' -> IRN), as the home of a diplomat the mention deals with ('the
    ministry summoned the Afghan envoy' -> AFG), or as whom the mention accuses, urges or
    warns ('the army chief accused Afghanistan' -> AFG), outside the mention itself."""
    pos = sentence.find(text)
    out = _diplomats(reg, sentence, pos, len(text)) | _acted_on(reg, sentence, pos, len(text))
    for m in PARTNER.finditer(sentence):
        rest = re.split(r"[,;:.()!?\"\u2013\u2014]", sentence[m.end():], maxsplit=1)[0]
        window = []
        for w in rest.split()[:5]:
            if w.lower() in BOUNDARY:
                break
            window.append(w)
        phrase = " ".join(window)
        if pos >= 0 and m.end() <= pos < m.end() + len(phrase):
            continue        # the mention is the partner itself
        out |= {c for it in tag(reg, phrase) for c in [item_country(reg, it)] if c is not None}
    return out
