"""Finding triggers (``jirga/coding/match.py``): hand-built parses with the shipped lexicon (no
model), then sentences through the coder (model)."""
import pytest

from jirga.coding.match import adjectival, entry_holds, find_triggers, support_verb
from tests.coding.helpers import code, factual, one, texts, types
from tests.handmade import hand_doc, tok

CLOSED = hand_doc("""
    0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
    1 closed   VERB  VBD ROOT  1 close
    2 the      DET   DT  det   3 the
    3 border   NOUN  NN  dobj  1 border
    4 .        PUNCT .   punct 1 .
""")

CONDOLENCES = hand_doc("""
    0 Sharif      PROPN NNP nsubj 1 Sharif B-PERSON
    1 offered     VERB  VBD ROOT  1 offer
    2 condolences NOUN  NNS dobj  1 condolence
    3 .           PUNCT .   punct 1 .
""")

TALKS = hand_doc("""
    0 The     DET  DT  det    2 the
    1 two     NUM  CD  nummod 2 two
    2 leaders NOUN NNS nsubj  3 leader
    3 held    VERB VBD ROOT   3 hold
    4 talks   NOUN NNS dobj   3 talk
    5 .       PUNCT .  punct  3 .
""")

ALERT = hand_doc("""
    0 Pakistan PROPN NNP  nsubj 1 Pakistan B-GPE
    1 put      VERB  VBD  ROOT  1 put
    2 its      PRON  PRP$ poss  3 its
    3 army     NOUN  NN   dobj  1 army
    4 on       ADP   IN   prep  1 on
    5 alert    NOUN  NN   pobj  4 alert
    6 .        PUNCT .    punct 1 .
""")

# 'wounded' misparsed as a verb with 'soldiers' as its object
WOUNDED = hand_doc("""
    0 Munir    PROPN NNP nsubj 1 Munir B-PERSON
    1 met      VERB  VBD ROOT  1 meet
    2 wounded  VERB  VBN advcl 1 wound
    3 soldiers NOUN  NNS dobj  2 soldier
    4 .        PUNCT .   punct 1 .
""")

WERE_WOUNDED = hand_doc("""
    0 Soldiers NOUN NNS nsubjpass 2 soldier
    1 were     AUX  VBD auxpass   2 be
    2 wounded  VERB VBN ROOT      2 wound
    3 .        PUNCT .  punct     2 .
""")

UNACCEPTABLE = hand_doc("""
    0 Kabul        PROPN NNP nsubj 1 Kabul B-GPE
    1 called       VERB  VBD ROOT  1 call
    2 the          DET   DT  det   3 the
    3 strikes      NOUN  NNS dobj  1 strike
    4 unacceptable ADJ   JJ  oprd  1 unacceptable
    5 .            PUNCT .   punct 1 .
""")

RESPONSIBILITY = hand_doc("""
    0 The            DET  DT  det   1 the
    1 militants      NOUN NNS nsubj 2 militant
    2 claimed        VERB VBD ROOT  2 claim
    3 responsibility NOUN NN  dobj  2 responsibility
    4 for            ADP  IN  prep  3 for
    5 the            DET  DT  det   6 the
    6 attack         NOUN NN  pobj  4 attack
    7 .              PUNCT .  punct 2 .
""")

UNDER_FIRE = hand_doc("""
    0 The    DET  DT  det   1 the
    1 convoy NOUN NN  nsubj 2 convoy
    2 came   VERB VBD ROOT  2 come
    3 under  ADP  IN  prep  2 under
    4 fire   NOUN NN  pobj  3 fire
    5 .      PUNCT .  punct 2 .
""")

DRIVE = hand_doc("""
    0 Pakistan    PROPN NNP nsubj    1 Pakistan B-GPE
    1 launched    VERB  VBD ROOT     1 launch
    2 a           DET   DT  det      4 a
    3 deportation NOUN  NN  compound 4 deportation
    4 drive       NOUN  NN  dobj     1 drive
    5 .           PUNCT .   punct    1 .
""")

ENGAGED = hand_doc("""
    0 Elders  NOUN NNS nsubj 1 elder
    1 engaged VERB VBD ROOT  1 engage
    2 in      ADP  IN  prep  1 in
    3 talks   NOUN NNS pobj  2 talk
    4 .       PUNCT .  punct 1 .
""")

ENDED = hand_doc("""
    0 The   DET  DT  det   1 the
    1 talks NOUN NNS nsubj 2 talk
    2 ended VERB VBD ROOT  2 end
    3 .     PUNCT .  punct 2 .
""")


PUT_PRESSURE = """
    0 {subj:<8} {pos} nsubj 1 {lemma}{ent}
    1 put      VERB  VBD  ROOT  1 put
    2 pressure NOUN  NN   dobj  1 pressure
    3 on       ADP   IN   prep  1 on
    4 {obj:<8} {opos} pobj  3 {olemma}{oent}
    5 .        PUNCT .    punct 1 .
"""
PRESSURE_BY_STATE = hand_doc(PUT_PRESSURE.format(subj="Brussels", pos="PROPN NNP ", lemma="Brussels", ent=" B-GPE",
                                                 obj="Athens", opos="PROPN NNP", olemma="Athens", oent=" B-GPE"))
PRESSURE_BY_PRICES = hand_doc(PUT_PRESSURE.format(subj="Prices", pos="NOUN  NNS ", lemma="price", ent="",
                                                  obj="budgets", opos="NOUN  NNS", olemma="budget", oent=""))

CALLED_UP = hand_doc("""
    0 Kyiv       PROPN NNP nsubj 1 Kyiv B-GPE
    1 called     VERB  VBD ROOT  1 call
    2 up         ADP   RP  prt   1 up
    3 reservists NOUN  NNS dobj  1 reservist
    4 .          PUNCT .   punct 1 .
""")

# 'back' misattached to the adverb after it
PUSHED_BACK_HARD = hand_doc("""
    0 Farmers  NOUN  NNS nsubj  1 farmer
    1 pushed   VERB  VBD ROOT   1 push
    2 back     ADV   RB  advmod 3 back
    3 hard     ADV   RB  advmod 1 hard
    4 against  ADP   IN  prep   1 against
    5 the      DET   DT  det    6 the
    6 levy     NOUN  NN  pobj   4 levy
    7 .        PUNCT .   punct  1 .
""")


def _found(doc, lex):
    return [(t.token.text, t.kind, t.entry["type"], t.support.text if t.support is not None else None)
            for t in find_triggers(doc[:], lex)]


def test_adjectival_bare_participle_before_its_object():
    assert adjectival(tok(WOUNDED, "wounded"))
    assert not adjectival(tok(WERE_WOUNDED, "wounded"))      # a passive with its auxiliary
    assert not adjectival(tok(CLOSED, "closed"))             # a finite verb


TO_NORMALIZED = hand_doc("""
    0 a          DET   DT  det   1 a
    1 reference  NOUN  NN  ROOT  1 reference
    2 to         PART  TO  aux   3 to
    3 normalized VERB  VBN acl   1 normalize
    4 relations  NOUN  NNS dobj  3 relation
    5 .          PUNCT .   punct 1 .
""")


def test_adjectival_participle_after_to_is_no_infinitive():
    # 'a reference to normalized relations': 'to' before a participle is a preposition
    assert adjectival(tok(TO_NORMALIZED, "normalized"))


def test_support_verb_of_an_object_or_prepositional_object():
    assert support_verb(tok(TALKS, "talks")).text == "held"
    assert support_verb(tok(ENGAGED, "talks")).text == "engaged"
    assert support_verb(tok(ENDED, "talks")) is None


def test_support_verb_through_a_carrier_noun_responsibility_or_undergo_phrase():
    assert support_verb(tok(DRIVE, "deportation")).text == "launched"
    assert support_verb(tok(RESPONSIBILITY, "attack")).text == "claimed"
    assert support_verb(tok(UNDER_FIRE, "fire")).text == "came"
    assert support_verb(tok(ALERT, "alert")).text == "put"


def test_find_triggers_verb_with_its_object_condition(lex):
    assert _found(CLOSED, lex) == [("closed", "verb", "COERCE", None)]


def test_find_triggers_excluded_object_is_no_trigger(lex):
    assert _found(CONDOLENCES, lex) == []


def test_find_triggers_plural_noun_with_its_support_verb(lex):
    assert _found(TALKS, lex) == [("talks", "noun", "CONSULT", "held")]


def test_find_triggers_light_noun_needs_one_of_its_verbs(lex):
    assert _found(ALERT, lex) == [("alert", "noun", "MOBILIZE", "put")]


def test_find_triggers_predicate_condition(lex):
    assert ("called", "verb", "ACCUSE", None) in _found(UNACCEPTABLE, lex)


def test_find_triggers_skips_adjectival_participles(lex):
    assert [t[0] for t in _found(WOUNDED, lex)] == ["met"]


def test_find_triggers_in_text_order(lex):
    found = _found(RESPONSIBILITY, lex)
    assert [t[0] for t in found] == sorted((t[0] for t in found), key=RESPONSIBILITY.text.index)
    assert ("attack", "noun", "ASSAULT", "claimed") in found


SENTENCED = hand_doc("""
    0 court     NOUN  NN  nsubj 1 court
    1 sentenced VERB  VBD ROOT  1 sentence
    2 him       PRON  PRP dobj  1 he
    3 .         PUNCT .   punct 1 .
""")

OPENED_FIRE = hand_doc("""
    0 Troops PROPN NNS nsubj 1 troop
    1 opened VERB  VBD ROOT  1 open
    2 fire   NOUN  NN  dobj  1 fire
    3 .      PUNCT .   punct 1 .
""")


def test_find_triggers_also_entry_codes_two_acts_on_one_word(lex):
    # a prison sentence is a conviction (SANCTION) and a detention (COERCE)
    assert _found(SENTENCED, lex) == [("sentenced", "verb", "SANCTION", None),
                                      ("sentenced", "verb", "COERCE", None)]


def test_find_triggers_opened_fire_is_an_assault_noun_on_its_light_verb(lex):
    assert _found(OPENED_FIRE, lex) == [("fire", "noun", "ASSAULT", "opened")]


# -- sentences through the coder (spaCy model) -------------------------------------------------
def test_bare_participle_before_its_noun_is_an_adjective(parse, res):
    evs = code(parse, res, "Munir visited the Quetta garrison and met wounded soldiers in hospital.")
    assert not factual(evs, "ASSAULT")


@pytest.mark.parametrize("text", ["Indian troops remained on alert along the border.",
                                  "Pakistan put its air force on high alert."])
def test_alert_is_mobilization(parse, res, text):
    ev = one(code(parse, res, text), "MOBILIZE")
    assert ev.actor and not ev.recipient


@pytest.mark.parametrize("text", [
    "The Taliban called the fence illegal.",
    "Kabul called the strikes unacceptable.",
    "Pakistan described the shelling as a violation of its sovereignty.",
])
def test_disapproving_characterisation_is_accuse(parse, res, text):
    evs = code(parse, res, text)
    assert types(evs) == ["ACCUSE"]


def test_find_triggers_prepositional_object_condition(parse, res):
    from jirga.coding import lexicon
    lex = lexicon.get(res)
    sent = next(parse("Crowds took to the streets.").parsed.sents)
    assert [(t.token.text, t.entry["type"]) for t in find_triggers(sent, lex)] == [("took", "PROTEST")]
    sent = next(parse("Crowds took to the hills.").parsed.sents)
    assert find_triggers(sent, lex) == []


# -- closing and reopening crossings; objects a relative clause or a nation gives ----------------
@pytest.mark.parametrize("text, typ", [
    ("Afghan officials closed Chaman on Tuesday.", "COERCE"),
    ("Pakistan sealed Chaman after the dispute.", "COERCE"),
    ("The Taliban reopened Torkham on Saturday.", "RETREAT"),
])
def test_closing_a_named_crossing_the_gazetteer_knows(parse, res, text, typ):
    ev = one(code(parse, res, text), typ)
    assert ev.mode == ("restrict" if typ == "COERCE" else "access") and ev.actor


def test_closing_a_country_or_a_person_is_no_closure(parse, res):
    assert not factual(code(parse, res, "The Taliban closed Pakistan's case on Tuesday."), "COERCE")
    assert not factual(code(parse, res, "The minister closed the meeting with a prayer."), "COERCE")


@pytest.mark.parametrize("text", [
    "Trucks moved again after the Taliban reopened the gate they had shut on Monday.",
    "Kabul asked Islamabad to reopen the Chaman gate, which Pakistani officials shut on Tuesday.",
])
def test_relative_clause_object_is_its_head_noun(parse, res, text):
    from jirga.coding import lexicon
    sent = next(parse(text).parsed.sents)
    found = {(t.token.text, t.entry["type"]) for t in find_triggers(sent, lexicon.get(res))}
    assert ("shut", "COERCE") in found


def test_relative_clause_with_its_own_object_keeps_it(parse, res):
    from jirga.coding import lexicon
    sent = next(parse("The officials who closed the embassy left the city.").parsed.sents)
    found = [(t.token.text, t.entry["type"], t.entry["mode"]) for t in find_triggers(sent, lexicon.get(res))]
    assert ("closed", "SANCTION", "withdraw") in found          # the embassy, not the officials


def test_people_of_a_nation_are_nationals(parse, res):
    ev = one(code(parse, res, "Islamabad sent back thousands of Afghans in March."), "COERCE")
    assert ev.mode == "deport"


def test_exchange_of_fire_is_an_assault_exchange_of_views_is_not(parse, res):
    from jirga.coding import lexicon
    lex = lexicon.get(res)
    sent = next(parse("An exchange of fire between the two armies left a soldier dead.").parsed.sents)
    assert ("exchange", "ASSAULT") in {(t.token.text, t.entry["type"]) for t in find_triggers(sent, lex)}
    sent = next(parse("An exchange of views between the two ministers was useful.").parsed.sents)
    assert "exchange" not in {t.token.text for t in find_triggers(sent, lex)}


@pytest.mark.parametrize("text", ["Turkish forces pressed into the enclave for a fourth day.",
                                  "The army is pressing its offensive in the north."])
def test_pressing_ahead_is_no_request(parse, res, text):
    assert not factual(code(parse, res, text), "REQUEST")


@pytest.mark.parametrize("text", ["Pakistan pressed Kabul to act against the militants.",
                                  "Washington pressed for a ceasefire in the region."])
def test_pressing_someone_to_act_is_a_request(parse, res, text):
    assert one(code(parse, res, text), "REQUEST").actor


def test_particle_parsed_as_an_adverb_still_counts(parse, res):
    ev = one(code(parse, res, "After the Taliban took power, Islamabad sent back home thousands of Afghans."),
             "COERCE")
    assert ev.mode == "deport"


def test_defending_ones_own_decision_is_no_support_of_another(parse, res):

    assert not factual(code(parse, res, "The junta defended its decision to close the border."), "SUPPORT")
    assert not factual(code(parse, res, "Both governments defended their policy on refugees."), "SUPPORT")
    ev = factual(code(parse, res, "Moscow defended the decision of the Syrian government."), "SUPPORT")
    assert ev and [r.text for r in ev[0].recipient] == ["Syrian government"]


# -- tagging slips: a noun heading its clause, a verb form as an object (match.verb_slip, noun_slip)
def test_verb_tagged_as_a_noun_still_triggers(parse, res):
    ev = one(code(parse, res, "The foreign minister stated that Tehran “desires friendly ties” with Baghdad."), "AGREE")
    assert ev.trigger.text == "desires" and texts(ev.actor) == ["Tehran"]


def test_noun_tagged_as_a_verb_after_a_support_verb_still_triggers(parse, res):
    ev = one(code(parse, res, 'The envoy said "Japan expresses regret over the deaths of the fishermen," officials said.'),
             "CONCEDE")
    assert ev.trigger.text == "regret"


def test_admitted_that_mistakes_were_made_is_a_concession(parse, res):
    ev = one(code(parse, res, "The ministry admitted that errors were made in the planning of the operation."), "CONCEDE")
    assert ev.trigger.text == "admitted"


def test_conditions_set_are_a_request_and_their_content_no_fact(parse, res):
    evs = code(parse, res, "The premier has laid down three conditions for resuming talks with Kabul.")
    assert one(evs, "REQUEST").trigger.text == "conditions" and not factual(evs, "CONSULT")


def test_suspended_joint_drills_are_a_sanction(parse, res):
    ev = one(code(parse, res, "Seoul suspended its joint naval drills with Tokyo after the incident."), "SANCTION")
    assert ev.trigger.text == "suspended"


def test_dispute_procedure_launched_is_an_accusation(parse, res):
    ev = one(code(parse, res, "Brazil said on Monday it has launched a WTO dispute settlement procedure over "
                              "Canadian subsidies."), "ACCUSE")
    assert texts(ev.actor) == ["Brazil"]



@pytest.mark.parametrize("text,trigger", [
    ('"We see this kind of attitude as a source of the current tensions between the two countries," the cleric said.',
     "see"),
    ("Delhi regards the deployment as a violation of the accord.", "regards"),
])
def test_seeing_an_act_as_a_wrong_is_an_accusation(parse, res, text, trigger):
    assert one(code(parse, res, text), "ACCUSE").trigger.text == trigger


def test_seeing_someone_as_a_friend_is_no_accusation(parse, res):
    assert not factual(code(parse, res, "I see him as a friend."), "ACCUSE")


def test_a_time_under_a_preposition_is_no_argument(parse, res):
    # 'called ... on Thursday' is no call on anyone; 'called on both sides' is
    assert factual(code(parse, res, "Reporters called the detention centre on Thursday."), "REQUEST") == []
    assert factual(code(parse, res, "The UN on Monday called on both sides to halt the fighting."), "REQUEST")


def test_find_triggers_light_noun_not_by_an_excluded_subject(lex):
    # a party presses another; rising prices pressing on budgets is no act of anyone
    assert _found(PRESSURE_BY_STATE, lex) == [("pressure", "noun", "REQUEST", "put")]
    assert _found(PRESSURE_BY_PRICES, lex) == []


def test_entry_holds_reads_a_verb_entry_s_conditions(lex):
    called = tok(CALLED_UP, "called")
    by_type = {e["type"]: e for e in lex.verbs["call"] if e["type"] in ("MOBILIZE", "REQUEST")}
    assert entry_holds(called, by_type["MOBILIZE"], lex)      # particle 'up' and a reservist object
    assert not entry_holds(called, by_type["REQUEST"], lex)   # no 'for' or 'on'


def test_entry_holds_a_noun_reading_ignores_only_modifier_conditions(lex):
    pressure = tok(PRESSURE_BY_STATE, "pressure")
    request = next(e for e in lex.nouns["pressure"] if e["type"] == "REQUEST")
    assert entry_holds(pressure, request, lex)
    assert entry_holds(pressure, {**request, "mod": frozenset({"diplomatic"})}, lex)   # narrowing only
    assert not entry_holds(tok(PRESSURE_BY_PRICES, "pressure"), request, lex)
    assert not entry_holds(pressure, {**request, "lv": frozenset({"exert"})}, lex)    # 'put' is not its verb


def test_find_triggers_particle_hung_on_the_next_adverb_still_counts(lex):
    assert _found(PUSHED_BACK_HARD, lex) == [("pushed", "verb", "REJECT", None)]


# -- arms sales: approving, selling and stopping them (entries with prep_obj on a gerund,
# xcomp_lemma, and an amount's 'in' phrase as the object)
@pytest.mark.parametrize("text,typ,actor,recipient", [
    ("The White House signed off on selling tanks to Egypt on Monday.", "COOPERATE", "White House", "Egypt"),
    ("France sold 24 fighter jets to India last year.", "COOPERATE", "France", "India"),
    ("Germany stopped selling weapons to Turkey in 2019.", "SANCTION", "Germany", "Turkey"),
    ("Canada halted arms exports to Riyadh after the killing.", "SANCTION", "Canada", "Riyadh"),
])
def test_arms_sales_approved_made_or_stopped(parse, res, text, typ, actor, recipient):
    ev = one(code(parse, res, text), typ)
    assert texts(ev.actor) and actor in texts(ev.actor)[0] and recipient in " ".join(texts(ev.recipient))


def test_an_amount_in_arms_is_what_is_sold(parse, res):
    evs = code(parse, res, "The two governments announced that Washington would sell $5 billion in military "
                           "equipment to Warsaw.")
    assert one(evs, "AGREE").trigger.text == "sell"


@pytest.mark.parametrize("text", ["The company stopped selling cars in Russia.", "He stopped smoking.",
                                  "The shop halted sales of bread.", "The farmer sold his tractor to a neighbour.",
                                  "The council signed off on the new parking rules."])
def test_everyday_selling_and_stopping_are_no_events(parse, res, text):
    assert not [e for e in factual(code(parse, res, text)) if e.event_type in ("SANCTION", "COOPERATE")]


@pytest.mark.parametrize("text, typ", [
    ("A doctor confirmed that the girl had been raped.", "ASSAULT"),      # lemmatised 'rap'
    ("Four of the officers then fired a total of 10 rounds.", "ASSAULT"),
    ("At least three shots were fired at the house.", "ASSAULT"),
    ("Rockett was remanded back into custody by the judge.", "COERCE"),
])
def test_acts_told_in_forms_the_lexicon_missed(parse, res, text, typ):

    assert one(code(parse, res, text), typ)


def test_a_lemma_of_its_own_keeps_its_entries(parse, res):

    assert not factual(code(parse, res, "The company fired its chief executive."))
    assert not factual(code(parse, res, "The band rapped about the city."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "A rocket hit a school in Kabul on Monday.",
    "The man was hit by eight bullets.",
])
def test_a_weapon_hitting_is_an_attack(parse, res, text):
    assert one(code(parse, res, text), "ASSAULT")


@pytest.mark.parametrize("text", ["The recession hit the region hard.", "The storm hit the coast."])
def test_other_things_hitting_are_no_attack(parse, res, text):
    assert not factual(code(parse, res, text), "ASSAULT")


def test_an_act_counted_in_a_round_or_days_has_the_verb_of_its_count_as_support(parse, res):
    from tests.coding.helpers import code, one, texts
    ev = one(code(parse, res, "Delegations from Kenya and Uganda began a second round of talks in Arusha on Saturday."),
             "CONSULT")
    assert ev.trigger.text == "talks" and ev.actor and "Delegations" in texts(ev.actor)[0]
    ev = one(code(parse, res, "The two governments held two days of talks in Nairobi."), "CONSULT")
    assert ev.actor


def test_a_fee_imposed_on_another_state_s_goods_is_a_sanction(parse, res):
    from tests.coding.helpers import code, one
    assert one(code(parse, res, "Kenya imposed a 10 percent fee on Ugandan transit cargo."), "SANCTION")


def test_a_word_in_capitals_inside_a_sentence_is_an_acronym_not_a_trigger(parse, res):
    text = "HB 200 is an almost $100 million reduction from fiscal year 2018 SEEK transportation funds."
    assert "REQUEST" not in types(code(parse, res, text))
    assert "REQUEST" in types(code(parse, res, "The districts sought more transportation funds from the state."))


@pytest.mark.parametrize("text,recipient", [
    ("Kurdish forces battled ISIS fighters in Raqqa on Monday.", "ISIS fighters"),
    ("Police punched and kicked the protesters.", "protesters"),
    ("Police dragged the journalist to the ground.", "journalist"),
    ("Officers pinned the man to the ground on a streetcar platform.", "man"),
])
def test_fighting_and_blows_to_people_are_assaults(parse, res, text, recipient):
    assert texts(one(code(parse, res, text), "ASSAULT").recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "The company battled the fire for hours.",
    "The government is battling inflation.",
    "The team kicked off the season with a win.",
    "He pushed the plan to the floor of parliament.",
])
def test_fights_with_things_and_kick_offs_are_no_assaults(parse, res, text):
    assert "ASSAULT" not in types(code(parse, res, text))


@pytest.mark.parametrize("text,protest", [
    ("A doorman marched toward her with purpose.", False),
    ("He marched into the office and resigned.", False),
    ("Thousands marched to parliament on Sunday.", True),
    ("The opposition marched on parliament.", True),
    ("He and his supporters marched to the court.", True),
])
def test_a_march_is_a_protest_when_many_march(parse, res, text, protest):
    assert ("PROTEST" in types(code(parse, res, text))) == protest


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile into the sea off its east coast.",
    "North Korea test-fired a missile on Monday.",
    "North Korea tested a ballistic missile on Monday.",
    "North Korea launched two missiles into the sea.",
])
def test_a_missile_fired_at_no_one_is_a_show_of_force(parse, res, text):
    evs = code(parse, res, text)
    assert one(evs, "MOBILIZE").cameo == "150" and not factual(evs, "ASSAULT")


@pytest.mark.parametrize("text", ["Militants fired rockets into Israel.", "Hezbollah fired a rocket at an Israeli town."])
def test_a_missile_fired_at_a_place_or_people_is_an_attack(parse, res, text):
    one(code(parse, res, text), "ASSAULT")


@pytest.mark.parametrize("text,recipient", [
    ("French police used water cannon to disperse farmers blocking a highway near Paris.", "farmers"),
    ("Police dispersed the protesters with tear gas.", "protesters"),
])
def test_dispersing_any_crowd_is_coercion(parse, res, text, recipient):
    assert texts(one(code(parse, res, text), "COERCE").recipient) == [recipient]


@pytest.mark.parametrize("text,typ", [
    ("Protesters torched police vehicles in Peshawar.", "PROTEST"),      # a riot
    ("Militants torched a school in Swat.", "ASSAULT"),
])
def test_burning_by_a_crowd_is_a_riot_by_others_an_attack(parse, res, text, typ):
    assert types(code(parse, res, text)) == [typ]


# -- a state's protest is diplomatic (ACCUSE), a crowd's a demonstration (PROTEST) -----------------
@pytest.mark.parametrize("text,typ", [
    ("India strongly protested the Chinese incursion in Ladakh.", "ACCUSE"),
    ("Beijing protested the US arms sale to Taiwan.", "ACCUSE"),
    ("Pakistan's foreign ministry protested the killing of two soldiers.", "ACCUSE"),
    ("Thousands of students protested the decision in Dhaka.", "PROTEST"),
    ("Afghans in Pakistan protested against the deportations.", "PROTEST"),
])
def test_who_protests_tells_a_diplomatic_protest_from_a_demonstration(parse, res, text, typ):
    ev = next(e for e in code(parse, res, text) if e.trigger.text == "protested")
    assert ev.event_type == typ


@pytest.mark.parametrize("text,recipient", [("The African Union suspended Niger after the coup.", "Niger"),
                                            ("ECOWAS suspended Mali from the bloc.", "Mali")])
def test_a_body_suspending_a_named_party_sanctions_it(parse, res, text, recipient):
    ev = next(e for e in code(parse, res, text) if e.trigger.text == "suspended")
    assert (ev.event_type, ev.cameo, texts(ev.recipient)) == ("SANCTION", "161", [recipient])
