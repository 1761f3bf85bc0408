"""Pronoun resolution for actor spans (``jirga/coding/pronouns.py``): hand-built parses with the
shipped cue lists (no model), then sentences through the coder (model)."""
import pytest

from jirga.coding import lexicon
from jirga.coding.pronouns import DocIndex, compatible, institution, resolve
from tests.coding.helpers import actors_of, code, factual, one, texts
from tests.handmade import hand_doc, tok

REHMAN = hand_doc("""
    0  Fazlur   PROPN NNP compound 1  Fazlur B-PERSON
    1  Rehman   PROPN NNP nsubj    2  Rehman I-PERSON
    2  met      VERB  VBD ROOT     2  meet
    3  the      DET   DT  det      4  the
    4  envoys   NOUN  NNS dobj     2  envoy
    5  .        PUNCT .   punct    2  .
    6  He       PRON  PRP nsubj    7  he
    7  said     VERB  VBD ROOT     7  say
    8  talks    NOUN  NNS nsubj    10 talk
    9  would    AUX   MD  aux      10 would
    10 continue VERB  VB  ccomp    7  continue
    11 .        PUNCT .   punct    7  .
""")

WHICH = hand_doc("""
    0  The      DET   DT  det   1 the
    1  TTP      PROPN NNP nsubj 8 TTP B-ORG
    2  ,        PUNCT ,   punct 1 ,
    3  which    PRON  WDT nsubj 4 which
    4  attacked VERB  VBD relcl 1 attack
    5  the      DET   DT  det   6 the
    6  post     NOUN  NN  dobj  4 post
    7  ,        PUNCT ,   punct 1 ,
    8  denied   VERB  VBD ROOT  8 deny
    9  it       PRON  PRP dobj  8 it
    10 .        PUNCT .   punct 8 .
""")

MINISTRY = hand_doc("""
    0 The      DET  DT  det   1 the
    1 ministry NOUN NN  nsubj 2 ministry
    2 said     VERB VBD ROOT  2 say
    3 it       PRON PRP nsubj 5 it
    4 would    AUX  MD  aux   5 would
    5 act      VERB VB  ccomp 2 act
    6 .        PUNCT .  punct 2 .
""")

THEY = hand_doc("""
    0 Pakistan    PROPN NNP nsubj 3 Pakistan B-GPE
    1 and         CCONJ CC  cc    0 and
    2 Afghanistan PROPN NNP conj  0 Afghanistan B-GPE
    3 met         VERB  VBD ROOT  3 meet
    4 .           PUNCT .   punct 3 .
    5 They        PRON  PRP nsubj 6 they
    6 agreed      VERB  VBD ROOT  6 agree
    7 to          PART  TO  aux   8 to
    8 talk        VERB  VB  xcomp 6 talk
    9 .           PUNCT .   punct 6 .
""")


def _text(r):
    return None if r is None else r.text


def test_doc_index_nearest_named_mention_before_a_position(cues):
    index = DocIndex(REHMAN, cues)
    assert index.nearest("person", REHMAN.text.index("He")).text == "Fazlur Rehman"
    assert index.nearest("person", 0) is None and index.nearest("group", 100) is None


def test_resolve_he_is_the_previous_sentence_subject(cues):
    assert _text(resolve(tok(REHMAN, "He"), DocIndex(REHMAN, cues))) == "Rehman"


# the NER reads a group's name as a person's
GROUP_AS_PERSON = hand_doc("""
    0 Boko     PROPN NNP compound 1 Boko B-PERSON
    1 Haram    PROPN NNP nsubj    2 Haram I-PERSON
    2 attacked VERB  VBD ROOT     2 attack
    3 the      DET   DT  det      4 the
    4 town     NOUN  NN  dobj     2 town
    5 .        PUNCT .   punct    2 .
    6 He       PRON  PRP nsubj    7 he
    7 condemned VERB VBD ROOT     7 condemn
    8 it       PRON  PRP dobj     7 it
    9 .        PUNCT .   punct    7 .
""")


def test_he_never_stands_for_a_group_the_ner_calls_a_person(cues):
    he = tok(GROUP_AS_PERSON, "He")
    assert "Haram" in _text(resolve(he, DocIndex(GROUP_AS_PERSON, cues)))     # the NER's word alone
    index = DocIndex(GROUP_AS_PERSON, cues, group_name=lambda text: text == "Boko Haram")
    assert resolve(he, index) is None


def test_a_registered_group_read_as_a_person_is_no_antecedent_of_he(parse, res):
    ev = code(parse, res, "The attack came weeks after the army said it had degraded Boko Haram terrorists "
                          "in the northeast. He condemned the killings and urged calm.")
    assert not any("Boko" in " ".join(a) for a in actors_of(ev, "ACCUSE") + actors_of(ev, "REQUEST"))


def test_resolve_relative_pronoun_is_the_head_of_its_clause(cues):
    assert _text(resolve(tok(WHICH, "which"), DocIndex(WHICH, cues))) == "TTP"


def test_resolve_it_as_an_object_is_no_actor(cues):
    assert resolve(tok(WHICH, "it"), DocIndex(WHICH, cues)) is None


def test_resolve_it_is_the_subject_of_the_governing_verb(cues):
    assert _text(resolve(tok(MINISTRY, "it"), DocIndex(MINISTRY, cues))) == "ministry"


def test_resolve_they_is_the_conjoined_subject_of_the_previous_sentence(cues):
    assert _text(resolve(tok(THEY, "They"), DocIndex(THEY, cues))) == "Pakistan"


def test_resolve_a_name_is_itself(cues):
    t = tok(THEY, "Afghanistan")
    assert resolve(t, DocIndex(THEY, cues)).i == t.i


def test_compatible_kinds_of_mentions(cues):
    rehman, ttp, ministry = tok(REHMAN, "Rehman"), tok(WHICH, "TTP"), tok(MINISTRY, "ministry")
    assert compatible(rehman, "he", cues) and not compatible(rehman, "it", cues)
    assert compatible(ttp, "it", cues) and not compatible(ttp, "she", cues)
    assert compatible(ministry, "its", cues)
    assert compatible(tok(THEY, "Pakistan"), "they", cues)          # conjoined actors
    assert not compatible(tok(THEY, "They"), "they", cues)          # never a pronoun


def test_institution_nouns(cues):
    assert institution(tok(MINISTRY, "ministry"), cues)
    assert not institution(tok(REHMAN, "envoys"), cues)


# -- sentences through the coder (spaCy model) -------------------------------------------------
def test_pronoun_after_a_mouthpiece_is_its_owner(parse, res):
    evs = code(parse, res, "Imran Khan hosted a delegation led by Amir Khan Muttaqi. "
                           "Khan's office said he promised food and medical supplies.")
    ev = one(evs, "AGREE")
    assert texts(ev.actor) == ["Khan"]


def test_it_said_is_the_previous_subject_not_the_object(parse, res):
    ev = code(parse, res, "The foreign office in Islamabad summoned Afghanistan's charge d'affaires "
                          "Ahmad Khan to lodge a protest. It said the Taliban government must arrest "
                          "the attackers.")
    demands = [a for a in actors_of(ev, "REQUEST") if a]
    assert demands and all("Khan" not in " ".join(a) for a in demands)


def test_he_after_plain_sentence_is_previous_subject_not_apposition(parse, res):
    ev = code(parse, res, "Maulana Fazlur Rehman met the Taliban's deputy prime minister, Mullah Abdul "
                          "Ghani Baradar, in Kabul on Tuesday. Reports said he urged the Taliban to act "
                          "against the TTP.")
    urged = actors_of(ev, "REQUEST")
    assert urged and any("Rehman" in " ".join(a) for a in urged)
    assert not any("Baradar" in " ".join(a) for a in urged)


def test_his_prefers_own_sentence_subject(parse, res):
    ev = code(parse, res, "Maulana Fazlur Rehman met the Taliban's supreme leader, Mullah Haibatullah "
                          "Akhundzada, during his visit to Afghanistan.")
    consult = [a for e in ev if e.event_type == "CONSULT" for a in texts(e.actor)]
    assert any("Rehman" in a for a in consult)
    assert not any("Akhundzada" in a for a in consult)


def test_they_is_plural_subject_of_previous_sentence(parse, res):
    ev = code(parse, res, "The Taliban have repeatedly denied sheltering the TTP. They have also called "
                          "on Islamabad to stop deporting Afghans.")
    req = [a for e in ev if e.event_type == "REQUEST" for a in texts(e.actor)]
    assert req and "Taliban" in " ".join(req) and not any(a == "Islamabad" for a in req)


def test_pronoun_in_relative_clause_is_not_its_head(parse, res):
    ev = code(parse, res, "Pakistan accuses the Taliban of sheltering the TTP, which it blames for a "
                          "wave of attacks.")
    acc = [a for e in ev if e.event_type == "ACCUSE" and e.trigger.text == "blames" for a in texts(e.actor)]
    assert acc == [] or "TTP" not in acc


def test_same_sentence_governor_still_wins(parse, res):
    ev = code(parse, res, "Islamabad has said it will not recognise the Taliban government unilaterally.")
    assert all("Taliban" not in " ".join(texts(e.actor)) for e in ev)


def test_pronoun_module_resolves_he_to_previous_main_subject(parse, res):
    from jirga.coding.pronouns import DocIndex, resolve
    doc = parse("Interior Minister Sarfraz Bugti announced the deadline after a meeting chaired by "
                "Prime Minister Kakar and attended by army chief General Asim Munir. He said "
                "police would expel those who stayed.").parsed
    he = next(t for t in doc if t.text == "He")
    r = resolve(he, DocIndex(doc, lexicon.get(res).cues))
    assert "Bugti" in (r.text if hasattr(r, "text") else str(r))


def test_object_of_a_coordinated_verb_is_not_the_first_subject(parse, res):
    evs = code(parse, res, "Police arrested Orujov in May, charged him with fraud, "
                           "and a court sentenced him to 30 days in detention.")
    charged = [e for e in evs if e.trigger.text == "charged"][0]
    sentenced = [e for e in evs if e.trigger.text == "sentenced"]
    assert texts(charged.recipient) == ["Orujov"]
    assert sentenced and all(texts(e.recipient) == ["Orujov"] for e in sentenced)


def test_object_it_of_an_accusation_is_the_body_named_before_not_the_subject(parse, res):
    ev = one(code(parse, res, "Egypt is angry with the Ethiopian government and blames it for the drought."),
             "ACCUSE")
    assert texts(ev.actor) == ["Egypt"] and texts(ev.recipient) == ["Ethiopian"]
    evs = code(parse, res, "Turkey criticised the Swedish government. It accused it of sheltering militants.")
    accused = [e for e in evs if e.trigger.text == "accused"][0]
    assert texts(accused.recipient) == ["Swedish"]
    # 'it' of a verb whose object is no party stays unresolved
    ev = one(code(parse, res, "Egypt accused Ethiopia of the drought and Sudan did it too."), "ACCUSE")
    assert texts(ev.recipient) == ["Ethiopia"]


def test_his_in_the_object_of_a_subordinate_clause_is_that_clauses_subject(parse, res):
    evs = code(parse, res, "Merkel spoke to Putin. The call came as President Macron wrapped up his first visit "
                           "to Algeria.")
    visit = [e for e in evs if e.trigger.text == "visit"][0]
    assert texts(visit.actor) == ["President Macron"] and texts(visit.recipient) == ["Algeria"]


def test_party_cues_add_the_registrys_people_nouns_but_not_its_things(lex):
    from jirga.coding.pronouns import party_cues
    merged = party_cues(lex.cues)
    assert {"billionaire", "sailors", "pirates", "imam", "farmers"} <= merged["agent_nouns"]
    assert not {"drones", "town", "explosion", "sanctions"} & merged["agent_nouns"]
    assert set(lex.cues["agent_nouns"]) <= merged["agent_nouns"]
    assert party_cues(lex.cues) is merged            # built once per cues


def test_people_nouns_the_lexicon_lacks_are_parties(parse, res):
    ev = one(code(parse, res, "The shipping tycoon was convicted of tax fraud in Oslo on Tuesday."), "SANCTION")
    assert texts(ev.recipient) == ["shipping tycoon"]
    ev = one(code(parse, res, "Pirates seized two fishermen off the coast of Somalia."), "COERCE")
    assert texts(ev.actor) == ["Pirates"] and texts(ev.recipient) == ["two fishermen"]
    # a thing the registry lists for its owner's sector stays no party
    ev = one(code(parse, res, "Drones struck the village on Monday."), "ASSAULT")
    assert ev.actor == [] and ev.recipient == []


# -- they/them with no subject to stand for ------------------------------------------------------
def test_them_is_the_last_plural_party_not_a_name_on_a_statement(parse, res):
    ev = one(code(parse, res, "Addressing the village elders, the governor said the valley was calm, "
                              "a Interior Ministry statement said. He urged them to report strangers."), "REQUEST")
    assert texts(ev.recipient) == ["village elders"]


def test_them_skips_a_party_told_of_inside_another_noun(parse, res):
    ev = one(code(parse, res, "The mayor met the dock workers after raids against smugglers in the port. "
                              "She asked them to end the strike."), "REQUEST")
    assert texts(ev.recipient) == ["dock workers"]


def test_them_is_not_a_town(parse, res):
    ev = one(code(parse, res, "Aid workers drove from Herat to Kandahar on Monday. Soldiers at a "
                              "checkpoint outside Kandahar detained them for hours."), "COERCE")
    assert texts(ev.recipient) == ["Aid workers"]


def test_them_is_not_the_side_an_attack_came_from(parse, res):
    ev = one(code(parse, res, "A gunman fired on Iranian border guards from the Iraqi side, "
                              "killing two of them."), "ASSAULT")
    assert texts(ev.recipient) == ["Iranian border guards"]


def test_them_still_takes_a_named_group_nearer_than_any_plural_noun(parse, res):
    ev = one(code(parse, res, "Farmers blocked the roads last week. The Kurdish Democratic Party "
                              "held talks in Erbil, and the president urged them to compromise."), "REQUEST")
    assert ev.recipient and "Farmers" not in texts(ev.recipient)


def test_they_may_be_a_body_of_people_but_not_one_person(parse, res):
    evs = code(parse, res, "The Nigerian army has repeatedly said the town was retaken last week. "
                           "They deny that civilians were killed in the fighting.")
    assert texts(one(evs, "REJECT").actor) == ["Nigerian army"]
    evs = code(parse, res, "The interior minister visited the camp on Monday. They rejected his offer of talks.")
    assert "interior minister" not in texts(one(evs, "REJECT").actor)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police blamed the attack near Besham, which killed five Chinese engineers, on the TTP.",
    "The bombing in Peshawar, which killed 50 worshippers, was claimed by the TTP.",
    "The shelling of Kharkiv, which wounded nine people, drew condemnation.",
])
def test_a_place_is_not_what_a_relative_clause_on_the_event_before_it_tells_of(parse, res, text):
    killed = [e for e in factual(code(parse, res, text), "ASSAULT") if e.trigger.text in ("killed", "wounded")]
    assert killed and all(not any(a.text in ("Besham", "Peshawar", "Kharkiv") for a in e.actor) for e in killed)


@pytest.mark.model
def test_people_of_a_place_named_before_a_relative_clause_do_its_act(parse, res):
    ev = one(code(parse, res, "Residents of Kabul, who protested on Monday, blocked the main road."), "PROTEST")
    assert texts(ev.actor) == ["Residents of Kabul"]


def test_he_is_the_person_named_beside_the_title_of_the_subject_before(parse, res):
    text = ("President-General of the group, Chief Nnia Nwodo, in a statement on Thursday, said it was "
            "preposterous for the Federal Government to be carrying out unwarranted inquisition into "
            "Ekweremadu's life. He said that the allegation was inappropriate.")
    ev = [e for e in code(parse, res, text) if e.trigger.text == "inappropriate"][0]
    assert texts(ev.actor) == ["Chief Nnia Nwodo"]
