"""Court proceedings read from the syntax (``jirga/coding/courts.py``), through the coder."""
import pytest

from tests.coding.helpers import code, factual, one, texts, types


@pytest.mark.parametrize("text", [
    "A petition seeking the closure of the plant was filed in the high court.",
    "Residents brought a suit seeking the demolition of the illegal tower.",
    "Opposition lawmakers filed a writ seeking the annulment of the vote.",
])
def test_a_filing_that_asks_for_something_is_the_legal_action(parse, res, text):
    evs = code(parse, res, text)
    assert [e.trigger.text for e in factual(evs, "ACCUSE")] and factual(evs, "REQUEST") == []


def test_a_filing_that_asks_relief_for_the_filer_stays_a_request(parse, res):
    evs = code(parse, res, "The court heard a plea seeking bail for the jailed journalist.")
    assert [e.event_type for e in evs] == ["REQUEST"]


@pytest.mark.parametrize("text,payer", [
    ("The judge ordered the company to pay $2 million in damages to the families.", ["company"]),
    ("The mayor was ordered to pay a fine of 10,000 euros.", ["mayor"]),
    ("A Lagos court ordered the bank to pay compensation to its former staff.", ["bank"]),
])
def test_an_order_to_pay_a_penalty_is_a_sanction(parse, res, text, payer):
    ev = one(code(parse, res, text), "SANCTION")
    assert ev.mode == "convict" and texts(ev.recipient) == payer


def test_an_order_to_pay_anything_else_stays_a_request(parse, res):
    evs = code(parse, res, "The ministry ordered banks to pay interest on deposits.")
    assert factual(evs, "SANCTION") == [] and factual(evs, "REQUEST")


@pytest.mark.parametrize("text,accused", [
    ("Defence lawyers argued that the police had fabricated the evidence.", ["police"]),
    ("Lawyers for the families argued in court that the army had fired without warning.", ["army"]),
    ("Ohio argued before the appeals court that the agency had broken federal law.", ["agency"]),
])
def test_arguing_a_case_accuses_the_party_argued_about(parse, res, text, accused):
    assert texts(one(code(parse, res, text), "ACCUSE").recipient) == accused


@pytest.mark.parametrize("text", [
    "The economist argued that the central bank had raised rates too fast.",
    "The professor argued at the conference that growth would slow.",
    "Defence lawyers did not argue that the police had lied.",
])
def test_arguing_outside_a_case_accuses_nobody(parse, res, text):
    assert "ACCUSE" not in types(code(parse, res, text))


@pytest.mark.parametrize("text,recipient", [
    ("The Islamabad High Court summoned the interior secretary.", ["interior secretary"]),
    ("The former prime minister was summoned by an anti-corruption court in Dhaka.", ["former prime minister"]),
    ("The judge summoned the police chief to appear on Monday.", ["police chief"]),
])
def test_a_court_summoning_a_party_asks_it_to_appear(parse, res, text, recipient):
    evs = code(parse, res, text)
    assert texts(one(evs, "REQUEST").recipient) == recipient and factual(evs, "ACCUSE") == []


def test_a_government_summoning_an_envoy_is_still_a_rebuke(parse, res):
    assert types(code(parse, res, "The foreign ministry summoned the Indian envoy.")) == ["ACCUSE"]


@pytest.mark.parametrize("text,accused", [
    ("In the petition, the residents said the government had failed to remove the garbage.", ["government"]),
    ("In its complaint, Mexico said the United States had broken trade rules.", ["United States"]),
])
def test_what_a_filing_says_a_party_did_accuses_it(parse, res, text, accused):
    assert texts(one(code(parse, res, text), "ACCUSE").recipient) == accused


def test_what_a_report_or_an_interview_says_accuses_nobody(parse, res):
    for text in ("In its report, the agency said the army had killed civilians.",
                 "In an interview, the minister said the rebels had attacked first."):
        assert "ACCUSE" not in types(code(parse, res, text))


def test_an_argument_still_to_be_made_is_no_accusation_yet(parse, res):
    evs = code(parse, res, "Defence lawyers will argue that the police fabricated the evidence.")
    assert factual(evs, "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "The journalist filed a plea seeking bail in the high court.",
    "The lawmaker filed a petition seeking his release from custody.",
])
def test_a_filing_for_relief_is_one_request(parse, res, text):
    assert types(code(parse, res, text)) == ["REQUEST"]


def test_in_any_case_is_no_filing(parse, res):
    evs = code(parse, res, "In any case, the minister said the rebels had attacked first.")
    assert "ACCUSE" not in types(evs)


@pytest.mark.parametrize("text,accused", [
    ("The mayor faces four counts of fraud.", ["mayor"]),
    ("The former governor went on trial for embezzlement in Lagos on Monday.", ["former governor"]),
    ("The two policemen are on trial for murder.", ["two policemen"]),
    ("The opposition leader stood trial for treason last year.", ["opposition leader"]),
])
def test_counts_faced_and_a_trial_for_a_crime_accuse_the_party_tried(parse, res, text, accused):
    ev = one(code(parse, res, text), "ACCUSE")
    assert ev.mode == "allege" and texts(ev.recipient) == accused and ev.actor == []


@pytest.mark.parametrize("text", [
    "Election officials completed a count of the ballots on Monday.",
    "The hospital received a count of the dead from the ministry.",
    "The company began a clinical trial for the new vaccine.",
    "The trial of the new metro line starts next week.",
])
def test_a_count_of_votes_or_a_clinical_trial_accuses_nobody(parse, res, text):
    assert "ACCUSE" not in types(code(parse, res, text))


def test_an_order_to_pay_with_the_penalty_on_the_verb_is_a_sanction(parse, res):
    # the parser hangs 'in damages' on 'pay', not on the sum
    ev = one(code(parse, res, "Suarez also ordered Deen and Villanueva to pay P5 million in damages."), "SANCTION")
    assert ev.mode == "convict" and texts(ev.recipient) == ["Deen", "Villanueva"]
