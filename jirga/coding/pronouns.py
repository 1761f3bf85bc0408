"""Pronoun resolution for actor spans (called from referents.refs).

Order of preference, deterministic and cheap (no coreference model):
1. a relative pronoun stands for the head of its relative clause;
2. we/I inside a quote stand for the speaker of the sentence (or a neighbouring one);
3. the subject of the verb governing the pronoun's clause ('The government maintains it ...',
   'Khan's office said he ...' -> Khan);
4. a possessive his/her prefers the subject of its own clause ('as Macron ended his visit'),
   then its own sentence's main-clause subject when that is a compatible person ('Rehman met
   Akhundzada during his visit' -> Rehman), else the previous sentence's main-clause subject;
5. a subject pronoun with no compatible mention before it in its sentence ('It said ...',
   'They agreed ...', 'Reports said he urged ...') stands for the previous sentence's
   main-clause subject when compatible: a person for he/she, an organisation, state or group
   for it, a plural group, a body of people ('the army'), a state or conjoined actors for they;
6. otherwise the nearest preceding named mention of a compatible kind (objects and
   appositions of the previous sentence only come in here); for they/them also a plural
   party noun ('the local elders', 'officials'), whichever is nearer, and never a place.
"""
from __future__ import annotations

import bisect

from jirga import data
from jirga.tokens import self_actor

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
IT_PRONOUNS = frozenset({"it", "its", "itself"})
THEY_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
POSSESSIVES = frozenset({"his", "her"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


class DocIndex:
    """Named actor mentions of a document, sorted by position, for pronoun resolution."""

    def __init__(self, parsed, cues, place_name=None, group_name=None):
        kinds = {"PERSON": "person", "ORG": "group", "GPE": "group", "NORP": "group"}
        self.doc = parsed
        self.starts = {"person": [], "group": []}
        self.ents = {"person": [], "group": []}
        self.not_persons: set = set()    # tokens of names the NER calls people that are groups
        for ent in parsed.ents:
            kind = kinds.get(ent.label_)
            if kind == "person" and group_name is not None and group_name(ent.text):
                # 'Boko Haram' read as a person: no 'he' stands for it
                kind = "group"
                self.not_persons.update(range(ent.start, ent.end))
            if kind:
                self.starts[kind].append(ent.start_char)
                self.ents[kind].append(ent)
        self.cues = party_cues(cues)
        self.place_name = place_name     # name -> None (actor) / True (place) / False (unknown)
        self._plurals = None             # (starts, tokens) of plural party nouns, built on first use

    def nearest(self, kind: str, before: int):
        i = bisect.bisect_left(self.starts[kind], before) - 1
        return self.ents[kind][i] if i >= 0 else None

    def nearest_plural(self, before: int, skip=()):
        """The nearest plural party noun ('elders', 'officials') before char ``before``, not
        inside the ``skip`` tokens' phrases nor another noun's."""
        if self._plurals is None:
            toks = [t for t in self.doc if t.tag_ == "NNS" and t.dep_ != "compound" and not _noun_modifier(t)
                    and self_actor(t, self.cues)]
            self._plurals = ([t.idx for t in toks], toks)
        starts, toks = self._plurals
        i = bisect.bisect_left(starts, before) - 1
        while i >= 0:
            t = toks[i]
            if not any(s.left_edge.i <= t.i <= s.right_edge.i for s in skip):
                return t
            i -= 1
        return None


def _noun_modifier(t) -> bool:
    """'operations against terrorists', 'the return of refugees': a party told of inside another
    noun's phrase is not what a later 'them' is about."""
    return t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN")


_PARTY_CUES: dict = {}
# words that join a title to what it is of ('secretary of state', 'heir to the throne'): the
# title's last word is then no holder
TITLE_LINKS = frozenset({"of", "for", "to", "the", "al", "ul"})


def party_cues(cues) -> dict:
    """The lexicon's cues with the actor registry's one-word agent nouns and the head words of
    its titles added to its ``agent_nouns`` ('billionaire', 'sailors', 'pirates', 'prince'
    name a party as 'police' does), except
    the words that name things (``things`` in actors/agents.yaml: 'drones', 'the town'). One
    list of agent words for the coder and the resolver; built once per cues."""
    hit = _PARTY_CUES.get(id(cues))
    if hit is not None and hit[0] is cues:
        return hit[1]
    lex = data.load("actors/agents.yaml")
    things = set(lex.get("things") or ())
    words = {w for ws in lex["agents"].values() for w in ws
             if w.isalpha() and w.islower() and w not in things}
    # the head word of a title ('the crown prince', 'the committee chairman') names its holder
    words |= {t.split()[-1] for entry in lex.get("titles") or () for t in entry["words"]
              if " " in t and not set(t.split()) & TITLE_LINKS and t.split()[-1].isalpha()
              and t.split()[-1] not in things}
    merged = dict(cues, agent_nouns=frozenset(cues["agent_nouns"]) | words)
    _PARTY_CUES[id(cues)] = (cues, merged)
    return merged


def _person(c, cues) -> bool:
    if c.ent_type_ == "PERSON":
        return True
    return c.pos_ == "NOUN" and c.tag_ == "NN" and c.lemma_.lower() in cues["person_nouns"]


def institution(c, cues) -> bool:
    """'the foreign office', 'the ministry': a body that can speak as 'it'."""
    return c.pos_ == "NOUN" and c.tag_ == "NN" and c.lemma_.lower() in cues["institution_nouns"]


def _plural_verb(c) -> bool:
    """'The Taliban have denied ...': a name whose verb agrees in the plural."""
    v = c.head
    if c.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [v] + [a for a in v.children if a.dep_ in ("aux", "auxpass")]
    return any(x.tag_ == "VBP" or x.lower_ in ("are", "were") for x in verbs)


def compatible(c, low: str, cues) -> bool:
    """Can mention head ``c`` be what pronoun ``low`` stands for?"""
    if c.pos_ == "PRON":
        return False
    conj = any(x.dep_ == "conj" and x.pos_ in ("PROPN", "NOUN") for x in c.children)
    if low in PERSON_PRONOUNS:
        return _person(c, cues) and not conj
    if low in IT_PRONOUNS:
        if conj or c.tag_ in ("NNS", "NNPS") or _person(c, cues):
            return False
        return c.ent_type_ in ("ORG", "GPE", "NORP") or institution(c, cues) or (
            c.pos_ == "NOUN" and self_actor(c, cues))
    if low in THEY_PRONOUNS:
        if conj:
            return self_actor(c, cues) or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        if c.ent_type_ in ("GPE", "NORP") or (c.ent_type_ == "ORG" and _plural_verb(c)):
            return True
        if c.pos_ == "NOUN" and c.tag_ == "NN" and not c.ent_type_:
            # a body of people ('the army ... They deny'), as British usage has it; not a person
            return self_actor(c, cues) and not _person(c, cues)
        return c.tag_ in ("NNS", "NNPS") and (self_actor(c, cues) or c.lemma_.lower() in ("side", "party"))
    return False


def _main_subjects(sent, skip=None) -> list:
    """Subjects of the sentence's main clause, then of the clauses it reports ('X said Y ...')."""
    root = sent.root
    out = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    out += [s for c in root.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if skip is not None:
        out = [c for c in out if not (c.left_edge.i <= skip.i <= c.right_edge.i)]
    return out


def _pick(cands, tok, low, index, depth):
    cues = index.cues
    for c in cands:
        if c.i in index.not_persons and low in PERSON_PRONOUNS:
            continue
        if c.pos_ == "PRON" and c.lower_ in SUBJECT_PRONOUNS and depth < 3 and (
                (c.lower_ in PERSON_PRONOUNS) == (low in PERSON_PRONOUNS)):
            r = resolve(c, index, depth + 1)       # 'He met X ... his office said'
            if r is not None:
                return r
            continue
        if compatible(c, low, cues):
            named = [a for a in c.children if a.dep_ == "appos" and not c.ent_type_
                     and compatible(a, low, cues)] if c.pos_ == "NOUN" else []
            return named[0] if named else c     # 'the envoy, Mohammad Sadiq,' -> Sadiq
        if low in PERSON_PRONOUNS:
            # 'President-General of the group, Chief Nnia Nwodo, said ...': the person the
            # subject's phrase names in apposition, wherever the parser hangs it
            named = [a for a in c.subtree if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                     and compatible(a, low, cues)]
            if named:
                return named[0]
    return None


def _prev_sentence(tok):
    s = tok.sent
    return tok.doc[s.start - 1].sent if s.start > 0 else None


def _mentioned_before(tok, kind: str, index) -> bool:
    """A compatible named mention earlier in the pronoun's own sentence."""
    ent = index.nearest(kind, tok.idx)
    return ent is not None and ent.start >= tok.sent.start


def _discourse(tok, low: str, kind: str, index, depth: int):
    """Rules 4 and 5: main-clause subjects of this sentence and of the previous one."""
    if low in POSSESSIVES and tok.dep_ == "poss":
        own = [c for c in _main_subjects(tok.sent, skip=tok) if c.i < tok.i or c.dep_ != "nsubj"]
        r = _pick(own, tok, low, index, depth)
        if r is not None:
            return r
    elif not (low in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass")):
        return None
    else:
        own = [c for c in _main_subjects(tok.sent, skip=tok) if c.i < tok.i]
        r = _pick(own, tok, low, index, depth)     # 'X and Y met Z and condemned what they called'
        if r is not None:
            return r
        if _mentioned_before(tok, kind, index) or _mentioned_before(tok, "person", index):
            return None
    prev = _prev_sentence(tok)
    if prev is None:
        return None
    return _pick(_main_subjects(prev), tok, low, index, depth)


def _speaker_owner(subj, kind: str, cues):
    """'Khan's office said he ...': a person pronoun stands for the named possessor of a
    speaker noun (office, spokesman, aide), not for the nearest named person."""
    if kind != "person" or subj.lemma_.lower() not in cues["speaker_nouns"]:
        return None
    for c in subj.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP"):
            return c
    return None


def _governor_subject(tok, kind: str, cues):
    """'The government maintains it does not ...': the subject of the verb governing
    the pronoun's clause, when it is a compatible named or agent noun."""
    v = tok.head
    for _ in range(3):
        if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head.i == v.i:
            return None
        v = v.head
        for c in v.children:
            owner = _speaker_owner(c, kind, cues) if c.dep_ == "nsubj" and c.i < tok.i else None
            if owner is not None:
                return owner
            if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ != "PRON" and self_actor(c, cues):
                person = c.ent_type_ == "PERSON"
                if person == (kind == "person") or (kind == "person" and c.pos_ == "NOUN"):
                    return c
                if tok.lower_ in THEY_PRONOUNS and compatible(c, tok.lower_, cues):
                    return c     # 'Muttaqi and Akhund condemned what they called ...'
    return None


def _clause_owner(tok, low: str, index, depth: int):
    """'as President Macron wrapped up his visit', 'the minister ended her tour': his/her
    in the object of a verb whose own subject, named before it, is a compatible person
    stands for that subject, whatever the main clause is about."""
    v = tok.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < tok.i]
    return _pick(subj, tok, low, index, depth) if subj else None


def _speaker(sent, cues):
    for t in sent:
        if t.lemma_ in cues["speech_verbs"]:
            for c in t.children:
                if c.dep_ == "nsubj" and c.lower_ not in cues["pronoun_kind"].keys() - {"he", "she", "it", "they"}:
                    return c
    return None


# Verbs whose object is a party ('accuses it of', 'urged it to'): an object 'it' there stands
# for a named body, as 'it' elsewhere in object place ('did it', 'made it clear') does not.
PARTY_VERBS = frozenset({"accuse", "blame", "condemn", "criticize", "criticise", "urge", "ask",
                         "warn", "pressure", "press", "sanction", "praise", "thank", "fault",
                         "charge", "punish", "threaten"})


def _object_it(tok, index):
    """'Pakistan ... accuses it of ...': the nearest named organisation or state before the
    pronoun, in its sentence or the one before, that is not the subject of its own verb
    (that would be 'itself')."""
    v = tok.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.dep_ in ("conj", "xcomp") \
            and v.head.i != v.i:
        v = v.head                          # 'X is unhappy with Y and accuses it'
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj += [r for c in subj if c.pos_ == "PRON" for r in [resolve(c, index, 1)] if hasattr(r, "left_edge")]
    prev = _prev_sentence(tok)
    floor = prev.start if prev is not None else tok.sent.start
    i = bisect.bisect_left(index.starts["group"], tok.idx) - 1
    while i >= 0:
        ent = index.ents["group"][i]
        if ent.start < floor:
            return None
        if not any(s.left_edge.i <= ent.start <= s.right_edge.i for s in subj):
            return ent
        i -= 1
    return None


def resolve(tok, index: DocIndex, depth: int = 0):
    """A named token or span for ``tok``; pronouns and relative pronouns resolved."""
    cues = index.cues
    low = tok.lower_
    if low in cues["relative_pronouns"] and tok.head.dep_ == "relcl":
        head = tok.head.head
        if head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
            return head.head.head    # 'the attack near Besham, which killed five': the attack did
        return head
    kind = cues["pronoun_kind"].get(low) if tok.pos_ == "PRON" else None
    if kind is None:
        return tok
    if low == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in PARTY_VERBS:
        return _object_it(tok, index)
    if low in ("it", "itself", "its") and tok.dep_ != "nsubj" and not (low == "its" and tok.dep_ == "poss"):
        return None
    if kind == "speaker":
        spk = None
        if depth == 0:
            sent = tok.sent
            spk = _speaker(sent, cues)
            doc = tok.doc
            for nb in (sent.end, sent.start - 1):
                if spk is None and 0 <= nb < len(doc):
                    spk = _speaker(doc[nb].sent, cues)
        if spk is not None and spk.i != tok.i:
            return resolve(spk, index, depth + 1)
        kind = "group"
    if low in POSSESSIVES and tok.dep_ == "poss":
        own = _clause_owner(tok, low, index, depth)
        if own is not None:
            return own
    # the object of a coordinated verb is not the subject of the first: 'Police arrested X,
    # charged him and a court sentenced him' -> X, not the police ('Khan said the army held
    # him' keeps Khan)
    coordinated = tok.dep_ in OBJECT_DEPS and tok.head.dep_ == "conj"
    gov = None if coordinated else _governor_subject(tok, kind, cues)
    if gov is not None:
        return gov
    if low in PERSON_PRONOUNS | IT_PRONOUNS | THEY_PRONOUNS:
        r = _discourse(tok, low, kind, index, depth)
        if r is not None:
            return r
    if low in THEY_PRONOUNS:
        return _they(tok, index)
    ent = index.nearest(kind, tok.idx)
    if ent is None and kind == "person":
        return None
    return ent


def _no_referent(ent, index: DocIndex) -> bool:
    """A place or a state ('reached Tianjin ... they should release him': a state is 'it') or a
    name modifying a thing ('a Foreign Office statement said') or a side told as a place: no
    'they'."""
    if ent.label_ == "GPE":
        return True
    root = ent.root
    if root.dep_ == "amod" and _side_place(root.head):
        return True     # 'fired on the guards from the Afghan side, killing one of them'
    return root.dep_ == "compound" and root.head.i >= ent.end and not self_actor(root.head, index.cues)


def _side_place(noun) -> bool:
    """'from the Afghan side', 'on the Pakistani side of the border': a side as a place, not
    the party it is elsewhere ('the Afghan side said')."""
    return noun.lemma_.lower() == "side" and noun.dep_ == "pobj" and noun.head.lower_ in ("from", "on", "across")


def _they(tok, index: DocIndex):
    """'Speaking to the local elders, he ... He urged them': the nearer of the last named group
    and the last plural party noun; an object is not its own verb's subject."""
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    ent, before = None, tok.idx
    while ent is None:
        ent = index.nearest("group", before)
        if ent is None:
            break
        if _no_referent(ent, index) or any(s.left_edge.i <= ent.start <= s.right_edge.i for s in subj):
            before, ent = ent.start_char, None
    noun = index.nearest_plural(tok.idx, subj)
    if noun is not None and (ent is None or noun.i > ent.end - 1):
        return noun
    return ent
