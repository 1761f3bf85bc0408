"""Actor and recipient heads from the parse (``jirga/coding/roles.py``): hand-built parses with the
shipped cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding.match import Trigger, support_verb
from jirga.coding.pronouns import DocIndex
from jirga.coding.referents import refs
from jirga.coding.roles import clause_subject, noun_roles, verb_roles
from tests.coding.helpers import code, one, texts
from tests.coding.parses import (ACCUSED, ARRESTED, ATTACK, BETWEEN, CLASHED, CRITICISM, HOSTED,
                                 READY, URGED)
from tests.handmade import hand_doc, tok


def _texts(toks):
    return [t.text for t in toks]


def _verb(doc, word, **entry):
    return Trigger(tok(doc, word), {"type": "CONSULT", **entry}, "verb")


def _noun(doc, word, **entry):
    t = tok(doc, word)
    return Trigger(t, {"type": "ASSAULT", **entry}, "noun", support_verb(t))


def test_clause_subject_passive_agent_and_patient():
    agents, patients = clause_subject(tok(ARRESTED, "arrested"))
    assert (_texts(agents), _texts(patients)) == (["police"], ["Khan"])


def test_clause_subject_borrowed_from_the_governing_clause():
    assert _texts(clause_subject(tok(URGED, "act"))[0]) == ["Kabul"]            # object control
    assert _texts(clause_subject(tok(READY, "hold"))[0]) == ["Pakistan"]        # 'is ready to'
    assert _texts(clause_subject(tok(ACCUSED, "sheltering"))[0]) == ["Afghanistan"]   # 'accused X of'


def test_verb_roles_subject_acts_object_receives(cues):
    actors, recips = verb_roles(_verb(ACCUSED, "accused", type="ACCUSE"), cues)
    assert (_texts(actors), _texts(recips)) == (["Pakistan"], ["Afghanistan"])


def test_verb_roles_host_swaps_guest_and_host(cues):
    actors, recips = verb_roles(_verb(HOSTED, "hosted", swap=True), cues)
    assert (_texts(actors), _texts(recips)) == (["delegation"], ["Kabul"])


def test_verb_roles_reciprocal_puts_everyone_in_actor(cues):
    actors, recips = verb_roles(_verb(CLASHED, "clashed", type="ASSAULT", recip=True), cues)
    assert (_texts(actors), recips) == (["Pakistan", "Afghanistan"], [])
    actors, recips = verb_roles(_verb(CLASHED, "clashed", type="ASSAULT"), cues)
    assert (_texts(actors), _texts(recips)) == (["Pakistan"], ["Afghanistan"])


def test_noun_roles_modifier_acts_on_phrase_receives(cues):
    actors, recips = noun_roles(_noun(ATTACK, "attack"), True, cues)
    assert (_texts(actors), _texts(recips)) == (["TTP"], ["convoy"])
    actors, _ = noun_roles(_noun(ATTACK, "attack"), True, cues, place_name=lambda name: True)
    assert actors == []                       # 'the Zhob attack': a place, not an actor


def test_noun_roles_between_is_reciprocal(cues):
    actors, recips = noun_roles(_noun(BETWEEN, "Talks", type="CONSULT"), False, cues)
    assert (_texts(actors), recips) == (["Pakistan"], [])


def test_noun_roles_undergone_criticism_points_at_the_subject(cues):
    actors, recips = noun_roles(_noun(CRITICISM, "criticism", type="ACCUSE"), False, cues)
    assert (_texts(actors), _texts(recips)) == (["UN"], ["Pakistan"])


# -- sentences through the coder (spaCy model) -------------------------------------------------
# -- demonym and named-entity modifiers are actors (entity labels compared in upper case)
def test_demonym_modifier_is_the_actor(parse, res):
    ev = one(code(parse, res, "Israeli tanks shelled the village of Beit Hanoun."), "ASSAULT")
    assert texts(ev.actor) == ["Israeli"]


def test_demonym_on_the_object_is_the_recipient(parse, res):
    ev = one(code(parse, res, "Serbia rejected an Austrian proposal for new border talks."), "REJECT")
    assert texts(ev.recipient) == ["Austrian"]


def test_participle_on_object_takes_the_issuer_as_actor(parse, res):
    ev = one(code(parse, res, "The Baloch Republican Party issued a statement demanding that Islamabad free its leaders."),
             "REQUEST")
    assert "Baloch Republican Party" in texts(ev.actor)[0]
    assert texts(ev.recipient) == ["Islamabad"]


# -- actors of absolute clauses and of mouthpieces
def test_with_absolute_clause_has_its_own_actor(parse, res):
    ev = one(code(parse, res, "Qureshi met Muttaqi. His presence provoked an angry reaction, with critics "
                              "accusing Islamabad of meddling."), "ACCUSE")
    assert texts(ev.actor) == ["critics"] and texts(ev.recipient) == ["Islamabad"]


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


# -- targets that are posts, places that are no targets, victims of an attack noun -----------------
@pytest.mark.parametrize("text, recipient", [
    ("Insurgents stormed a military post in Zhob on Friday.", "military post"),
    ("Afghan troops shelled Pakistani border posts overnight.", "Pakistani border posts"),
    ("Gunmen ambushed an army convoy near Khost.", "army convoy")])
def test_a_post_of_a_named_force_is_the_target(parse, res, text, recipient):
    ev = one(code(parse, res, text), "ASSAULT")
    assert recipient in texts(ev.recipient)


def test_a_bare_checkpoint_names_no_force(parse, res):
    ev = one(code(parse, res, "Gunmen attacked a checkpoint on Friday."), "ASSAULT")
    assert "checkpoint" not in texts(ev.recipient)


def test_the_border_an_attack_happens_on_is_no_recipient(parse, res):
    ev = one(code(parse, res, "Six guards were wounded in an attack in Kurram on the Afghan border."), "ASSAULT")
    assert "Afghan" not in texts(ev.recipient)


def test_the_victims_of_an_attack_noun_through_its_verb(parse, res):
    evs = code(parse, res, "Rebel attacks have grown and killed hundreds of villagers in the north.")
    attacks = [e for e in evs if e.event_type == "ASSAULT" and e.trigger.text == "attacks"]
    assert attacks and "villagers" in " ".join(texts(attacks[0].recipient))


def test_the_accused_is_the_subject_of_what_is_alleged(parse, res):
    ev = one(code(parse, res, "The government alleged that the rebel group was smuggling weapons."), "ACCUSE")
    assert any("rebel group" in t for t in texts(ev.recipient))


def test_call_for_someone_to_act_names_them_as_recipient(parse, res):
    ev = one(code(parse, res, "Zardari called for the interim government in Kabul to cooperate against militants."),
             "REQUEST")
    assert texts(ev.actor) == ["Zardari"] and texts(ev.recipient) == ["interim government"]


# -- the subject of a passive conjunct undergoes it; what is mobilised is no recipient
def test_passive_conjunct_makes_the_shared_subject_its_recipient(parse, res):
    ev = one(code(parse, res, "Bhutto held no post in the cabinet but was accused of taking bribes."), "ACCUSE")
    assert texts(ev.actor) == [] and texts(ev.recipient) == ["Bhutto"]


def test_troops_deployed_are_not_the_recipient(parse, res):
    ev = one(code(parse, res, "Iran deployed Revolutionary Guard units to the frontier."), "MOBILIZE")
    assert texts(ev.actor) == ["Iran"] and texts(ev.recipient) == []
    ev = one(code(parse, res, "Russia deployed troops against Ukraine."), "MOBILIZE")
    assert texts(ev.recipient) == ["Ukraine"]


def test_a_fronted_at_phrase_is_where_not_whom(parse, res):
    ev = one(code(parse, res, "At Peshawar the minister met tribal elders."), "CONSULT")
    assert texts(ev.recipient) == ["tribal elders"]


def test_a_coordinated_demand_is_addressed_to_the_accused(parse, res):
    ev = one(code(parse, res, "Delhi accused Dhaka of harbouring rebels and demanded an end to the raids."),
             "REQUEST")
    assert texts(ev.actor) == ["Delhi"] and texts(ev.recipient) == ["Dhaka"]


def test_talks_a_subject_holds_have_that_subject_as_actor(parse, res):
    evs = code(parse, res, "The Kenyan president, in a telephone conversation with Prime Minister Abiy, "
                           "agreed to reopen the border.")
    talk, agree = one(evs, "CONSULT"), one(evs, "AGREE")
    assert texts(talk.actor) == ["Kenyan president"] and texts(talk.recipient) == ["Prime Minister Abiy"]
    assert texts(agree.recipient) == ["Prime Minister Abiy"]


def test_talks_hosted_with_guests_have_the_guests_act_and_the_host_receive(parse, res):
    ev = one(code(parse, res, "Afghan leaders hosted talks with a delegation from Pakistan."), "CONSULT")
    assert texts(ev.actor) == ["delegation from Pakistan"] and texts(ev.recipient) == ["Afghan leaders"]


def test_among_others_names_no_party_of_the_talks(parse, res):
    ev = one(code(parse, res, "Nigeria's foreign minister led his country's delegation at the talks in Accra "
                              "with Ghanaian President John Mahama and his ministers, among others."), "CONSULT")
    assert texts(ev.actor) == ["Nigeria's foreign minister"]
    assert texts(ev.recipient)[0].startswith("Ghanaian President John Mahama")


def test_a_headline_release_from_prison_has_the_released_as_recipient(parse, res):
    ev = one(code(parse, res, "Detained activist Maria Lopes released from custody, Luanda, March 3, 2019."), "RETREAT")
    assert ev.actor == [] and texts(ev.recipient) == ["Detained activist Maria Lopes"]
    ev = one(code(parse, res, "Police released the activist from custody on Sunday."), "RETREAT")
    assert texts(ev.actor) == ["Police"] and texts(ev.recipient) == ["activist"]


def test_a_passive_harm_takes_the_agent_of_its_when_clause(parse, res):
    text = ("Four crew members were killed on board the Greek tanker, Aegean Star, when it was stormed "
            "by Somali pirates while sailing to Mombasa in June 2011.")
    ev = one(code(parse, res, text), "ASSAULT")
    assert texts(ev.actor) == ["Somali pirates"]
    # a 'when' clause about the victims themselves names no attacker
    ev = one(code(parse, res, "Two guards were wounded when they reached the gate."), "ASSAULT")
    assert ev.actor == []


def test_armed_men_killed_as_a_security_force_reports_were_killed_by_it(parse, res):
    ev = one(code(parse, res, "The police said six bandits had been killed in the shootout."), "ASSAULT")
    assert texts(ev.actor) == ["police"]
    # the report of anyone else, or of dead civilians, names no attacker
    ev = one(code(parse, res, "Officials said six bandits had been killed in the shootout."), "ASSAULT")
    assert ev.actor == []
    ev = one(code(parse, res, "The army said four villagers were killed in the fighting."), "ASSAULT")
    assert ev.actor == []


ELIDED = hand_doc("""
    0  Five     NUM   CD  nummod    1 five
    1  soldiers NOUN  NNS nsubjpass 3 soldier
    2  were     AUX   VBD auxpass   3 be
    3  killed   VERB  VBN ROOT      3 kill
    4  and      CCONJ CC  cc        3 and
    5  22       NUM   CD  nsubj     6 22
    6  wounded  VERB  VBN conj      3 wound
    7  .        PUNCT .   punct     3 .
""")

ACTIVE = hand_doc("""
    0  Rebels   NOUN  NNS nsubj  1 rebel
    1  attacked VERB  VBD ROOT   1 attack
    2  and      CCONJ CC  cc     1 and
    3  30       NUM   CD  nsubj  4 30
    4  fled     VERB  VBD conj   1 flee
    5  .        PUNCT .   punct  1 .
""")


def test_a_bare_number_joined_to_a_passive_counts_the_same_victims(cues):
    agents, patients = clause_subject(tok(ELIDED, "wounded"))
    assert agents == [] and _texts(patients) == ["22"]
    assert [r[2] for r in refs(patients, DocIndex(ELIDED, cues))] == ["Five soldiers"]
    # an active clause keeps its number as its subject: who acted
    agents, patients = clause_subject(tok(ACTIVE, "fled"))
    assert _texts(agents) == ["30"] and patients == []


def test_a_verb_joined_to_a_reported_clause_shares_the_reporters_subject(parse, res):
    ev = one(code(parse, res, "The minister said the talks had collapsed and called for fresh elections."), "REQUEST")
    assert texts(ev.actor) == ["minister"]
    ev = one(code(parse, res, "Police said the crowd had dispersed and arrested four men."), "COERCE")
    assert texts(ev.actor) == ["Police"]
    # a reported clause whose subject is a party keeps it for the verb joined to it
    ev = one(code(parse, res, "Officials said the army had withdrawn and returned to its bases."), "RETREAT")
    assert texts(ev.actor) == ["army"]


def test_an_event_nouns_own_preposition_names_its_target(parse, res):
    evs = code(parse, res, "Pakistan expressed concern over India's decision to build the dam. "
                           "Ankara voiced concern about Greek military drills.")
    targets = [texts(e.recipient) for e in evs if e.event_type == "ACCUSE"]
    assert targets == [["India"], ["Greek"]]
    # a preposition the noun does not take names no target
    evs = code(parse, res, "Pakistan expressed concern about the water shortage at a meeting in Geneva.")
    assert all("Geneva" not in texts(e.recipient) for e in evs)


def test_a_state_named_before_a_visit_noun_is_visited(parse, res):
    ev = one(code(parse, res, "The Kenyan president cut short his Japan visit on Friday."), "CONSULT")
    assert texts(ev.recipient) == ["Japan"] and "Japan" not in texts(ev.actor)
    # the visitor named before the noun stays the actor: 'the Pakistani delegation's visit'
    ev = one(code(parse, res, "The Pakistani delegation's visit to Kabul ended on Monday."), "CONSULT")
    assert texts(ev.actor) == ["Pakistani delegation"]


def test_a_titles_head_word_names_its_holder(parse, res):
    ev = one(code(parse, res, "The crown prince detained three cousins in a Riyadh hotel."), "COERCE")
    assert texts(ev.actor) == ["crown prince"]
    ev = one(code(parse, res, "The committee chairman accused the minister of lying."), "ACCUSE")
    assert texts(ev.actor) == ["committee chairman"]


# -- verbs that begin or end an act -------------------------------------------------------------------
def test_an_aspectual_verbs_subject_does_the_act_its_object_names(parse, res):
    ev = one(code(parse, res, "The Kenyan president concluded a week-long tour of Japan on Friday."), "CONSULT")
    assert texts(ev.actor) == ["Kenyan president"] and texts(ev.recipient) == ["Japan"]
    ev = one(code(parse, res, "The Chilean minister began a visit to Lima on Monday."), "CONSULT")
    assert texts(ev.actor) == ["Chilean minister"] and texts(ev.recipient) == ["Lima"]
    # the visitor named in the 'of' phrase stays the actor
    ev = one(code(parse, res, "Pakistan welcomed the visit of the Iranian foreign minister."), "CONSULT")
    assert texts(ev.actor) == ["Iranian foreign minister"]
