"""How the parse ties an event's trigger to a place in its sentence: the word lists and tree
tests ``jirga.places.locate`` scores candidates with (its docstring gives the order of
evidence), and the trigger's and a place's tokens, which the story-level passes of
``jirga.places.context`` use too. Tokens here are spaCy tokens of ``Document.parsed``;
nothing in this module reads the document's places."""
from __future__ import annotations

from typing import Optional

from jirga.model import Place
from jirga.places.sites import COMPASS
from jirga.tokens import REPORT_VERBS

LOC_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around",
             "along", "within", "into", "on", "over", "off", "outside", "nearby", "towards", "to"}
STRONG_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}
MOVE_VERBS = {"visit", "arrive", "travel", "go", "fly", "reach", "return", "come", "land", "tour",
              "head", "move", "deploy", "send", "enter", "march", "flee", "leave"}
# dependency labels we follow downwards from the trigger (not clause boundaries)
DOWN = {"prep", "pobj", "dobj", "nsubjpass", "npadvmod", "compound", "appos", "conj", "amod",
        "nmod", "attr", "oprd", "advmod", "pcomp", "acl", "dative", "obj", "nummod", "poss"}
PLACE_NOUNS = {"city", "town", "village", "district", "province", "region", "area", "county",
               "neighbourhood", "neighborhood", "suburb", "capital", "state", "governorate",
               "island", "valley", "camp", "port", "outskirts", "countryside", "border", "crossing",
               "sector", "quarter", "tehsil", "subdivision", "municipality", "locality"}
FOLLOW_UP = {"attack", "kill", "injure", "wound", "bombing", "blast", "explosion", "clash", "ambush",
             "raid", "strike", "die", "arrest", "detain", "assault", "fighting", "shoot", "fire"}
# nouns a place name may modify and still give the event's place ('the Sydney offices',
# 'a posh Sofia restaurant', 'their north Belfast home')
SITE_NOUNS = {"home", "house", "office", "restaurant", "airport", "hotel", "hospital", "base", "street",
              "road", "market", "mosque", "church", "school", "station", "prison", "embassy", "consulate",
              "checkpoint", "square", "bridge", "highway", "headquarters", "compound", "building",
              "stadium", "university", "campus", "residence", "garrison", "cantonment", "port", "harbour", "harbor", "coast",
              "suburb", "neighbourhood", "neighborhood", "outskirts", "countryside", "people", "resident"}
# subjects that are themselves events: 'a car bomb in Hama province killed 34'
EVENT_NOUNS = {"bomb", "bombing", "attack", "blast", "explosion", "clash", "fighting", "strike", "raid",
               "airstrike", "shelling", "ambush", "violence", "unrest", "protest", "riot", "battle",
               "offensive", "operation", "assault", "firefight", "shooting", "suicide", "landmine", "mine"}
# verbs coordinated with the trigger that report the same incident ('killed and wounded
# in ...'); other coordinated verbs are other events ('captured, and acknowledged before
# a judge in Madrid', 'shot and died at a hospital in Nashville')
CO_EVENT = {"kill", "wound", "injure", "shoot", "attack", "bomb", "shell", "destroy", "damage", "burn",
            "loot", "capture", "seize", "arrest", "detain", "abduct", "kidnap", "storm", "raid",
            "target", "hit", "strike", "clash", "fight", "protest", "demonstrate", "rally", "march",
            "gather", "liberate", "secure", "patrol", "detonate", "explode", "behead", "execute"}
# verbs whose subject is an event that takes place somewhere
OCCUR_VERBS = {"continue", "happen", "occur", "take", "erupt", "break", "resume", "begin", "start",
               "rage", "intensify", "spread", "unfold", "escalate", "end", "last", "persist"}
CLAUSE = {"relcl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "mark"}
# prepositions that open what an act is about, not where it is: a place below them is the
# place of the matter talked of ('complained about the mistreatment of Afghans in Pakistan',
# 'relations strained due to expulsions from Pakistan')
TOPIC_PREPS = {"about", "regarding", "concerning", "due", "because"}
# prepositions that put another event before or after the act: the place of a violent one is
# its own ('took to the streets after the strikes in Spera'), unless the act is the harm that
# event did ('killed after an attack on a market in Bannu')
ANCHOR_PREPS = {"after", "before", "since", "following", "until", "prior"}
VIOLENCE_NOUNS = {"killing", "death", "murder", "assassination", "arrest", "detention", "abduction",
                  "kidnapping", "massacre", "execution"}
# acts that happen where they take people or forces out of: 'released from Afghan prisons',
# 'withdrew from Kunduz', 'the expulsion of refugees from Pakistan'
FROM_VERBS = {"release", "free", "escape", "rescue", "withdraw", "withdrawal", "expel", "expulsion",
              "deport", "deportation", "evict", "eviction", "evacuate", "evacuation", "repatriate",
              "repatriation", "oust", "flee", "retreat", "extract", "liberate", "break"}
# prepositions that name a party to the act, not where it is: a place below them stands
# for its people or government ('ties with Dushanbe', 'protests against France', 'a
# dispute between Chad and Sudan')
PARTY_PREPS = {"with", "against", "between"}
# ... unless they say where a stretch of land lies ('the buffer zone between the border and
# the river', 'a post on the border with Gaza')
AREA_NOUNS = PLACE_NOUNS | {"zone", "line", "frontier", "corridor", "strip", "road", "highway", "route"}
# nouns of going somewhere: 'a trip to Kabul'; after other triggers 'to X' is whom the act is
# addressed to ('apologised to Chile', 'wrote to Washington')
MOVE_NOUNS = {"trip", "journey", "tour", "visit", "flight", "mission", "pilgrimage", "return"}
# a building or post an act can be aimed at: a participle or relative clause on it tells who
# uses it and where it stands ('a base used by troops in Mir Ali', 'a station manned by
# levies in Turbat'), and where the target stands is where the act happened
BUILDINGS = (SITE_NOUNS - {"people", "resident", "street", "road", "highway", "coast"}) | {
    "post", "outpost", "facility", "camp", "barracks", "fort", "depot", "plant", "bank", "shrine",
    "court", "complex", "centre", "center", "hall", "mall", "academy", "seminary", "madrassa",
    "warehouse", "factory", "mill", "shop", "store", "hideout", "hostel", "jail", "courthouse", "clinic"}
# an act and its harm told in one sentence: the harm in the main clause, the act in a
# temporal clause ('five were killed when gunmen stormed a hotel in Kabul'); both happened
# in one place, whichever clause names it
TEMPORAL = {"when", "as", "after", "while", "once"}
HARM = {"kill", "die", "wound", "injure", "hurt", "maim", "perish", "destroy", "damage", "arrest",
        "detain", "lose", "trap", "bury", "burn"}
HURT = HARM - {"arrest", "detain"}       # harm to bodies and things
# event types whose act, told in a temporal clause, happened where its main clause's people were
# ('soldiers were patrolling in Khost when a bomb went off')
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
STRIFE = {"conflict", "crisis", "insurgency", "unrest", "uprising", "turmoil", "violence", "insurrection"}
BLOWS = {"blow", "go", "open", "ram", "ambush", "fire", "hurl", "throw", "plant"}


def token_of(parsed, place: Place):
    """The root token of the place's words, or None when they do not align with tokens."""
    span = parsed.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def trigger_token(parsed, ev):
    """The event's trigger as one token: a verb or noun of its words, else their root."""
    span = parsed.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # prefer a verb/noun in the span over function words
    for t in span:
        if t.pos_ in ("VERB", "NOUN", "PROPN"):
            return t
    return span.root


def _path_down(trigger, target) -> Optional[list]:
    """Dependency path from trigger down to target, or None if target is not below
    the trigger without crossing a clause boundary."""
    path = []
    t = target
    while t.i != trigger.i:
        if t.head.i == t.i:
            return None
        path.append(t)
        if t.dep_ in CLAUSE and not (t.dep_ == "xcomp" and t.head.i == trigger.i) \
                and not (t.dep_ == "relcl" and t.head.lemma_.lower() in BUILDINGS):
            return None
        if t.dep_ in ("nsubj", "csubj", "expl") and t.head.i == trigger.i:
            return None
        if _other_event(t) or t.lower_ == "according" or (t.dep_ == "prep" and t.lower_ in TOPIC_PREPS) \
                or _anchor(t, trigger):
            return None
        t = t.head
    return list(reversed(path))


def _anchor(t, trigger) -> bool:
    """``t`` opens a violent event the act answers, told before or after it (``ANCHOR_PREPS``):
    protests, closures and arrests after an attack are often far from it."""
    return t.dep_ == "prep" and t.lower_ in ANCHOR_PREPS and trigger.lemma_.lower() not in HURT \
        and any(c.dep_ == "pobj" and c.lemma_.lower() in EVENT_NOUNS | FOLLOW_UP | VIOLENCE_NOUNS
                for c in t.children)


def _other_event(t) -> bool:
    """A coordinated verb that is another event: its own subject, or a verb that does
    not report the same incident. 'according to ... in X' is the source, not the event."""
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX"):
        return False
    if t.lemma_.lower() not in CO_EVENT:
        return True
    # own subject: another event ('Montoya was captured and Varela was killed in ...'),
    # unless it is a casualty count ('five were killed and 22 injured in ...')
    return any(c.dep_ in ("nsubj", "nsubjpass") and not (c.like_num or c.lemma_.lower() in ("other", "more"))
               for c in t.children)


def score_down(trigger, target, resolved: bool = True) -> Optional[float]:
    path = _path_down(trigger, target)
    if path is None:
        return None
    # 'a base used by troops in Mir Ali': the users of a target, not the doer of the act
    preps = [t for t in path if t.dep_ in ("prep", "agent")
             and not (t.lower_ == "by" and t.head.i != trigger.i and t.head.dep_ in ("acl", "relcl")
                      and t.head.head.lemma_.lower() in BUILDINGS)]
    lemma = trigger.lemma_.lower()
    if path and path[0].dep_ in ("prep", "dative") and path[0].lower_ in ("to", "towards") \
            and lemma not in MOVE_VERBS | MOVE_NOUNS | {"spread", "extend"}:
        return None   # the addressee: 'apologised to Chile'
    if any(t.dep_ in ("prep", "dative") and t.lower_ in ("to", "towards") and t.head.pos_ == "VERB"
           and t.head.i != trigger.i and t.head.lemma_.lower() not in MOVE_VERBS | {"spread", "extend"}
           for t in path):
        return None   # the addressee of an act the trigger governs: 'agreed on selling arms to Riyadh'
    if len(path) == 2 and path[0].lower_ == "by" and path[0].dep_ in ("prep", "agent"):
        return None   # the doer, not the place: 'the expulsion of refugees by Islamabad'
    if any(t.dep_ == "prep" and t.lower_ in PARTY_PREPS and t.head.lemma_.lower() not in AREA_NOUNS
           and not (t.lower_ == "with" and any(u.dep_ == "prep" and u.lower_ in STRONG_PREPS
                                               for u in path[k + 1:]))
           for k, t in enumerate(path)):
        # a party, not the place: 'ties with Dushanbe', 'a war against Russia'; but where those
        # the act is done with are is its place ('embedded with US forces in Manbij'; not
        # 'protested against strikes in Khost')
        return None
    s = 10.0 - len(path)
    if len(path) == 1 and path[0].dep_ in ("dobj", "nsubjpass") and resolved:
        s += 4   # 'captured Huddur', 'Kabul was attacked'
    if preps and preps[0].lower_ == "with":
        # the party's own place speaks for the act ('embedded with US forces in Manbij')
        preps = [t for t in preps if t.lower_ in STRONG_PREPS][:1] or preps
    if preps:
        p = preps[0].lower_
        if p == "of" and preps[0].head.lemma_.lower() in PLACE_NOUNS:
            s += 3   # 'the town of Huddur', 'the district of Bajaur'
        elif p in STRONG_PREPS:
            s += 4
        elif p in LOC_PREPS:
            s += 2
        elif p == "from" and lemma in FROM_VERBS:
            s += 2
        elif p in ("from", "by", "with", "of", "for", "against", "between"):
            s -= 3
    if lemma in MOVE_VERBS | MOVE_NOUNS:
        if path and path[0].dep_ == "dobj" and resolved:
            s += 5
        if preps and preps[0].lower_ in ("to", "in", "into"):
            s += 3
    return s


def score_up(trigger, target, resolved: bool = True) -> Optional[float]:
    """Trigger inside a phrase: climb noun/conj chains and look for a locative
    modifier of an ancestor ('killed ... in an attack in Bajaur'); an event noun that is
    the subject of a verb of taking place takes that verb's place ('operations were
    continuing in Sangin', 'clashes broke out in Chaman')."""
    anc = trigger
    for depth in range(4):
        if anc.dep_ == "nsubj" and anc.pos_ == "NOUN" and _occurs(anc.head):
            s = score_down(anc.head, target, resolved)
            return None if s is None else s - 1 - depth
        if anc.head.i == anc.i or anc.dep_ in CLAUSE or anc.dep_ in ("nsubj",):
            break
        if anc.dep_ not in ("conj", "pobj", "prep", "dobj", "compound", "amod", "acl", "nsubjpass"):
            break
        anc = anc.head
        s = score_down(anc, target, resolved)
        if s is not None:
            return s - 2 - depth
    return None


def name_tail(tok, place: Place) -> bool:
    """A country closing a longer name ('Tehreek-e-Taliban Pakistan', 'Jamiat Ulema-e Islam
    Pakistan'): proper nouns compounded before it, outside the place's words, make it part of
    an organisation's name, not a place."""
    if not (place.feature_code or "").startswith("PCL"):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i and c.idx < place.start
               and c.lower_ not in COMPASS for c in tok.children)     # not 'Western Afghanistan'


def _occurs(verb) -> bool:
    """'continued', 'broke out', 'took place'."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in OCCUR_VERBS


def is_subject_side(trigger, target) -> bool:
    """The place is inside the trigger's subject (an actor: 'Pakistani troops in Bajaur'),
    unless that subject is itself an event ('a car bomb in Hama province killed 34')."""
    t = target
    while t.head.i != t.i:
        if t.head.i == trigger.i and t.dep_ in ("nsubj", "csubj", "poss"):
            return t.dep_ != "nsubj" or t.lemma_.lower() not in EVENT_NOUNS
        t = t.head
    return False


# Sites a state keeps in another: its name before them is the owner, not the place
OWNED_SITES = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})


def is_modifier(tok, others) -> bool:
    """A place name modifying a noun that is not a place: 'a US air strike', 'a U.S.
    patrol', "Brazil's Helio Castroneves", 'the 1967 Middle East war'; or the possessor
    of a phrase naming a more specific place: "Syria's Hama province" -> Hama. A noun of
    going somewhere is where it goes ('a three-week US tour', 'his Kabul visit')."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.ent_iob_ == "I" and t.head.ent_type_ == t.ent_type_:
        t = t.head            # inside a multi-word name: climb to its last word
    head = t.head
    if t.dep_ in ("compound", "amod", "poss") and head.lemma_.lower() in OWNED_SITES:
        return True           # 'the US embassy in Baghdad': the state owns it, the city has it
    if t.dep_ == "poss":
        if any(o.i != tok.i and head.i in {a.i for a in o.ancestors} | {o.i} for o in others):
            return True
        if _strife(head):
            return False     # "Yemen's civil war", "Mali's insurgency": the land it is fought in
        return head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS and head.ent_type_ not in ("GPE", "LOC", "FAC")
    if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") \
            and head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS | MOVE_NOUNS \
            and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return True
    return False


def _strife(noun) -> bool:
    """A conflict that a country's name before it places rather than wages: 'civil war',
    'conflict', 'insurgency' (but "Russia's war" is Russia's doing)."""
    lemma = noun.lemma_.lower()
    return lemma in STRIFE or (lemma == "war" and any(c.lower_ == "civil" for c in noun.children))


def main_clause_place(trigger, tok) -> bool:
    """The place is that of the main clause's own act, the trigger that of a subordinate
    clause with a doer of its own ('crowds cheered in Lahore
    when the minister resigned': Lahore is where the crowds cheered, not where he resigned)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == trigger.i or verb.i not in {a.i for a in trigger.ancestors}:
        return False
    own = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    theirs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own or not theirs:
        return False
    t = trigger
    while t.i != verb.i:
        if t.dep_ == "advcl":
            return True
        t = t.head
    return False


def side_path(trigger, tok) -> bool:
    """Fallback guard: the place's phrase hangs off the trigger's clause, not off a relative
    clause of a bystander noun ('troops which have their bases in Turkey'), an origin ('a
    statement from the ministry in Abu Dhabi'), a source or another coordinated event."""
    anc = {a.i for a in trigger.ancestors} | {trigger.i}
    t = tok
    while t.i not in anc and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") \
                and t.head.lemma_.lower() not in EVENT_NOUNS | FOLLOW_UP | PLACE_NOUNS | BUILDINGS:
            return True
        if t.lower_ in ("from", "according") or t.lower_ in TOPIC_PREPS or _other_event(t) \
                or _anchor(t, trigger):
            return True
        t = t.head
    return False


def linked_acts(trig, event_type: str) -> list:
    """Verbs of the clause that tells the same incident as the trigger, with the cost of
    reading a place through them: a harm's temporal clause telling the act ('were killed when
    militants rammed a truck into a base in Mir Ali'), or, for a violent act told in a
    temporal clause, the main clause saying where its victims were ('the patrol was passing
    through Khost when a bomb went off')."""
    out = []
    heads = [trig] + ([trig.head] if trig.dep_ == "conj" else [])   # 'killed and wounded when ...'
    if trig.lemma_.lower() in HARM:
        out += [(c, 1) for h in heads for c in h.children if c.dep_ == "advcl" and _temporal(c)]
    t = trig
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if event_type in VIOLENT_TYPES and trig.lemma_.lower() in CO_EVENT | BLOWS and t.dep_ == "advcl" \
            and _temporal(t) and t.head.lemma_.lower() not in REPORT_VERBS:
        out.append((t.head, 2))
    return out


def _temporal(clause) -> bool:
    """A clause opened by 'when', 'as', 'after', 'while' or 'once'."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL and c.i < clause.i
               for c in clause.children)


def said_where(parsed, place: Place) -> bool:
    """The place is written as where something is: under a locative preposition ('in
    Kabul', "in Afghanistan's capital, Kabul"), as where a movement goes ('visited Kabul',
    'flew to Kabul'), or it is a named site ('the Tianjin No. 2 Detention Centre'), which
    is never a doer or a person."""
    tok = token_of(parsed, place)
    if tok is None:
        return False
    if place.name is None or governing_prep_is_locative(tok):
        return True
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in MOVE_VERBS
    towards = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into", "towards")
    return towards and tok.head.head.lemma_.lower() in MOVE_VERBS | MOVE_NOUNS


def governing_prep_is_locative(tok) -> bool:
    """'in Bajaur', 'near the Syrian capital Damascus', 'in the suburb of Daraa',
    "in Syria's Hama province": climb name-internal links to the governing preposition."""
    t = tok
    for _ in range(5):
        if t.dep_ in ("compound", "appos", "poss", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ in STRONG_PREPS or prep.lower_ in ("on", "along", "across"):
                return True
            if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                t = prep.head
                continue
        return False
    return False
