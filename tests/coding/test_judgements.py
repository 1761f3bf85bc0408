"""Judgements a speaker passes on a party or its act, and wishes for better ties
(``jirga/coding/judgements.py``): sentences of our own through the coder (model)."""
import pytest

from tests.coding.helpers import code, factual, one, texts


# -- an evaluative predicate over an extraposed clause
@pytest.mark.parametrize("text,actor,recipient,trigger", [
    ("The opposition leader said it was outrageous for the police to raid the newspaper's offices.",
     "opposition leader", "police", "outrageous"),
    ("The foreign minister said it is unacceptable that Israel continues to build settlements.",
     "foreign minister", "Israel", "unacceptable"),
    ("A union spokesman told reporters it was unfair for the transport ministry to sack the drivers.",
     "union spokesman", "transport ministry", "unfair"),
])
def test_an_act_called_wrong_in_an_extraposed_clause_is_disapproval(parse, res, text, actor, recipient, trigger):
    ev = [e for e in factual(code(parse, res, text), "ACCUSE") if e.trigger.text == trigger]
    assert ev and ev[0].mode == "disapprove"
    assert actor in " ".join(texts(ev[0].actor)) and recipient in " ".join(texts(ev[0].recipient))


def test_an_act_called_brave_in_an_extraposed_clause_is_praise(parse, res):
    ev = one(code(parse, res, "The mayor said it was commendable of the army to free the hostages so quickly."),
             "SUPPORT")
    assert ev.trigger.text == "commendable" and texts(ev.recipient) == ["army"] and texts(ev.actor) == ["mayor"]


@pytest.mark.parametrize("text", [
    "It was outrageous for the police to raid the newspaper's offices.",        # the writer's view
    "The minister said it was important for the army to stay neutral.",          # not evaluative
    "The minister said it was not unfair for the company to raise its prices.",  # negated
    "The minister said it was unacceptable to wait any longer.",                 # nobody judged
])
def test_no_judgement_without_speaker_evaluation_or_party(parse, res, text):
    judged = [e for e in factual(code(parse, res, text)) if e.event_type in ("ACCUSE", "SUPPORT")]
    assert not judged


# -- an evaluative copula on a named party or a claim
@pytest.mark.parametrize("text,typ,recipient,trigger", [
    ("The bishop said Mandela was a respected statesman.", "SUPPORT", "Mandela", "respected"),
    ("Opposition lawmakers said the ministry was irresponsible.", "ACCUSE", "ministry", "irresponsible"),
    ("The rector noted that Professor Adeyemi was a revered scholar of the region.", "SUPPORT", "Adeyemi",
     "revered"),
    ("The senator said the agency was incompetent.", "ACCUSE", "agency", "incompetent"),
    ("Union leaders said the ministry had been dishonest with teachers.", "ACCUSE", "ministry", "dishonest"),
    # a party's act or thing judged is the party judged
    ("The opposition leader said the government's budget was reckless.", "ACCUSE", "government", "reckless"),
    ("Farmers said the plan of the ministry was unfair.", "ACCUSE", "ministry", "unfair"),
])
def test_a_party_judged_by_a_speaker(parse, res, text, typ, recipient, trigger):
    ev = one(code(parse, res, text), typ)
    assert ev.trigger.text == trigger and recipient in " ".join(texts(ev.recipient))


@pytest.mark.parametrize("text,actor,recipient,trigger", [
    ("The party leader said the Congress government erred by raising expectations.", "party leader",
     "Congress government", "erred"),
    ("Tribal elders told reporters that the provincial government had betrayed them.", "Tribal elders",
     "provincial government", "betrayed"),
    ("The police have failed my daughter, the mayor said.", "mayor", "police", "failed"),
])
def test_a_party_said_to_have_done_wrong_is_blamed(parse, res, text, actor, recipient, trigger):
    ev = one(code(parse, res, text), "ACCUSE")
    assert ev.trigger.text == trigger and ev.mode == "disapprove"
    assert actor in " ".join(texts(ev.actor)) and recipient in " ".join(texts(ev.recipient))


@pytest.mark.parametrize("text", [
    "The Congress government erred by raising expectations.",        # the writer's view
    "The minister said Kabul had failed to reach a deal.",           # failing to act is no wrong done
    "The minister said he had erred.",                               # about oneself
    "The minister said the government had not misled anyone.",       # denied
])
def test_no_wrongdoing_blamed_unsaid_undone_or_about_oneself(parse, res, text):
    assert not factual(code(parse, res, text), "ACCUSE")


@pytest.mark.parametrize("text,recipient", [
    ("The opposition leader claimed that thousands of ballots were cast fraudulently.", []),
    ("The candidate alleged that the count in the capital was rigged.", []),
    ("The union insisted that the ministry had acted illegally.", ["ministry"]),
])
def test_a_wrong_claimed_is_an_accusation_named_culprit_or_not(parse, res, text, recipient):
    ev = one(code(parse, res, text), "ACCUSE")
    assert ev.trigger.text in ("claimed", "alleged", "insisted") and texts(ev.recipient) == recipient


@pytest.mark.parametrize("text", [
    "The minister insisted that the vote was not rigged.",          # a denial
    "The company claimed that its profits had doubled.",             # no wrong
    "Thousands of ballots were cast fraudulently.",                  # nobody claims it
])
def test_no_wrong_claimed_when_denied_harmless_or_unsaid(parse, res, text):
    assert not factual(code(parse, res, text), "ACCUSE")


def test_a_party_said_to_pose_a_danger_is_blamed(parse, res):
    ev = one(code(parse, res, "The minister said the Lord's Resistance Army poses a threat to Uganda."), "ACCUSE")
    assert ev.trigger.text == "threat" and "minister" in texts(ev.actor)[0]
    assert not factual(code(parse, res, "The minister said the plan poses no risk."), "ACCUSE")


def test_a_claim_called_improper_is_disapproval(parse, res):
    ev = one(code(parse, res, "The party chairman said the claim that the mayor had rigged the vote was improper."),
             "ACCUSE")
    assert ev.trigger.text == "improper" and texts(ev.actor) == ["party chairman"]


@pytest.mark.parametrize("text", ["The minister said the army was ready.",
                                  "Mandela was a respected statesman.",
                                  "He said he was wrong about the weather."])
def test_no_party_judgement_when_neutral_unsaid_or_about_oneself(parse, res, text):
    assert not [e for e in factual(code(parse, res, text)) if e.event_type in ("ACCUSE", "SUPPORT")]


# -- an experiencer troubled by a party's act
@pytest.mark.parametrize("text,actor,recipient", [
    ("Local leaders were alarmed by the army's decision to close the road.", "Local leaders", "army"),
    ("The Indian delegation was deeply disturbed by Chinese moves along the frontier.", "Indian delegation",
     "Chinese"),
    ("The senators are troubled by the plan of the ministry to cut pensions.", "senators", "ministry"),
])
def test_troubled_by_a_party_s_act_is_disapproval(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "ACCUSE")
    assert actor in " ".join(texts(ev.actor)) and recipient in " ".join(texts(ev.recipient))


@pytest.mark.parametrize("text", ["Farmers were worried by the drought.",
                                  "The plan troubled the ministry's planners for years.",
                                  "The residents were not alarmed by the army's exercise.",
                                  "The mission said it was concerned by reports of civilian casualties."])
def test_no_dismay_without_a_party_s_act_or_when_denied(parse, res, text):
    assert not factual(code(parse, res, text), "ACCUSE")


def test_concerns_raised_are_voiced_not_a_topic(parse, res):
    ev = one(code(parse, res, "The senator raised concerns about the crackdown by the police."), "ACCUSE")
    assert ev.trigger.text == "concerns"
    assert not factual(code(parse, res, "The committee raised the expulsion of refugees with the minister."),
                       "COERCE")


# -- praise of ties, and wishes for better ones
@pytest.mark.parametrize("text,trigger", [
    ("Speaking in Lima, the senator stressed the close and cordial ties with Peru.", "stressed"),
    ("The Vietnamese minister underlined the longstanding friendship with Laos.", "underlined"),
])
def test_stressing_good_ties_is_praise(parse, res, text, trigger):
    assert one(code(parse, res, text), "SUPPORT").trigger.text == trigger


def test_stressing_ties_without_praise_is_nothing(parse, res):
    assert not factual(code(parse, res, "The minister highlighted the relations between the two countries."),
                       "SUPPORT")


@pytest.mark.parametrize("text", [
    "The envoy called for the deepening of ties between Kenya and Uganda.",
    "The Chilean president called for closer ties with Argentina in all areas.",
])
def test_a_call_for_better_ties_asking_nobody_is_an_agreement(parse, res, text):
    evs = code(parse, res, text)
    assert one(evs, "AGREE").trigger.text == "called" and not factual(evs, "REQUEST")


@pytest.mark.parametrize("text", ["The envoy called on Uganda to strengthen relations.",
                                  "The envoy called for India to improve its relations with Nepal.",
                                  "The envoy called for the release of the prisoners."])
def test_a_call_on_a_party_or_for_another_act_stays_a_request(parse, res, text):
    evs = code(parse, res, text)
    assert factual(evs, "REQUEST") or [e for e in evs if e.event_type == "REQUEST"]
    assert not factual(evs, "AGREE")


def test_stressing_the_importance_of_trade_between_two_sides_is_an_agreement(parse, res):
    ev = one(code(parse, res, "The minister stressed the importance of boosting trade between Peru and Chile."),
             "AGREE")
    assert ev.trigger.text == "stressed"
    assert not factual(code(parse, res, "The minister stressed the importance of foreign investment."), "AGREE")


# -- a disapproving noun receives the party whose act it is about (judgements.concern_owners)
@pytest.mark.parametrize("text,actor,recipient", [
    ("The UN expressed concern about the deaths caused by the rebels.", "UN", "rebels"),
    ("Human rights groups voiced alarm at the arrests by Turkish police.", "Human rights groups", "Turkish police"),
    ("The Pope expressed concern over Kenya's decision to close the camps.", "Pope", "Kenya"),
])
def test_concern_about_a_party_s_act_is_disapproval_of_that_party(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "ACCUSE")
    assert texts(ev.actor) == [actor] and texts(ev.recipient) == [recipient]


# -- an act equated with a wrong (judgements._equated)
@pytest.mark.parametrize("text,actor,recipient,trigger", [
    ("The lawyer said the arrests by the police amounted to persecution.", "lawyer", "police", "persecution"),
    ("Amnesty said Russia's bombing of the hospital constituted a war crime.", "Amnesty", "Russia", "crime"),
])
def test_an_act_equated_with_a_wrong_is_disapproval_of_its_author(parse, res, text, actor, recipient, trigger):
    ev = [e for e in factual(code(parse, res, text), "ACCUSE") if e.trigger.text == trigger]
    assert ev and texts(ev[0].actor) == [actor] and texts(ev[0].recipient) == [recipient]


@pytest.mark.parametrize("text", ["The minister said the new tariffs represent a fair deal.",
                                  "Activists said the plan amounted to persecution.",
                                  "The arrests by the police amounted to persecution."])
def test_no_equated_wrong_without_a_wrong_an_author_or_a_speaker(parse, res, text):
    assert not [e for e in factual(code(parse, res, text), "ACCUSE") if e.trigger.text in ("persecution", "deal")]


def test_the_victims_of_an_act_are_not_its_owners(parse, res):
    evs = code(parse, res, "The UN expressed concern about the arrest of journalists.")
    assert not [r for e in factual(evs, "ACCUSE") for r in texts(e.recipient) if "journalist" in r]


# -- a relative clause calling a party's act a wrong, inside a report (judgements._relative)
@pytest.mark.parametrize("text,actor,recipient,trigger", [
    ("The minister told parliament about Russia's troop build-up, which was a provocation.", "minister", "Russia",
     "provocation"),
    ("The envoy briefed reporters on the border situation, including the shelling by Armenian forces, which was a "
     "breach of the truce.", "envoy", "Armenian", "breach"),
])
def test_a_reported_act_called_a_wrong_in_a_relative_clause_is_disapproval(parse, res, text, actor, recipient,
                                                                           trigger):
    ev = one(code(parse, res, text), "ACCUSE")
    assert texts(ev.actor) == [actor] and recipient in " ".join(texts(ev.recipient)) and ev.trigger.text == trigger


@pytest.mark.parametrize("text", ["The raids by the rebels, which were a breach of the truce, continued.",
                                  "She told reporters about the new law, which is unfair to farmers."])
def test_no_relative_judgement_without_a_reporter_or_an_author(parse, res, text):
    assert not factual(code(parse, res, text), "ACCUSE")


@pytest.mark.parametrize("text,recipient", [("The lawyer said it was persecution by the state.", ["state"]),
                                            ("The bishop said it was an injustice.", []),
                                            ("She said it was a vindictive campaign against the opposition.", [])])
def test_a_wrong_named_by_a_speaker_is_disapproval_of_its_author_if_named(parse, res, text, recipient):
    assert texts(one(code(parse, res, text), "ACCUSE").recipient) == recipient


def test_a_misfortune_named_is_no_disapproval(parse, res):
    assert not factual(code(parse, res, "The bishop said it was a tragedy."), "ACCUSE")


@pytest.mark.model
@pytest.mark.parametrize("text,speaker,judged", [
    ("President Trump said China's unfair trading practices were costing jobs.", "President Trump", "China"),
    ("Ankara said the Greek government's reckless provocations threatened peace in the Aegean.", "Ankara",
     "Greek government"),
    ("\"Russia's illegal actions in Crimea will not be accepted,\" the German foreign minister said.",
     "German foreign minister", "Russia"),
])
def test_a_wrong_word_on_a_partys_act_in_what_a_speaker_says_is_disapproval(parse, res, text, speaker, judged):
    evs = [e for e in factual(code(parse, res, text), "ACCUSE") if e.mode == "disapprove"]
    assert len(evs) == 1
    assert texts(evs[0].actor) == [speaker] and texts(evs[0].recipient) == [judged]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The report described unfair trading practices in the region.",       # no speaker, no party
    "Officials said the new rules ended unfair practices.",               # nobody's act
    "The minister said China's trade practices were changing.",           # no wrong word
    "The minister did not say that China's unfair practices hurt jobs.",  # not said
])
def test_other_wrong_words_are_no_disapproval_of_a_party(parse, res, text):
    assert not [e for e in factual(code(parse, res, text), "ACCUSE") if e.trigger.text in ("unfair",)]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The minister was grateful for Tokyo's help.", "minister", "Tokyo"),
    ("Kabul was heartened that Islamabad reopened the crossing.", "Kabul", "Islamabad"),
    ("The governors are pleased with the new budget.", "governors", None),
])
def test_approval_a_party_feels_is_praise(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "SUPPORT")
    assert texts(ev.actor) == [actor]
    assert texts(ev.recipient) == ([recipient] if recipient else [])


@pytest.mark.parametrize("text", [
    "I am pleased to announce the new budget.",           # a formula, said of no thing
    "The governor was not pleased with the ruling.",      # negated
    "The envoy would be grateful for any help.",          # supposed
])
def test_no_praise_without_approval_of_something(parse, res, text):
    assert not factual(code(parse, res, text), "SUPPORT")
