"""Actor and recipient heads from the parse (``jirga/coding/roles.py``): hand-built parses with the
shipped cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding.match import Trigger, support_verb
from jirga.coding.pronouns import DocIndex
from jirga.coding.referents import refs
from jirga.coding.roles import clause_subject, noun_roles, verb_roles
from tests.coding.helpers import code, factual, one, texts, types
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


def test_who_comes_to_or_nears_a_phase_of_an_act_does_it(parse, res):
    # the act is the 'of' object of a phase noun ('the end of a tour'): the verb's subject does it
    ev = one(code(parse, res, "The Kenyan president is coming to the end of a week-long tour of Japan."), "CONSULT")
    assert texts(ev.actor) == ["Kenyan president"] and texts(ev.recipient) == ["Japan"]
    ev = one(code(parse, res, "The two delegations came to the end of three days of talks in Doha."), "CONSULT")
    assert "two delegations" in texts(ev.actor)
    # 'came under fire' still undergoes the attack
    ev = one(code(parse, res, "Afghan troops came under fire from Pakistani jets near Kabul."), "ASSAULT")
    assert "Afghan troops" in texts(ev.recipient)


# -- a participle read as a reduced relative acts when its subjectless conjunct is a finite past
CROSSED = hand_doc("""
    0  Armed    ADJ   JJ  amod  1 armed
    1  men      NOUN  NNS ROOT  1 man
    2  crossed  VERB  VBN acl   1 cross
    3  the      DET   DT  det   4 the
    4  river    NOUN  NN  dobj  2 river
    5  and      CCONJ CC  cc    2 and
    6  raided   VERB  VBD conj  2 raid
    7  a        DET   DT  det   8 a
    8  village  NOUN  NN  dobj  6 village
    9  .        PUNCT .   punct 1 .
""")

ENTERED = hand_doc("""
    0  Several  ADJ   JJ  amod  2 several
    1  hundred  NUM   CD  nummod 2 hundred
    2  fighters NOUN  NNS ROOT  2 fighter
    3  entered  VERB  VBN acl   2 enter
    4  the      DET   DT  det   5 the
    5  town     NOUN  NN  dobj  3 town
    6  and      CCONJ CC  cc    3 and
    7  burned   VERB  VBD conj  3 burn
    8  the      DET   DT  det   9 the
    9  market   NOUN  NN  dobj  7 market
    10 .        PUNCT .   punct 2 .
""")

# a headline: the conjunct is a participle too, so both are passive
GUARDS = hand_doc("""
    0  Four     NUM   CD  nummod 1 four
    1  guards   NOUN  NNS ROOT   1 guard
    2  killed   VERB  VBN acl    1 kill
    3  and      CCONJ CC  cc     2 and
    4  two      NUM   CD  nsubj  5 two
    5  wounded  VERB  VBN conj   2 wound
    6  in       ADP   IN  prep   2 in
    7  Herat    PROPN NNP pobj   6 Herat B-GPE
""")

# the conjunct has a subject of its own: its own clause, the participle stays passive
SEARCH = hand_doc("""
    0  Two       NUM   CD  nummod 1 two
    1  engineers NOUN  NNS ROOT   1 engineer
    2  kidnapped VERB  VBN acl    1 kidnap
    3  on        ADP   IN  prep   2 on
    4  Monday    PROPN NNP pobj   3 Monday B-DATE
    5  and       CCONJ CC  cc     2 and
    6  police    NOUN  NNS nsubj  7 police
    7  launched  VERB  VBD conj   2 launch
    8  a         DET   DT  det    9 a
    9  search    NOUN  NN  dobj   7 search
""")


def test_a_participle_joined_to_a_finite_past_is_the_main_clause():
    assert _texts(clause_subject(tok(CROSSED, "raided"))[0]) == ["men"]
    assert _texts(clause_subject(tok(CROSSED, "crossed"))[0]) == ["men"]
    assert _texts(clause_subject(tok(ENTERED, "burned"))[0]) == ["fighters"]


def test_a_participle_joined_to_a_participle_or_a_clause_of_its_own_stays_passive():
    assert clause_subject(tok(GUARDS, "killed")) == ([], [tok(GUARDS, "guards")])
    assert clause_subject(tok(SEARCH, "kidnapped")) == ([], [tok(SEARCH, "engineers")])


# -- a passive told without 'was': headlines, reduced relatives, 'with' clauses, 'by' agents
HEADLINE = hand_doc("""
    0  Nine    NUM   CD  nummod 1 nine
    1  miners  NOUN  NNS nsubj  2 miner
    2  killed  VERB  VBD ROOT   2 kill
    3  in      ADP   IN  prep   2 in
    4  Zambia  PROPN NNP compound 5 Zambia B-GPE
    5  raid    NOUN  NN  pobj   3 raid
""")

RAIDERS = hand_doc("""
    0  Raiders NOUN  NNS nsubj  1 raider
    1  killed  VERB  VBD ROOT   1 kill
    2  nine    NUM   CD  nummod 3 nine
    3  miners  NOUN  NNS dobj   1 miner
    4  .       PUNCT .   punct  1 .
""")


def test_an_object_less_act_done_to_people_without_auxiliary_is_passive():
    assert clause_subject(tok(HEADLINE, "killed")) == ([], [tok(HEADLINE, "miners")])
    # with an object it is active
    agents, patients = clause_subject(tok(RAIDERS, "killed"))
    assert (_texts(agents), patients) == (["Raiders"], [])


@pytest.mark.parametrize("text, typ, recipient", [
    ("Seven border guards killed and four wounded in Zahedan ambush", "ASSAULT", "Seven border guards"),
    ("Two reporters detained in Minsk", "COERCE", "Two reporters"),
    ("Protest leader shot dead in Lagos", "ASSAULT", "Protest leader"),
    ("The activists arrested on Friday and charged with sedition were freed on bail.", "COERCE", "activists"),
    ("The soldiers kidnapped last year were shown in a video.", "ASSAULT", "soldiers"),
    ("The policemen abducted last year appeared in a rebel video.", "ASSAULT", "policemen"),
])
def test_people_acted_upon_in_a_reduced_passive_are_recipients(parse, res, text, typ, recipient):
    evs = [e for e in code(parse, res, text) if e.event_type == typ]
    assert evs and all(e.actor == [] for e in evs)
    assert texts(evs[0].recipient) == [recipient]


def test_a_by_agent_or_a_with_clause_tells_who_did_it_to_whom(parse, res):
    ev = one(code(parse, res, "Four policemen killed by gunmen in Karachi"), "ASSAULT")
    assert texts(ev.actor) == ["gunmen"] and texts(ev.recipient) == ["Four policemen"]
    ev = one(code(parse, res, "Troops raided the camp, with a dozen fighters captured."), "COERCE")
    assert texts(ev.actor) == ["Troops"] and texts(ev.recipient) == ["dozen fighters"]


@pytest.mark.parametrize("text, typ, actor", [
    ("Rebels killed seven border guards in Zahedan.", "ASSAULT", "Rebels"),
    ("Police arrested and charged three activists.", "COERCE", "Police"),     # a shared object
    ("Soldiers shot at the protesters in Mandalay.", "ASSAULT", "Soldiers"),  # aimed at
    ("Security forces arrested over 300 in the capital.", "COERCE", "Security forces"),  # a count
])
def test_a_true_active_keeps_its_subject_as_actor(parse, res, text, typ, actor):
    assert texts(one(code(parse, res, text), typ).actor) == [actor]


def test_a_person_owning_an_act_done_to_people_undergoes_it(parse, res):
    ev = one(code(parse, res, "Mr Sharif's arrest led to riots in Lahore."), "COERCE")
    assert ev.actor == [] and texts(ev.recipient) == ["Mr Sharif"]
    # an 'of' phrase names who underwent it: the owner acts
    ev = one(code(parse, res, "The minister's arrest sparked protests in Karachi."), "COERCE")
    assert ev.actor == [] and texts(ev.recipient) == ["minister"]
    # an 'of' phrase names who underwent it, and a force or body owning the act does it
    ev = one(code(parse, res, "India's arrest of the fishermen drew protests from Colombo."), "COERCE")
    assert texts(ev.actor) == ["India"] and texts(ev.recipient) == ["fishermen"]
    ev = one(code(parse, res, "The army's arrests drew protests from rights groups."), "COERCE")
    assert texts(ev.actor) == ["army"]


def test_a_natural_force_is_no_attacker_but_a_side_s_fire_is(parse, res):
    evs = [e for e in code(parse, res, "Twelve villagers were killed by the flood in Assam.")
           if e.event_type == "ASSAULT"]
    assert all(e.actor == [] and e.recipient == [] for e in evs)
    ev = one(code(parse, res, "Two farmers were killed by army fire in Kashmir."), "ASSAULT")
    assert texts(ev.actor) == ["army"] and texts(ev.recipient) == ["Two farmers"]


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("Two Afghan refugees were deported from Iran.", "COERCE", ["Iran"], "Two Afghan refugees"),
    ("Iranian diplomat expelled from Germany over spying", "COERCE", ["Germany"], "Iranian diplomat"),
    ("The MP was expelled from the ruling party.", "COERCE", ["ruling party"], "MP"),
    ("Thousands of families were evicted from their homes in Karachi.", "COERCE", [], "families"),  # no party
])
def test_whoever_one_is_sent_away_from_sends_one(parse, res, text, typ, actor, recipient):
    ev = one(code(parse, res, text), typ)
    assert texts(ev.actor) == actor and texts(ev.recipient)[0] == recipient


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("A military court ordered the release of three detained journalists on Monday.", "RETREAT",
     ["military court"], "three detained journalists"),
    ("The police chief ordered the arrest of the opposition leader.", "COERCE", ["police chief"], "opposition leader"),
    ("The FBI opened an investigation of the senator over campaign funds.", "ACCUSE", ["FBI"], "senator"),
    # whose act it is, with its 'of' phrase: the owner acts
    ("The army's killing of civilians drew protests.", "ASSAULT", ["army"], "civilians"),
])
def test_the_of_phrase_of_an_act_done_to_people_undergoes_it(parse, res, text, typ, actor, recipient):
    ev = one(code(parse, res, text), typ)
    assert texts(ev.actor) == actor and texts(ev.recipient) == [recipient]


@pytest.mark.model
def test_the_rank_of_talks_is_no_party(parse, res):
    # 'delegation-level talks': the rank they are held at; the talks are the subject's
    evs = code(parse, res, "Dar met the prime minister and held delegation-level talks with Muttaqi.")
    assert [texts(e.actor) for e in evs if e.trigger.text == "talks"] == [["Dar"]]
    # a delegation that holds the talks is a party
    evs = code(parse, res, "A Pakistani delegation held talks with Muttaqi.")
    assert [texts(e.actor) for e in evs if e.trigger.text == "talks"] == [["Pakistani delegation"]]


def test_a_known_place_after_at_is_the_venue_not_the_recipient(parse, res):
    text = ("Israeli and Egyptian officials met at Rafah on Sunday. An earlier meeting of customs "
            "officials at Rafah ended without result. Masked men fired at Rafah.")
    evs = code(parse, res, text)
    assert "Rafah" not in texts(one(evs, "CONSULT").recipient)
    meeting = [e for e in factual(evs, "CONSULT") if e.trigger.text == "meeting"]
    assert meeting and "Rafah" not in texts(meeting[0].recipient)
    assert texts(one(evs, "ASSAULT").recipient) == ["Rafah"]      # fired at it: aimed at it
    # an exchange told by a noun is at the place, whoever fired
    fire = one(code(parse, res, "Israeli and Egyptian border guards exchanged fire at Rafah on Sunday."), "ASSAULT")
    assert "Rafah" not in texts(fire.recipient)
    # a named gate or crossing is a site too, whatever its first word may also name
    gate = one(code(parse, res, "A gunman opened fire on Pakistani soldiers at the Bab-e-Dosti gate on Sunday."),
               "ASSAULT")
    assert texts(gate.recipient) == ["Pakistani soldiers"]


@pytest.mark.parametrize("text,typ,actor", [
    ("Two journalists were detained on the orders of the provincial governor.", "COERCE", "provincial governor"),
    ("Food parcels were handed out in Herat at the behest of the Iranian embassy.", "AID", "Iranian"),
])
def test_whoever_ordered_an_act_had_it_done(parse, res, text, typ, actor):
    ev = one(code(parse, res, text), typ)
    assert texts(ev.actor) == [actor]
    assert actor not in " ".join(texts(ev.recipient))
    # a doer the clause names stays the actor
    ev = one(code(parse, res, "Two journalists were detained by police on the orders of the provincial governor."),
             "COERCE")
    assert texts(ev.actor) == ["police"]


@pytest.mark.parametrize("text, actor", [
    ("The envoy Mohammad Sadiq was in Kabul for talks with Taliban ministers.", "Mohammad Sadiq"),
    ("The Pakistani foreign minister arrived in Beijing on Monday for talks with Chinese officials.",
     "Pakistani foreign minister"),
])
def test_who_is_somewhere_for_talks_with_y_holds_them(parse, res, text, actor):
    from tests.coding.helpers import code
    talks = [e for e in code(parse, res, text) if e.event_type == "CONSULT"]
    assert talks and any(actor in a.text for e in talks for a in e.actor)


@pytest.mark.parametrize("text, recipient", [
    ("Gunmen shot a dissident in Karachi on Monday.", ["dissident"]),
    ("Unknown attackers stabbed a lawyer in Lagos.", ["lawyer"]),
    ("Masked men abducted a shopkeeper in Quetta.", ["shopkeeper"]),
])
def test_a_person_struck_in_a_town_is_the_recipient_not_the_town(parse, res, text, recipient):
    assert texts(one(code(parse, res, text), "ASSAULT").recipient) == recipient


def test_poisoning_a_person_is_an_attack_and_poisoning_relations_none(parse, res):
    ev = one(code(parse, res, "Agents poisoned the dissident with a nerve agent in London in 2018."), "ASSAULT")
    assert texts(ev.recipient) == ["dissident"]
    assert "ASSAULT" not in types(code(parse, res, "The dispute has poisoned relations between the two countries."))


@pytest.mark.parametrize("text, actor, recipient", [
    ("The union wrote to the ministry demanding the release of the workers.", ["union"], ["ministry"]),
    ("The governor wrote to the prime minister seeking more funds for flood relief.", ["governor"], ["prime minister"]),
])
def test_a_letter_asks_whom_it_is_written_to(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "REQUEST")
    assert texts(ev.actor) == actor and texts(ev.recipient) == recipient


def test_a_perfect_with_a_clitic_keeps_its_doer(parse, res):
    # "'s" before a participle with an object is 'has': the subject acts, it does not undergo
    events = code(parse, res, "Angela Merkel arrived in Kabul. She's met President Ghani and she's condemned the Taliban.")
    condemned = one(events, "ACCUSE")
    assert texts(condemned.actor) == ["Angela Merkel"] and texts(condemned.recipient) == ["Taliban"]
    assert "Angela Merkel" in texts(one([e for e in events if e.trigger.text == "met"], "CONSULT").actor)


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Yulia Skripal spoke on Thursday since being poisoned in Britain last month.", "poisoned", [], ["Yulia Skripal"]),
    ("The journalist was released on Monday after being detained by police for a week.", "detained",
     ["police"], ["journalist"]),
    ("After being attacked by militants, the soldiers retreated.", "attacked", ["militants"], ["soldiers"]),
])
def test_a_passive_without_tense_is_undergone_by_the_main_clauses_subject(parse, res, text, trigger, actor, recipient):
    ev = [e for e in factual(code(parse, res, text)) if e.trigger.text == trigger][0]
    assert [r.text for r in ev.actor if r.text] == actor and texts(ev.recipient) == recipient


def test_an_object_moved_after_its_as_adjective_is_still_the_object(parse, res):
    # 'dismissed as baseless Pakistan's claims': the parser hangs the claims on 'as'
    ev = one(code(parse, res, "Kabul dismissed as baseless Pakistan's claims that it was sheltering militants."),
             "REJECT")
    assert texts(ev.actor) == ["Kabul"] and texts(ev.recipient) == ["Pakistan"]
    assert types(code(parse, res, "He described the talks as useful.")) == []


@pytest.mark.parametrize("text,recipient", [
    ("Houthi rebels boarded the ship and took its crew hostage.", "crew"),
    ("The rebels took two soldiers prisoner.", "two soldiers"),
])
def test_taking_people_hostage_is_an_abduction_of_them(parse, res, text, recipient):
    evs = [e for e in code(parse, res, text) if e.event_type == "ASSAULT" and e.mode == "abduct"]
    assert len(evs) == 1
    assert [r.text for r in evs[0].recipient] == [recipient]


def test_released_prisoners_keep_their_owner_name(parse, res):
    # the hostage reading is the taking's only: 'two Taliban prisoners' are freed whole
    [ev] = [e for e in code(parse, res, "Pakistan released two Taliban prisoners on Monday.")
            if e.event_type == "RETREAT"]
    assert [r.text for r in ev.recipient] == ["two Taliban prisoners"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("China sent a delegation to Washington on Monday.", "China", ["Washington"]),
    ("Pakistan dispatched its special envoy to Kabul to discuss the border closure.", "Pakistan", ["Kabul"]),
    # the talks the envoy went for add the 'with' party, never the envoy
    ("The Taliban sent their foreign minister to Moscow for talks.", "Taliban", ["Moscow"]),
])
def test_sending_an_envoy_is_a_visit_to_the_place_sent_to(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "CONSULT")
    assert texts(ev.actor) == [actor] and texts(ev.recipient) == recipient
    assert ev.mode == "visit"


def test_sending_people_who_are_no_envoys_is_no_visit(parse, res):
    assert "CONSULT" not in types(code(parse, res, "The army sent a team of officials to the site."))


@pytest.mark.parametrize("text,asker,answerer", [
    ("The United Nations has turned down Taliban requests to let them represent Afghanistan.",
     "Taliban", "United Nations"),
    ("The Taliban's request was rejected by the UN.", "Taliban", "UN"),
    ("The court granted the government's request for an extension.", "government", "court"),
])
def test_who_answers_a_request_is_whom_it_was_made_to(parse, res, text, asker, answerer):
    ev = one(code(parse, res, text), "REQUEST")
    assert texts(ev.actor) == [asker] and texts(ev.recipient) == [answerer]


@pytest.mark.parametrize("text,visitor", [
    ("In a visit to Tunis on Monday, Macron criticised NATO's intervention in Libya.", "Macron"),
    ("On a visit to Beijing last week, the Pakistani army chief signed a defence pact with China.",
     "Pakistani army chief"),
])
def test_a_visit_fronting_a_clause_is_the_clauses_subjects(parse, res, text, visitor):
    ev = one(code(parse, res, text), "CONSULT")
    assert texts(ev.actor) == [visitor]


def test_the_reporter_of_an_attack_is_not_its_doer(parse, res):
    ev = one(code(parse, res, "The Russian-backed offensive in eastern Ghouta has killed more than 1600 "
                              "civilians and wounded thousands, rescuers said."), "ASSAULT")
    assert "rescuers" not in texts(ev.actor)


def test_a_quoted_thanks_is_the_speakers(parse, res):
    ev = one(code(parse, res, "“Thank you to the police,” Schmidt said."), "SUPPORT")
    assert texts(ev.actor) == ["Schmidt"] and texts(ev.recipient) == ["police"]


def test_a_participle_after_a_reporting_aside_is_the_main_clauses(parse, res):
    ev = one(code(parse, res, "Pakistani jets bombed suspected TTP hideouts in Paktika province, the Taliban "
                              "said, killing eight civilians."), "ASSAULT")
    assert texts(ev.actor) == ["Pakistani"]


@pytest.mark.parametrize("text,state,people", [
    ("According to the UN, more than 1,000 Afghans were returned from Iran on Monday.", "Iran",
     "more than 1,000 Afghans"),
    ("Iran returned 1,500 Afghan migrants on Sunday.", "Iran", "1,500 Afghan migrants"),
    ("Hundreds of Afghans were sent back from Pakistan.", "Pakistan", "Afghans"),
])
def test_people_returned_or_sent_back_from_a_state_are_deported_by_it(parse, res, text, state, people):
    ev = one(code(parse, res, text), "COERCE")
    assert ev.mode == "deport" and texts(ev.actor) == [state] and texts(ev.recipient) == [people]


@pytest.mark.parametrize("text", ["Thousands of refugees returned home after the war.",
                                  "The refugees returned to Afghanistan voluntarily."])
def test_people_who_return_of_themselves_are_not_deported(parse, res, text):
    assert "COERCE" not in types(code(parse, res, text))


def test_a_subject_parsed_as_a_compound_of_its_verb_is_the_subject(parse, res):
    evs = code(parse, res, "Pakistan says Kabul shelters the TTP, an allegation the Taliban deny.")
    shelter = next(e for e in evs if e.trigger.text == "shelters")
    assert texts(shelter.actor) == ["Kabul"]       # was nobody, with Kabul as the place
    assert texts(one(evs, "REJECT").actor) == ["Taliban"]         # not the TTP


def test_whom_aid_told_as_a_noun_is_for_is_its_recipient(parse, res):
    ev = one(code(parse, res, "The IMF approved a $3 billion loan for Pakistan."), "AID")
    assert texts(ev.actor) == ["IMF"] and texts(ev.recipient) == ["Pakistan"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The EU announced new aid for flood victims in Pakistan.", "EU", "flood victims"),
    ("The World Bank approved $500 million in aid for Pakistan.", "World Bank", "Pakistan"),
    ("The IMF unveiled a $3 billion loan for Egypt.", "IMF", "Egypt"),
])
def test_aid_announced_or_counted_in_money_is_given(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "AID")
    assert texts(ev.actor) == [actor] and texts(ev.recipient) == [recipient]


def test_a_subject_after_a_date_is_named_without_the_date(parse, res):
    ev = one(code(parse, res, "On 1 February Macron criticised NATO."), "ACCUSE")
    assert texts(ev.actor) == ["Macron"]       # was no actor: the date ran on into the name
