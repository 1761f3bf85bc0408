"""Hand-built sentences: one behaviour each."""
import pytest

from tests.coding.helpers import code, factual, texts
from tests.coding.helpers import one as one_factual

pytestmark = pytest.mark.model


def one(events, typ):
    found = [e for e in events if e.event_type == typ]
    assert found, f"no {typ} in {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


def test_coder_active_voice_actor_and_recipient(parse, res):
    ev = one(code(parse, res, "Pakistan accused Afghanistan of sheltering militants."), "ACCUSE")
    assert texts(ev.actor) == ["Pakistan"] and texts(ev.recipient) == ["Afghanistan"]
    assert ev.mode == "allege" and ev.quad == 3 and ev.cameo == "112"


def test_coder_passive_voice_swaps_roles(parse, res):
    ev = one(code(parse, res, "Five police officers were killed by militants in Bajaur."), "ASSAULT")
    assert texts(ev.actor) == ["militants"]
    assert "police officers" in texts(ev.recipient)[0]


def test_coder_compound_actor_gives_several_actors(parse, res):
    ev = one(code(parse, res, "Pakistan and Afghanistan agreed to reopen the border."), "AGREE")
    assert texts(ev.actor) == ["Pakistan", "Afghanistan"]


def test_coder_reported_speech_event_belongs_to_inner_subject(parse, res):
    evs = code(parse, res, "The minister said Indian troops had attacked a village in Kashmir.")
    ev = one(evs, "ASSAULT")
    assert texts(ev.actor) == ["Indian troops"]
    assert ev.negated is False and ev.hypothetical is False


def test_coder_apposition_is_not_part_of_actor(parse, res):
    ev = one(code(parse, res, "Muttaqi, the Taliban's foreign minister, met the Chinese ambassador in Kabul."), "CONSULT")
    assert texts(ev.actor) == ["Muttaqi"]
    assert texts(ev.recipient) == ["Chinese ambassador"]


def test_coder_relative_clause_subject_is_the_head_noun(parse, res):
    evs = code(parse, res, "The envoy met Haqqani, who condemned the bombing in Quetta.")
    ev = one(evs, "ACCUSE")
    assert texts(ev.actor) == ["Haqqani"]


def test_coder_pronoun_resolves_to_nearest_person(parse, res):
    evs = code(parse, res, "Fazlur Rehman arrived in Kabul on Monday. He met Mullah Hassan Akhund.")
    ev = [e for e in evs if e.trigger.text == "met"][0]
    assert texts(ev.actor) == ["Fazlur Rehman"]
    assert ev.actor[0].start == 0


def test_coder_negated_event_is_flagged_not_factual(parse, res):
    evs = code(parse, res, "The army did not attack the village.")
    ev = one(evs, "ASSAULT")
    assert ev.negated and not factual(evs, "ASSAULT")


def test_coder_hypothetical_attack_becomes_threat_by_speaker(parse, res):
    evs = code(parse, res, "The defence minister hinted that Pakistan could carry out cross-border attacks into Afghanistan.")
    assert not factual(evs, "ASSAULT")
    th = one(evs, "THREATEN")
    assert th.mode == "violence" and "defence minister" in texts(th.actor)[0]
    assert texts(th.recipient) == ["Afghanistan"]


def test_coder_plain_modal_attack_is_hypothetical(parse, res):
    evs = code(parse, res, "Militants might attack the convoy.")
    assert not factual(evs, "ASSAULT")
    assert one(evs, "ASSAULT").hypothetical


def test_coder_conditional_is_hypothetical(parse, res):
    evs = code(parse, res, "If the talks fail, the army will shell the militants' positions.")
    assert not factual(evs, "ASSAULT")


def test_coder_future_meeting_is_agree(parse, res):
    evs = code(parse, res, "He said that he would also meet the Taliban's supreme leader.")
    ev = one(evs, "AGREE")
    # the promise to meet is made now (a fact); the meeting itself is not coded
    assert not ev.future and not factual(evs, "CONSULT") and factual(evs, "AGREE")


def test_coder_denial_is_reject_towards_accuser(parse, res):
    evs = code(parse, res, "Islamabad has accused the Taliban of sheltering militants. Kabul denies the accusations.")
    rej = one(evs, "REJECT")
    assert texts(rej.actor) == ["Kabul"] and texts(rej.recipient) == ["Islamabad"]
    assert not factual(evs, "AID")


def test_coder_denied_content_is_negated(parse, res):
    evs = code(parse, res, "The Taliban denied that they had attacked the border post.")
    assert one(evs, "REJECT")
    assert one(evs, "ASSAULT").negated


def test_coder_threat_verb_is_threaten(parse, res):
    ev = one(code(parse, res, "Afghanistan warned Pakistan against taking such a step."), "THREATEN")
    assert texts(ev.actor) == ["Afghanistan"] and texts(ev.recipient) == ["Pakistan"]


def test_coder_bomb_attack_has_explosives_mode(parse, res):
    ev = one(code(parse, res, "A bomb attack on a police vehicle killed five police officers in Bajaur."), "ASSAULT")
    assert ev.mode == "explosives" and ev.cameo == "183"


def test_coder_suicide_bombing_mode(parse, res):
    ev = one(code(parse, res, "A suicide bomber blew himself up near a mosque in Peshawar."), "ASSAULT")
    assert ev.mode == "suicide-attack"


def test_coder_border_closure_is_coerce_restrict(parse, res):
    ev = one(code(parse, res, "The Taliban closed the Torkham crossing."), "COERCE")
    assert ev.mode == "restrict" and texts(ev.actor) == ["Taliban"]


def test_coder_expulsion_of_people_is_coerce_deport(parse, res):
    ev = one(code(parse, res, "Pakistan expelled thousands of Afghan refugees."), "COERCE")
    assert ev.mode == "deport" and ev.cameo == "174"


def test_coder_expelling_diplomats_is_sanction(parse, res):
    ev = one(code(parse, res, "Kabul expelled two Pakistani diplomats."), "SANCTION")
    assert ev.mode == "expel"


def test_coder_mediation_is_consult_third_party(parse, res):
    ev = one(code(parse, res, "Qatar tried to broker a truce between the TTP and Islamabad."), "CONSULT")
    assert ev.mode == "third-party" and texts(ev.actor) == ["Qatar"]


def test_coder_visit_is_consult_visit(parse, res):
    ev = one(code(parse, res, "The foreign minister visited Kabul on Tuesday."), "CONSULT")
    assert ev.mode == "visit" and texts(ev.recipient) == ["Kabul"]


def test_coder_held_talks_actor_from_support_verb(parse, res):
    ev = one(code(parse, res, "Pakistani officials held talks with the Taliban in Doha."), "CONSULT")
    assert texts(ev.actor) == ["Pakistani officials"] and texts(ev.recipient) == ["Taliban"]


def test_coder_host_makes_visitor_the_actor(parse, res):
    ev = one(code(parse, res, "The Taliban hosted a delegation from Pakistan."), "CONSULT")
    assert "delegation" in texts(ev.actor)[0] and texts(ev.recipient) == ["Taliban"]


def test_coder_evidence_offsets_point_into_text(parse, res):
    text = "Yesterday Iran condemned the strike. Iran summoned the envoy."
    for ev in code(parse, res, text):
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text
        for a in ev.actor + ev.recipient:
            assert text[a.start:a.end] == a.text
        assert 0 < ev.confidence <= 1


def test_coder_is_deterministic_with_stable_ids(parse, res):
    text = "Pakistan and Afghanistan held talks. Militants attacked a checkpoint."
    a, b = code(parse, res, text), code(parse, res, text)
    assert [e.to_dict() for e in a] == [e.to_dict() for e in b]
    assert len({e.event_id for e in a}) == len(a)


def test_coder_stage_fills_events_and_rejects_unparsed(res):
    from jirga import coding
    from jirga.model import Document
    from jirga.nlp import parse_one
    from jirga.stage import run_stages
    good = run_stages(parse_one(Document(id="d1", text="Iran condemned the attack."), res), res, [coding.STAGE])
    bad = run_stages(Document(id="d2", text="no parse"), res, [coding.STAGE])
    assert good.events and not good.rejects
    assert bad.rejects and bad.rejects[0].code == coding.STAGE.reject_code == "E202"
    assert bad.rejects[0].reason.startswith("coding failed: ValueError")


# -- 'the two sides': the reciprocal span is actor and recipient
def test_reciprocal_group_is_actor_and_recipient(parse, res):
    ev = one_factual(code(parse, res, "The two sides agreed to reopen the crossing."), "AGREE")
    assert texts(ev.actor) == texts(ev.recipient) == ["two sides"]


def test_coder_codes_no_event_in_a_flagged_sentence(parse, res):
    from jirga.coding.coder import find_events
    from jirga.nlp import LONG_SENTENCES
    doc = parse("Militants attacked a checkpoint. Iran condemned the attack.")
    assert {e.sentence.index for e in find_events(doc, res)} == {0, 1}
    doc.parsed.user_data[LONG_SENTENCES] = {doc.sentences[0].start}
    events = find_events(doc, res)
    assert events and {e.sentence.index for e in events} == {1}


# -- recall classes on real news (issue 9): our own sentences ---------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Kabul expressed concern over Islamabad's plan to fence the border.", "Kabul"),
    ("The ministry voiced deep concern about the shelling of border villages.", "ministry"),
    ("Islamabad holds Kabul responsible for the raids on its border posts.", "Islamabad"),
])
def test_coder_concern_and_blame_are_accusations(parse, res, text, actor):
    ev = one_factual(code(parse, res, text), "ACCUSE")
    assert actor in " ".join(texts(ev.actor))


def test_coder_concern_without_a_target_is_no_accusation(parse, res):
    assert not factual(code(parse, res, "The minister expressed concern."), "ACCUSE")


def test_coder_allegations_against_and_investigation_into_are_accusations(parse, res):
    ev = one(code(parse, res, "The court opened an investigation into the killing of two traders."), "ACCUSE")
    assert ev.mode == "investigate"
    ev = one(code(parse, res, "Kabul dismissed the allegations against its border police."), "ACCUSE")
    assert ev.mode == "allege" and ev.negated        # denied: evidence, never a fact


@pytest.mark.parametrize("text", ["Border guards opened fire on a truck near Chaman on Monday.",
                                  "Pakistani and Afghan troops exchanged fire at the Torkham crossing."])
def test_coder_opened_or_exchanged_fire_is_an_assault(parse, res, text):
    ev = one_factual(code(parse, res, text), "ASSAULT")
    assert ev.mode == "firearms" and ev.actor


def test_coder_military_operation_and_eliminated_militants_are_assaults(parse, res):
    ev = one_factual(code(parse, res, "Troops eliminated twelve militants in North Waziristan."), "ASSAULT")
    assert texts(ev.actor) == ["Troops"]
    assert factual(code(parse, res, "The army launched a military operation against the TTP in Bajaur."),
                   "ASSAULT")


def test_coder_prison_sentence_is_conviction_and_detention(parse, res):
    evs = code(parse, res, "A court in Quetta sentenced the journalist to five years in prison.")
    assert {"SANCTION", "COERCE"} <= {e.event_type for e in factual(evs)}
    assert one_factual(evs, "SANCTION").mode == "convict"


@pytest.mark.parametrize("text", ["The former minister was found guilty of corruption on Friday.",
                                  "The company was fined two million rupees by the regulator."])
def test_coder_guilty_verdicts_and_fines_are_sanctions(parse, res, text):
    assert one_factual(code(parse, res, text), "SANCTION").mode == "convict"


def test_coder_expressed_regret_and_accepted_apology(parse, res):
    assert factual(code(parse, res, "Islamabad expressed regret over the deaths of the fishermen."), "CONCEDE")
    ev = one_factual(code(parse, res, "Kabul accepted the apology of the Pakistani envoy."), "SUPPORT")
    assert texts(ev.actor) == ["Kabul"]


def test_coder_spoke_by_telephone_is_consult_but_not_to_reporters(parse, res):
    ev = one_factual(code(parse, res, "Sharif and Karzai spoke by telephone on Tuesday."), "CONSULT")
    assert ev.mode == "phone"
    assert not factual(code(parse, res, "The minister spoke to reporters in Islamabad."), "CONSULT")


@pytest.mark.parametrize("text,typ,mode", [
    ("Kabul closed its embassy in Islamabad on Friday.", "SANCTION", "withdraw"),
    ("The government suspended visas for Afghan traders.", "COERCE", "restrict"),
    ("Pakistan denied visas to three Afghan officials last week.", "COERCE", "restrict"),
])
def test_coder_mission_closures_and_visa_bans_are_sanctions_or_coercion(parse, res, text, typ, mode):
    assert one_factual(code(parse, res, text), typ).mode == mode


def test_coder_denial_of_a_closure_stays_a_denial(parse, res):
    evs = code(parse, res, "Pakistan denied that it had closed the border.")
    assert factual(evs, "REJECT") and not factual(evs, "COERCE")


@pytest.mark.parametrize("text", ["Thousands of people took to the streets of Lahore on Friday.",
                                  "Supporters of the former prime minister poured into the streets."])
def test_coder_taking_to_the_streets_is_a_protest(parse, res, text):
    assert one_factual(code(parse, res, text), "PROTEST").mode == "demo"


def test_coder_taking_a_matter_to_the_cabinet_is_no_protest(parse, res):
    assert not factual(code(parse, res, "The minister took the matter to the cabinet."), "PROTEST")


@pytest.mark.parametrize("text", ["The high court overturned the conviction of the opposition leader.",
                                  "Prosecutors dropped the charges against the two journalists."])
def test_coder_overturned_convictions_and_dropped_charges_are_concessions(parse, res, text):
    assert factual(code(parse, res, text), "CONCEDE")


def test_coder_seeking_a_term_is_candidacy_not_a_request(parse, res):
    assert not factual(code(parse, res, "The incumbent president is seeking his fourth term."), "REQUEST")
    assert factual(code(parse, res, "Pakistan is seeking the extradition of the two suspects."), "REQUEST")


@pytest.mark.parametrize("text", ["The army has regained most of the villages in the valley.",
                                  "Government forces recaptured the town of Mirali on Sunday."])
def test_coder_retaking_territory_is_a_seizure(parse, res, text):
    assert one_factual(code(parse, res, text), "COERCE").mode == "seize"


def test_coder_sending_back_refugees_is_deportation_but_not_a_draft(parse, res):
    ev = one_factual(code(parse, res, "Pakistan sent back thousands of Afghan refugees last month."), "COERCE")
    assert ev.mode == "deport"
    assert not factual(code(parse, res, "Pakistan sent back the draft agreement to Kabul."), "COERCE")


def test_coder_event_a_reaction_is_about_is_reported_once(parse, res):
    evs = code(parse, res, "Pakistan condemned the bombing at a market in Quetta.")
    assert factual(evs, "ACCUSE") and factual(evs, "ASSAULT")
    evs = code(parse, res, "A bomb killed ten people in Quetta. Pakistan condemned the bombing.")
    assert len(factual(evs, "ASSAULT")) == 1


@pytest.mark.parametrize("text", ["Officials want good relations with all their neighbours.",
                                  "The elders assured the general that the tribes would stand with the army."])
def test_coder_wish_for_good_relations_and_assurance_are_agreements(parse, res, text):
    assert one_factual(code(parse, res, text), "AGREE").actor


def test_coder_briefing_an_official_is_a_consultation_briefing_reporters_is_not(parse, res):
    assert factual(code(parse, res, "Army officers briefed the prime minister on the operation."), "CONSULT")
    assert not factual(code(parse, res, "The spokesman briefed reporters in Kabul."), "CONSULT")


def test_coder_the_two_are_the_parties_just_named(parse, res):
    evs = code(parse, res, "Sharif met Modi in Delhi on Monday. The two discussed trade and water.")
    ev = [e for e in factual(evs, "CONSULT") if e.trigger.text == "discussed"][0]
    assert texts(ev.actor) == ["Sharif", "Modi"]
    evs = code(parse, res, "Sharif met Modi in Delhi on Monday. Both agreed to meet again in March.")
    assert texts(one_factual(evs, "AGREE").actor) == ["Sharif", "Modi"]


def test_coder_his_visit_after_the_visit_is_told_is_no_new_event(parse, res):
    text = ("The Iraqi foreign minister visited Tehran on Sunday. He said his visit aimed to ease tensions. "
            "It is unclear how far his visit will go.")
    evs = factual(code(parse, res, text), "CONSULT")
    assert [e.trigger.text for e in evs] == ["visited"]
    # told first as 'his visit', the visit is the event
    evs = factual(code(parse, res, "Officials said his visit to Tehran began with talks with Iranian leaders."))
    assert "visit" in [e.trigger.text for e in evs]


def test_coder_a_meeting_noun_with_no_party_points_back_at_the_meeting(parse, res):
    text = ("The Iraqi foreign minister visited Tehran on Sunday. Oil prices fell. "
            "The outcome came from a regional trip that yielded few concrete steps.")
    assert [e.trigger.text for e in factual(code(parse, res, text), "CONSULT")] == ["visited"]
    # a meeting noun that brings its own day is told anew; a bare attack noun is kept
    text = "The Iraqi foreign minister visited Tehran on Sunday. Talks were held again on Tuesday."
    assert "Talks" in [e.trigger.text for e in factual(code(parse, res, text), "CONSULT")]


def test_dated_event_noun_under_a_setting_preposition_is_a_first_mention(parse):
    from jirga.coding.coder import _dated_first_mention
    doc = parse("Egypt expressed regret for the deaths of two soldiers during the 2019 army raid on a village.").parsed
    raid = [t for t in doc if t.text == "raid"][0]
    assert _dated_first_mention(raid, "ASSAULT", [])
    doc = parse("Talks resumed after the 2019 raid.").parsed
    assert not _dated_first_mention([t for t in doc if t.text == "raid"][0], "ASSAULT", [])


def test_a_name_the_parser_took_for_a_common_noun_is_a_name_when_the_registry_knows_the_person(parse, res):
    doc = parse("Trump claimed that millions of votes were cast fraudulently.")
    assert doc.parsed[0].pos_ == "NOUN"          # the parser's reading, which the coder mends
    ev = one(find_events_of(doc, res), "ACCUSE")
    assert texts(ev.actor) == ["Trump"] and doc.parsed[0].pos_ == "PROPN"
    # a capitalised word the registry does not know as a person's name stays a noun
    doc = parse("Violence erupted after the rally in the capital.")
    assert doc.parsed[0].pos_ == "NOUN"
    find_events_of(doc, res)
    assert doc.parsed[0].pos_ == "NOUN"


def find_events_of(doc, res):
    from jirga.coding import find_events
    return find_events(doc, res)


@pytest.mark.parametrize("text,actor", [
    ("The mother says the police have failed her.", "mother"),
    ("Her father accused the police of negligence.", "father"),
])
def test_kin_speaking_for_one_of_theirs_are_civilian_parties(res, text, actor):
    from jirga import Pipeline
    from jirga.model import Document
    doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text, published="2018-04-06")])))
    ev = one([e for e in doc.events if e.event_type == "ACCUSE"], "ACCUSE")
    assert [(a.text.split()[-1], a.sector) for a in ev.actor] == [(actor, "CVL")]


def test_coder_an_allegation_that_a_party_denies_answers_the_accuser(parse, res):
    evs = code(parse, res, "Pakistan accuses Kabul of sheltering the TTP. It is an allegation the Taliban "
                           "government denies.")
    assert texts(one(evs, "REJECT").recipient) == ["Pakistan"]     # named in the text, not implied
