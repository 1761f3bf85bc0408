"""Precision rules: drafts that look like events but report none, or report one twice.

* Possibilities (``is_possibility``): an event noun that is the object of bare 'face'
  or of 'risk' ('leave or face arrest'; not 'faced criticism') is a possibility, not a fact: flagged
  hypothetical; not so in the purpose of a told act ('appeared in court to face charges').
* Release of a document (``is_document_release``): 'a statement released by his party',
  'released a video/report' is publication, not a prisoner release: no event.
* Aggregates (``is_aggregate``): a conflictual act counted over a period rather than
  reported once is no event: a perfect-aspect clause with a 'since <year>' phrase
  ('have killed hundreds since 2021'), an 'over/in the past/last <period>' phrase
  ('had been killed over the past two years'), or a repetition marker ('have repeatedly
  targeted', 'were attacked several times', 'has attacked ... before'). Repeated acts told in
  the simple past of a named party ('Turkish forces clashed several times with the YPG') are
  reported, once (the coding guidelines: repeated acts of a named actor are coded per sentence).
* A starting point (``is_starting_point``): a simple past clause under 'since' ('trade has
  fallen since the two countries closed the border', 'the first visit since Tirana broke with
  Moscow') names an earlier event as the start of a period: background, no event, unless it
  names its own day ('has been closed since Pakistan shut it on February 21'). A causal
  'since' ('there are doubts, since officials resisted a similar order') has no period
  reaching from it and stays.
* A court dropping a case (``judicial_dismissal``): 'the court dismissed the charges' is a
  concession by the court (CONCEDE, as dropping or quashing charges), not a denial of them
  ('Kabul dismissed the charges' stays REJECT).
* A refusal ('was unwilling to commit to the effort', 'reluctant to meet the envoy', frame
  'refuse' of ``jirga.coding.hedges``): the refused cooperative act did not happen; the
  refusal is the event, REJECT, as 'failed to negotiate' and 'refused to meet' are.
* An announced deployment or sanction (``announced_deployment``): 'said troops would be
  sent to the border', 'said it would impose duties on imports from China' tell the
  speaker's side mobilising or sanctioning (MOBILIZE, SANCTION, announced now: a
  government's announced decision is the act), not a threat. 'warned that troops would be
  sent' and 'would impose duties if ...' stay THREATEN.
* A plea (``pleaded_not_guilty``): 'pleaded guilty' concedes the charges (CONCEDE, from the
  lexicon), 'pleaded not guilty' denies them (REJECT).
* One attack, one event (``drop_modifier_attacks``): 'a bomb targeting a police van killed
  five officers' -- an attack verb in a clause modifying the subject of another attack
  verb of the same sentence is the same attack; its object joins the main recipients.
"""
from __future__ import annotations

from jirga.model import ActorRef
from jirga.tokens import own_day

DOCUMENT_NOUNS = frozenset({
    "statement", "report", "video", "footage", "audio", "recording", "tape", "message",
    "data", "figure", "detail", "image", "photo", "photograph", "picture", "list", "book",
    "film", "document", "transcript", "budget", "result", "finding", "communique",
    "communiqué", "declaration", "letter", "note", "clip", "survey", "poll", "manifesto",
    "white paper", "paper", "text", "record", "song", "album", "version", "update"})
POSSIBILITY_VERBS = frozenset({"face", "risk"})
PERIOD_NOUNS = frozenset({"year", "month", "decade", "week", "day"})
AGGREGATE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
REPEAT_ADVERBS = frozenset({"repeatedly", "frequently", "regularly", "often", "before", "routinely"})


def is_possibility(tok) -> bool:
    t = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else tok
    v = t.head        # 'or face arrest', 'could face prosecution'; 'faced criticism' is undergone
    # 'appeared in court to face charges': a purpose of a told act; the charges stand
    purpose = v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    return t.dep_ == "dobj" and v.lemma_.lower() in POSSIBILITY_VERBS and (
        (v.tag_ == "VB" and not purpose) or v.lemma_.lower() == "risk")


def is_document_release(d) -> bool:
    tok = d.trig.token
    if d.event_type != "RETREAT" or tok.lemma_.lower() != "release":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)     # 'a statement released by his party'
    return any(o.lemma_.lower() in DOCUMENT_NOUNS for o in objs)


def _period_phrase(v) -> bool:
    for c in v.children:
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if c.lower_ in ("over", "in", "during") and g.lemma_.lower() in PERIOD_NOUNS and any(
                    m.lower_ in ("past", "last", "previous") for m in g.children):
                return True
            if c.lower_ == "since" and (g.like_num and len(g.text) == 4 or
                                        any(m.like_num and len(m.text) == 4 for m in g.subtree)):
                return True
    return False


def _named_subject(v) -> bool:
    """An active subject that names its party: a proper noun, or a noun owned by one or by a
    pronoun ('Kabul', 'Turkish forces', 'their forces'); not 'militants', not a passive."""
    for s in v.children:
        if s.dep_ != "nsubj":
            continue
        if s.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound", "amod") and (
                c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in s.children):
            return True
    return False


def is_aggregate(d) -> bool:
    tok = d.trig.token
    if d.event_type not in AGGREGATE_TYPES or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
    if not perfect and _named_subject(tok):
        return False     # 'their forces clashed several times': repeated acts of named parties, told once
    if any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in kids) and perfect:
        return True
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time"
           and any(m.lower_ in ("several", "many", "multiple", "numerous") for m in c.children) for c in kids):
        return True
    if perfect and any(c.lower_ == "since" for c in kids) and _period_phrase(tok):
        return True
    return _period_phrase(tok) and any(c.lower_ in ("over", "in", "during") for c in kids)


REFUSABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
WARNING_VERBS = frozenset({"warn", "threaten", "vow", "swear", "caution"})


def refusal(d) -> bool:
    m = d.mod
    if m.frame != "refuse" or not m.negated or m.hypothetical or d.event_type not in REFUSABLE:
        return False
    d.event_type, d.cameo, d.mode, d.trigger_tok = "REJECT", "120", None, m.frame_verb
    m.negated = m.future = False
    return True


ANNOUNCED_TYPES = frozenset({"MOBILIZE", "SANCTION"})


def announced_deployment(d) -> bool:
    fv, tok = d.trigger_tok, d.trig.token
    if d.event_type != "THREATEN" or not d.threat_from_modal or d.trig.entry["type"] not in ANNOUNCED_TYPES \
            or fv.lemma_.lower() in WARNING_VERBS or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in kids):
        return False      # 'would impose duties if ...': a threat still
    passive = any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)
    if not (passive or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids)):
        return False      # 'said Russia would deploy troops': a forecast about another party
    e = d.trig.entry
    d.event_type, d.cameo, d.mode, d.trigger_tok = e["type"], e.get("cameo"), e.get("mode"), tok
    d.threat_from_modal, d.promise, d.mod.future = False, True, True
    d.recip_heads = [r for r in d.recip_heads if r.dep_ != "nsubjpass"]   # the force sent is the speaker's
    return True


def is_starting_point(d) -> bool:
    tok = d.trig.token
    v = tok if tok.pos_ in ("VERB", "AUX") else None
    while v is not None and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head     # 'since the war ended and the troops left'
    if v is None or v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in v.children):
        return False
    if own_day(v):
        return False     # 'closed since Pakistan shut it on February 21': an act of its own day
    past = v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in v.children)
    # a period reaches from it: 'has fallen since ...', 'the first visit since ...'; else 'since'
    # may give a reason ('there are doubts, since officials resisted a similar order')
    h = v.head
    period = h.pos_ in ("NOUN", "ADJ") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in h.children)
    return past and period


JUDICIAL_NOUNS = frozenset({"court", "judge", "tribunal", "prosecutor", "prosecution", "jury", "magistrate", "bench"})
CASE_NOUNS = frozenset({"charge", "case", "conviction", "indictment", "sentence", "verdict"})


def judicial_dismissal(d) -> bool:
    tok = d.trig.token
    if d.event_type != "REJECT" or d.trig.kind != "verb" or tok.lemma_.lower() != "dismiss":
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return (any(s.lemma_.lower() in JUDICIAL_NOUNS for s in subj)
            and any(o.lemma_.lower() in CASE_NOUNS for o in objs))


def drop_modifier_attacks(drafts) -> None:
    by_subj = {}
    for d in drafts:
        t = d.trig.token
        if d.event_type == "ASSAULT" and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "nsubj":
                    by_subj[c.i] = d
    for d in drafts:
        t = d.trig.token
        main = by_subj.get(t.head.i) if d.event_type == "ASSAULT" and t.dep_ == "acl" else None
        if main is not None and main is not d:
            d.dropped = True
            seen = {r.i for r in main.recip_heads}
            main.recip_heads += [r for r in d.recip_heads if r.i not in seen]


def pleaded_not_guilty(d) -> bool:
    """'pleaded not guilty': the charges denied (REJECT), not a guilty plea (CONCEDE)."""
    tok = d.trig.token
    if d.event_type != "CONCEDE" or tok.lemma_.lower() != "plead":
        return False
    return any(c.lemma_.lower() == "guilty" and any(n.dep_ == "neg" for n in c.children) for c in tok.children)


def refine(drafts) -> list:
    """Apply the module's rules to the drafts of one sentence."""
    drop_modifier_attacks(drafts)
    for d in drafts:
        if pleaded_not_guilty(d):
            d.event_type, d.cameo, d.mode = "REJECT", "120", None
        if d.trig.kind == "noun" and is_possibility(d.trig.token):
            d.mod.hypothetical = True
        if is_document_release(d) or is_aggregate(d) or is_starting_point(d):
            d.dropped = True
        if refusal(d) or announced_deployment(d):
            continue
        if judicial_dismissal(d):
            d.event_type, d.cameo, d.mode = "CONCEDE", "081", None
    return [d for d in drafts if not d.dropped]


def _demonym(t) -> bool:
    return t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and (t.ent_type_ == "NORP" or t.tag_ == "JJ")


def split_demonyms(refs, parsed) -> list:
    """'Pakistani and Afghan border forces' -> 'Pakistani' and 'Afghan border forces': two
    nationality adjectives sharing one head noun are two parties (ActorRef list in, out)."""
    out = []
    for r in refs:
        sp = parsed.char_span(r.start, r.end)
        if sp is not None and len(sp) >= 4 and _demonym(sp[0]) and sp[1].lower_ == "and" and _demonym(sp[2]):
            a, b = sp[0], sp[2:]
            out += [ActorRef(a.text, a.idx, a.idx + len(a.text)), ActorRef(b.text, b.start_char, b.end_char)]
        elif sp is not None and (states := _of_two_states(sp)):
            # 'delegations from Pakistan and Afghanistan': people of two states, a party each
            first, second = states
            out += [ActorRef(parsed[sp.start:first.i + 1].text, sp.start_char, first.idx + len(first.text)),
                    ActorRef(second.text, second.idx, second.idx + len(second.text))]
        else:
            out.append(r)
    return out


def _of_two_states(sp):
    """(first, second) state names of a phrase that ends in 'from/of X and Y' ('delegations
    from Pakistan and Afghanistan'), else None."""
    root = sp.root
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for x in c.children:
                ys = [y for y in x.children if y.dep_ == "conj"]
                if x.dep_ == "pobj" and x.ent_type_ == "GPE" and len(ys) == 1 and ys[0].ent_type_ == "GPE" \
                        and ys[0].i == sp.end - 1:
                    return x, ys[0]
    return None
