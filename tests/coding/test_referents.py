"""What argument heads stand for (``jirga/coding/referents.py``): hand-built parses with the shipped
cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding.pronouns import DocIndex
from jirga.coding.referents import elided, not_actor, refs
from tests.coding.helpers import code, one, texts
from tests.coding.parses import ATTACK, HOSTED, MET, NO_COUNTRY, ROUTE, ROUTE_ENT
from tests.handmade import hand_doc, tok


def test_not_actor_negative_quantifier_and_route(cues):
    assert not_actor(tok(NO_COUNTRY, "country"), cues)
    assert not not_actor(tok(NO_COUNTRY, "Pakistan"), cues)
    assert not_actor(tok(ROUTE, "Torkham"), cues)                 # 'the road from Wagah to Torkham'
    assert not_actor(tok(ROUTE_ENT, "Wagah"), cues)               # an entity 'Wagah to Torkham'


def test_refs_spans_for_heads(cues):
    assert refs([tok(MET, "Pakistan")], DocIndex(MET, cues)) == [(0, 8, "Pakistan"), (13, 24, "Afghanistan")]
    assert refs([tok(NO_COUNTRY, "country")], DocIndex(NO_COUNTRY, cues)) == []
    # a non-actor head with an actor modifier: the modifier
    assert [r[2] for r in refs([tok(HOSTED, "delegation")], DocIndex(HOSTED, cues))] == ["Pakistani delegation"]


def test_refs_place_modifier_of_an_event_noun_is_no_actor(cues):
    place = DocIndex(ATTACK, cues, place_name=lambda name: True)
    assert refs([tok(ATTACK, "TTP")], place) == []
    actor = DocIndex(ATTACK, cues, place_name=lambda name: None)
    assert refs([tok(ATTACK, "TTP")], actor) == [(4, 7, "TTP")]


# -- not actors (roles.not_actor, abstract nouns, place modifiers)
@pytest.mark.parametrize("text,typ,bad", [
    ("No country has attacked Pakistan.", "ASSAULT", "No country"),
    ("Traders blocked the road from Wagah to Torkham on Monday.", "PROTEST", "Torkham"),
    ("Food security threatens stability in the region.", "THREATEN", "security"),
    ("The Zhob attack killed nine soldiers.", "ASSAULT", "Zhob"),
])
def test_not_actors(parse, res, text, typ, bad):
    for e in code(parse, res, text):
        if e.event_type == typ:
            assert not any(bad in r.text for r in e.actor + e.recipient)


def test_a_post_never_acts_through_a_relative_pronoun(parse, res):
    evs = code(parse, res, "He condemned the raid on an army post in Tank that killed nine soldiers.")
    assert all("army post" not in texts(e.actor) for e in evs)


def test_whose_people_act_for_the_antecedent(parse, res):
    ev = one(code(parse, res, "Kabul received a letter from Tehran, whose envoys visited Herat in May."), "CONSULT")
    assert texts(ev.actor) == ["Tehran"]
    ev = one(code(parse, res, "The union, whose members marched on parliament, urged the cabinet to resign."),
             "REQUEST")
    assert texts(ev.actor) == ["union"]
    # 'whose' owning no party noun changes nothing
    ev = one(code(parse, res, "Police arrested the driver whose truck blocked the road."), "COERCE")
    assert texts(ev.actor) == ["Police"] and texts(ev.recipient) == ["driver"]


def test_a_bare_share_of_a_group_is_of_the_group_just_named(parse, res):
    evs = code(parse, res, "Greek border guards detained 60 migrants near the Evros river on Friday. "
                           "The majority were released on Saturday. The minister resigned in March. "
                           "Several were released later.")
    released = [texts(e.recipient) for e in evs if e.trigger.text == "released"]
    assert released[0] == ["60 migrants"]
    assert released[1:] == [[]]          # the group named two sentences back is too far


# -- a held place stands for its holder ------------------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("Warplanes struck rebel-held areas of Daraa on Sunday.", "ASSAULT", "rebel"),
    ("Troops shelled villages controlled by the Houthi movement.", "ASSAULT", "Houthi movement"),
    ("Government forces launched an offensive on the outskirts of Sirte, a town held by Islamic State "
     "militants.", "ASSAULT", "Islamic State militants"),
    ("Soldiers carried out raids in militant hideouts in North Waziristan.", "ASSAULT", "militant hideouts"),
])
def test_a_struck_place_a_party_holds_stands_for_it(parse, res, text, typ, target):
    assert texts(one(code(parse, res, text), typ).recipient) == [target]


def test_a_place_no_one_is_said_to_hold_stays_a_place(parse, res):
    ev = one(code(parse, res, "Police raided homes in the city of Quetta."), "COERCE")
    assert all("Quetta" in t for t in texts(ev.recipient))
    ev = one(code(parse, res, "Troops fought in the city of Aleppo."), "ASSAULT")
    assert all("Aleppo" in t for t in texts(ev.recipient))


# -- a state named in apposition ------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("Riyadh imposed an embargo on its neighbour, Qatar.", "SANCTION", "Qatar"),
    ("Rebels shelled the capital, Kabul, on Monday.", "ASSAULT", "Kabul"),
    ("Hanoi thanked its old partner, Moscow, for the aid.", "SUPPORT", "Moscow"),
    ("Beijing criticised a close US ally, Japan, over the drills.", "ACCUSE", "Japan"),   # not the US
    # the parser hangs the name on the region the ally is in
    ("Riyadh imposed an embargo on a fellow US ally in the Gulf, Qatar.", "SANCTION", "Qatar"),
])
def test_a_noun_describing_a_state_named_in_apposition_is_that_state(parse, res, text, typ, target):
    assert texts(one(code(parse, res, text), typ).recipient) == [target]


def test_a_person_in_apposition_keeps_the_title_with_the_name(parse, res):
    ev = one(code(parse, res, "Police arrested the group's leader, Ali Khan."), "COERCE")
    assert texts(ev.recipient) == ["group's leader, Ali Khan"]


# a headline: '12' hangs on the verb as its conjunct, 'wounded' on the number
HANGING = hand_doc("""
    0  Six      NUM   CD  nummod 1 six
    1  porters  NOUN  NNS nsubj  2 porter
    2  killed   VERB  VBD ROOT   2 kill
    3  and      CCONJ CC  cc     2 and
    4  12       NUM   CD  conj   2 12
    5  wounded  VERB  VBN acl    4 wound
    6  in       ADP   IN  prep   2 in
    7  avalanche NOUN NN  pobj   6 avalanche
""")

# a number joined to a noun, not to a clause, names no one else
LISTED = hand_doc("""
    0  Troops   NOUN  NNS nsubj  1 troop
    1  seized   VERB  VBD ROOT   1 seize
    2  rifles   NOUN  NNS dobj   1 rifle
    3  and      CCONJ CC  cc     2 and
    4  40       NUM   CD  conj   2 40
    5  .        PUNCT .   punct  1 .
""")


def test_a_bare_number_joined_to_a_headline_verb_counts_its_subject():
    assert elided(tok(HANGING, "12")) is not None and elided(tok(HANGING, "12")).text == "porters"
    assert elided(tok(LISTED, "40")) is None


def test_a_name_the_registry_knows_with_its_common_noun_is_one_actor(parse, res):
    # 'Haqqania seminary' is a registry alias: not its first proper noun alone
    ev = one(code(parse, res, "Gunmen attacked the Haqqania seminary near Nowshera on Monday."), "ASSAULT")
    assert texts(ev.recipient) == ["Haqqania seminary"]
    # a name the registry does not know keeps the old reading: the common noun is no party
    ev = one(code(parse, res, "Gunmen attacked the Taliban office near Nowshera on Monday."), "ASSAULT")
    assert texts(ev.recipient) == ["Taliban"]


def test_an_attack_named_as_the_doer_stands_for_its_party_not_itself(parse, res):
    # 'a Taliban attack that killed four soldiers': the Taliban killed them, not 'the attack'
    ev = one(code(parse, res, "The army said a Taliban attack that killed four soldiers was repelled."), "ASSAULT")
    assert texts(ev.actor) == ["Taliban"]
    ev = one(code(parse, res, "Kabul condemned a commando raid that killed six villagers in Kunar."), "ASSAULT")
    assert "raid" not in " ".join(texts(ev.actor))


@pytest.mark.parametrize("text,typ", [
    ("North Korea test-fired two ballistic missiles into the Sea of Japan, Seoul said.", "MOBILIZE"),
    ("Iran seized a tanker in the Strait of Hormuz.", "COERCE"),
])
def test_waters_named_after_a_party_are_no_party(parse, res, text, typ):
    ev = next(e for e in code(parse, res, text) if e.event_type == typ)
    assert ev.recipient == []
