"""The other party of an act when its own arguments name none (``jirga/coding/addressees.py``):
sentences through the coder (model)."""
import pytest

from tests.coding.helpers import code, one, texts


# -- an act told to someone is addressed to them -----------------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("The envoy assured Kabul that Pakistan supports the peace process.", "SUPPORT", "Kabul"),
    ("Mr. Rutte told Mr. Scholz that the Netherlands expresses regret over the decision.", "CONCEDE", "Mr. Scholz"),
    ("The minister informed Ankara that Greece rejects the proposal.", "REJECT", "Ankara"),
])
def test_an_act_told_to_a_named_party_is_addressed_to_it(parse, res, text, typ, target):
    assert texts(one(code(parse, res, text), typ).recipient) == [target]


@pytest.mark.parametrize("text", ["Officials told Reuters that Iran rejects the plan.",
                                  "The minister told reporters that Iran rejects the plan."])
def test_the_press_told_of_an_act_is_no_party_to_it(parse, res, text):
    assert one(code(parse, res, text), "REJECT").recipient == []


# -- the other side of a relation the actor owns ------------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("Ankara values its friendship and cooperation with Moscow.", "SUPPORT", "Moscow"),
    ("The government praised its close partnership with the European Union.", "SUPPORT", "European Union"),
    # told with 'the', the phrase on a conjunct of the tie (was no recipient)
    ("Vietnam has greatly treasured the traditional friendship and efficient cooperation with Russia.",
     "SUPPORT", "Russia"),
])
def test_the_partner_of_a_relation_the_actor_owns_is_the_recipient(parse, res, text, typ, target):
    ev = one(code(parse, res, text), typ)
    assert texts(ev.recipient) == [target]


def test_an_owned_object_without_a_partner_is_left_alone(parse, res):
    ev = one(code(parse, res, "The government praised its soldiers for their courage."), "SUPPORT")
    assert texts(ev.recipient) == ["its soldiers"]
    # 'with' naming no party: nothing taken from it
    ev = one(code(parse, res, "The army strengthened its defences with new artillery."), "MOBILIZE")
    assert ev.recipient == []


# -- the maker of the object an act answers ---------------------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("Kabul rejected the allegations made by Islamabad.", "REJECT", "Islamabad"),
    ("The minister welcomed the proposal put forward by the European Union.", "SUPPORT", "European Union"),
    ("Lima denounced the sanctions imposed by Caracas.", "ACCUSE", "Caracas"),
])
def test_the_party_that_made_the_object_is_the_recipient(parse, res, text, typ, target):
    assert texts(one(code(parse, res, text), typ).recipient) == [target]


def test_a_maker_that_is_no_party_names_no_recipient(parse, res):
    assert one(code(parse, res, "Delhi rejected the report published on Monday."), "REJECT").recipient == []


# -- an act on a thing joined to an act on a party -----------------------------------------------------
@pytest.mark.parametrize("text,typ,target", [
    ("Police seized the weapons and arrested five men.", "COERCE", "five men"),
    ("The army destroyed the bridge and killed three civilians.", "ASSAULT", "three civilians"),
    ("Kabul closed the crossing and accused Islamabad of provocation.", "COERCE", "Islamabad"),
])
def test_an_act_on_a_thing_joined_to_an_act_on_a_party_is_done_to_it(parse, res, text, typ, target):
    ev = next(e for e in code(parse, res, text) if e.event_type == typ)
    assert texts(ev.recipient) == [target]


def test_a_joined_act_with_its_own_subject_lends_no_recipient(parse, res):
    evs = code(parse, res, "Police seized the weapons and the army arrested five men.")
    seized = next(e for e in evs if e.trigger.text == "seized")
    assert seized.recipient == []


# -- a condemned act told as a noun: its doer is blamed, not whom it was done to -------------------
@pytest.mark.parametrize("text,target", [
    ("The Taliban condemned the killing of three civilians by Pakistani forces in Kunar.", "Pakistani forces"),
    ("Pakistan condemned the arrest of two journalists by Taliban authorities in Kabul.", "Taliban authorities"),
    ("The UN criticised the detention of women activists by the Taliban.", "Taliban"),
])
def test_the_doer_of_a_condemned_act_is_the_recipient(parse, res, text, target):
    assert texts(one(code(parse, res, text), "ACCUSE").recipient) == [target]


@pytest.mark.parametrize("text,target", [
    ("Beijing protested the US arms sale to Taiwan.", "US"),
    ("Islamabad condemned India's military aid to Kabul.", "India"),
    ("China protested to the US over arms sales to Taiwan.", "US"),     # a 'to' phrase still addressed
])
def test_whom_a_blamed_thing_went_to_is_not_blamed(parse, res, text, target):
    assert texts(one(code(parse, res, text), "ACCUSE").recipient) == [target]


def test_the_by_phrase_of_an_acts_object_is_its_doer(parse, res):
    ev = one(code(parse, res, "The arrest of Afghan nationals by Iranian police angered Kabul."), "COERCE")
    assert texts(ev.actor) == ["Iranian police"] and texts(ev.recipient) == ["Afghan nationals"]
