"""Negation, hypotheticals, futures and the frame a trigger sits in (``jirga/coding/modality.py``):
hand-built parses with the shipped cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding import lexicon, modality as mod
from jirga.coding.modality import clause_verb, modality, verb_forms
from tests.coding.helpers import code, factual, one, texts, types
from tests.handmade import hand_doc, tok

NOT_CLOSE = hand_doc("""
    0 Pakistan PROPN NNP nsubj 3 Pakistan B-GPE
    1 did      AUX   VBD aux   3 do
    2 not      PART  RB  neg   3 not
    3 close    VERB  VB  ROOT  3 close
    4 the      DET   DT  det   5 the
    5 border   NOUN  NN  dobj  3 border
    6 .        PUNCT .   punct 3 .
""")

MAY_CLOSE = hand_doc("""
    0 Pakistan PROPN NNP nsubj 2 Pakistan B-GPE
    1 may      AUX   MD  aux   2 may
    2 close    VERB  VB  ROOT  2 close
    3 the      DET   DT  det   4 the
    4 border   NOUN  NN  dobj  2 border
    5 .        PUNCT .   punct 2 .
""")

WILL_CLOSE = hand_doc("""
    0 Pakistan PROPN NNP nsubj 2 Pakistan B-GPE
    1 will     AUX   MD  aux   2 will
    2 close    VERB  VB  ROOT  2 close
    3 the      DET   DT  det   4 the
    4 border   NOUN  NN  dobj  2 border
    5 .        PUNCT .   punct 2 .
""")

DENIED = hand_doc("""
    0 Kabul     PROPN NNP nsubj 1 Kabul B-GPE
    1 denied    VERB  VBD ROOT  1 deny
    2 that      SCONJ IN  mark  4 that
    3 it        PRON  PRP nsubj 4 it
    4 shelters  VERB  VBZ ccomp 1 shelter
    5 militants NOUN  NNS dobj  4 militant
    6 .         PUNCT .   punct 1 .
""")

ACCUSED = hand_doc("""
    0 Pakistan   PROPN NNP nsubj 1 Pakistan B-GPE
    1 accused    VERB  VBD ROOT  1 accuse
    2 Kabul      PROPN NNP dobj  1 Kabul B-GPE
    3 of         ADP   IN  prep  1 of
    4 sheltering VERB  VBG pcomp 3 shelter
    5 militants  NOUN  NNS dobj  4 militant
    6 .          PUNCT .   punct 1 .
""")

AGREED = hand_doc("""
    0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
    1 agreed   VERB  VBD ROOT  1 agree
    2 to       PART  TO  aux   3 to
    3 reopen   VERB  VB  xcomp 1 reopen
    4 the      DET   DT  det   5 the
    5 border   NOUN  NN  dobj  3 border
    6 .        PUNCT .   punct 1 .
""")

# 'hoped' mis-lemmatised as 'hop', as the model does
HOPED = hand_doc("""
    0 He    PRON  PRP nsubj 1 he
    1 hoped VERB  VBD ROOT  1 hop
    2 to    PART  TO  aux   3 to
    3 meet  VERB  VB  xcomp 1 meet
    4 Khan  PROPN NNP dobj  3 Khan B-PERSON
    5 .     PUNCT .   punct 1 .
""")

NO_COUNTRY = hand_doc("""
    0 No         DET   DT  det   1 no
    1 country    NOUN  NN  nsubj 3 country
    2 has        AUX   VBZ aux   3 have
    3 recognised VERB  VBN ROOT  3 recognise
    4 the        DET   DT  det   5 the
    5 Taliban    PROPN NNP dobj  3 Taliban B-ORG
    6 .          PUNCT .   punct 3 .
""")

SAID = hand_doc("""
    0 Officials NOUN NNS nsubj 1 official
    1 said      VERB VBD ROOT  1 say
    2 militants NOUN NNS nsubj 3 militant
    3 attacked  VERB VBD ccomp 1 attack
    4 the       DET  DT  det   5 the
    5 post      NOUN NN  dobj  3 post
    6 .         PUNCT .  punct 1 .
""")


def _m(doc, word, cues):
    m = modality(tok(doc, word), cues)
    return (m.negated, m.hypothetical, m.future, m.frame)


def test_modality_plain_past_is_a_fact(cues):
    assert _m(SAID, "said", cues) == (False, False, False, None)


def test_modality_negation_modals_and_future(cues):
    assert _m(NOT_CLOSE, "close", cues) == (True, False, False, None)
    assert _m(MAY_CLOSE, "close", cues) == (False, True, False, None)
    assert _m(WILL_CLOSE, "close", cues) == (False, False, True, None)


def test_modality_denied_content_is_negated(cues):
    m = modality(tok(DENIED, "shelters"), cues)
    assert (m.negated, m.frame, m.frame_verb.text) == (True, "deny", "denied")


def test_modality_alleged_content_is_hypothetical(cues):
    m = modality(tok(ACCUSED, "sheltering"), cues)
    assert (m.hypothetical, m.frame, m.frame_verb.text) == (True, "allege", "accused")


def test_modality_promised_act_is_future(cues):
    assert _m(AGREED, "reopen", cues) == (False, False, True, "intent")


def test_modality_hope_read_off_a_mislemmatised_verb(cues):
    m = modality(tok(HOPED, "meet"), cues)
    assert m.future and m.frame == "intent" and m.frame_verb.text == "hoped"


def test_modality_negative_subject_negates(cues):
    assert _m(NO_COUNTRY, "recognised", cues)[0] is True


def test_modality_reported_speech_is_a_speech_frame_not_a_doubt(cues):
    assert _m(SAID, "attacked", cues) == (False, False, False, "speech")


def test_clause_verb_of_a_noun_is_the_verb_above():
    assert clause_verb(tok(NOT_CLOSE, "border")).text == "close"
    assert clause_verb(tok(NOT_CLOSE, "close")).text == "close"


def test_verb_forms_recover_base_forms_of_inflected_verbs():
    assert {"hope", "hop", "hoped"} <= verb_forms(tok(HOPED, "hoped"))
    assert verb_forms(tok(HOPED, "Khan")) == {"khan"}          # nouns keep lemma and text only


# -- sentences through the coder (spaCy model) -------------------------------------------------
# -- non-factual content must never be coded as a fact
def test_clause_of_a_demand_noun_is_not_a_fact(parse, res):
    evs = code(parse, res, "The union repeated its demand that the government lift the ban on rallies.")
    assert not factual(evs, "CONCEDE")


def test_conditional_future_act_is_not_a_fact(parse, res):
    evs = code(parse, res, "Nigeria will withdraw its troops from Chad unless the talks resume.")
    assert not factual(evs, "RETREAT") and not factual(evs, "CONCEDE")


@pytest.mark.parametrize("text", [
    "Pakistan was in no hurry to recognise the new administration.",
    "Russia has yet to recognise the Taliban government.",
    "India refused to recognise the new government.",
])
def test_recognition_not_given_is_no_support(parse, res, text):
    assert not factual(code(parse, res, text), "SUPPORT")


def test_nothing_promised_is_no_promise(parse, res):
    assert not factual(code(parse, res, "The elders said nothing had yet been promised to the militants."), "AGREE")


def test_told_to_attack_is_a_request(parse, res):
    evs = code(parse, res, "The TTP chief told fighters to resume attacks in Pakistan.")
    ev = one(evs, "REQUEST")
    assert texts(ev.actor) == ["TTP chief"] and texts(ev.recipient) == ["fighters"]
    assert not factual(evs, "ASSAULT")


# -- 1. acts under deliberation nouns or requests are not factual
@pytest.mark.parametrize("text", [
    "Pakistan said any decision on recognising the Taliban government would be taken with neighbours.",
    "The question of recognising the Taliban was raised again in Islamabad.",
    "Both sides held talks on lifting the ban on Afghan trucks.",
])
def test_act_under_a_deliberation_noun_is_not_factual(parse, res, text):
    assert not [e for e in factual(code(parse, res, text)) if e.event_type in ("SUPPORT", "RETREAT")]


def test_call_for_a_ceasefire_is_a_request(parse, res):
    evs = code(parse, res, "The UN renewed its calls for a ceasefire between the two sides.")
    assert types(evs) == ["REQUEST"]
    assert texts(one(evs, "REQUEST").actor) == ["UN"]


def test_called_for_talks_the_talks_are_requested(parse, res):
    evs = code(parse, res, "Pakistan called for talks with Kabul.")
    assert types(evs) == ["REQUEST"]


def test_reason_for_a_punishment_is_a_charge(parse, res):
    evs = code(parse, res, "A court jailed a student for helping militants join an armed group.")
    assert types(evs) == ["COERCE"]


def test_wish_for_own_attack_is_a_threat(parse, res):
    assert types(code(parse, res, "Obama wants to attack Switzerland.")) == ["THREATEN"]


def test_wish_for_own_cooperation_is_a_future_agreement(parse, res):
    ev = one(code(parse, res, "The Secretary of State wants to help Israel."), "AGREE")
    assert not (ev.future or ev.hypothetical or ev.negated)     # the wish is said now: a fact


def test_non_actor_aim_is_no_intention(parse, res):
    evs = code(parse, res, "Hungary backed a resolution that aims to tighten sanctions against Serbia.")
    assert "THREATEN" not in types(evs)


def test_purpose_clause_shares_the_future(parse, res):
    evs = code(parse, res, "Obama and Putin will meet in Zurich to discuss trade.")
    assert "CONSULT" not in types(evs)
    assert not one(evs, "AGREE").future          # the intent, stated now, is the event


def test_pressure_to_act_is_not_the_act(parse, res):
    assert "AID" not in types(code(parse, res, "Obama is being pressured by Congress to help Iran."))


def _mod(parse, res, text, trigger):
    d = parse(text).parsed
    tok = next(t for t in d if t.lower_ == trigger)
    return mod.modality(tok, lexicon.get(res).cues)


def test_hopes_to_meet_is_future(parse, res):
    m = _mod(parse, res, "Rehman has said he also hopes to meet the Taliban's supreme leader.", "meet")
    assert m.future


def test_hoped_to_meet_is_future(parse, res):
    assert _mod(parse, res, "He hoped to meet Khan in Kabul.", "meet").future


def test_is_expected_to_is_future_not_request(parse, res):
    m = _mod(parse, res, "Border officials from both sides were expected to meet on Friday.", "meet")
    assert m.future and m.frame == "forecast"     # foreseen by others: future, asked of no one


def test_expects_to_sign_is_future(parse, res):
    assert _mod(parse, res, "Pakistan expects to sign the trade deal.", "sign").future


def test_expects_someone_else_stays_request(parse, res):
    m = _mod(parse, res, "Pakistan expects Kabul to act against the TTP.", "act")
    assert not m.future and m.hypothetical


def test_plans_intends_aims_wants_are_future(parse, res):
    for verb in ("plans", "intends", "aims", "wants"):
        m = _mod(parse, res, f"Pakistan {verb} to visit Kabul next month.", "visit")
        assert m.future, verb


def test_would_work_together_under_speech_is_future(parse, res):
    m = _mod(parse, res, "Sadiq said both sides would work together to strengthen cooperation.", "work")
    assert m.future and not m.hypothetical


def test_hopes_to_meet_is_not_a_factual_consult(parse, res):
    ev = code(parse, res, "Rehman has said he also hopes to meet the Taliban's supreme leader.")
    assert not factual(ev, "CONSULT") or all(e.future for e in factual(ev, "CONSULT"))
    assert not [e for e in ev if e.event_type == "CONSULT" and not (e.future or e.hypothetical)]


# a denial verb that already has its object ('denied the accusations') has no content clause
# after it: a clause the parser hangs there is a sentence of its own
DENIED_THEN_CONDEMNED = hand_doc("""
    0 Kabul       PROPN NNP nsubj 1 Kabul B-GPE
    1 denied      VERB  VBD ROOT  1 deny
    2 the         DET   DT  det   3 the
    3 accusations NOUN  NNS dobj  1 accusation
    4 ,           PUNCT ,   punct 1 ,
    5 it          PRON  PRP nsubj 6 it
    6 condemned   VERB  VBD ccomp 1 condemn
    7 the         DET   DT  det   8 the
    8 bombing     NOUN  NN  dobj  6 bombing
    9 .           PUNCT .   punct 1 .
""")

DENIED_THAT = hand_doc("""
    0 Kabul   PROPN NNP nsubj 1 Kabul B-GPE
    1 denied  VERB  VBD ROOT  1 deny
    2 that    SCONJ IN  mark  4 that
    3 it      PRON  PRP nsubj 4 it
    4 shelled VERB  VBD ccomp 1 shell
    5 Chaman  PROPN NNP dobj  4 Chaman B-GPE
    6 .       PUNCT .   punct 1 .
""")


def test_clause_after_the_object_of_a_denial_is_not_denied(data_res):
    cues = lexicon.get(data_res).cues
    assert not modality(tok(DENIED_THEN_CONDEMNED, "condemned"), cues).negated
    m = modality(tok(DENIED_THAT, "shelled"), cues)
    assert m.negated and m.frame == "deny"


def test_gerund_subject_of_would_is_not_a_fact(parse, res):
    evs = code(parse, res, "Retaking the town would end the siege, the commander said.")
    assert not factual(evs, "COERCE")
    assert factual(code(parse, res, "Government forces retook the town on Sunday."), "COERCE")


@pytest.mark.parametrize("text, typ", [
    ("Border officials often close the crossing when the river floods.", "COERCE"),
    ("Police regularly arrest protesters in the capital.", "COERCE"),
    ("Clashes between villagers and guards sometimes lead to arrests.", "ASSAULT"),
    ("Police round up protesters in the capital every week.", "COERCE"),
    ("Morocco traditionally opposes any foreign naval base on its coast.", "REJECT"),
    ("The two armies have often collaborated with foreign partners in recent years.", "COOPERATE"),
    ("Border guards have routinely detained traders at the crossing since the spring.", "COERCE"),
])
def test_frequency_adverb_on_a_present_verb_is_a_habit(parse, res, text, typ):
    evs = code(parse, res, text)
    assert not factual(evs, typ)


def test_frequency_adverb_on_a_past_verb_tells_repeated_acts(parse, res):
    assert factual(code(parse, res, "Pakistan has repeatedly accused Kabul of sheltering militants."), "ACCUSE")
    assert factual(code(parse, res, "Police rounded up protesters in the capital every week last year."), "COERCE")
    assert factual(code(parse, res, "The army often detained traders at the crossing last spring."), "COERCE")


@pytest.mark.parametrize("text", ["The two sides discussed the expulsion of Afghan refugees.",
                                  "The meeting focused on border security and the deportation of migrants."])
def test_act_talked_about_is_a_topic(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "COERCE") and [e for e in evs if e.event_type == "COERCE"]


@pytest.mark.model
def test_an_offensive_pressed_on_is_no_request_nor_a_threat(parse, res):
    # 'pressing its operations': the operations go on; 'pressed for talks': talks are asked for
    evs = code(parse, res, "The Afghan army says it is pressing its military operations in Kunar.")
    assert "ASSAULT" in types(factual(evs)) and "THREATEN" not in types(factual(evs))
    evs = code(parse, res, "The envoy pressed for talks with the rebels.")
    assert not factual(evs, "CONSULT")


def test_an_act_named_as_someones_purpose_is_intended(parse, res):
    ev = one(code(parse, res, "Speaking in Kabul, the envoy said his mission was to improve bilateral trade and "
                              "transit relations."), "AGREE")
    assert ev.trigger.text == "improve" and texts(ev.actor) == ["envoy"]
    assert not factual(code(parse, res, "Speaking in Kabul, the envoy said his mission was to improve "
                                        "bilateral trade and transit relations."), "COOPERATE")


def test_purpose_of_no_one_is_no_intention(parse, cues):
    doc = parse("The aim of the offensive is to capture the city.").parsed
    assert not modality([t for t in doc if t.text == "capture"][0], cues).future


@pytest.mark.parametrize("text,trigger", [
    ("The ministry said the two delegations focused on enhancing trade and transit relations.", "enhancing"),
    ("They talked about reopening the crossing.", "reopening"),
])
def test_an_act_talked_about_is_a_topic(parse, cues, text, trigger):
    doc = parse(text).parsed
    m = modality([t for t in doc if t.text == trigger][0], cues)
    assert m.hypothetical and m.frame == "topic"


@pytest.mark.parametrize("text,trigger", [
    ("The mayor insisted that the company contribute two million dollars to the fund.", "contribute"),
    ("The UN demanded that Israel withdraw its troops.", "withdraw"),
    ("It is essential that Kabul release the prisoners.", "release"),
    ("He insisted that the army be withdrawn from the city.", "withdrawn"),
])
def test_clause_in_the_mandative_subjunctive_is_asked_for_not_done(parse, res, text, trigger):
    evs = [e for e in code(parse, res, text) if e.trigger.text == trigger]
    assert evs and not factual(evs)


def test_clause_in_the_indicative_after_a_speech_verb_stays_a_fact(parse, res, cues):
    assert "RETREAT" in types(code(parse, res, "Officials said the rebels released the prisoners."))
    # 'helped X raise money' has a bare verb and a subject, but nobody asks for it
    raise_ = [t for t in parse("The envoy helped Choi raise donations from companies.").parsed if t.lower_ == "raise"][0]
    assert mod.mandate_head(raise_, cues) is None


@pytest.mark.parametrize("text", [
    "Obama said it was in the interests of both countries to restore normal relations.",
    "It is important for both sides to restore relations.",
])
def test_infinitive_postponed_after_it_is_judged_not_done(parse, res, text):
    assert factual(code(parse, res, text), "SUPPORT") == []


def test_an_act_in_the_infinitive_of_an_agreement_is_agreed_not_done(parse, res):
    evs = code(parse, res, "India and France signed an agreement to exchange intelligence on terrorism.")
    assert factual(evs, "COOPERATE") == [] and factual(evs, "SUPPORT")


@pytest.mark.parametrize("text,trigger", [
    ("Authorities have blocked lawyers from visiting the detained activist.", "visiting"),
    ("Police stopped the students from marching to parliament.", "marching"),
])
def test_an_act_kept_from_happening_did_not_happen(parse, res, text, trigger):
    evs = [e for e in code(parse, res, text) if e.trigger.text == trigger]
    assert evs and not factual(evs)


@pytest.mark.parametrize("text,trigger", [
    ("The talks will resume once the troops withdraw from the valley.", "withdraw"),
    ("The deal says the rebels must agree to a truce before they demobilize.", "demobilize"),
])
def test_an_act_timed_against_a_modal_clause_is_no_fact(parse, res, text, trigger):
    evs = [e for e in code(parse, res, text) if e.trigger.text == trigger]
    assert evs and not factual(evs)


def test_an_act_timed_against_a_past_clause_stays_a_fact(parse, res):
    assert "ASSAULT" in types(code(parse, res, "The rebels surrendered after the army shelled the town."))


@pytest.mark.parametrize("text", [
    "The army has repeatedly said retaking the suburbs would stop the rocket attacks on the capital.",
    "The minister said closing the border would force smugglers to use other routes.",
    "Officials warned that arming the rebels would prolong the fighting.",
])
def test_an_act_supposed_as_a_subject_is_no_threat_nor_promise(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "THREATEN") and not factual(evs, "AGREE") and not factual(evs, "AID")


def test_a_speakers_own_stated_attack_stays_a_threat(parse, res):
    assert factual(code(parse, res, "The army said it would attack the rebels."), "THREATEN")


def _modality_of(parse, cues, text, word):
    return modality([t for t in parse(text).parsed if t.text == word][0], cues)


@pytest.mark.parametrize("text,word", [
    ("Police did not arrest or detain the protesters.", "detain"),
    ("The journalists were not arrested or deported.", "deported"),
    ("Kabul will not open the crossing or allow trucks through.", "allow"),
])
def test_a_bare_conjunct_shares_the_negation_of_its_head(parse, cues, text, word):
    assert _modality_of(parse, cues, text, word).negated


@pytest.mark.parametrize("text,word", [
    ("The U.S. is not engaged in the fighting, but has supported the coalition with fuel.", "supported"),
    ("The minister apologized for errors that could have led to deaths and agreed to pay compensation.", "agreed"),
    ("The army did not shell the town but raided two villages.", "raided"),
])
def test_a_conjunct_with_its_own_tense_keeps_its_own_modality(parse, cues, text, word):
    m = _modality_of(parse, cues, text, word)
    assert not (m.negated or m.hypothetical)


@pytest.mark.parametrize("text", [
    "Russia is expected to attack the city next week.",
    "The EU is set to impose new sanctions on Minsk.",
    "The rebels are poised to attack the city.",
])
def test_a_hostile_act_others_foresee_is_no_threat(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "THREATEN") and not [e for e in factual(evs) if e.event_type in ("ASSAULT", "SANCTION")]


def test_a_hostile_act_its_doer_announces_stays_a_threat(parse, res):
    assert factual(code(parse, res, "Russia said it plans to attack the city next week."), "THREATEN")


def test_a_promise_not_to_act_is_a_refusal(parse, res):
    ev = one(code(parse, res, "The rebels vowed not to resume talks with the army."), "REJECT")
    assert texts(ev.actor) == ["rebels"] and not factual(code(parse, res, "The rebels vowed not to resume "
                                                              "talks with the army."), "AGREE")
    # a promise not to allow something is a promise to prevent it
    assert one(code(parse, res, "Kabul pledged never to allow attacks from its soil."), "AGREE")
    assert one(code(parse, res, "The rebels vowed to resume talks with the army."), "AGREE")


def test_an_act_told_in_reports_of_it_is_not_a_fact(parse, res):
    evs = code(parse, res, "Police responded to reports of a man threatening passers-by with a knife.")
    assert not factual(evs, "THREATEN")
    assert any(e.event_type == "THREATEN" and e.hypothetical for e in evs)
    # told as a fact, it stays one
    assert one(code(parse, res, "A man threatening passers-by with a knife was arrested."), "COERCE")


@pytest.mark.parametrize("text", [
    "The governor said militants often attack the checkpoint.",
    "The governor said militants rarely attacked the checkpoint.",
])
def test_a_habit_a_speaker_tells_is_no_threat_of_the_speaker(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "THREATEN") and not factual(evs, "ASSAULT")
    # what a speaker says his side would do stays a threat
    assert one(code(parse, res, "The commander said his forces would attack the town."), "THREATEN")


@pytest.mark.parametrize("text", [
    "Guards then arrived and beat the driver, the lawsuit alleged, adding that officers later arrested him.",
    "The opposition claimed the vote was rigged, saying soldiers had beaten voters in Lahore.",
])
def test_what_a_claim_goes_on_to_add_is_still_the_claim(parse, res, text):
    evs = code(parse, res, text)
    assert not factual(evs, "COERCE") and not factual(evs, "ASSAULT")


def test_what_a_speaker_adds_to_an_accusation_with_its_own_object_is_said(parse, res):
    # the accusation's content is its 'of' clause; the attack it goes on to tell is stated
    evs = code(parse, res, "Pakistan accused Kabul of harbouring militants, saying that TTP fighters "
                           "attacked a checkpoint in Chitral.")
    assert one(evs, "ASSAULT") and one(evs, "ACCUSE")
    # and what a speaker adds to a plain statement is said too
    assert one(code(parse, res, "The police said they arrested him on Friday, adding that he had "
                                "attacked a guard."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Her duties included running city programs to help the homeless.",
    "Its main purpose was supporting the special forces, deepening cooperation between the two armies.",
    "His job is arresting smugglers on the coast.",
])
def test_a_role_or_duty_is_not_an_act_done(parse, res, text):
    evs = code(parse, res, text)
    assert evs and not any(factual([e], e.event_type) for e in evs)


def test_what_a_role_did_is_an_act(parse, res):
    assert one(code(parse, res, "The army is arresting smugglers on the coast."), "COERCE")
    assert one(code(parse, res, "Police helped the homeless during the storm."), "AID")


@pytest.mark.parametrize("text, typ", [
    ("Investigators have found few cases to prosecute.", "ACCUSE"),
    ("The lawyers will challenge the decision to prosecute.", "ACCUSE"),
    ("The officials who are supposed to help the refugees have left them.", "AID"),
])
def test_an_act_that_could_or_should_be_done_is_not_done(parse, res, text, typ):
    assert not factual(code(parse, res, text), typ)


def test_an_infinitive_with_its_own_object_tells_the_act(parse, res):
    # a protest held for a purpose is a protest all the same
    evs = code(parse, res, "Hundreds of refugees began a hunger strike on Monday to protest against "
                           "the decision to deport them.")
    assert one(evs, "PROTEST")


@pytest.mark.parametrize("text, typ", [
    ("The army may try to storm the town.", "ASSAULT"),
    ("Many blame the government for trying to restrict the sale of Bibles.", "COERCE"),
    ("He denied trying to kill the guard.", "ASSAULT"),
])
def test_an_attempt_takes_the_frame_of_its_own_verb(parse, res, text, typ):
    assert not factual(code(parse, res, text), typ)


def test_an_attempt_told_is_an_act(parse, res):
    assert one(code(parse, res, "Gunmen tried to kill the minister on Friday."), "ASSAULT")
    assert one(code(parse, res, "Pakistan said Indian troops tried to storm its posts."), "ASSAULT")


@pytest.mark.parametrize("text, typ", [
    ("Pakistan did not close the border, nor did it expel the diplomats.", "SANCTION"),
    ("Neither Kabul nor Islamabad attended the talks.", "CONSULT"),
    ("Islamabad neither confirmed nor denied the charge.", "REJECT"),
    ("The president gave no order to pull out, nor offered a timetable.", "AGREE"),
])
def test_what_neither_or_nor_goes_with_is_not_done(parse, res, text, typ):
    assert not factual(code(parse, res, text), typ)


def test_a_plain_and_keeps_both_acts(parse, res):
    evs = code(parse, res, "Pakistan closed the border and expelled the diplomats.")
    assert one(evs, "SANCTION") and one(evs, "COERCE")


@pytest.mark.parametrize("text, typ", [
    ("The local boards did not vote to shut down the schools.", "COERCE"),
    ("Pakistan did not move to close the border.", "COERCE"),
])
def test_an_act_under_a_negated_verb_is_not_done(parse, res, text, typ):
    assert not factual(code(parse, res, text), typ)


def test_not_hesitating_to_act_is_acting(parse, res):
    assert one(code(parse, res, "Pakistan did not hesitate to strike the camps."), "ASSAULT")


# -- a predicate after a copula: the copula carries its negation and mood, its subject acts
def test_a_copula_s_negation_is_its_predicate_s(parse, res):
    (ev,) = [e for e in code(parse, res, "Nairobi is not opposed to talks with Kampala.") if e.event_type == "REJECT"]
    assert ev.negated and texts(ev.actor) == ["Nairobi"]
    ev = one(code(parse, res, "Uganda is opposed to the plan."), "REJECT")
    assert not ev.negated and texts(ev.actor) == ["Uganda"]
    (ev,) = [e for e in code(parse, res, "The minister said Kenya would be opposed to any deal.")
             if e.event_type == "REJECT"]
    assert ev.hypothetical and not ev.negated


def test_what_news_reports_claim_is_news_not_a_charge(parse, res):
    assert factual(code(parse, res, "Two soldiers were wounded in the blast, local media reports claimed."), "ASSAULT")
    assert not factual(code(parse, res, "Kabul claimed that two soldiers were wounded in the blast."), "ASSAULT")
    # what a report alleges is its authors' charge
    text = "A 300-page report released on Tuesday alleged that the army had helped carry out killings."
    assert not factual(code(parse, res, text), "ASSAULT")


@pytest.mark.parametrize("text", ["The 19-year-old claims that police officers beat him.",
                                  "The young man claims in the suit that police officers beat him."])
def test_a_claim_the_parser_reads_as_a_relative_clause_is_still_no_fact(parse, res, text):
    # the parser hangs the 'that' clause on the noun before it ('claims', 'suit')
    assert factual(code(parse, res, text), "ASSAULT") == []


def test_a_claim_read_as_a_relative_clause_of_its_verbs_object_accuses(parse, res):
    ev = one(code(parse, res, "The young man claims in the suit that police officers beat him."), "ACCUSE")
    assert texts(ev.actor) == ["young man"] and texts(ev.recipient) == ["police officers"]


def test_a_true_relative_clause_after_a_claim_verb_stays_a_fact(parse, res):
    events = code(parse, res, "The army said in a statement that troops killed five militants. "
                              "Police arrested the man that attacked the guards.")
    assert {e.trigger.text for e in factual(events)} >= {"killed", "attacked", "arrested"}


def test_a_denial_whose_that_clause_the_parser_hangs_on_its_statement_is_still_a_denial(parse, res):
    # 'that it shelters the TTP' read as a clause of 'statement', not of 'denied'
    events = code(parse, res, "Kabul denied in a statement that it shelters the TTP.")
    assert factual(events, "AID") == [] and [e for e in events if e.event_type == "AID" and e.negated]
    reported = code(parse, res, "Islamabad issued a statement that the army had killed five militants.")
    assert [e.trigger.text for e in factual(reported, "ASSAULT")] == ["killed"]


from jirga.model import is_factual as is_factual_event  # noqa: E402


@pytest.mark.parametrize("text", [
    "Militant attacks have since intensified and killed hundreds of civilians in the province.",
    "Clashes between the tribes have killed thousands over the years.",
    "Drone strikes have killed scores of villagers in the region.",
])
def test_a_toll_summed_over_many_acts_is_no_act_of_its_own(parse, res, text):
    evs = code(parse, res, text)
    assert not any(e.trigger.text == "killed" and is_factual_event(e) for e in evs)


@pytest.mark.parametrize("text", [
    "A suicide bomber has killed dozens of worshippers at a mosque in Peshawar.",
    "Israeli air strikes have killed 30 people in Gaza.",
    "Militant attacks have killed 12 soldiers in North Waziristan since Friday.",
    "Predator attacks have killed at least eight militant leaders since last July.",
])
def test_one_act_or_an_exact_toll_told_in_the_perfect_stays(parse, res, text):
    assert factual(code(parse, res, text), "ASSAULT")


def test_the_acts_a_summed_toll_belongs_to_stay(parse, res):
    # 'TTP attacks' names the campaign, which is coded; its summed toll is not a second act
    evs = code(parse, res, "TTP attacks have since intensified and killed hundreds of Pakistani civilians.")
    assert [e.trigger.text for e in evs if is_factual_event(e)] == ["attacks"]


@pytest.mark.parametrize("text,content,asker,asked", [
    ("“Please release my son,” his mother told reporters.", "RETREAT", "his mother", []),
    ("Free all political prisoners, the protesters chanted.", "RETREAT", "protesters", []),
    ("\"Stop supporting the TTP,\" the Pakistani foreign minister told the Taliban.", "SUPPORT",
     "Pakistani foreign minister", ["Taliban"]),
])
def test_an_order_said_is_a_request_and_what_it_orders_no_fact(parse, res, text, content, asker, asked):
    evs = code(parse, res, text)
    assert not factual(evs, content)
    req = one(evs, "REQUEST")
    assert texts(req.actor) == [asker] and texts(req.recipient) == asked


@pytest.mark.parametrize("text,typ", [
    ("Pakistan released 20 Afghan prisoners on Monday.", "RETREAT"),
    ("“Thank you to the police,” Schmidt said.", "SUPPORT"),       # thanked by saying it
    ("The army helped them rebuild the bridge.", "AID"),
])
def test_a_bare_verb_that_is_no_order_stays_a_fact(parse, res, text, typ):
    one(code(parse, res, text), typ)


@pytest.mark.parametrize("text,halt,halted", [
    ("Pakistan suspended talks with the TTP after the attack.", "SANCTION", "CONSULT"),
    ("Kabul called off talks with Islamabad.", "SANCTION", "CONSULT"),
    ("Pakistan's army suspended its offensive in North Waziristan.", "RETREAT", "ASSAULT"),
])
def test_what_is_halted_is_no_new_fact_the_halt_is(parse, res, text, halt, halted):
    evs = code(parse, res, text)
    one(evs, halt)
    assert not factual(evs, halted)


def test_talks_resumed_are_talks(parse, res):
    one(code(parse, res, "Kabul and Islamabad resumed talks on Monday."), "CONSULT")


def test_a_claim_noun_before_the_denial_ends_the_accusation_it_follows(parse, res):
    # the parser makes 'accused' the content of 'denied'; the claim noun is what is denied
    evs = code(parse, res, "Pakistan accused India of sponsoring terrorism in Balochistan, a charge New Delhi denied.")
    ev = one(evs, "ACCUSE")
    assert (texts(ev.actor), texts(ev.recipient)) == (["Pakistan"], ["India"])
    assert texts(one(evs, "REJECT").actor) == ["New Delhi"]


def test_a_thing_that_means_something_frames_no_plan(parse, res):
    # the parser hangs the thanks on 'means': no intent, so no promise (AGREE) of thanks
    ev = code(parse, res, "“Thank you to the police, it really means a lot,” the owner said.")
    assert types(factual(ev)) == ["SUPPORT"]
    # meaning to do something is a plan
    assert factual(code(parse, res, "The envoy meant to visit Kabul on Monday."), "CONSULT") == []
