"""Claims and denials spoken as frames of other events (``jirga/claims/frames.py``), on
sentences of our own run through the stages before the claims stage."""
import pytest

from jirga.claims.frames import add_frame_events
from jirga.pipeline import STAGES
from jirga.stage import run_stages

BEFORE_CLAIMS = [s for s in STAGES if s.name != "claims"]


@pytest.fixture
def coded(parse, res):
    def _coded(text):
        return run_stages(parse(text, "2024-03-01"), res, BEFORE_CLAIMS)
    return _coded


def _new(doc, res):
    before = {e.event_id for e in doc.events}
    add_frame_events(doc, res)
    return [e for e in doc.events if e.event_id not in before]


def test_a_claim_that_a_government_shelters_militants_is_an_accusation(coded, res):
    doc = coded("Islamabad claims that the Taliban government is providing shelter to TTP militants.")
    made, = _new(doc, res)
    assert made.event_type == "ACCUSE" and made.trigger.text == "claims"
    assert made.actor[0].country == "PAK" and made.recipient[0].country == "AFG"
    assert not (made.negated or made.hypothetical)


def test_a_speaker_saying_its_side_did_not_act_is_a_denial(coded, res):
    doc = coded("The Taliban government insists that it does not provide support to TTP militants.")
    made, = _new(doc, res)
    assert made.event_type == "REJECT" and made.trigger.text == "insists"
    assert made.actor[0].country == "AFG"


@pytest.mark.parametrize("text", ["The Chinese commerce ministry said China does not want a trade war.",
                                  "Russian state television said it could not vouch for the quotes."])
def test_saying_ones_side_does_not_wish_or_cannot_do_something_denies_nothing(coded, res, text):
    assert _new(coded(text), res) == []


def test_a_claim_of_ordinary_help_and_a_denial_by_another_party_are_not_coded(coded, res):
    assert _new(coded("Japan claims that it is providing aid to flood victims in Pakistan."), res) == []
    assert _new(coded("India says that Pakistan did not provide support to the talks."), res) == []


@pytest.mark.parametrize("text", [
    "Police detained several suspects in Bajaur on Monday, officials said.",
    "Troops killed four militants in North Waziristan, the army said.",
])
def test_saying_armed_men_or_suspects_were_struck_accuses_nobody(coded, res, text):
    # only help to them is a wrong; what is done to them is a report
    doc = coded(text)
    assert [e for e in doc.events if e.recipient and e.recipient[0].sector in ("CRM", "REB")]
    assert _new(doc, res) == [] and not any(e.hypothetical for e in doc.events)


def test_saying_a_government_shelters_militants_is_an_accusation_and_no_fact(coded, res):
    # 'says', not 'claims': the act it tells is still a claim, never a fact
    doc = coded("Islamabad says the Taliban government is sheltering TTP militants.")
    aid = next(e for e in doc.events if e.event_type == "AID")
    made, = _new(doc, res)
    assert made.event_type == "ACCUSE" and made.trigger.text == "says"
    assert made.actor[0].country == "PAK" and made.recipient[0].country == "AFG"
    assert aid.hypothetical and made.date == aid.date and made.date_basis == aid.date_basis
    # a state telling of its own help, or of help to refugees, accuses nobody
    assert _new(coded("The Taliban government says it gave shelter to TTP militants."), res) == []
    assert _new(coded("Islamabad says the Taliban government is sheltering refugees."), res) == []


def test_a_claim_of_wrongdoing_with_no_coded_act_is_an_accusation(coded, res):
    doc = coded("Indian officials claimed that Pakistan is training militants to destabilise the region, "
                "a claim Islamabad denied.")
    made = [e for e in _new(doc, res) if e.event_type == "ACCUSE"]
    assert [e.trigger.text for e in made] == ["claimed"]
    assert made[0].actor[0].country == "IND" and made[0].recipient[0].country == "PAK"
    # a claim of no wrongdoing, or about the claimant's own side, accuses nobody
    assert _new(coded("The ministry claimed that exports rose by ten percent."), res) == []
    assert _new(coded("The rebels claimed that they had destabilised the region."), res) == []


@pytest.mark.parametrize("text,accuser,accused", [
    ("Islamabad said the TTP was operating from Afghan soil.", "PAK", "AFG"),
    ("Turkey says PKK fighters are launching raids from sanctuaries in Iraq.", "TUR", "IRQ"),
    ("Israel stated that Hezbollah militants were hiding weapons on Lebanese territory.", "ISR", "LBN"),
])
def test_saying_armed_men_use_another_states_ground_accuses_that_state(coded, res, text, accuser, accused):
    made = [e for e in _new(coded(text), res) if e.event_type == "ACCUSE"]
    assert len(made) == 1
    assert made[0].actor[0].country == accuser and made[0].recipient[0].country == accused
    assert made[0].recipient[0].sector == "GOV"


@pytest.mark.parametrize("text", [
    "Kabul said no militant group was operating from Afghan soil.",    # a denial, not an accusation
    "The Taliban said their fighters were based on Afghan soil.",      # its own ground
    "Officials said the refugees were living on Afghan soil.",         # no armed men
    "The general said the militants were hiding in a cave.",           # no state's ground
])
def test_other_talk_of_ground_accuses_nobody(coded, res, text):
    assert not [e for e in _new(coded(text), res) if e.event_type == "ACCUSE" and e.trigger.text != "accused"]


@pytest.mark.parametrize("text,denier", [
    ("Kabul said no militant group was operating from Afghan soil.", "AFG"),
    ("The Taliban government insisted that Afghan territory was not used against any country.", "AFG"),
    ("Baghdad says Iraqi soil is not a base for attacks on its neighbours.", "IRQ"),
])
def test_saying_ones_own_ground_is_not_used_by_armed_men_is_a_denial(coded, res, text, denier):
    made = [e for e in _new(coded(text), res) if e.event_type == "REJECT"]
    assert len(made) == 1 and made[0].actor[0].country == denier
    # another state denying it for them is no denial of theirs
    assert not [e for e in _new(coded("Islamabad said no militant group was operating from Afghan soil."), res)
                if e.event_type == "REJECT"]


@pytest.mark.parametrize("text, trigger", [
    ("Prosecutors say the bribes totalled more than two million dollars.", "say"),
    ("The lawsuit says the aide took bribes from city contractors.", "says"),
])
def test_a_wrong_a_prosecutor_or_a_lawsuit_tells_is_an_accusation(coded, res, text, trigger):
    made = [e for e in _new(coded(text), res) if e.event_type == "ACCUSE"]
    assert [e.trigger.text for e in made] == [trigger]


def test_a_claim_coded_after_the_places_stage_is_placed_as_other_events_are(coded, res):
    made = _new(coded("NAIROBI (AP) — A former governor was indicted on Monday. "
                      "Prosecutors say the bribes totalled more than two million dollars."), res)
    (said,) = [e for e in made if e.trigger.text == "say"]
    assert said.location is not None and said.location.name == "Nairobi"
    assert [(a.country, a.sector) for a in said.actor] == [("KEN", "JUD")]     # bare agents of the place


def test_what_a_prosecutor_says_of_no_wrong_accuses_nobody(coded, res):
    assert _new(coded("The prosecutor said the trial would resume on Monday."), res) == []
    assert _new(coded("His mother has lost income caring for him, the claim said."), res) == []


def test_an_attack_a_lawsuit_tells_is_its_charge(parse, res):
    from tests.coding.helpers import code, factual
    evs = code(parse, res, "The lawsuit says the officers beat him.")
    assert factual(evs, "ACCUSE") and not factual(evs, "ASSAULT")
    # a release it tells stays a release
    assert factual(code(parse, res, "He was released without charge after an hour, the claim said."), "RETREAT")


@pytest.mark.parametrize("text", [
    "Pakistan repeated its claims that Kabul shelters the TTP.",
    "Pakistan's claims that Kabul shelters the TTP have strained ties.",
])
def test_a_claim_told_as_a_noun_that_a_government_shelters_militants_is_an_accusation(coded, res, text):
    made, = _new(coded(text), res)
    assert made.event_type == "ACCUSE" and made.trigger.text == "claims"
    assert made.actor[0].text == "Pakistan" and made.recipient[0].country == "AFG"


def test_claims_nobody_makes_accuse_nobody(coded, res):
    assert _new(coded("The claims that Kabul shelters the TTP are old."), res) == []


def test_a_claim_whose_subject_the_parser_hung_on_the_verb_still_accuses(coded, res):
    # 'Kabul' parsed as a compound of 'shelters', as if a noun: Kabul was a place, no party
    doc = coded("Pakistan says Kabul shelters the TTP, an allegation the Taliban deny.")
    made = [e for e in _new(doc, res) if e.event_type == "ACCUSE"]
    assert made and made[0].actor[0].country == "PAK" and made[0].recipient[0].country == "AFG"


@pytest.mark.parametrize("text,country", [
    ("Israel said it had no role in the explosion.", "ISR"),
    ("The Taliban government said it had nothing to do with the attack in Bajaur.", "AFG"),
])
def test_a_speaker_saying_its_side_had_no_part_in_an_act_denies_it(coded, res, text, country):
    made, = _new(coded(text), res)
    assert made.event_type == "REJECT" and made.trigger.text == "said" and made.actor[0].country == country


@pytest.mark.parametrize("text", ["The minister said Iran had no role in the attack.",   # another party
                                  "The ministry said it had no information about the attack."])
def test_no_part_of_another_or_no_knowledge_is_no_denial(coded, res, text):
    assert _new(coded(text), res) == []
