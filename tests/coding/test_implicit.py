"""Events no trigger word names (``jirga/coding/implicit.py``): promises of restraint,
judgements with a copula, gatherings; sentences of our own through the coder (model)."""
import pytest

from tests.coding.helpers import code, factual, one, texts


# -- promises without a trigger of their own (implicit.resolve_drafts)
@pytest.mark.parametrize("text,trigger", [
    ("We will not allow anyone to use our territory against Iran, the minister said.", "allow"),
    ("The Taliban will not let foreign fighters operate from Afghan soil, their spokesman said.", "let"),
    ("We must step up our joint efforts to secure the border, the minister told the delegation.", "must"),
])
def test_pledges_and_resolves_are_agreements(parse, res, text, trigger):
    ev = one(code(parse, res, text), "AGREE")
    assert ev.trigger.text == trigger and not ev.future


@pytest.mark.parametrize("text", ["If they attack again, we will not allow them to stay.",
                                  "We must defeat the insurgents.",
                                  "The government did not allow the rally to go ahead."])
def test_no_pledge_when_conditional_hostile_or_past(parse, res, text):
    assert not factual(code(parse, res, text), "AGREE")


@pytest.mark.parametrize("text,trigger", [
    ("The opposition leader said his party will not let the bill become law before the election.", "let"),
    ("We will not allow hostile rhetoric to define our relations, the president said.", "allow"),
])
def test_not_allowing_a_thing_is_a_refusal(parse, res, text, trigger):
    ev = one(code(parse, res, text), "REJECT")
    assert ev.trigger.text == trigger
    assert not factual(code(parse, res, text), "AGREE")


# -- judgements with a copula (implicit.appraisal_drafts)
@pytest.mark.parametrize("text,actor", [
    ("The foreign ministry in Beijing said the accusations were baseless.", "foreign ministry"),
    ("Tehran said the allegations are mere lies spread by its enemies.", "Tehran"),
])
def test_claims_called_false_by_a_speaker_are_rejected(parse, res, text, actor):
    ev = one(code(parse, res, text), "REJECT")
    assert actor in " ".join(texts(ev.actor))


@pytest.mark.parametrize("text,accuser", [
    ("Kabul said Islamabad's allegations were baseless.", "Islamabad"),
    ("The Taliban said the claims by Pakistan were false.", "Pakistan"),
])
def test_a_named_accuser_s_claims_called_false_answer_that_accuser(parse, res, text, accuser):
    ev = one(code(parse, res, text), "REJECT")
    assert accuser in texts(ev.recipient)


def test_claims_called_false_by_the_writer_are_no_event(parse, res):
    assert not factual(code(parse, res, "The accusations were baseless."), "REJECT")


def test_concerned_over_a_party_is_disapproval(parse, res):
    ev = one(code(parse, res, "The spokesman added that India is concerned about China's moves on the frontier."),
             "ACCUSE")
    assert texts(ev.actor) == ["India"] and texts(ev.recipient) == ["China"]


def test_worried_about_no_party_is_no_event(parse, res):
    assert not factual(code(parse, res, "Farmers are worried about the late rains."))


def test_stressing_the_need_for_joint_action_is_an_agreement(parse, res):
    ev = one(code(parse, res, "The envoy stressed the need for closer cooperation between the two neighbours."), "AGREE")
    assert ev.trigger.text == "stressed" and texts(ev.actor) == ["envoy"]
    assert not factual(code(parse, res, "He stressed the need for reform."), "AGREE")


def test_a_rule_that_will_not_allow_is_no_pledge(parse, res):
    evs = code(parse, res, "The board adopted a rule that will not allow candidates from banned parties on the ballot.")
    assert not [e for e in factual(evs, "AGREE") if e.trigger.text == "allow"]


def test_act_of_a_party_called_a_violation_by_a_speaker_is_an_accusation(parse, res):
    ev = one(code(parse, res, 'The ministry said in a statement that the Indian measures were a "clear violation" '
                              'of the treaty.'), "ACCUSE")
    assert texts(ev.actor) == ["ministry"] and ev.trigger.text == "violation"
    assert not factual(code(parse, res, "He said the decision was unacceptable."), "ACCUSE")


def test_a_crowd_of_supporters_gathering_is_a_demonstration(parse, res):
    evs = code(parse, res, "Outside parliament, hundreds of opposition supporters had gathered, waving flags and "
                           "calling for new elections.")
    assert one(evs, "PROTEST").trigger.text == "gathered"


@pytest.mark.parametrize("text", ["World leaders gathered in Paris for the summit.",
                                  "Students will gather on Friday."])
def test_leaders_gathering_or_a_planned_gathering_is_no_protest(parse, res, text):
    assert not factual(code(parse, res, text), "PROTEST")


@pytest.mark.parametrize("text,actor,target", [
    ("The Pentagon is deeply concerned about Chinese military drills near Taiwan.", "Pentagon", "Chinese"),
    ("Washington is concerned that Beijing may invade Taiwan.", "Washington", "Beijing"),
    ("Germany is concerned about civilian casualties inflicted by the Saudi-led coalition.", "Germany",
     "Saudi-led coalition"),
    ("The United States is deeply worried about Russia's troop build-up.", "United States", "Russia"),
])
def test_concern_about_a_partys_act_is_disapproval_of_that_party(parse, res, text, actor, target):
    ev = one(code(parse, res, text), "ACCUSE")
    assert texts(ev.actor) == [actor] and texts(ev.recipient) == [target]


def test_concern_about_no_partys_act_is_no_event(parse, res):
    assert not factual(code(parse, res, "The ministry said it was concerned about the weather."), "ACCUSE")
