"""PLOVER drafts from triggers (``jirga/coding/plover.py``): direction, modality conversions,
background clauses, confidence. Hand-built parses with the shipped lexicon and ontology (no
model), then sentences through the coder (model)."""
from types import SimpleNamespace

import pytest

from jirga.coding.match import find_triggers
from jirga.coding.modality import Modality
from jirga.coding.background import is_caused, is_onset, is_prior_mention, is_reference
from jirga.coding.plover import confidence, drafts_for, obligation_drafts
from tests.coding.helpers import code, factual, one, texts, types
from tests.handmade import hand_doc, tok

# Officials visited the town where militants killed five soldiers.
WHERE = hand_doc("""
    0  Officials NOUN  NNS  nsubj     1  official
    1  visited   VERB  VBD  ROOT      1  visit
    2  the       DET   DT   det       3  the
    3  town      NOUN  NN   dobj      1  town
    4  where     SCONJ WRB  advmod    6  where
    5  militants NOUN  NNS  nsubj     6  militant
    6  killed    VERB  VBD  relcl     3  kill
    7  five      NUM   CD   nummod    8  five B-CARDINAL
    8  soldiers  NOUN  NNS  dobj      6  soldier
    9  .         PUNCT .    punct     1  .
""")

# Two hundred rebels surrendered following a government offensive.
FOLLOWING = hand_doc("""
    0  Two         NUM   CD   compound  1  two B-CARDINAL
    1  hundred     NUM   CD   nummod    2  hundred I-CARDINAL
    2  rebels      NOUN  NNS  nsubj     3  rebel
    3  surrendered VERB  VBD  ROOT      3  surrender
    4  following   VERB  VBG  prep      3  follow
    5  a           DET   DT   det       7  a
    6  government  NOUN  NN   compound  7  government
    7  offensive   NOUN  NN   pobj      4  offensive
    8  .           PUNCT .    punct     3  .
""")

# Pakistan will hold talks with Kabul.
WILL_HOLD = hand_doc("""
    0  Pakistan PROPN NNP  nsubj     2  Pakistan B-GPE
    1  will     AUX   MD   aux       2  will
    2  hold     VERB  VB   ROOT      2  hold
    3  talks    NOUN  NNS  dobj      2  talk
    4  with     ADP   IN   prep      3  with
    5  Kabul    PROPN NNP  pobj      4  Kabul B-GPE
    6  .        PUNCT .    punct     2  .
""")

# Pakistan will not attend the talks.
WILL_NOT = hand_doc("""
    0  Pakistan PROPN NNP  nsubj     3  Pakistan B-GPE
    1  will     AUX   MD   aux       3  will
    2  not      PART  RB   neg       3  not
    3  attend   VERB  VB   ROOT      3  attend
    4  the      DET   DT   det       5  the
    5  talks    NOUN  NNS  dobj      3  talk
    6  .        PUNCT .    punct     3  .
""")

# Pakistan said it could attack the camps.
COULD_ATTACK = hand_doc("""
    0  Pakistan PROPN NNP  nsubj     1  Pakistan B-GPE
    1  said     VERB  VBD  ROOT      1  say
    2  it       PRON  PRP  nsubj     4  it
    3  could    AUX   MD   aux       4  could
    4  attack   VERB  VB   ccomp     1  attack
    5  the      DET   DT   det       6  the
    6  camps    NOUN  NNS  dobj      4  camp
    7  .        PUNCT .    punct     1  .
""")

# The US claimed that ISIL had attacked Iraq.
CLAIMED = hand_doc("""
    0  The      DET   DT   det       1  the
    1  US       PROPN NNP  nsubj     2  US B-GPE
    2  claimed  VERB  VBD  ROOT      2  claim
    3  that     SCONJ IN   mark      6  that
    4  ISIL     PROPN NNP  nsubj     6  ISIL B-ORG
    5  had      AUX   VBD  aux       6  have
    6  attacked VERB  VBN  ccomp     2  attack
    7  Iraq     PROPN NNP  dobj      6  Iraq B-GPE
    8  .        PUNCT .    punct     2  .
""")

# Russia said Sudan must return the helicopter.
MUST = hand_doc("""
    0  Russia     PROPN NNP  nsubj     1  Russia B-GPE
    1  said       VERB  VBD  ROOT      1  say
    2  Sudan      PROPN NNP  nsubj     4  Sudan B-GPE
    3  must       AUX   MD   aux       4  must
    4  return     VERB  VB   ccomp     1  return
    5  the        DET   DT   det       6  the
    6  helicopter NOUN  NN   dobj      4  helicopter
    7  .          PUNCT .    punct     1  .
""")

# Troops withdrew after the clashes.
AFTER = hand_doc("""
    0  Troops   NOUN  NNS  nsubj     1  troop
    1  withdrew VERB  VBD  ROOT      1  withdraw
    2  after    ADP   IN   prep      1  after
    3  the      DET   DT   det       4  the
    4  clashes  NOUN  NNS  pobj      2  clash
    5  .        PUNCT .    punct     1  .
""")


def _drafts(doc, lex, onto):
    sent = doc[:]
    drafts = drafts_for(find_triggers(sent, lex), onto, lex.cues, {t.lemma_.lower() for t in sent})
    return drafts + obligation_drafts(sent, lex.cues, drafts)


def _summary(d):
    return (d.event_type, d.cameo, d.trigger_tok.text, [a.text for a in d.actor_heads],
            [r.text for r in d.recip_heads])


def test_drafts_for_background_event_is_skipped(lex, onto):
    assert [_summary(d)[:3] for d in _drafts(WHERE, lex, onto)] == [("CONSULT", "042", "visited")]


def test_drafts_for_future_cooperation_is_an_agreement(lex, onto):
    [d] = _drafts(WILL_HOLD, lex, onto)
    assert (d.event_type, d.cameo, d.mode, d.mod.future) == ("AGREE", "036", None, True)
    assert d.promise and not d.future          # the promise, made now, is the event
    assert [a.text for a in d.actor_heads] == ["Pakistan"] and "Kabul" in [r.text for r in d.recip_heads]


def test_drafts_for_refused_future_cooperation_is_a_rejection(lex, onto):
    [d] = _drafts(WILL_NOT, lex, onto)
    assert (d.event_type, d.cameo, d.mod.negated) == ("REJECT", "120", False)
    assert d.promise and not d.future          # the refusal, made now, is the event


def test_drafts_for_a_possible_attack_said_is_a_threat_by_the_speaker(lex, onto):
    [d] = _drafts(COULD_ATTACK, lex, onto)
    assert _summary(d) == ("THREATEN", "138", "said", ["Pakistan"], ["camps"])
    assert d.threat_from_modal and not (d.mod.hypothetical or d.mod.future)


def test_drafts_for_claimed_attack_is_an_accusation(lex, onto):
    [d] = _drafts(CLAIMED, lex, onto)
    assert _summary(d) == ("ACCUSE", "112", "claimed", ["US"], ["ISIL"])
    assert d.mode == "allege" and not d.mod.hypothetical


def test_obligation_drafts_must_under_speech_is_a_request(lex, onto):
    assert [_summary(d) for d in _drafts(MUST, lex, onto)] == [("REQUEST", "100", "said", ["Russia"], ["Sudan"])]


def test_obligation_drafts_not_twice_for_a_speech_verb_already_requesting(cues):
    said = tok(MUST, "said")
    taken = [SimpleNamespace(event_type="REQUEST", trigger_tok=said)]
    assert obligation_drafts(MUST[:], cues, taken) == []


@pytest.mark.parametrize("kind,support,actor,recip,pronoun,modal,value", [
    ("verb", None, True, True, False, False, 0.85),
    ("verb", None, True, True, True, False, 0.75),
    ("verb", None, True, False, False, True, 0.6),
    ("noun", None, False, False, False, False, 0.45),
    ("noun", "held", False, True, False, False, 0.65),
    ("noun", None, False, False, True, True, 0.2),
])
def test_confidence_adds_evidence_and_subtracts_doubt(kind, support, actor, recip, pronoun, modal, value):
    d = SimpleNamespace(trig=SimpleNamespace(kind=kind, support=support), threat_from_modal=modal, mod=Modality())
    assert confidence(d, actor, recip, pronoun) == value


# -- sentences through the coder (spaCy model) -------------------------------------------------
# -- background clauses and prior events are not reports
def test_where_clause_event_is_background(parse, res):
    evs = code(parse, res, "Officials visited the town where militants killed five soldiers last year.")
    assert not factual(evs, "ASSAULT") and factual(evs, "CONSULT")


def test_event_noun_dating_another_event_is_background(parse, res):
    evs = code(parse, res, "Two hundred rebels surrendered following a government offensive in the area.")
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


@pytest.mark.parametrize("text", ["Gunmen tried to assassinate the governor on Monday.",
                                  "Militants attempted to kill the mayor."])
def test_attempted_attack_is_an_attack(parse, res, text):
    assert factual(code(parse, res, text), "ASSAULT")


# -- background clauses on a participant (background.is_background)
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


# -- 5. claims, intentions, purpose clauses, aid
def test_claim_of_an_attack_is_an_accusation(parse, res):
    ev = one(code(parse, res, "The US claimed that ISIL had attacked Iraq."), "ACCUSE")
    assert texts(ev.actor) == ["US"] and texts(ev.recipient) == ["ISIL"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Kabul claimed the bombing was carried out by the TTP.", "Kabul", "TTP"),
    ("Islamabad alleged that the raids were launched by Afghan forces.", "Islamabad", "Afghan forces"),
])
def test_claim_of_an_attack_told_by_its_noun_is_an_accusation(parse, res, text, actor, recipient):
    evs = code(parse, res, text)
    ev = one(evs, "ACCUSE")
    assert texts(ev.actor) == [actor] and texts(ev.recipient) == [recipient]
    assert not factual(evs, "ASSAULT")        # what is claimed is no fact


def test_claim_of_own_act_is_no_accusation(parse, res):
    assert "ACCUSE" not in types(code(parse, res, "The TTP claimed that it had carried out the attack."))


@pytest.mark.parametrize("text", [
    "The defence team said it would challenge the ruling in the high court.",
    "The opposition will oppose the new election law in parliament.",
])
def test_a_rejection_announced_is_made_as_it_is_announced(parse, res, text):
    ev = one(code(parse, res, text), "REJECT")
    assert ev.cameo == "120" and not ev.hypothetical and not ev.future


def test_a_rejection_only_possible_or_a_ban_announced_is_none(parse, res):
    assert not factual(code(parse, res, "The opposition might oppose the new election law."), "REJECT")
    evs = code(parse, res, "Washington said it would deny entry to all members of the militia.")
    assert "REJECT" not in types(evs) and "THREATEN" in types(evs)    # a restriction threatened


def test_speaker_obligation_is_no_request_but_one_on_another_is(parse, res):
    assert not factual(code(parse, res, '"We must expedite our efforts," he told the delegation.'), "REQUEST")
    assert factual(code(parse, res, "The minister said Kabul must stop the attacks."), "REQUEST")
    assert factual(code(parse, res, "Mubarak said the US must be ready to mediate."), "REQUEST")   # 'US', not 'us'
    # a named speaker's 'it' or 'he' is the speaker itself
    assert not factual(code(parse, res, "China's commerce ministry said it must adopt countermeasures."), "REQUEST")
    assert not factual(code(parse, res, "The minister said he must resign."), "REQUEST")


# -- event nouns that report, though they look like pointers back ------------------------------
def test_a_prior_event_with_its_own_day_is_a_report_of_its_own(parse, res):
    text = ("The rally comes after the police killing of a student on March 18 in Dhaka sparked "
            "two weeks of protests.")
    ev = one(code(parse, res, text), "ASSAULT")
    assert ev.trigger.text == "killing" and texts(ev.actor) == ["police"]
    # without a day of its own it only dates the rally
    assert not factual(code(parse, res, "The rally came after the killing, organisers said."), "ASSAULT")


def test_prior_mention_naming_both_sides_is_a_report(parse):
    doc = parse("Pakistan shut the crossing after an exchange of fire between border forces.").parsed
    exchange = [t for t in doc if t.text == "exchange"][0]
    assert not is_prior_mention(exchange, set())
    doc = parse("Pakistan shut the crossing after an exchange of fire.").parsed
    assert is_prior_mention([t for t in doc if t.text == "exchange"][0], set())


@pytest.mark.parametrize("text, noun", [("The clash broke out when soldiers began building a post.", "clash"),
                                        ("Fighting erupted in the valley on Sunday.", "Fighting"),
                                        ("The skirmish took place near the gate.", "skirmish")])
def test_event_noun_whose_beginning_is_told_is_no_reference(parse, cues, text, noun):
    doc = parse(text).parsed
    t = [x for x in doc if x.text == noun][0]
    assert is_onset(t, cues) and not is_reference(t, set(), cues)


@pytest.mark.parametrize("text, noun", [("The killing of a student sparked two weeks of protests.", "protests"),
                                        ("The verdict provoked riots in the capital.", "riots")])
def test_event_noun_a_cause_set_off_is_no_reference(parse, cues, text, noun):
    doc = parse(text).parsed
    t = [x for x in doc if x.text == noun][0]
    assert is_caused(t, cues) and not is_reference(t, set(), cues)


def test_event_noun_a_cause_did_not_set_off_is_still_a_reference(parse, cues):
    doc = parse("The verdict did not provoke the riots.").parsed
    assert not is_caused([x for x in doc if x.text == "riots"][0], cues)


def test_event_noun_that_only_points_back_is_a_reference(parse, cues):
    doc = parse("The clash ended the talks.").parsed
    t = [x for x in doc if x.text == "clash"][0]
    assert not is_onset(t, cues) and is_reference(t, set(), cues)


def test_where_clause_on_a_named_place_tells_news(parse, res):
    evs = code(parse, res, "The envoy flew to Islamabad, where senior officials briefed him on the talks.")
    assert [e.trigger.text for e in factual(evs, "CONSULT")] == ["flew", "briefed"]


def test_where_clause_with_an_earlier_date_stays_background(parse, res):
    evs = code(parse, res, "The minister visited Quetta, where militants had killed five soldiers in 2019.")
    assert not factual(evs, "ASSAULT") and factual(evs, "CONSULT")


def test_where_clause_summing_up_a_place_s_past_stays_background(parse, res):
    evs = code(parse, res, "Serbia lifted a curfew in Montenegro where 28 people have been killed in riots this year.")
    assert not factual(evs, "ASSAULT") and factual(evs, "CONCEDE")


def test_talks_with_a_named_side_dating_an_act_are_reported(parse, res):
    from jirga.coding import lexicon, ontology
    from jirga.coding.coder import _name_lookups
    doc = parse("The Taliban reopened the gate on Thursday after talks with a Pakistani delegation.").parsed
    lex = lexicon.get(res)
    sent = doc[:]
    drafts = drafts_for(find_triggers(sent, lex, _name_lookups(res)[0]), ontology.get(res), lex.cues,
                        {t.lemma_.lower() for t in sent})
    talks = [d for d in drafts if d.event_type == "CONSULT"]
    assert talks and [a.text for a in talks[0].actor_heads] == ["Taliban"]


def test_relative_clause_dated_last_week_tells_news(parse, res):
    evs = code(parse, res, "Officials say the message came from Washington, whose envoy visited Islamabad last week.")
    assert one(evs, "CONSULT").trigger.text == "visited"


def test_where_clause_hung_on_a_date_after_a_named_place_tells_news(parse, res):
    evs = code(parse, res, "The cleric met Iranian diplomats in Quetta, Pakistan on May 3, where he was invited to "
                           "visit Tehran.")
    assert one(evs, "AGREE").trigger.text == "invited"
    evs = code(parse, res, "The minister visited Quetta on May 3, where militants had killed five soldiers in 2019.")
    assert not factual(evs, "ASSAULT")


def test_failing_to_negotiate_is_a_rejection(parse, res):
    ev = one(code(parse, res, "After Ottawa failed to negotiate compensation, Brazil went to the WTO."), "REJECT")
    assert ev.trigger.text == "failed" and texts(ev.actor) == ["Ottawa"]


@pytest.mark.parametrize("text,actor", [
    ("The mayor insisted that the company contribute two million dollars to the fund.", "mayor"),
    ("Berlin was adamant that lenders contribute three billion euros.", "Berlin"),
])
def test_a_mandate_is_a_request_by_whoever_asks(parse, res, text, actor):
    ev = one(code(parse, res, text), "REQUEST")
    assert actor in texts(ev.actor)[0]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Nairobi hopes Kampala will reopen the border.", "Nairobi", "Kampala"),
    ("The two governments hope that the rebels could accept the ceasefire.", "two governments", "rebels"),
    ("The minister stressed the need for Kampala to act against the militants.", "minister", "Kampala"),
    ("The councillor said there is a need for the council to increase its inspections.", "councillor", "council"),
])
def test_a_hope_or_a_need_of_another_party_s_act_is_a_request_of_it(parse, res, text, actor, recipient):
    ev = one(code(parse, res, text), "REQUEST")
    assert actor in texts(ev.actor)[0] and recipient in texts(ev.recipient)[0]


@pytest.mark.parametrize("text", [
    "The minister hopes that the talks will succeed.",
    "We hope that we can reach a deal with the union.",
    "Nairobi does not hope that Kampala will reopen the border.",
    "He stressed the importance of quality for Malta to compete.",
    "The minister did not stress the need for Kampala to act.",
])
def test_a_hope_or_need_of_a_thing_one_s_own_act_or_denied_asks_nothing(parse, res, text):
    assert factual(code(parse, res, text), "REQUEST") == []


def test_a_wish_to_thank_thanks(parse, res):
    ev = one(code(parse, res, "Kampala wants to thank Nairobi for its help, the minister said."), "SUPPORT")
    assert ev.trigger.text == "thank" and not ev.future
    # put off to a day, it is still a wish
    assert not factual(code(parse, res, "Kampala wants to thank Nairobi next week."), "SUPPORT")


def test_an_impersonal_mandate_is_no_request(parse, res):
    assert factual(code(parse, res, "It is essential that Kabul release the prisoners."), "REQUEST") == []


@pytest.mark.parametrize("text", [
    "The agreement will deepen cooperation between India and Japan.",
    "The minister resigned on Monday, a move that will help restore ties between the parties.",
])
def test_what_a_thing_will_do_is_a_forecast_not_a_promise(parse, res, text):
    assert factual(code(parse, res, text), "AGREE") == []


def test_what_a_party_will_do_is_still_a_promise(parse, res):
    assert factual(code(parse, res, "India will deepen cooperation with Japan."), "AGREE")


def test_a_noun_carried_by_its_own_light_verb_is_no_topic(parse, res):
    ev = one(code(parse, res, "The Japanese delegation raised its concerns over Beijing's naval drills."), "ACCUSE")
    assert ev.trigger.text == "concerns"


@pytest.mark.parametrize("text,typ", [("Germany stopped selling weapons to Turkey.", "SANCTION"),
                                      ("The White House signed off on selling tanks to Egypt.", "COOPERATE")])
def test_a_complement_named_by_the_entry_is_no_event_of_its_own(parse, res, text, typ):
    evs = factual(code(parse, res, text))
    assert [e.event_type for e in evs] == [typ] and texts(evs[0].recipient)


def test_the_purpose_of_a_promise_is_part_of_it(parse, res):
    evs = factual(code(parse, res, "The minister said both sides would work together to strengthen cooperation."))
    assert [e.event_type for e in evs] == ["AGREE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pakistan will not attend the talks in Moscow, the foreign office said.",
    "The rebels said they would not join the negotiations.",
    "The union will not sign the agreement, its leader told reporters.",
])
def test_an_announced_refusal_of_a_cooperative_act_is_a_rejection_made_now(parse, res, text):
    ev = one(code(parse, res, text), "REJECT")       # factual: the refusal, not what it refuses
    assert not ev.future and not ev.negated


@pytest.mark.model
def test_a_refusal_that_is_only_possible_is_no_fact(parse, res):
    assert not factual(code(parse, res, "Pakistan might not attend the talks if the host insists."), "REJECT")


def test_a_passive_must_clause_asks_not_its_subject(parse, res):
    # 'refugees should be allowed to return' asks whoever allows, not the refugees
    evs = code(parse, res, "The Taliban said refugees should be allowed to return with dignity.")
    req = factual(evs, "REQUEST")
    assert len(req) == 1 and not req[0].recipient
    # an active one asks its subject
    req = factual(code(parse, res, "Russia said Sudan must return the helicopter."), "REQUEST")
    assert len(req) == 1 and [r.text for r in req[0].recipient] == ["Sudan"]


@pytest.mark.parametrize("text", [
    "\u201cLi should not be forced to wait years for news of her husband.\u201d",
    "\u201cYou must subordinate yourselves to civil authority.\u201d",
])
def test_a_quoted_must_or_should_is_a_request_of_its_speaker(parse, res, text):
    assert one(code(parse, res, text), "REQUEST")


@pytest.mark.parametrize("text", [
    "\u201cThe talks should end on Friday.\u201d",      # a forecast of a thing
    "\u201cWe must work together.\u201d",              # the speaker's own resolve
    "The minister should arrive in Kabul by Friday.",   # not quoted: the reporter's forecast
])
def test_other_musts_ask_nobody(parse, res, text):
    assert not factual(code(parse, res, text), "REQUEST")


@pytest.mark.parametrize("text", [
    "Pakistan repeated its claims that Afghan forces attacked its border posts.",
    "Pakistan's claims that Afghan forces attacked its border posts have strained ties.",
])
def test_a_claim_noun_over_an_attack_is_an_accusation_and_the_attack_no_fact(parse, res, text):
    evs = code(parse, res, text)
    acc = one(evs, "ACCUSE")
    assert acc.trigger.text == "claims" and texts(acc.actor) == ["Pakistan"]
    assert texts(acc.recipient) == ["Afghan forces"] and not factual(evs, "ASSAULT")
