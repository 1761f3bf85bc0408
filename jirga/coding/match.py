"""Find event triggers in a parsed sentence: one dict probe per token."""
from __future__ import annotations

from dataclasses import dataclass

from jirga.tokens import lemmas, shifted_objects

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
NOMINAL_DEPS = frozenset({"amod", "dobj", "pobj", "nsubj", "nsubjpass", "compound"})
OBJ_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})


@dataclass
class Trigger:
    token: object          # spaCy Token
    entry: dict            # lexicon entry
    kind: str              # "verb" or "noun"
    support: object = None  # verb carrying a noun trigger ("held" talks), or None


REL_WORDS = frozenset({"which", "that", "whom", "what"})
# Verbs that only say a thing was done ('mistakes were made', 'errors were committed')
DONE_VERBS = frozenset({"make", "commit"})


def _objects(tok) -> list:
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        # 'the crossing, which they closed', 'the crossing they had closed': the head noun
        rel = [o for o in objs if o.lower_ in REL_WORDS]
        if rel or (not objs and any(c.dep_ == "nsubj" and c.lower_ not in REL_WORDS for c in tok.children)):
            objs = [o for o in objs if o not in rel] + [tok.head]
    if not objs and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        # 'a case was opened and later withdrawn': the passive shares its head's subject
        objs = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not objs:     # 'dismissed as baseless Pakistan's claims': the object moved after its 'as' adjective
        objs = shifted_objects(tok)
    if not objs:     # 'admitted mistakes were made': the passive subject of the clause admitted
        objs = [g for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in DONE_VERBS
                for g in c.children if g.dep_ == "nsubjpass"]
    if tok.dep_ in ("advcl", "conj") and any(o.lower_ in ("it", "them") for o in objs):
        # 'Torkham has been closed since Pakistan shut it': the pronoun stands for the thing
        # the clause it hangs on speaks of
        objs += [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.pos_ != "PRON"]
    for o in list(objs):
        objs.extend(c for c in o.children if c.dep_ == "conj")
    return objs


def known_place(tok, place_name) -> bool:
    """A proper noun the gazetteer knows as a place, not a country ('closed Torkham')."""
    if place_name is None or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() \
            or tok.ent_type_ in ("PERSON", "NORP"):
        return False      # the parser takes some place names for common nouns ('Chaman reopened')
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].dep_ == "compound" and tok.doc[lo - 1].head.i == tok.i \
            and tok.doc[lo - 1].text[:1].isupper():
        lo -= 1
    return bool(place_name(tok.doc[lo:tok.i + 1].text))


def _subjects(tok) -> list:
    """Subjects of a verb; a relative pronoun stands for its noun ('the quake that struck')."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and any(s.tag_ in ("WDT", "WP") for s in subj):
        subj.append(tok.head)
    if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
        subj.append(tok.head)     # 'teachers striking in Oklahoma': the noun does it
    return subj


LONE_PRONOUNS = frozenset({"he", "she", "i"})


def _lone(s, bodies) -> bool:
    """One person as a subject: 'he', 'she', a singular common noun that names no body of
    people ('a doorman'); a conjunct makes many ('he and his supporters')."""
    if any(c.dep_ == "conj" for c in s.children):
        return False
    if s.lower_ in LONE_PRONOUNS:
        return True
    return s.tag_ == "NN" and s.lemma_.lower() not in bodies


def _object_lemmas(objs) -> set:
    """Objects, their compounds and their 'of' phrase ('trucks of humanitarian aid'); an
    amount's 'in' phrase too ('$2 billion in arms')."""
    heads = list(objs) + [g for o in objs for c in o.children if c.dep_ == "prep" and (
        c.lower_ == "of" or (c.lower_ == "in" and (o.pos_ == "NUM" or o.ent_type_ in ("MONEY", "CARDINAL"))))
        for g in c.children if g.dep_ == "pobj"]
    lem = lemmas(heads) | {c.lemma_.lower() for o in objs for c in o.children if c.dep_ == "compound"}
    if any(h.ent_type_ == "NORP" and h.pos_ in ("NOUN", "PROPN") for h in heads):
        lem.add("national")     # 'sent back thousands of Afghans': people of a nation
    return lem


def _predicate_lemmas(tok) -> set:
    """'called the strikes unacceptable', 'called it an act of aggression', 'described the
    shelling as a violation': the object complement, its modifiers and its 'of' phrase."""
    preds = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")]
    preds += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    preds += [g for o in tok.children if o.dep_ == "dobj" for c in o.children   # 'as' hung on the object
              if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    preds += [a for o in tok.children if o.dep_ == "dobj" for a in o.subtree
              if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > a.head.i and a.i == o.right_edge.i]
    preds += [o for o in tok.children if o.dep_ == "dobj"][1:]   # 'branded the report a lie': two objects
    out = lemmas(preds)       # 'called X's treatment of refugees unacceptable' (parsed as amod)
    for p in preds:
        out |= {c.lemma_.lower() for c in p.children if c.dep_ in ("compound", "amod")}
        out |= {g.lemma_.lower() for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    return out


PARTICLE_ADVS = frozenset({"back", "out", "off", "up", "down", "away", "in", "over"})


def _when(prep) -> bool:
    """A preposition whose objects are all times ('called ... on Thursday'): an adjunct of
    time, not the argument an entry asks for ('called on Kabul')."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _marked(clause, words) -> bool:
    """A clause opened by one of ``words`` ('for the government to act')."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


OWN = frozenset({"its", "their", "his", "her", "our", "my", "own"})


def _verb_ok(tok, e: dict, place_name=None) -> bool:
    kids = list(tok.children)
    if "pred" in e and not _predicate_lemmas(tok) & e["pred"]:
        return False
    if "obj" in e or "not_obj" in e:
        objs = _objects(tok)
        lem = _object_lemmas(objs)
        if "obj" in e and not (lem & e["obj"]) and not (
                e.get("place") and any(known_place(o, place_name) for o in objs)):
            return False
        if "not_obj" in e and lem & e["not_obj"]:
            return False
        if e.get("not_own_obj") and any(c.dep_ == "poss" and c.lower_ in OWN for o in objs for c in o.children):
            return False
    if e.get("no_obj") and any(c.dep_ in ("dobj", "ccomp") for c in kids):
        return False     # 'demonstrated the influence', 'demonstrated that ...': showed
    if "not_subj" in e and lemmas(_subjects(tok)) & e["not_subj"]:
        return False
    if e.get("crowd"):
        subj = _subjects(tok) or (_subjects(tok.head) if tok.dep_ == "conj" else [])
        if any(_lone(s, e["crowd"]) for s in subj):
            return False
    if e.get("obj_actor") and not any(o.ent_type_ in OWNER_ENTS for o in _objects(tok)):
        return False      # 'the African Union suspended Niger': a named party, not a thing
    if "official" in e:   # a state's protest is diplomatic (ACCUSE), a crowd's a demonstration
        subj = _subjects(tok) or (_subjects(tok.head) if tok.dep_ == "conj" else [])
        subj += [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not any(s.ent_type_ == "GPE" or s.lemma_.lower() in e["official"] for s in subj):
            return False
    if "subj" in e:       # 'a rocket hit the school', 'was hit by eight bullets', 'ricocheted and hit'
        subj = _subjects(tok) or (_subjects(tok.head) if tok.dep_ == "conj" else [])
        if not lemmas(subj + [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]) & e["subj"]:
            return False
    if "prep" in e and not any(c.dep_ in PREP_DEPS and c.lemma_.lower() in e["prep"] and not _when(c) for c in kids) \
            and not any(c.dep_ in ("advcl", "ccomp") and _marked(c, e["prep"]) for c in kids):
        return False     # 'called for the government to act': 'for' marks the clause
    if "prep_obj" in e or "not_prep_obj" in e:
        preps = [c for c in kids if c.dep_ in PREP_DEPS]     # 'sent him to prison': 'to' as a dative too
        preps += [g for c in kids if c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVS   # 'remanded back
                  for g in c.children if g.dep_ == "prep"]                            # into custody'
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]   # 'out of the talks'
        # 'signed off on selling artillery': a gerund under the preposition counts as its object
        pobjs = lemmas(g for c in preps for g in c.children if g.dep_ in ("pobj", "pcomp"))
        if "prep_obj" in e and not pobjs & e["prep_obj"]:     # 'took to the streets'
            return False
        if pobjs & e.get("not_prep_obj", frozenset()):
            return False
    prt = {c.lemma_.lower() for c in kids if c.dep_ == "prt" or (   # 'sent back home' parsed as adverbs
        c.dep_ == "advmod" and c.pos_ == "ADV" and tok.i < c.i <= tok.i + 2 and c.lower_ in PARTICLE_ADVS)}
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in PARTICLE_ADVS and nxt.head.head == tok and nxt.pos_ in ("ADV", "ADP"):
        prt.add(nxt.lower_)     # 'pushed back hard': the particle hung on the adverb after it
    if "prt" in e and not prt & e["prt"]:
        return False
    if "not_prt" in e and prt & e["not_prt"]:
        return False
    if "advmod" in e and not {c.lemma_.lower() for c in kids if c.dep_ in ("advmod", "npadvmod")} & e["advmod"]:
        return False
    if e.get("that") and not any(c.dep_ == "ccomp" and _marked(c, ("that",)) for c in kids):
        return False
    xcomps = [c for c in kids if c.dep_ == "xcomp"]
    if e.get("xcomp") and not xcomps:
        return False
    if e.get("not_xcomp") and xcomps:
        return False
    if "not_xcomp_lemma" in e and lemmas(xcomps) & e["not_xcomp_lemma"]:
        return False
    if "xcomp_lemma" in e and not lemmas(xcomps) & e["xcomp_lemma"]:
        return False     # 'stopped selling arms': what is stopped is the complement
    return True


CARRIER_NOUNS = frozenset({"drive", "campaign", "operation", "policy", "spree", "wave", "program",
                           "programme", "offensive", "crackdown", "plan", "process", "round",
                           "mission", "effort", "bid", "initiative"})
# spans of time or sequences that count an act: 'two days of talks', 'a series of raids'
SPAN_NOUNS = frozenset({"day", "week", "hour", "month", "series"})
# phases of an act: who comes to, nears or marks 'the end of a tour' is on the tour
PHASE_NOUNS = frozenset({"end", "start", "beginning", "conclusion", "close", "outset", "leg"})


UNDERGO_PREPS = frozenset({("come", "under"), ("meet", "with"), ("be", "on"), ("go", "on")})
ON_STATE_NOUNS = frozenset({"alert", "standby", "strike"})   # 'put on alert', 'went on strike'


def adjectival(tok) -> bool:
    """'met wounded soldiers' parsed as a verb: a bare past participle with no subject or
    auxiliary, directly followed by its own object, is an adjective; so is one whose only
    auxiliary is 'to' ('a reference to normalized relations': no infinitive is a participle)."""
    if tok.tag_ != "VBN" or tok.dep_ in ("conj", "ROOT"):
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if aux and all(a.lower_ == "to" for a in aux) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    if aux or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 for c in tok.children)


def in_phase(tok) -> bool:
    """'the end of a tour', 'the start of talks': an act named as a phase's 'of' object."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
        if tok.lemma_ in PHASE_NOUNS:
            return True
        if tok.lemma_ not in CARRIER_NOUNS | SPAN_NOUNS:     # 'the end of three days of talks'
            return False
    return False


def support_verb(tok):
    """The verb whose object (or prepositional object) a noun is: 'held talks',
    'engaged in talks', 'claimed responsibility for an attack'."""
    head = tok.head
    if tok.dep_ == "compound" and head.lemma_ in CARRIER_NOUNS:   # 'launched a deportation drive'
        return support_verb(head)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in CARRIER_NOUNS | SPAN_NOUNS | PHASE_NOUNS:
        return support_verb(head.head)       # 'began a second round of talks', 'held two days of talks'
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "MONEY" and head.head.dep_ == "dobj":
        return support_verb(head.head)       # 'approved $500 million in aid': the sum is the aid
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "obj") and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        h2 = head.head
        if h2.pos_ in ("VERB", "AUX") and (head.lemma_ in ("in", "for", "into", "to") or (
                head.lemma_ == "on" and tok.lemma_ in ON_STATE_NOUNS)):
            return h2
        if (h2.lemma_, head.lemma_) in UNDERGO_PREPS:    # 'came under fire', 'met with criticism'
            return h2
        if h2.lemma_ == "responsibility" and h2.head.pos_ == "VERB":
            return h2.head
    return None


def _noun_ok(tok, e: dict, sup, light_verbs, receiving=frozenset()) -> bool:
    if e.get("plural") and tok.tag_ != "NNS":
        return False
    if "prep" in e and not any(c.dep_ == "prep" and c.lower_ in e["prep"] for c in tok.children):
        return False
    if "prep_obj" in e and not {g.lemma_.lower() for c in tok.children if c.dep_ == "prep"
                                for g in c.children if g.dep_ == "pobj"} & e["prep_obj"]:
        return False      # 'an exchange of fire'
    if "not_prep_obj" in e and {g.lemma_.lower() for c in tok.children if c.dep_ == "prep"
                                for g in c.children if g.dep_ == "pobj"} & e["not_prep_obj"]:
        return False      # 'a count of the ballots'
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if "mod" in e and not mods & e["mod"]:
        return False
    if "not_mod" in e and mods & e["not_mod"]:
        return False
    if "not_subj" in e and sup is not None and lemmas(_subjects(sup)) & e["not_subj"]:
        return False      # 'rising prices put pressure on budgets': no party's act
    if e.get("owner") and not any(c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_ in OWNER_ENTS)
                                  for c in tok.children):
        return False      # 'Taliban requests', 'the administration's request': whose act it was
    if e.get("light"):
        allowed = e.get("lv") or light_verbs
        if tok.dep_ not in ("dobj", "pobj"):
            receiving = frozenset()     # 'until their demands are met' is no demand met by anyone
        if sup is None or sup.lemma_.lower() not in allowed | receiving:
            return False
    return True


OWNER_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl"})


def verb_slip(tok) -> bool:
    """'Dhaka desires closer ties' with 'desires' tagged a noun: a noun heading a clause,
    with a subject of its own and a direct object, is the clause's verb."""
    if tok.pos_ != "NOUN" or tok.dep_ not in CLAUSE_DEPS:
        return False
    kids = {c.dep_ for c in tok.children}
    return "nsubj" in kids and "dobj" in kids and not {"det", "poss"} & kids


def noun_slip(tok) -> bool:
    """'Israel expresses regret over ...' with 'regret' tagged a verb: a bare present-tense form
    that is the direct object of a verb, with no subject, auxiliary or object of its own, is a noun."""
    if tok.pos_ != "VERB" or tok.dep_ != "dobj" or tok.tag_ not in ("VB", "VBP", "VBZ", "NN"):
        return False
    return not any(c.dep_ in SUBJ_DEPS | {"aux", "auxpass", "dobj", "mark"} for c in tok.children)


NARROWING = frozenset({"mod", "not_mod"})


def entry_holds(tok, e: dict, lex, narrow: bool = False) -> bool:
    """Whether entry ``e`` is a reading of ``tok``: a verb's conditions hold, or a noun's, but for
    its modifiers, which only narrow a reading ('air raid', 'joint drills'), unless ``narrow``."""
    if tok.pos_ in VERB_POS | {"AUX"}:
        return _verb_ok(tok, e)
    if not narrow:
        e = {k: v for k, v in e.items() if k not in NARROWING}
    return _noun_ok(tok, e, support_verb(tok), lex.cues["light_verbs"], lex.cues["receiving_verbs"])


def _verb_entries(tok, verbs: dict) -> list:
    """The lexicon entries of a verb by its lemma, then, for when the lemmatiser made a word
    of another verb of it ('raped' -> 'rap'), by the base its inflection gives ('rape')."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [verbs.get(lemma, ())]
    base = low[:-1] if (tok.tag_ in ("VBD", "VBN") and low.endswith("ed")) or (
        tok.tag_ == "VBZ" and low.endswith("s")) else None
    if base and base != lemma:
        out.append(verbs.get(base, ()))
    return out


def _mostly_capitals(sent) -> bool:
    """A headline or a dateline set in capitals ('TALIBAN CLOSE TORKHAM'), whose words are words."""
    words = [t.text for t in sent if t.is_alpha]
    return bool(words) and sum(w.isupper() for w in words) * 2 >= len(words)


def find_triggers(sent, lex, place_name=None) -> list[Trigger]:
    """Triggers of one sentence (a spaCy Span), in text order. ``place_name`` (name -> True
    for a known place) lets 'closed Torkham' match entries with ``place``."""
    out = []
    light, receiving = lex.cues["light_verbs"], lex.cues["receiving_verbs"]
    shouted = _mostly_capitals(sent)
    for tok in sent:
        if not shouted and len(tok.text) > 2 and tok.text.isupper():
            continue     # 'fiscal year 2018 SEEK transportation funds': an acronym, not the verb
        pos = tok.pos_
        if verb_slip(tok):
            pos = "VERB"
        elif noun_slip(tok):
            pos = "NOUN"
        if pos in VERB_POS and tok.dep_ not in NOMINAL_DEPS and not adjectival(tok):
            for entries in _verb_entries(tok, lex.verbs):
                hits = [e for e in entries if _verb_ok(tok, e, place_name)]
                for e in hits:
                    out.append(Trigger(tok, e, "verb"))
                    if not e.get("also"):
                        break
                if hits:
                    break
        elif pos in NOUN_POS:
            entries = lex.nouns.get(tok.lemma_.lower())
            if not entries:
                continue
            sup = support_verb(tok)
            for e in entries:
                if _noun_ok(tok, e, sup, light, receiving):
                    out.append(Trigger(tok, e, "noun", sup))
                    if not e.get("also"):
                        break
    return out
