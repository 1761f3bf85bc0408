"""Frames that hold an act back (``jirga/coding/hedges.py``): likelihood, ability and
permission, refusal, and the generic present, through the coder (model)."""
import pytest

from jirga.coding import hedges
from jirga.coding.modality import modality
from tests.coding.helpers import code, factual, one, texts


def _evs(parse, res, text, trigger):
    evs = [e for e in code(parse, res, text) if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r}"
    return evs


@pytest.mark.parametrize("text,trigger", [
    ("Parliament is unlikely to approve the treaty.", "approve"),
    ("Analysts say Seoul is unlikely to impose sanctions on Tokyo.", "impose"),
    ("The rebels are likely to attack the garrison again.", "attack"),
])
def test_likely_and_unlikely_acts_are_forecasts_not_facts(parse, res, text, trigger):
    assert not factual(_evs(parse, res, text, trigger))


def test_a_likely_attack_is_no_threat_by_its_subject(parse, res):
    evs = code(parse, res, "The rebels are likely to attack the garrison again.")
    assert not factual(evs, "THREATEN") and not factual(evs, "ASSAULT")


@pytest.mark.parametrize("text,trigger", [
    ("The new law gives police the power to detain suspects for 30 days.", "detain"),
    ("The accord improves the capacity of both navies to cooperate in the Gulf.", "cooperate"),
    ("Troops are able to strike targets deep inside the country.", "strike"),
])
def test_an_act_one_is_able_or_allowed_to_do_is_no_fact(parse, res, text, trigger):
    assert not factual(_evs(parse, res, text, trigger))


@pytest.mark.parametrize("text,trigger", [
    ("Border guards would not be allowed to arrest the migrants.", "arrest"),
    ("Police were unable to arrest the suspect.", "arrest"),
])
def test_an_act_not_allowed_or_not_possible_is_negated(parse, res, text, trigger):
    evs = _evs(parse, res, text, trigger)
    assert not factual(evs) and all(e.negated for e in evs)


def test_a_permission_granted_in_the_past_tells_the_act(parse, res, cues):
    meet = [t for t in parse("The prisoners were allowed to meet their lawyers.").parsed if t.lower_ == "meet"][0]
    m = modality(meet, cues)
    assert not (m.negated or m.hypothetical) and m.frame != "ability"


@pytest.mark.parametrize("text,trigger,actor", [
    ("The governor was unwilling to commit to the effort.", "unwilling", "governor"),
    ("Ankara remains unwilling to negotiate with the Kurdish militants.", "unwilling", "Ankara"),
    ("The central bank was reluctant to support the plan.", "reluctant", "central bank"),
])
def test_a_refused_cooperative_act_is_the_refusal(parse, res, text, trigger, actor):
    ev = one(code(parse, res, text), "REJECT")
    assert ev.trigger.text == trigger and texts(ev.actor) == [actor]
    assert factual(code(parse, res, text), "REJECT") and not [
        e for e in factual(code(parse, res, text)) if e.event_type != "REJECT"]


def test_a_refused_hostile_act_is_no_act_and_no_rejection(parse, res):
    evs = code(parse, res, "Turkey was unwilling to send troops.")
    assert not factual(evs)


@pytest.mark.parametrize("text", [
    "The opposition may be reluctant to join the talks.",   # a refusal only foreseen
    "Egypt was not unwilling to mediate between the factions.",   # no refusal at all
])
def test_a_hedged_or_negated_refusal_is_no_rejection(parse, res, text):
    assert not factual(code(parse, res, text), "REJECT")


@pytest.mark.parametrize("text,trigger", [
    ("Government data show that most of those who are deported do return within a year.", "deported"),
    ("Anyone who attacks a police officer is arrested.", "arrested"),
    ("Anyone who attacks a police officer is arrested.", "attacks"),
    ("People who protest outside the embassy are fined.", "fined"),
])
def test_a_simple_present_about_a_kind_of_people_is_generic(parse, res, text, trigger):
    assert not factual(_evs(parse, res, text, trigger))


@pytest.mark.parametrize("text,trigger", [
    ("Police detained protesters who were marching toward the embassy.", "marching"),
    ("Police detained protesters who were marching toward the embassy.", "detained"),
    ("The militants who attack police posts were arrested on Monday.", "arrested"),
])
def test_a_past_or_specific_relative_clause_stays_a_fact(parse, res, text, trigger):
    assert factual(_evs(parse, res, text, trigger))


def test_a_relative_clause_whose_head_is_the_object_is_not_generic(parse):
    doc = parse("Hamas cannot replace those it fires at Israel.").parsed
    assert not hedges.generic_present([t for t in doc if t.lower_ == "fires"][0])



@pytest.mark.parametrize("text,trigger", [
    ("A Russian blockade of the port could cut off grain exports.", "blockade"),
    ("A hasty expulsion of Greece from the euro zone would hurt savers.", "expulsion"),
    ("Clashes between the two armies could erupt again.", "Clashes"),
])
def test_an_indefinite_act_as_subject_of_a_modal_is_supposed(parse, res, text, trigger):
    assert not factual(_evs(parse, res, text, trigger))


def test_a_given_act_as_subject_of_a_modal_stays_told(parse, res):
    assert factual(_evs(parse, res, "The Russian blockade of the port could cut off grain exports.", "blockade"))


def test_a_bare_conjunct_of_a_generic_clause_is_generic(parse, res):
    assert not factual(_evs(parse, res, "Under the law, people who enter without papers are detained and deported.",
                            "deported"))


def test_an_act_perceived_under_a_modal_is_not_supposed(parse, cues):
    doc = parse("An explosion could be heard across the city.").parsed
    blast = [t for t in doc if t.lower_ == "explosion"][0]
    assert not hedges.supposed_subject(blast, blast.head, cues)


@pytest.mark.parametrize("text,trigger", [
    ("Kabul is not willing to negotiate with the militants.", "willing"),
    ("Ankara was not ready to sign the agreement.", "ready"),
    ("Officials said Kabul would not be willing to sign the deal.", "willing"),
])
def test_not_willing_to_cooperate_is_a_refusal(parse, res, text, trigger):
    assert one(code(parse, res, text), "REJECT").trigger.text == trigger
    assert not factual(code(parse, res, text), "AGREE")


@pytest.mark.parametrize("text", ["Kabul may not be ready to sign the deal.", "Kabul may be ready to sign the deal."])
def test_a_will_only_possible_is_neither_promise_nor_refusal(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "AGREE") and not factual(evs, "REJECT")


def test_a_stated_will_to_cooperate_stays_a_promise(parse, res):
    assert factual(code(parse, res, "Kabul is willing to negotiate with the militants."), "AGREE")
