"""Actor and recipient heads of a trigger, from the dependency parse.

A verb's subject (or 'by' agent) acts and its object or 'with/against/to' phrase receives; a
passive subject receives, also when the passive is told without 'was' (headlines, reduced
relatives the parser reads as main verbs, 'with' clauses). Verbs without a subject borrow the governing clause's. A noun trigger
takes its actor from its modifiers, a 'by' or 'of' phrase, or the subject of its light verb.
The heads become spans in jirga.coding.referents.
"""
from __future__ import annotations

from jirga import data
from jirga.coding import reach
from jirga.coding.addressees import act_doers, addressee, joined_object, made_by, owned_blame, partners_of_own
from jirga.coding.addressees import written_to
from jirga.coding.match import in_phase, known_place
from jirga.coding.referents import facility, holder, place_mod
from jirga.tokens import QUOTES, REPORT_VERBS, described, is_actorish, kids, pobjs, self_actor, shifted_objects


RECIPIENT_PREPS = frozenset({"with", "against", "to", "on", "at", "into", "toward", "towards", "upon"})


def _elided_passive(verb, subj) -> bool:
    """A participle joined to a passive verb, its subject a bare number: the passive goes on."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and all(x.pos_ == "NUM" for x in subj)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


OBJECT_CONTROL = frozenset({"urge", "ask", "persuade", "invite", "press", "call", "tell", "allow",
                            "force", "encourage", "order", "pressure", "push", "advise", "warn"})


ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise",
                      "praise", "thank", "commend", "fault", "punish", "sanction", "congratulate"})


# Acts done to someone that take an object whenever they are active ('rebels killed five
# soldiers'): with neither object nor auxiliary, as in a headline ('Five soldiers killed in
# attack') or a reduced relative the parser reads as the main verb, the subject undergoes them.
# Not verbs with an intransitive use ('militants attacked at dawn', 'the ceasefire held',
# 'the crowd dispersed', 'troops fired').
DONE_TO = frozenset({"kill", "murder", "assassinate", "execute", "behead", "massacre", "slaughter",
                     "lynch", "wound", "injure", "maim", "shoot", "stab", "torture", "abduct",
                     "kidnap", "arrest", "detain", "jail", "imprison", "incarcerate", "sentence",
                     "convict", "indict", "charge", "expel", "deport", "extradite", "exile",
                     "evict", "free", "release", "rescue", "capture", "summon", "interrogate",
                     "fine", "punish", "ban", "outlaw", "oust", "depose", "target", "bomb", "shell"})
# 'soldiers shot at protesters', 'police charged into the crowd': aimed, not done to the subject
AIMED = frozenset({"at", "into", "toward", "towards"})
# 'police arrested over 200': a count the parser hangs on a preposition is the object
ABOUT = frozenset({"over", "about", "around", "nearly", "almost", "upwards"})


def _reduced_passive(verb, subj, agent) -> bool:
    """A passive told without 'was': 'Six policemen killed by militants' (a 'by' agent),
    'with three police wounded' (an absolute clause), 'Two journalists detained in Tehran',
    'the men arrested on Monday were released' (a verb of DONE_TO with no object)."""
    if verb.tag_ not in ("VBD", "VBN") or any(s.tag_ in ("WP", "WDT", "PRP") for s in subj):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "nsubjpass", "ccomp", "xcomp", "prt")
           or (c.dep_ == "prep" and c.lower_ in AIMED) for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ABOUT and any(g.dep_ == "pobj" and g.tag_ == "CD" for g in c.children)
           for c in verb.children):
        return False
    if any(c.dep_ == "conj" and kids(c, ("dobj",)) and not kids(c, ("nsubj",)) for c in verb.children):
        return False        # 'police arrested and charged two men': the object is shared
    if agent:
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return True
    return verb.lemma_.lower() in DONE_TO


def _compound_subject(verb) -> list:
    """'Pakistan says Kabul shelters the TTP', 'an allegation the Taliban deny': the parser
    at times hangs a finite verb's subject on it as a compound, as if the verb were a noun."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP", "VB") or any(c.dep_ in ("aux", "mark") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"][-1:]


def clause_subject(verb, depth: int = 0) -> tuple[list, list]:
    """(agents, patients) of a verb: nsubj / agent 'by' phrase; passive subject is the patient.
    Verbs without a subject borrow it from the governing clause."""
    subj = kids(verb, ("nsubj", "csubj")) or _compound_subject(verb)
    pas = kids(verb, ("nsubjpass",))
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subj and _elided_passive(verb, subj):
        return agent, subj           # 'five were killed and 22 injured': 22 were injured
    if subj and _reduced_passive(verb, subj, agent):
        return agent, subj
    if not (subj or pas) and depth <= 3 and _nonfinite_passive(verb):
        gov = verb.head.head if verb.dep_ == "pcomp" else verb.head
        agents, patients = clause_subject(gov, depth + 1)
        # 'since being poisoned', 'after being detained by police': whoever the main clause is
        # about underwent it; only a 'by' phrase does it
        return agent, [a for a in agents if a.dep_ != "pobj"] + patients
    if agent and not (subj or pas) and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return agent, [verb.head]    # 'six policemen killed by militants': the noun undergoes it
    if subj or pas or agent or depth > 3:
        return subj + agent, pas
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return [], []
    if dep == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and head.pos_ in ("VERB", "AUX"):
        # 'Bhutto held no post but was accused of ...': the shared subject undergoes the passive
        agents, patients = clause_subject(head, depth + 1)
        return [], [a for a in agents if a.dep_ != "pobj"] + patients     # not a 'by' agent
    if dep == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = kids(head, ("dobj",)) or pobjs(head, {"on", "upon"})
        if objs:
            return objs, []
    host = closing_host(verb)
    if host is not None:
        return clause_subject(host, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and kids(head, ("nsubjpass",)):
        return kids(head, ("nsubjpass",)), []    # 'a soldier was killed while battling ISIS': the soldier battles
    if dep == "advcl" and verb.tag_ == "VBG" and head.dep_ == "parataxis" and head.lemma_.lower() in REPORT_VERBS:
        return clause_subject(head.head, depth + 1)   # 'jets bombed X, the Taliban said, killing eight': the jets kill
    if dep in ("xcomp", "conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return clause_subject(head, depth + 1)
    if dep in ("acomp", "oprd") and head.lemma_.lower() == "be":
        return clause_subject(head, depth + 1)         # 'India is opposed to the plan'
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp", "oprd"):
        return clause_subject(head.head, depth + 1)    # 'Pakistan is ready to hold talks'
    if dep == "pcomp" and head.dep_ == "prep":
        gov = head.head      # 'accused X of giving': X gives
        objs = kids(gov, ("dobj",)) if gov.lemma_.lower() in ACCUSING else []
        return (objs, []) if objs else clause_subject(gov, depth + 1)
    if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        # 'the soldiers kidnapped last year': an object-less act of DONE_TO read VBD is a participle too
        passive = (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in DONE_TO and not kids(
            verb, ("dobj",)))) and not _finite_conj(verb)
        return ([], [head]) if passive else ([described(head)], [])
    if dep == "acl" and head.pos_ in ("NUM", "PRON") and verb.tag_ == "VBN":
        return [], [head]            # '... and 12 wounded', 'those detained'
    return [], []


def closing_host(verb):
    """'rejected the claim that militants operate from its soil, calling it baseless': a
    participle after a comma closes the sentence, not the claim the parser hung it on; the
    verb it belongs to, or None."""
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and _claimed_content(head):
        return head.head.head
    return None


def _claimed_content(v) -> bool:
    """A 'that' clause on a noun object of a verb: the content of 'the claim that ...'."""
    noun = v.head
    return (v.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
            and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB")


def _nonfinite_passive(verb) -> bool:
    """'(since) being poisoned', '(after) having been detained': a passive with no tense of
    its own, as an adverbial clause or the object of a preposition on a verb."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in ("having",) for c in verb.children):
        return False      # 'will have been', 'to be': told by its own auxiliaries
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return head.head.pos_ in ("VERB", "AUX")
    return verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX")


def _finite_conj(verb) -> bool:
    """'Hundreds of militants crossed the border and attacked two posts': a participle read
    as a reduced relative whose subjectless conjunct is a finite past tense is the main
    clause, and the noun acts in both."""
    return any(c.dep_ == "conj" and c.tag_ == "VBD" and not kids(c, ("nsubj", "nsubjpass", "auxpass"))
               for c in verb.children)


HOSTING = frozenset({"host"})


VERBAL = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "ACCUSE"})


def _event_noun_actor(tok, cues) -> list:
    """'TTP attacks killed ...': the actor of an event noun standing as subject."""
    if tok.pos_ != "NOUN" or self_actor(tok, cues):
        return [tok]
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON")]
    mods += [g for c in tok.children if c.dep_ == "prep" and c.lemma_ == "by" for g in c.children]
    return mods or [tok]


def _acl_agents(v, cues) -> list:
    """'The party issued a declaration demanding ...': the issuer demands."""
    if v.dep_ != "acl" or v.tag_ == "VBN" or v.head.dep_ not in ("dobj", "pobj"):
        return []
    if v.head.dep_ == "pobj" and v.head.head.lower_ in ("with", "without"):
        return []       # 'with critics accusing X': the critics accuse, not the main subject
    gov = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    agents, _ = clause_subject(gov)
    return [a for a in reach.unwrap(agents, cues) if reach.has_actor(a, cues)]


def _reporter(v, cues) -> list:
    """'Li said the smog had upset him and vowed to act': a verb joined to a reported clause
    whose subject is no party ('the smog'), its own subject left out, shares the reporter's
    subject (the parser hangs it on the reported clause)."""
    if v.dep_ != "conj" or v.head.dep_ != "ccomp" or v.head.head.lemma_.lower() not in REPORT_VERBS:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    if v.lemma_.lower() in cues["harm_verbs"] and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cues["event_heads"] for c in v.head.children):
        return []    # 'the offensive has killed 1600 and wounded thousands, rescuers said': the act's own
    agents, _ = clause_subject(v.head.head)
    return [a for a in reach.unwrap(agents, cues) if reach.has_actor(a, cues)]


def _quoted_thanks(v, cues) -> list:
    """'“Thank you to the police,” Schmidt said': a quote opening on a speech act with no
    subject of its own (a thanks, a welcome) is the speaker's."""
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORT_VERBS or v.head.i < v.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or v.tag_ not in ("VB", "VBP") \
            or v.lemma_.lower() not in cues["performative_verbs"]:
        return []
    first = v.left_edge
    if first.text not in QUOTES or (first.i + 1 != v.i and not all(
            t.dep_ in ("advmod", "intj", "punct") for t in v.doc[first.i + 1:v.i])):
        return []
    agents, _ = clause_subject(v.head)
    return [a for a in reach.unwrap(agents, cues) if reach.has_actor(a, cues)]


def _fronted(o, v) -> bool:
    """'At Peshawar the minister met ...', 'On Monday ...': a place or time phrase put before the
    clause says where or when, never whom."""
    prep = o.head
    return prep.lemma_.lower() in ("at", "on") and prep.i < v.i and prep.i == prep.head.left_edge.i


def _shared_object(v, cues) -> list:
    """'Kabul accused Islamabad of X and demanded an end to Y': a coordinated verbal act with no
    party of its own is addressed to the party of the act it is joined to."""
    if v.dep_ != "conj" or v.head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    return [o for o in kids(v.head, ("dobj",)) if reach.has_actor(o, cues)]


RELEASING = frozenset({"release", "free"})


CUSTODY = frozenset({"prison", "jail", "custody", "detention", "captivity", "gaol"})


def _headline_release(v) -> bool:
    """'Jailed journalist X released from prison': a release with no object but a 'from prison'
    phrase tells that its subject was released (a headline drops the 'was')."""
    if v.lemma_.lower() not in RELEASING or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in v.children):
        return False
    return any(g.lemma_.lower() in CUSTODY for g in pobjs(v, {"from"}))


WHEN = frozenset({"when", "as"})


HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _when_agents(v, cues) -> list:
    """'Nine people were killed when their ship was boarded by commandos', '... when gunmen
    attacked the convoy': a harm told in the passive with no agent was done by the agent (or
    the named subject) of the 'when' clause that tells how it came about."""
    for t in v.subtree:
        if t.i == v.i or t.pos_ != "VERB" or not any(c.lower_ in WHEN and c.dep_ in ("advmod", "mark")
                                                     for c in t.children):
            continue
        found = [g for c in t.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj" and reach.has_actor(g, cues)]
        found = found or [c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                          and reach.has_actor(c, cues)]
        if found:
            return found
    return []


_SIDES: dict = {}


def _side_words(name: str) -> frozenset:
    """One-word agent nouns of the actors' data file: 'forces' (MIL, COP) or 'armed' (REB, PRM,
    UAF, CRM: gangs and bandits die in police shootouts), singular and plural as listed."""
    if not _SIDES:
        agents = data.load("actors/agents.yaml")["agents"]
        for side, secs in (("forces", ("MIL", "COP")), ("armed", ("REB", "PRM", "UAF", "CRM"))):
            _SIDES[side] = frozenset(w for sec in secs for w in agents.get(sec, ()) if w.isalpha())
    return _SIDES[name]


def _reporting_force(v, patients, cues) -> list:
    """'The army said hundreds of rebels had been killed', 'police said six militants died in
    the raid': armed men killed with no agent, as reported by a security force, were killed by
    that force (its own operation); the report of anyone else names no attacker."""
    gov = v.head
    if v.dep_ != "ccomp" or gov.lemma_.lower() not in REPORT_VERBS:
        return []
    armed = _side_words("armed")
    if not patients or not all(p.lemma_.lower() in armed or p.lower_ in armed for p in reach.unwrap(patients, cues)):
        return []
    forces = _side_words("forces")
    return [c for c in gov.children if c.dep_ == "nsubj" and (c.lemma_.lower() in forces or c.lower_ in forces)]


# 'deported from Iran', 'expelled from the party': who is sent away from a party is sent by it
SENDING_AWAY = frozenset({"expel", "deport", "extradite", "banish", "exile", "evict", "eject"})


def natural_cause(a, cues) -> bool:
    """'the flood', 'the plane crash': a natural force or accident. 'Fire' is one only bare
    ('a fire'): 'army fire', 'sniper fire', 'Israeli fire' are shots."""
    low = a.lemma_.lower()
    return low in cues["natural_causes"] and not (low == "fire" and any(
        c.dep_ in ("poss", "compound", "amod", "nmod") for c in a.children))


# 'met at Torkham', 'a meeting at Torkham': a place the gazetteer knows after 'at' or 'on' is
# where the act was, not whom it was done to
VENUE_PREPS = frozenset({"at", "on"})


def _not_venues(recips: list, typ: str, place_name, noun: bool = False) -> list:
    """``recips`` without the known places after 'at'/'on' that say where the act was: for
    any act told by a noun ('exchanged fire at Torkham', 'a meeting at Torkham'), for an act
    told by a verb unless it harms ('fired at Chaman' aims at it)."""
    if place_name is None or (typ in HARM_TYPES and not noun):
        return recips
    return [r for r in recips if not (r.dep_ == "pobj" and r.head.lower_ in VENUE_PREPS
                                      and (known_place(r, place_name) or _named_site(r, place_name)))]


def _named_site(r, place_name) -> bool:
    """'the Bab-e-Dosti gate', 'the Torkham border crossing': a common noun whose name before
    it, with or without the noun, is a place the gazetteer knows."""
    names = [c for c in r.children if c.dep_ == "compound" and c.i < r.i and c.text[:1].isupper()]
    if r.text[:1].isupper() or not names:
        return False
    span = r.doc[names[0].i:r.i]
    return bool(place_name(span.text + " " + r.text) or place_name(span.text))


def verb_roles(trig, cues, place_name=None) -> tuple[list, list]:
    """(actor heads, recipient heads) of a verb trigger; ``place_name`` as in ``noun_roles``."""
    v, e = trig.token, trig.entry
    if e["type"] == "REQUEST":
        letter = written_to(v, cues)
        if letter is not None:
            return letter
    agents, patients = clause_subject(v)
    if e["type"] in HARM_TYPES and agents and all(natural_cause(a, cues) for a in agents):
        return [], []     # 'passengers killed by the crash': no party did it, and no party undergoes it
    if _headline_release(v):
        return [], agents + patients
    if not agents and patients and e["type"] in HARM_TYPES:
        agents = _when_agents(v, cues) or _reporting_force(v, patients, cues)
    if not agents and patients and (v.lemma_.lower() in SENDING_AWAY or e.get("mode") == "deport"):
        agents = [o for o in pobjs(v, {"from"}) + [g for a in v.children if a.dep_ in ("advmod", "prt")
                                                     for g in pobjs(a, {"from"})]   # 'sent back from Pakistan'
                  if reach.has_actor(o, cues)       # not 'evicted from their homes': their own
                  and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)]
    agents = reach.unwrap([m for a in agents for m in _event_noun_actor(a, cues)], cues)
    if not any(reach.has_actor(a, cues) for a in agents):
        agents = (_acl_agents(v, cues) or _reporter(v, cues) or _quoted_thanks(v, cues)
                  or reach.commander(v, cues) or agents)
    # 'deployed troops', 'sent an envoy to Kabul': what is mobilised or sent is no recipient
    sent = e["type"] == "MOBILIZE" or e.get("conveys")
    objs = kids(v, ("dobj", "dative", "iobj")) or shifted_objects(v) if not sent else []
    if e.get("mode") == "abduct":
        objs = _taken_captive(objs)
    # 'called for the government to act': the subject of the clause 'for' opens
    objs += [s for c in v.children if c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children if s.dep_ == "nsubj"]
    preps = RECIPIENT_PREPS | e.get("prep", frozenset())
    # 'will work closely with X': the phrase may hang on the verb's adverb
    phrased = pobjs(v, preps) + [o for a in v.children if a.dep_ == "advmod" for o in pobjs(a, preps)]
    recips = reach.unwrap(patients + objs + [o for o in phrased if not _fronted(o, v)], cues)
    recips = _not_venues(partners_of_own(recips, objs, cues), e["type"], place_name)
    if e["type"] in HARM_TYPES:
        recips = _held(recips, [v], cues)
    if e["type"] == "ACCUSE":
        recips = act_doers(objs, cues) or owned_blame(recips, v, objs, cues)
    if e["type"] == "ACCUSE" and not any(reach.has_actor(r, cues) for r in recips):
        # 'alleging the group was orchestrating the violence': the accused is the subject
        # of what is alleged
        recips = [x for c in v.children if c.dep_ == "ccomp" for x in c.children
                  if x.dep_ in ("nsubj", "nsubjpass") and reach.has_actor(x, cues)] or recips
    if not any(reach.has_actor(r, cues) or facility(r, cues) for r in recips):
        recips = made_by(objs, cues) or recips
    if not any(reach.has_actor(r, cues) or facility(r, cues) for r in recips):   # 'rejected an offer from Kabul'
        recips = _not_venues(reach.deep_recipients(v, e["type"], cues, preps), e["type"], place_name) or recips
    if e["type"] in VERBAL and not any(reach.has_actor(r, cues) for r in recips):
        recips = _shared_object(v, cues) or recips
    if not any(reach.has_actor(r, cues) or facility(r, cues) for r in recips):
        recips = addressee(v) or joined_object(v, cues) or recips
    if e.get("recip"):
        return agents + pobjs(v, {"with"}), []
    if e.get("swap"):    # host: the visitors are actors, the host the recipient
        guests = pobjs(v, {"with"}) + objs + [g for o in objs for g in pobjs(o, {"with"})]
        return guests, agents
    return agents, recips


IN_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})
CAPTIVE_WORDS = frozenset({"hostage", "captive", "prisoner"})


def _taken_captive(objs: list) -> list:
    """'took its crew hostage': the parser makes the people a compound of 'hostage', or
    'hostage' a second object ('took them hostage'); the people are the object. Only for
    the taking: 'released two Taliban prisoners' frees the prisoners, and a name before them
    is their owner."""
    out = []
    for o in objs:
        if o.lemma_.lower() not in CAPTIVE_WORDS:
            out.append(o)
            continue
        people = [c for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if people:
            out.append(people[-1])
        elif len(objs) == 1:
            out.append(o)
    return out


def _held(recips: list, heads: list, cues) -> list:
    """A struck place some party holds stands for it ('shelled rebel-held areas', 'operations
    in the last insurgent stronghold', 'raids in villages controlled by the group'); the place
    an act happens in is looked at only when no party is struck otherwise."""
    recips = [holder(r, cues) or r for r in recips]
    if any(reach.has_actor(r, cues) or facility(r, cues) for r in recips):
        return recips
    held = [h for t in heads for o in pobjs(t, IN_PREPS)
            for h in [holder(o, cues) or (o if facility(o, cues) else None)] if h is not None]
    return recips + held[:1]


def _undergone(n, sup, cues):
    """'Kabul drew criticism from the UN', 'faced sanctions', 'received weapons from X':
    the 'from' phrase (or an actor modifier of the noun) acts; the subject undergoes."""
    mods = [c for c in n.children if c.dep_ in ("poss", "compound", "amod") and is_actorish(c, cues)]
    actors = mods + pobjs(n, {"from", "by"}) + pobjs(sup, {"from"})
    agents, _ = clause_subject(sup)
    return actors, reach.unwrap(agents, cues)


def _harmed(n, cues) -> list:
    """Objects of the verbs through which an attack noun harms ('TTP attacks have killed
    hundreds', 'the attack was at a mosque, killing tens of worshippers')."""
    verbs = [n.head] if n.dep_ in ("nsubj", "csubj") and n.head.pos_ in ("VERB", "AUX") else []
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    verbs += [c for v in [*verbs, n] for c in v.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    harm = [v for v in verbs if v.lemma_.lower() in cues["harm_verbs"]]
    return [o for v in dict.fromkeys(harm) for o in kids(v, ("dobj",))]


def _talks_holder(n, cues, visit: bool = False) -> list:
    """The side facing the 'with' party of talks that name only it: 'the Taliban reopened the
    gate after talks with a Pakistani delegation', 'X led the team at the talks with Y', 'the
    leader, in a call with X, agreed': the subject of the clause the talks date or hold the
    act, or the subject noun the phrase hangs on; who is somewhere, or came there, for talks
    with Y ('the envoy was in Kabul for talks with Taliban ministers'). So for a visit 'to'
    a place: 'On a visit to Tunis, Macron criticised NATO'."""
    if n.dep_ != "pobj" or not (pobjs(n, {"with"}) or (visit and pobjs(n, {"to"}))):
        return []
    prep, gov = n.head.lower_, n.head.head
    if ((prep in ("after", "following", "in", "during", "at") or (visit and prep == "on")) and gov.pos_ == "VERB") or (
            prep == "for" and (gov.lemma_ == "be" or gov.lemma_.lower() in cues["travel_verbs"])):
        return [a for a in clause_subject(gov)[0] if is_actorish(a, cues)]
    if prep in ("in", "during") and gov.dep_ == "nsubj" and is_actorish(gov, cues):
        return [gov]
    return []


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Nouns of acts done to people (as the verbs of DONE_TO): their 'of' phrase undergoes them
# ('the release of two sailors', 'the trial of the former premier'), and so may their owner.
DONE_TO_NOUNS = frozenset({"arrest", "detention", "killing", "murder", "assassination", "execution",
                           "abduction", "kidnapping", "imprisonment", "jailing", "incarceration",
                           "conviction", "sentencing", "expulsion", "deportation", "extradition",
                           "release", "capture", "torture", "indictment", "ouster", "removal",
                           "investigation", "prosecution", "trial", "pardon"})
PERSONAL = frozenset({"his", "her", "their"})
# an inquiry is its owner's: 'the prosecutor's investigation', 'Mueller's investigation'
INQUIRIES = frozenset({"investigation", "prosecution"})


def _owner_undergoes(n, c, cues) -> bool:
    """'Khan's arrest', 'his detention', 'the tanker's release': a person, a personal pronoun
    or a thing owning a noun of DONE_TO_NOUNS with no 'of' phrase; a state, force or body
    owning one acts ('Pakistan's arrest of ...', 'the army's arrests')."""
    low = n.lemma_.lower()
    if low not in DONE_TO_NOUNS or low in INQUIRIES or pobjs(n, {"of"}):
        return False
    body = c.lemma_.lower() in cues["institution_nouns"] or c.lemma_.lower() in cues["force_modifiers"]
    if c.dep_ == "poss" and (c.lower_ in PERSONAL or (c.pos_ == "NOUN" and not c.ent_type_ and not body)):
        return True
    return c.dep_ in ("poss", "compound") and c.ent_type_ == "PERSON"


# verbs that begin, carry on or heighten an act ('concluded a tour', 'stepped up its offensive',
# 'increased pressure on X'): their subject does the act the object names, as with a light verb.
# Not those that end or stop one: 'police stopped the march', 'the court halted the strike' are
# done to the act's doers.
ASPECTUAL = frozenset({"begin", "start", "conclude", "finish", "complete", "wrap", "continue", "resume",
                       "extend", "prolong", "intensify", "step", "escalate", "press", "pursue", "sustain",
                       "increase", "raise", "ramp", "heighten", "boost", "deepen", "expand", "redouble"})


# who is 'on trial', 'went on trial', 'stood trial' is tried
TRIED_VERBS = frozenset({"be", "go", "stand"})

# 'delegation-level talks', 'ministerial-level meeting': the rank the talks are held at, not a party
RANKS = frozenset({"level"})


# Acts told as nouns that another party answers ('turned down Taliban requests')
ANSWERABLE = frozenset({"REQUEST", "ACCUSE", "AGREE", "THREATEN", "CONSULT"})


def _answerer(n, cues) -> list:
    """'The UN turned down Taliban requests', 'the offer was rejected by Kabul': who answers
    an asking, offering or accusing noun is who it was addressed to."""
    v = n.head
    if n.dep_ not in ("dobj", "nsubjpass") or v.pos_ != "VERB":
        return []
    lem = v.lemma_.lower()
    if not ({lem} | {f"{lem} {c.lemma_.lower()}" for c in v.children if c.dep_ == "prt"}) & cues["answering_verbs"]:
        return []
    agents, _ = clause_subject(v)
    return [a for a in agents if a.i != n.i and is_actorish(a, cues)]


def noun_roles(trig, material_conflict: bool, cues, place_name=None) -> tuple[list, list]:
    """(actor heads, recipient heads) of a noun trigger."""
    n, sup = trig.token, trig.support
    if sup is not None and sup.lemma_.lower() in cues["receiving_verbs"] and n.dep_ != "nsubjpass" and not in_phase(n):
        return _undergone(n, sup, cues)
    if sup is not None and n.lemma_.lower() == "trial" and sup.lemma_.lower() in TRIED_VERBS:
        return _undergone(n, sup, cues)     # 'the men are on trial for murder', 'stood trial'
    mods = [c for c in n.children if c.dep_ in ("poss", "compound", "amod") and is_actorish(c, cues)
            and not (c.dep_ == "compound" and place_name is not None and place_mod(c, place_name))
            and c.lemma_.lower() not in RANKS]
    # 'Khan's arrest', 'her release': a person owning an act done to people undergoes it,
    # unless an 'of' phrase names who underwent it ('Pakistan's arrest of the spy')
    undergone = [c for c in mods if _owner_undergoes(n, c, cues)]
    mods = [c for c in mods if c not in undergone]
    # 'his China visit', 'a three-week US tour': a state named before a visit noun is visited
    toured = [c for c in mods if trig.entry.get("mode") == "visit" and c.dep_ == "compound" and c.ent_type_ == "GPE"]
    mods = [c for c in mods if c not in toured]
    # 'the arrest of two men by the police': the parser often hangs 'by' on the 'of' object
    actors = mods + pobjs(n, {"by"}) + [g for o in pobjs(n, {"of"}) for g in pobjs(o, {"by"})]
    if trig.entry.get("mode") == "visit":    # 'a tour of Japan': a place in the 'of' phrase is visited
        toured += [o for o in pobjs(n, {"of"}) if o.ent_type_ in PLACE_ENTS]
    # the entry's own prepositions too: 'concern over the US moves', 'anger at Kabul'
    preps = RECIPIENT_PREPS | trig.entry.get("prep", frozenset())
    if trig.entry["type"] == "AID":
        preps = preps | {"for"}       # 'a $3 billion loan for Pakistan', 'aid for flood victims'
    recips = undergone + toured + _not_venues(pobjs(n, preps), trig.entry["type"], place_name, noun=True)
    # 'talks between X and Y' are held by both; 'among others' names no party
    between = [b for b in pobjs(n, {"between", "among", "amongst"}) if is_actorish(b, cues)]
    if material_conflict or n.lemma_.lower() in DONE_TO_NOUNS:    # 'the release of two sailors'
        recips = recips + pobjs(n, {"of"})
    else:
        actors = actors + [o for o in pobjs(n, {"of", "from"}) if o not in toured]
    for c in n.children:     # 'the meeting involving X'
        if c.dep_ == "acl" and c.lemma_ in ("involve", "include", "between"):
            actors = actors + [g for g in c.children if g.dep_ == "dobj"]
    if between:
        actors = actors + between
    if sup is not None and not any(is_actorish(a, cues) for a in actors) and (
            sup.lemma_.lower() in cues["light_verbs"] or sup.lemma_.lower() in trig.entry.get("lv", ())
            or (sup.lemma_.lower() in ASPECTUAL and n.dep_ == "dobj") or in_phase(n)
            # 'a court ordered the release of X': who orders an act done to people does it
            or (sup.lemma_.lower() in cues["directive_verbs"] and n.dep_ == "dobj"
                and n.lemma_.lower() in DONE_TO_NOUNS)):
        agents, patients = clause_subject(sup)
        actors = agents
        if n.dep_ != "nsubjpass" and trig.entry["type"] != "MOBILIZE":   # 'put its army on alert'
            recips = recips + [c for c in sup.children if c.dep_ == "dobj" and c.i != n.i]
            given = RECIPIENT_PREPS | ({"for"} if trig.entry["type"] == "AID" else set())   # 'approved aid for X'
            recips += _not_venues(pobjs(sup, given), trig.entry["type"], place_name, noun=True)
    if not any(is_actorish(a, cues) for a in actors):
        actors = _talks_holder(n, cues, trig.entry.get("mode") == "visit") or actors
    if material_conflict and not (between or trig.entry.get("recip")):
        # 'killed in an air strike in a rebel-held town': a noun telling how a verb's act came
        # about leaves the victims to that verb; only a noun standing alone looks for the place
        heads = ([n] + ([sup] if sup is not None else [])) if n.dep_ != "pobj" else []
        recips = _held(recips, heads, cues)
    if material_conflict and not (between or trig.entry.get("recip")) and not any(
            is_actorish(r, cues) or facility(r, cues) for r in recips):
        recips = recips + _harmed(n, cues)
    if sup is not None and n.dep_ == "dobj" and sup.lemma_.lower() in HOSTING and not between and any(
            is_actorish(r, cues) for r in recips):
        return recips, actors    # 'X hosted talks with Y': as the verb 'host', the guests act
    if not between and trig.entry["type"] in ANSWERABLE and not any(is_actorish(r, cues) for r in recips):
        recips = _answerer(n, cues) or recips
    if not between and any(is_actorish(a, cues) for a in actors) and not any(
            is_actorish(r, cues) for r in recips):          # a told act with an actor of its own
        recips = addressee(sup if sup is not None else n) or recips
    if trig.entry.get("recip") or between:
        return actors + recips, []
    return actors, recips
