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
