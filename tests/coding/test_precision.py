"""Precision rules (jirga.coding.precision): possibilities, document releases, hosting of
non-visitors, aggregates over a period, one attack per happening, coordinated demonyms,
'called X unacceptable'."""
import pytest

from tests.coding.helpers import code, factual, one, texts, types


def test_face_arrest_is_hypothetical(parse, res):
    ev = code(parse, res, "Pakistan has ordered all foreigners to leave by November 1 or face arrest and deportation.")
    assert not factual(ev, "COERCE")


def test_statement_released_is_not_a_release(parse, res):
    ev = code(parse, res, "In a statement released by his party, Rehman agreed to help.")
    assert not [e for e in ev if e.event_type == "RETREAT"]


def test_prisoner_release_still_coded(parse, res):
    ev = code(parse, res, "The Taliban released 20 Pakistani prisoners on Monday.")
    assert factual(ev, "RETREAT")


def test_hosting_refugees_is_not_a_meeting(parse, res):
    ev = code(parse, res, "Pakistan hosts about 4.4 million Afghans.")
    assert not [e for e in ev if e.event_type == "CONSULT"]


def test_called_unacceptable_is_accuse(parse, res):
    ev = code(parse, res, "Mujahid called Pakistan's treatment of Afghan refugees unacceptable.")
    assert factual(ev, "ACCUSE") and not factual(ev, "REQUEST")


def test_bomb_targeting_killed_is_one_attack(parse, res):
    ev = code(parse, res, "A bomb targeting a police van killed five officers on Monday.")
    assert len(factual(ev, "ASSAULT")) == 1


def test_aggregates_over_a_period_dropped(parse, res):
    for s in ("Kakar said 2,267 Pakistani civilians had been killed over the past two years.",
              "Attacks claimed by the TTP have killed hundreds of Pakistani civilians since 2021.",
              "Militants have repeatedly targeted polio workers.",
              "Chinese nationals work in Pakistan, and they have been attacked several times."):
        assert not factual(code(parse, res, s), "ASSAULT"), s


def test_single_attack_kept(parse, res):
    ev = code(parse, res, "Militants killed 16 soldiers in South Waziristan on Saturday.")
    assert factual(ev, "ASSAULT")


def test_coordinated_demonyms_two_actors(parse, res):
    ev = code(parse, res, "Pakistani and Afghan officials met in Kabul on Monday.")
    c = factual(ev, "CONSULT")
    assert c and texts(c[0].actor) == ["Pakistani", "Afghan officials"]


def test_people_of_two_states_are_two_parties(parse, res):
    ev = one(code(parse, res, "Delegations from Kenya and Uganda began talks in Arusha on Monday."), "CONSULT")
    assert texts(ev.actor) == ["Delegations from Kenya", "Uganda"]
    ev = one(code(parse, res, "The president met envoys of Kenya and Uganda in Nairobi."), "CONSULT")
    assert texts(ev.recipient) == ["envoys of Kenya", "Uganda"]


def test_court_dismissing_charges_is_a_concession(parse, res):
    ev = one(code(parse, res, "On Tuesday the appeals court dismissed the fraud charges against the blogger."), "CONCEDE")
    assert ev.trigger.text == "dismissed"


def test_government_dismissing_charges_is_a_rejection(parse, res):
    ev = code(parse, res, "Kabul dismissed the charges as baseless.")
    assert factual(ev, "REJECT") and not factual(ev, "CONCEDE")


def test_repeated_acts_of_named_parties_are_reported_once(parse, res):
    evs = factual(code(parse, res, "Over the past weeks, Indian and Chinese troops clashed several times in the "
                                   "Galwan valley."), "ASSAULT")
    assert len(evs) == 1 and evs[0].trigger.text == "clashed"


def test_repeated_acts_of_unnamed_parties_stay_aggregates(parse, res):
    assert not factual(code(parse, res, "Gunmen attacked the convoy several times over the past month."), "ASSAULT")


def test_announced_deployment_is_mobilisation_not_threat(parse, res):
    for text in ("The ministry announced that two battalions would be deployed to the northern border.",
                 "Officials said reinforcements will be sent to the province.",
                 "The defence ministry said on Sunday that more troops would be deployed along the frontier."):
        evs = code(parse, res, text)
        assert factual(evs, "MOBILIZE") and not factual(evs, "THREATEN"), text


def test_deployment_under_a_warning_stays_a_threat(parse, res):
    evs = code(parse, res, "The general warned that troops would be sent into the city.")
    assert factual(evs, "THREATEN") and not factual(evs, "MOBILIZE")


def test_deployment_foreseen_of_another_party_is_no_announcement(parse, res):
    assert not factual(code(parse, res, "NATO said Russia would deploy troops near the border."), "MOBILIZE")


def test_facing_charges_as_the_purpose_of_a_told_act_is_a_fact(parse, res):
    for text in ("The former minister appeared in a Lahore court on Monday to face fraud charges.",
                 "The senator flew home to face bribery charges."):
        assert factual(code(parse, res, text), "ACCUSE"), text
    for text in ("The former minister could face fraud charges.", "Migrants must leave by Friday or face arrest."):
        evs = code(parse, res, text)
        assert not factual(evs, "ACCUSE") and not factual(evs, "COERCE"), text


def test_an_event_a_period_starts_from_is_background(parse, res):
    for text in ("Exports to Afghanistan have fallen since Pakistan closed the border crossing at Torkham.",
                 "Fighting has continued since the rebels attacked the airport."):
        assert not factual(code(parse, res, text)), text


def test_an_event_a_period_starts_from_on_a_day_of_its_own_is_an_event(parse, res):
    # a specific past act, told with its own time, is an event (dated by its time); the state
    # it began is not another ('Torkham has been closed since ...': one closure, Pakistan's)
    evs = factual(code(parse, res, "Fighting has continued since the rebels attacked the airport in March 2024."))
    assert [(e.event_type, e.trigger.text) for e in evs] == [("ASSAULT", "attacked")]
    evs = factual(code(parse, res, "Torkham has been closed since Pakistan shut it on February 21."))
    assert [(e.event_type, e.trigger.text, texts(e.actor)) for e in evs] == [("COERCE", "shut", ["Pakistan"])]


def test_a_since_of_reason_leaves_the_event(parse, res):
    text = "Traders doubt the crossing will stay open, since Pakistan closed the crossing at Torkham twice last year."
    assert factual(code(parse, res, text), "COERCE")


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The U.S. said it would impose 25 percent duties on $50 billion of imports from China.", "SANCTION"),
    ("The ministry said it would impose sanctions on the two companies from Monday.", "SANCTION"),
    # a warning, or a sanction under a condition, is a threat still
    ("The EU warned it would impose tariffs on US goods.", "THREATEN"),
    ("Washington said it would impose sanctions if Moscow attacked.", "THREATEN"),
])
def test_an_announced_sanction_of_ones_own_is_the_sanction(parse, res, text, expected):
    assert expected in types(code(parse, res, text))
    assert ({"SANCTION", "THREATEN"} - {expected}).isdisjoint(types(code(parse, res, text)))


@pytest.mark.model
def test_import_duties_announced_are_a_sanction(parse, res):
    ev = one(code(parse, res, "Beijing announced import duties on $3 billion of US goods."), "SANCTION")
    assert texts(ev.actor) == ["Beijing"]
    assert not factual(code(parse, res, "The officers reported for duty on Monday."))


@pytest.mark.model
def test_a_court_dismissing_a_suit_rejects_it_and_dropping_charges_concedes(parse, res):
    assert "REJECT" in types(code(parse, res, "The high court dismissed the lawsuit filed by the villagers."))
    assert "CONCEDE" in types(code(parse, res, "The court dismissed the charges against the journalist."))


def test_a_source_asking_for_anonymity_makes_no_request(parse, res):
    for text in ("Officials who were not authorized to discuss the talks requested anonymity.",
                 "The official asked for anonymity because he was not allowed to speak to reporters.",
                 "Two officials, who sought anonymity, said the talks had failed."):
        assert "REQUEST" not in types(factual(code(parse, res, text))), text
    assert "REQUEST" in types(factual(code(parse, res, "Pakistan requested an urgent meeting of the Security Council.")))


def test_a_request_told_as_its_owners_thing_is_a_request(parse, res):
    ev = one(code(parse, res, "The United Nations has turned down Taliban requests to let them represent "
                              "Afghanistan at the global organization."), "REQUEST")
    assert texts(ev.actor) == ["Taliban"]
    ev = one(code(parse, res, "The administration's request will be promptly reviewed, a spokesman said."), "REQUEST")
    assert texts(ev.actor) == ["administration"]
    # a request no one is named as making stays unread, as before
    assert "REQUEST" not in types(factual(code(parse, res, "The request was rejected on Monday.")))
