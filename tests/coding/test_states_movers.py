"""Classes from the second error analysis: topics and requests are not facts, states are not
acts, things do not visit, undergone criticism points at its subject, claims accuse,
intentions are future, aid verbs and nouns. Hand-written sentences."""
import pytest

from tests.coding.helpers import code, factual, texts

pytestmark = pytest.mark.model


def types(events):
    return sorted(e.event_type for e in factual(events))


def one(events, typ):
    found = factual(events, typ)
    assert found, f"no factual {typ} in {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


# -- 1. acts under deliberation nouns or requests are not factual
@pytest.mark.parametrize("text", [
    "Pakistan said any decision on recognising the Taliban government would be taken with neighbours.",
    "The question of recognising the Taliban was raised again in Islamabad.",
    "Both sides held talks on lifting the ban on Afghan trucks.",
])
def test_act_under_a_deliberation_noun_is_not_factual(parse, res, text):
    assert not [e for e in factual(code(parse, res, text)) if e.event_type in ("SUPPORT", "RETREAT")]


def test_call_for_a_ceasefire_is_a_request(parse, res):
    evs = code(parse, res, "The UN renewed its calls for a ceasefire between the two sides.")
    assert types(evs) == ["REQUEST"]
    assert texts(one(evs, "REQUEST").actor) == ["UN"]


def test_called_for_talks_the_talks_are_requested(parse, res):
    evs = code(parse, res, "Pakistan called for talks with Kabul.")
    assert types(evs) == ["REQUEST"]


def test_reason_for_a_punishment_is_a_charge(parse, res):
    evs = code(parse, res, "A court jailed a student for helping militants join an armed group.")
    assert types(evs) == ["COERCE"]


# -- 2. a continuing state is not a new act
@pytest.mark.parametrize("text", [
    "Trade with Afghanistan has been frozen since 2019.",
    "Aid to Kabul has been suspended for months.",
    "The border crossing has been closed since Sunday.",
    "The Torkham crossing remained closed on Monday.",
    "The Torkham crossing is still closed.",
])
def test_state_is_not_an_event(parse, res, text):
    assert types(code(parse, res, text)) == []


def test_the_act_itself_is_still_an_event(parse, res):
    assert types(code(parse, res, "Pakistan closed the Torkham crossing on Sunday.")) == ["COERCE"]


# -- 3. things and transported people do not visit
@pytest.mark.parametrize("text", [
    "The wheat travelled to Kabul by road.",
    "The first consignment of wheat arrived in Kabul on Tuesday.",
    "A convoy carrying Indian wheat arrived in Jalalabad on Tuesday.",
    "A wounded soldier was flown to Pakistan for treatment.",
])
def test_non_human_mover_is_no_visit(parse, res, text):
    assert "CONSULT" not in types(code(parse, res, text))


@pytest.mark.parametrize("text", [
    "The Pakistani minister arrived in Kabul on Tuesday.",
    "Sadiq's predecessor, Asif Ali, visited Kabul in September 2023.",
])
def test_people_still_visit(parse, res, text):
    assert one(code(parse, res, text), "CONSULT").mode == "visit"


# -- 4. criticism undergone, disapproving characterisations
def test_drew_criticism_from_x(parse, res):
    ev = one(code(parse, res, "Pakistan's deportation drive drew sharp criticism from the United Nations."), "ACCUSE")
    assert texts(ev.actor) == ["United Nations"] and texts(ev.recipient) == ["Pakistan"]


def test_faced_criticism_from_x(parse, res):
    ev = one(code(parse, res, "Islamabad faced criticism from rights groups over the deportations."), "ACCUSE")
    assert texts(ev.actor) == ["rights groups"] and texts(ev.recipient) == ["Islamabad"]


def test_received_weapons_from_x_is_aid_by_x(parse, res):
    ev = one(code(parse, res, "The rebels received weapons from the Georgian government."), "AID")
    assert "Georgian government" in texts(ev.actor)[0] and texts(ev.recipient) == ["rebels"]


@pytest.mark.parametrize("text", [
    "The Taliban called the fence illegal.",
    "Kabul called the strikes unacceptable.",
    "Pakistan described the shelling as a violation of its sovereignty.",
])
def test_disapproving_characterisation_is_accuse(parse, res, text):
    evs = code(parse, res, text)
    assert types(evs) == ["ACCUSE"]


def test_characterisation_noun_is_not_a_second_event(parse, res):
    evs = code(parse, res, "Pakistan called the shooting an assassination attempt.")
    assert "ASSAULT" not in types(evs)


# -- 5. claims, intentions, purpose clauses, aid
def test_claim_of_an_attack_is_an_accusation(parse, res):
    ev = one(code(parse, res, "The US claimed that ISIL had attacked Iraq."), "ACCUSE")
    assert texts(ev.actor) == ["US"] and texts(ev.recipient) == ["ISIL"]


def test_claim_of_own_act_is_no_accusation(parse, res):
    assert "ACCUSE" not in types(code(parse, res, "The TTP claimed that it had carried out the attack."))


def test_wish_for_own_attack_is_a_threat(parse, res):
    assert types(code(parse, res, "Obama wants to attack Switzerland.")) == ["THREATEN"]


def test_wish_for_own_cooperation_is_a_future_agreement(parse, res):
    ev = one(code(parse, res, "The Secretary of State wants to help Israel."), "AGREE")
    assert ev.future


def test_non_actor_aim_is_no_intention(parse, res):
    evs = code(parse, res, "Hungary backed a resolution that aims to tighten sanctions against Serbia.")
    assert "THREATEN" not in types(evs)


def test_purpose_clause_shares_the_future(parse, res):
    evs = code(parse, res, "Obama and Putin will meet in Zurich to discuss trade.")
    assert "CONSULT" not in types(evs)
    assert one(evs, "AGREE").future


def test_pressure_to_act_is_not_the_act(parse, res):
    assert "AID" not in types(code(parse, res, "Obama is being pressured by Congress to help Iran."))


@pytest.mark.parametrize("text", [
    "Pakistan dispatched 50 trucks of humanitarian aid to Afghanistan.",
    "The World Bank approved a loan of $500 million for Pakistan.",
    "China provided a $2 billion loan to Pakistan.",
])
def test_aid_verbs_and_nouns(parse, res, text):
    assert "AID" in types(code(parse, res, text))
