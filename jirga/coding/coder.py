"""The coder's per-document loop: triggers, drafts, roles and modality of each
sentence become ``Event`` records. The rules are in ``plover``, ``roles``,
``modality`` and ``filters``; this module assembles them.
"""
from __future__ import annotations

import hashlib
from itertools import chain
from typing import Iterable

from jirga.actors.registry import get_registry
from jirga.actors.text import norm
from jirga.coding import filters, learned, lexicon, ontology
from jirga.coding.match import find_triggers
from jirga.coding.implicit import appraisal_drafts, gathering_drafts, resolve_drafts
from jirga.coding.courts import court_readings
from jirga.coding.judgements import concern_owners, judgement_drafts, wishes
from jirga.coding.owners import owned_by_apology
from jirga.coding.background import is_reference
from jirga.coding.plover import confidence, drafts_for, obligation_drafts
from jirga.coding.precision import split_demonyms
from jirga.coding.pronouns import DocIndex
from jirga.coding.referents import refs
from jirga.tokens import is_reciprocal
from jirga.model import ActorRef, Document, Event, Sentence, Span, is_factual  # noqa: F401 (re-exported)
from jirga.nlp import LONG_SENTENCES
from jirga.places.gazetteer import get_gazetteer

ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "claim", "charge"})


def _contexts(row_ctx, sent_lemmas, cues, onto) -> list:
    ctx = [c for c in row_ctx if c in onto.contexts]
    for name, words in cues["context_cues"].items():
        if name not in ctx and sent_lemmas & words:
            ctx.append(name)
    return ctx


def _actor_refs(heads, index, flag) -> list[ActorRef]:
    return [ActorRef(text, s, e) for s, e, text in refs(heads, index, flag)]


def _denial_recipient(d, prior: list[Event]) -> list[ActorRef]:
    """'Kabul denies the accusations': the accuser of the latest ACCUSE nearby."""
    t = d.trig.token
    objs = [c for c in t.children if c.dep_ == "dobj"] + ([t.head] if t.dep_ == "relcl" else [])
    if not any(o.lemma_.lower() in ACCUSATION_NOUNS for o in objs):     # '..., an allegation Kabul denies'
        return []
    for ev in reversed(prior[-8:]):
        if ev.event_type == "ACCUSE" and ev.actor:
            return [ActorRef(a.text, a.start, a.end) for a in ev.actor]
    return []


def _first_reaction_object(tok, typ: str, prior: Iterable[Event], cues) -> bool:
    """'Israel apologised for a 2010 commando raid on an aid ship', 'Kabul condemned the bombing':
    an event noun that a reaction is about, when no event of its type came before in the
    document, is the first report of that event, not a pointer back to one."""
    if tok.dep_ == "dobj":
        gov = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "over", "against", "into"):
        gov = tok.head.head
    else:
        return False
    if gov.lemma_.lower() not in cues["reaction_verbs"]:
        return False
    return not any(e.event_type == typ for e in prior)


SETTING_PREPS = frozenset({"during", "in", "over", "for"})


def _dated_first_mention(tok, typ: str, prior: Iterable[Event]) -> bool:
    """'apologised for errors during the 2010 commando raid on an aid ship': an event noun that
    carries its own date, under a preposition that does not merely anchor time ('after',
    'since'), is the first report of its event when none of its type came before."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in SETTING_PREPS:
        return False
    own = [t for t in tok.subtree if t.i < tok.i]       # 'the 2010 commando raid'
    own += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
            for g in c.subtree]
    if not any(t.ent_type_ == "DATE" or (t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100)
               for t in own):      # a bare year may be tagged a number ('the 2019 army raid')
        return False
    return not any(e.event_type == typ for e in prior)


def _pair_subject(heads) -> bool:
    """'The two discussed trade', 'Both agreed': a subject standing for two parties named before."""
    for h in heads:
        if h.lower_ == "both" and h.dep_ == "nsubj":
            return True
        if h.lower_ == "two" and h.pos_ == "NUM" and h.dep_ == "nsubj" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return True
    return False


OWNER_PRONOUNS = frozenset({"my", "his", "her", "its", "their", "our"})


def _owned_remention(d, recip: list, prior: Iterable[Event]) -> bool:
    """'My visit aims to ease tensions', 'how far his visit will go': an event noun with no
    party but a possessive pronoun (a meeting noun: or none, ``BARE_REMENTIONS``), no other
    side and no time of its own, after an event of its type in the article, talks about that
    event; it is no new one (a noun that brings a date is: 'the talks on Monday')."""
    if d.trig.kind != "noun" or recip or (not d.actor_heads and d.event_type not in BARE_REMENTIONS):
        return False
    return (all(a.dep_ == "poss" and a.lower_ in OWNER_PRONOUNS for a in d.actor_heads)
            and not _dated_noun(d.trig.token)
            and any(e.event_type == d.event_type for e in prior))


# A meeting noun with no party at all ('a trip that yielded little', 'the first trip of his
# term') points back at the article's meeting; a bare conflict noun ('dealt heavy blows') may
# still tell a new act whose parties the coder missed.
BARE_REMENTIONS = frozenset({"CONSULT"})


def _dated_noun(tok) -> bool:
    """A time word in the noun's phrase or in the clause it is an argument of."""
    head = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else tok
    return any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)


def _pair_of(prior: list[Event], si: int) -> list[ActorRef]:
    """The parties of the latest event with an actor and a recipient, told in this sentence
    or the one before ('Sharif met Modi. The two discussed trade.')."""
    for ev in reversed(prior[-8:]):
        if ev.sentence.index < si - 1:
            break
        if ev.actor and ev.recipient:
            return [ActorRef(r.text, r.start, r.end) for r in ev.actor + ev.recipient]
    return []


def _name_lookups(res):
    """Two questions about a name, on one registry lookup per name and document:
    ``place_name``: None when the actor registry knows it, True when the gazetteer knows it as
    a place (not a country), False when neither knows it; ``group_name``: True when the
    registry knows it as a body, not a person."""
    reg, gaz = get_registry(res), get_gazetteer(res)
    actors: dict = {}
    places: dict = {}

    def actor(text: str):
        if text not in actors:
            actors[text] = reg.lookup(text)
        return actors[text]

    def place_name(text: str):
        if text not in places:
            places[text] = None if actor(text) is not None else any(
                not e.is_country for e in gaz.candidates(text))
        return places[text]

    def group_name(text: str) -> bool:
        found = actor(text)
        return found is not None and found.kind != "person"
    return place_name, group_name


def _event_id(doc_id: str, si: int, start: int, typ: str, used: set) -> str:
    eid = f"{doc_id}-{si}-{start}"
    if eid in used:
        eid = f"{eid}-{hashlib.sha1(typ.encode()).hexdigest()[:4]}"
    used.add(eid)
    return eid


def _sentence_events(doc, si, sent, onto, lex, index, prior, used) -> list[Event]:
    triggers = find_triggers(sent, lex, index.place_name)
    cues = lex.cues
    lemmas = {t.lemma_.lower() for t in sent}
    srec = Sentence(si, sent.start_char, sent.end_char, sent.text)
    out = []
    drafts = drafts_for(triggers, onto, cues, lemmas, index.place_name) if triggers else []
    owned_by_apology(drafts)
    drafts += obligation_drafts(sent, cues, drafts)
    drafts += resolve_drafts(sent, cues, drafts)
    drafts += appraisal_drafts(sent, cues, drafts)
    drafts += judgement_drafts(sent, cues, drafts)
    court_readings(sent, drafts, cues)
    wishes(drafts, cues)
    concern_owners(drafts, cues)
    drafts += gathering_drafts(sent, cues, drafts)
    trig_idx = {d.trig.token.i for d in drafts}
    for d in drafts:
        flag: list = []
        actor = split_demonyms(_actor_refs(d.actor_heads, index, flag), doc.parsed)
        recip = [r for r in split_demonyms(_actor_refs(d.recip_heads, index, flag), doc.parsed)
                 if (r.start, r.end) not in {(a.start, a.end) for a in actor}]
        if d.trig.kind == "noun" and not actor and (
                filters.is_generic(d.trig.token, cues)
                or (not recip and is_reference(d.trig.token, trig_idx, cues)
                    and not _first_reaction_object(d.trig.token, d.event_type, chain(prior, out), cues)
                    and not _dated_first_mention(d.trig.token, d.event_type, chain(prior, out)))):
            continue
        if _owned_remention(d, recip, chain(prior, out)):
            continue
        if not actor and not recip and _pair_subject(d.actor_heads):
            actor = _pair_of(prior[-8:] + out, si)     # 'the two discussed trade': both parties act
        if not recip and len(actor) == 1 and is_reciprocal(actor[0].text):
            recip = [ActorRef(actor[0].text, actor[0].start, actor[0].end)]   # 'the two sides agreed'
        if d.event_type == "REJECT" and not recip:
            recip = _denial_recipient(d, prior[-8:] + out)
        t = d.trigger_tok
        row = onto.cameo_row(d.cameo)
        out.append(Event(
            doc_id=doc.id, event_id=_event_id(doc.id, si, t.idx, d.event_type, used),
            event_type=d.event_type, sentence=srec,
            trigger=Span(t.idx, t.idx + len(t.text), t.text),
            mode=d.mode, contexts=_contexts(row.contexts if row else (), lemmas, cues, onto),
            cameo=d.cameo, quad=onto.quad(d.event_type),
            intensity=onto.intensity(d.event_type, d.mode),
            actor=actor, recipient=recip,
            negated=d.mod.negated, hypothetical=d.mod.hypothetical, future=d.future,
            confidence=confidence(d, bool(actor), bool(recip), bool(flag))))
    return out


def _names_taken_for_nouns(parsed, reg) -> None:
    """'Trump claimed that ...': a capitalised word the parser took for a common noun, with
    no article or owner, that the registry knows as a person's name is that person's name
    (tagged a proper noun, as the stages after the parse expect of a name)."""
    for tok in parsed:
        if (tok.tag_ == "NN" and tok.is_title and tok.is_alpha and len(tok.text) > 2
                and not any(c.dep_ in ("det", "poss") for c in tok.children)):
            found = reg.candidates(norm(tok.text))     # the name as written, no near spelling
            if found and all(a.kind == "person" for a in found):
                tok.pos_, tok.tag_ = "PROPN", "NNP"


def find_events(doc: Document, res) -> list[Event]:
    """Events of one parsed document, in text order. Deterministic."""
    if doc.parsed is None:
        raise ValueError(f"document {doc.id} is not parsed; run jirga.nlp first")
    onto, lex = ontology.get(res), lexicon.get(res)
    _names_taken_for_nouns(doc.parsed, get_registry(res))
    index = DocIndex(doc.parsed, lex.cues, *_name_lookups(res))
    events: list[Event] = []
    used: set = set()
    cut = doc.parsed.user_data.get(LONG_SENTENCES, ())   # no sentence end for too long: not coded
    model = learned.get(res)      # the learned layer; None when the setting is off
    for si, sent in enumerate(doc.parsed.sents):
        if sent.start_char in cut:
            continue
        found = _sentence_events(doc, si, sent, onto, lex, index, events, used)
        if model is not None:     # learned layer: calibrated confidence, re-ranking, filter
            found = learned.apply(found, sent, model, lex, onto)
        events.extend(found)
    return events


def code_events(doc: Document, res) -> None:
    """The coding stage: fill ``doc.events``."""
    doc.events = find_events(doc, res)


def load(res) -> None:
    """Everything the coder reads, loaded before the first document."""
    ontology.get(res)
    lexicon.get(res)
    get_registry(res)
    get_gazetteer(res)
    learned.get(res)
