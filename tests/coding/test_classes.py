"""Classes of coding errors fixed after the gold-set error analysis; hand-written sentences."""
import pytest

from tests.coding.helpers import code, factual, texts

pytestmark = pytest.mark.model


def one(events, typ):
    found = factual(events, typ)
    assert found, f"no factual {typ} in {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


# -- demonym and named-entity modifiers are actors (entity labels compared in upper case)
def test_demonym_modifier_is_the_actor(parse, res):
    ev = one(code(parse, res, "Israeli tanks shelled the village of Beit Hanoun."), "ASSAULT")
    assert texts(ev.actor) == ["Israeli"]


def test_demonym_on_the_object_is_the_recipient(parse, res):
    ev = one(code(parse, res, "Serbia rejected an Austrian proposal for new border talks."), "REJECT")
    assert texts(ev.recipient) == ["Austrian"]


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


def test_participle_on_object_takes_the_issuer_as_actor(parse, res):
    ev = one(code(parse, res, "The Baloch Republican Party issued a statement demanding that Islamabad free its leaders."),
             "REQUEST")
    assert "Baloch Republican Party" in texts(ev.actor)[0]
    assert texts(ev.recipient) == ["Islamabad"]


# -- non-factual content must never be coded as a fact
def test_clause_of_a_demand_noun_is_not_a_fact(parse, res):
    evs = code(parse, res, "The union repeated its demand that the government lift the ban on rallies.")
    assert not factual(evs, "CONCEDE")


def test_conditional_future_act_is_not_a_fact(parse, res):
    evs = code(parse, res, "Nigeria will withdraw its troops from Chad unless the talks resume.")
    assert not factual(evs, "RETREAT") and not factual(evs, "CONCEDE")


# -- background clauses and prior events are not reports
def test_where_clause_event_is_background(parse, res):
    evs = code(parse, res, "Officials visited the town where militants killed five soldiers last year.")
    assert not factual(evs, "ASSAULT") and factual(evs, "CONSULT")


def test_event_noun_dating_another_event_is_background(parse, res):
    evs = code(parse, res, "Two hundred rebels surrendered following a government offensive in the area.")
    assert not factual(evs, "ASSAULT")


# -- CAMEO-era triggers
@pytest.mark.parametrize("text,typ", [
    ("Protesters blocked the main highway to the capital.", "PROTEST"),
    ("Police blocked the main highway to the capital.", "COERCE"),
    ("Uzbekistan opened the bridge to Afghanistan for aid convoys.", "RETREAT"),
    ("Washington suspended military aid to Nepal.", "SANCTION"),
    ("Kenya expelled the UN inspectors.", "SANCTION"),
    ("Syria ended its mediation efforts between the two factions.", "SANCTION"),
    ("Israel strengthened its forces along the border.", "MOBILIZE"),
    ("Rebels violated the ceasefire in the north.", "ASSAULT"),
    ("The government relaxed the curfew in Kandahar.", "CONCEDE"),
])
def test_cameo_triggers(parse, res, text, typ):
    one(code(parse, res, text), typ)


def test_lexicon_loads_before_ontology_without_deadlock():
    from jirga.coding import lexicon
    from jirga.resources import Resources
    lex = lexicon.get(Resources(n_process=1))
    assert "NORP" in lex.cues["actor_entities"]


# -- one happening, one event (jirga.coding.collapse)
def test_verb_and_apposed_noun_are_one_visit(parse, res):
    evs = factual(code(parse, res, "Faiz Hameed arrived in Kabul on Saturday on an unannounced trip, "
                                   "the first visit by a senior Pakistani official since last month."), "CONSULT")
    assert len(evs) == 1 and evs[0].trigger.text == "arrived"
    assert "Faiz Hameed" in texts(evs[0].actor)


def test_conjoined_verbs_of_one_meeting_are_one_event(parse, res):
    evs = factual(code(parse, res, "The two leaders met and held talks in Islamabad."), "CONSULT")
    assert [e.trigger.text for e in evs] == ["met"]


def test_noun_object_apposition_is_the_same_event(parse, res):
    evs = factual(code(parse, res, "Envoy Mohammad Sadiq held talks with senior Taliban leaders on Tuesday, "
                                   "the first such high-level Pakistani visit in a year."), "CONSULT")
    assert len(evs) == 1 and "Taliban leaders" in " ".join(texts(evs[0].recipient))


def test_attacks_on_two_objects_stay_two_events(parse, res):
    evs = factual(code(parse, res, "Militants attacked a checkpoint and then attacked a convoy."), "ASSAULT")
    assert len(evs) == 2


def test_conjoined_meetings_with_different_people_stay_two(parse, res):
    evs = factual(code(parse, res, "The foreign minister met his Chinese counterpart and held talks "
                                   "with the Russian envoy."), "CONSULT")
    assert len(evs) == 2


def test_infinitive_on_subject_apposition_is_the_meeting(parse, res):
    evs = factual(code(parse, res, "Qureshi, the first Pakistani foreign minister to visit since August, "
                                   "met Mullah Hassan Akhund."), "CONSULT")
    assert [e.trigger.text for e in evs] == ["met"]


# -- participles: '..., killing 16 soldiers'
def test_participle_is_the_attack_of_its_clause(parse, res):
    evs = factual(code(parse, res, "Militants attacked a checkpoint in South Waziristan, killing 16 soldiers."),
                  "ASSAULT")
    assert len(evs) == 1 and evs[0].trigger.text == "attacked"
    assert "16 soldiers" in texts(evs[0].recipient)


def test_casualty_verbs_of_one_attack_are_one_event(parse, res):
    evs = factual(code(parse, res, "Gunmen killed five soldiers and wounded 22 others."), "ASSAULT")
    assert len(evs) == 1


def test_participle_after_a_non_attack_takes_the_clause_actor(parse, res):
    evs = factual(code(parse, res, "Militants rammed a truck into the gate of the base, wounding 30 soldiers."),
                  "ASSAULT")
    assert len(evs) == 1 and texts(evs[0].actor) == ["Militants"]


def test_natural_disaster_is_no_attack(parse, res):
    evs = code(parse, res, "Pakistan sent aid to survivors of the earthquake that struck eastern "
                           "Afghanistan, killing more than 1,000 people.")
    assert not factual(evs, "ASSAULT")


def test_bare_participle_before_its_noun_is_an_adjective(parse, res):
    evs = code(parse, res, "Munir visited the Quetta garrison and met wounded soldiers in hospital.")
    assert not factual(evs, "ASSAULT")


# -- frames
def test_ready_to_is_a_promise_with_the_copula_subject(parse, res):
    evs = code(parse, res, "Pakistan is ready to hold talks with the TTP.")
    assert not factual(evs, "CONSULT")
    ev = one(evs, "AGREE")
    assert texts(ev.actor) == ["Pakistan"]


def test_failed_to_reach_agreement_is_a_rejection(parse, res):
    evs = code(parse, res, "Palestinians and Israelis failed to reach agreement on the fate of the offices.")
    assert not factual(evs, "AGREE")
    assert one(evs, "REJECT").trigger.text == "failed"


@pytest.mark.parametrize("text", [
    "Pakistan was in no hurry to recognise the new administration.",
    "Russia has yet to recognise the Taliban government.",
    "India refused to recognise the new government.",
])
def test_recognition_not_given_is_no_support(parse, res, text):
    assert not factual(code(parse, res, text), "SUPPORT")


@pytest.mark.parametrize("text", ["Gunmen tried to assassinate the governor on Monday.",
                                  "Militants attempted to kill the mayor."])
def test_attempted_attack_is_an_attack(parse, res, text):
    assert factual(code(parse, res, text), "ASSAULT")


@pytest.mark.parametrize("text", ["Indian troops remained on alert along the border.",
                                  "Pakistan put its air force on high alert."])
def test_alert_is_mobilization(parse, res, text):
    ev = one(code(parse, res, text), "MOBILIZE")
    assert ev.actor and not ev.recipient


def test_nothing_promised_is_no_promise(parse, res):
    assert not factual(code(parse, res, "The elders said nothing had yet been promised to the militants."), "AGREE")


def test_condolences_are_no_agreement(parse, res):
    assert not factual(code(parse, res, "Sharif visited the Chinese embassy to offer condolences."), "AGREE")


# -- actors of absolute clauses and of mouthpieces
def test_with_absolute_clause_has_its_own_actor(parse, res):
    ev = one(code(parse, res, "Qureshi met Muttaqi. His presence provoked an angry reaction, with critics "
                              "accusing Islamabad of meddling."), "ACCUSE")
    assert texts(ev.actor) == ["critics"] and texts(ev.recipient) == ["Islamabad"]


def test_pronoun_after_a_mouthpiece_is_its_owner(parse, res):
    evs = code(parse, res, "Imran Khan hosted a delegation led by Amir Khan Muttaqi. "
                           "Khan's office said he promised food and medical supplies.")
    ev = one(evs, "AGREE")
    assert texts(ev.actor) == ["Khan"]


# -- background clauses on a participant (plover.is_background)
@pytest.mark.parametrize("text,gone", [
    ("Khan, who had been arrested last year, met the envoy on Monday.", "COERCE"),
    ("Police detained a militant jailed a year ago for bombing a market.", "ASSAULT"),
])
def test_participant_past_clause_is_background(parse, res, text, gone):
    assert not [e for e in code(parse, res, text) if e.event_type == gone]


def test_news_in_a_relative_clause_is_kept(parse, res):
    evs = factual(code(parse, res, "Khan, who was arrested on Monday, met the envoy."))
    assert {"COERCE", "CONSULT"} <= {e.event_type for e in evs}
    evs = factual(code(parse, res, "The attack, which killed 12 soldiers, was claimed by the TTP."), "ASSAULT")
    assert len(evs) == 1 and texts(evs[0].actor) == ["TTP"]


# -- generic or habitual mentions are no specific event (filters.is_generic)
@pytest.mark.parametrize("text", [
    "The ministry said it was concerned about attacks on its territory.",
    "A wave of attacks has hit the province.",
    "Attacks on polio workers have increased in recent years.",
    "Officials said militant attacks had risen by 60 percent.",
])
def test_generic_attacks_are_no_event(parse, res, text):
    assert not factual(code(parse, res, text), "ASSAULT")


def test_told_to_attack_is_a_request(parse, res):
    evs = code(parse, res, "The TTP chief told fighters to resume attacks in Pakistan.")
    ev = one(evs, "REQUEST")
    assert texts(ev.actor) == ["TTP chief"] and texts(ev.recipient) == ["fighters"]
    assert not factual(evs, "ASSAULT")


# -- 'the two sides': the reciprocal span is actor and recipient
def test_reciprocal_group_is_actor_and_recipient(parse, res):
    ev = one(code(parse, res, "The two sides agreed to reopen the crossing."), "AGREE")
    assert texts(ev.actor) == texts(ev.recipient) == ["two sides"]


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
