"""Recipients below the trigger's own arguments (``jirga/coding/reach.py``): hand-built parses with
the shipped cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding.reach import deep_recipients, has_actor, quantity_of, unwrap
from jirga.coding.roles import RECIPIENT_PREPS
from tests.coding.helpers import code, one, texts
from tests.handmade import hand_doc, tok

THOUSANDS = hand_doc("""
    0 Thousands    NOUN NNS nsubj 4 thousand
    1 of           ADP  IN  prep  0 of
    2 Kurdish      ADJ  JJ  amod  3 kurdish B-NORP
    3 students     NOUN NNS pobj  1 student
    4 demonstrated VERB VBD ROOT  4 demonstrate
    5 .            PUNCT .  punct 4 .
""")

DEMANDED = hand_doc("""
    0 Greece   PROPN NNP  nsubj 1 Greece B-GPE
    1 demanded VERB  VBD  ROOT  1 demand
    2 that     SCONJ IN   mark  4 that
    3 Turkey   PROPN NNP  nsubj 4 Turkey B-GPE
    4 withdraw VERB  VB   ccomp 1 withdraw
    5 its      PRON  PRP$ poss  6 its
    6 warships NOUN  NNS  dobj  4 warship
    7 .        PUNCT .    punct 1 .
""")

OFFER = hand_doc("""
    0  The        DET  DT  det   1 the
    1  rebels     NOUN NNS nsubj 2 rebel
    2  rejected   VERB VBD ROOT  2 reject
    3  a          DET  DT  det   5 a
    4  fresh      ADJ  JJ  amod  5 fresh
    5  offer      NOUN NN  dobj  2 offer
    6  from       ADP  IN  prep  5 from
    7  the        DET  DT  det   9 the
    8  Malian     ADJ  JJ  amod  9 malian B-NORP
    9  government NOUN NN  pobj  6 government
    10 .          PUNCT .  punct 2 .
""")

SEIZED = hand_doc("""
    0 Police      NOUN NNS nsubj 1 police
    1 confiscated VERB VBD ROOT  1 confiscate
    2 rifles      NOUN NNS dobj  1 rifle
    3 from        ADP  IN  prep  1 from
    4 the         DET  DT  det   5 the
    5 militants   NOUN NNS pobj  3 militant
    6 .           PUNCT .  punct 1 .
""")

THREAT = hand_doc("""
    0 Iran       PROPN NNP nsubj    1 Iran B-GPE
    1 threatened VERB  VBD ROOT     1 threaten
    2 to         PART  TO  aux      3 to
    3 cut        VERB  VB  xcomp    1 cut
    4 off        ADP   RP  prt      3 off
    5 gas        NOUN  NN  compound 6 gas
    6 supplies   NOUN  NNS dobj     3 supply
    7 to         ADP   IN  prep     3 to
    8 Armenia    PROPN NNP pobj     7 Armenia B-GPE
    9 .          PUNCT .   punct    1 .
""")

CURFEW = hand_doc("""
    0 Soldiers NOUN  NNS nsubj 1 soldier
    1 imposed  VERB  VBD ROOT  1 impose
    2 a        DET   DT  det   3 a
    3 curfew   NOUN  NN  dobj  1 curfew
    4 in       ADP   IN  prep  1 in
    5 Cizre    PROPN NNP pobj  4 Cizre B-GPE
    6 .        PUNCT .   punct 1 .
""")


def _deep(doc, verb, typ, cues):
    return [t.text for t in deep_recipients(tok(doc, verb), typ, cues, RECIPIENT_PREPS)]


def test_has_actor_by_itself_or_through_a_modifier(cues):
    assert has_actor(tok(OFFER, "government"), cues)
    assert not has_actor(tok(OFFER, "offer"), cues)
    assert has_actor(tok(THOUSANDS, "students"), cues)


def test_quantity_of_stands_for_its_of_phrase(cues):
    assert quantity_of(tok(THOUSANDS, "Thousands"), cues).text == "students"
    assert quantity_of(tok(OFFER, "offer"), cues) is None       # not a quantity word


def test_unwrap_replaces_only_quantity_heads(cues):
    out = unwrap([tok(THOUSANDS, "Thousands"), tok(OFFER, "rebels")], cues)
    assert [t.text for t in out] == ["students", "rebels"]


def test_deep_recipients_in_the_phrase_of_a_non_actor_object(cues):
    assert _deep(OFFER, "rejected", "REJECT", cues) == ["government"]


def test_deep_recipients_from_phrase_of_the_verb(cues):
    assert _deep(SEIZED, "confiscated", "COERCE", cues) == ["militants"]


def test_deep_recipients_subject_of_a_demanded_clause(cues):
    assert _deep(DEMANDED, "demanded", "REQUEST", cues) == ["Turkey"]


def test_deep_recipients_one_clause_down(cues):
    assert _deep(THREAT, "threatened", "THREATEN", cues) == ["Armenia"]


def test_deep_recipients_place_of_an_act_done_somewhere(cues):
    assert _deep(CURFEW, "imposed", "COERCE", cues) == ["Cizre"]
    assert _deep(CURFEW, "imposed", "CONSULT", cues) == []       # only for acts done to a place's people


# -- sentences through the coder (spaCy model) -------------------------------------------------
# -- recipients below the trigger's own arguments
def test_demand_that_clause_subject_is_the_recipient(parse, res):
    ev = one(code(parse, res, "Greece demanded that Turkey withdraw its warships."), "REQUEST")
    assert texts(ev.recipient) == ["Turkey"]


def test_threat_recipient_in_infinitive_complement(parse, res):
    ev = one(code(parse, res, "Iran threatened to cut off gas supplies to Armenia."), "THREATEN")
    assert texts(ev.recipient) == ["Armenia"]


def test_recipient_in_phrase_of_non_actor_object(parse, res):
    ev = one(code(parse, res, "The rebels rejected a fresh offer from the Malian government."), "REJECT")
    assert "Malian government" in texts(ev.recipient)[0]


def test_recipient_from_phrase_of_the_verb(parse, res):
    ev = one(code(parse, res, "Police confiscated rifles from the Kurdish militants."), "COERCE")
    assert "Kurdish militants" in texts(ev.recipient)[0]


# -- actors hidden behind quantity heads and participial clauses
def test_quantity_head_stands_for_its_of_phrase(parse, res):
    ev = one(code(parse, res, "Thousands of Kurdish students demonstrated in Ankara on Sunday."), "PROTEST")
    assert texts(ev.actor) == ["Kurdish students"]


def test_the_other_side_of_talks_the_act_was_done_in(parse, res):
    ev = one(code(parse, res, "The Turkish minister agreed, in a telephone conversation with President Aliyev, "
                              "to reopen the consulate."), "AGREE")
    assert texts(ev.recipient) == ["President Aliyev"]
    # 'in line with X' is no talks
    ev = one(code(parse, res, "Oman agreed to free the sailors in line with the Iranian request."), "AGREE")
    assert texts(ev.recipient) != ["Iranian"]


def test_units_of_a_force_stand_for_the_force(parse, res):
    ev = one(code(parse, res, "Units of the Iraqi army eliminated dozens of militants near Mosul."), "ASSAULT")
    assert texts(ev.actor) == ["Iraqi army"]
    assert quantity_of(parse("Elements of the Taliban attacked.").parsed[0], lexicon_cues(res)).text == "Taliban"


def lexicon_cues(res):
    from jirga.coding import lexicon
    return lexicon.get(res).cues


def test_a_request_for_action_against_a_party_is_not_made_to_it(parse, res):
    ev = one(code(parse, res, "The Kenyan government called for stern action against the gunmen behind the raid."),
             "REQUEST")
    assert "gunmen" not in texts(ev.recipient)
    threat = one(code(parse, res, "Iran threatened further action against the militants."), "THREATEN")
    assert texts(threat.recipient) == ["militants"]      # a threat is made against them


@pytest.mark.parametrize("text,victims", [
    ("Two engineers were killed in Balochistan on Monday.", ["Two engineers"]),
    ("Two surveyors were kidnapped in Balochistan on Monday.", []),
])
def test_people_an_act_is_done_to_are_not_replaced_by_the_place(parse, res, text, victims):
    # 'in Balochistan' says where: the province is no victim, whatever noun names the people
    [ev] = [e for e in code(parse, res, text) if e.event_type == "ASSAULT"]
    assert [r.text for r in ev.recipient] == victims


def test_where_one_agrees_is_no_party_agreed_with(parse, res):
    ev = one(code(parse, res, "Pakistan agreed in Doha to set up a mechanism."), "AGREE")
    assert "Doha" not in texts(ev.recipient)
