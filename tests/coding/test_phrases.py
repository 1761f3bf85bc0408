"""Actor phrase spans (``jirga/coding/phrases.py``): hand-built parses (no model), then sentences
through the coder (model)."""
import pytest

from jirga.coding.phrases import entity_of, expand, span_of
from tests.coding.helpers import code, one, texts
from tests.coding.parses import MET, MILITANTS, NO_COUNTRY, TTP
from tests.handmade import hand_doc, tok


def _texts(toks):
    return [t.text for t in toks]


def test_span_of_takes_modifiers_and_an_of_phrase_and_trims_the_article():
    start, end, text = span_of(tok(MILITANTS, "militants"))
    assert text == "TTP militants of the Swat valley" and MILITANTS.text[start:end] == text
    assert span_of(tok(MILITANTS, "TTP")) == (4, 7, "TTP")


def test_span_of_covers_the_whole_entity():
    assert span_of(tok(TTP, "Taliban"))[2] == "Tehrik-Taliban Pakistan"


@pytest.mark.parametrize("doc", [TTP, MILITANTS, MET, NO_COUNTRY], ids=["ttp", "militants", "met", "no-country"])
def test_entity_of_is_the_entity_of_doc_ents_holding_the_token(doc):
    for t in doc:
        ent = entity_of(t)
        want = next(((e.start, e.end) for e in doc.ents if e.start <= t.i < e.end), None)
        assert (None if ent is None else (ent.start, ent.end)) == want


def test_entity_of_adjacent_entities_stay_apart():
    doc = hand_doc("""
        0 Kabul   PROPN NNP nsubj 3 Kabul   B-GPE
        1 Islamabad PROPN NNP conj 0 Islamabad B-GPE
        2 Taliban PROPN NNP conj  0 Taliban I-GPE
        3 met     VERB  VBD ROOT  3 meet
    """)
    assert [(entity_of(t).start, entity_of(t).end) for t in doc[:3]] == [(0, 1), (1, 3), (1, 3)]
    assert entity_of(doc[3]) is None


def test_expand_conjuncts_become_separate_actors():
    assert _texts(expand(tok(MET, "Pakistan"))) == ["Pakistan", "Afghanistan"]
    assert _texts(expand(tok(MET, "met"))) == ["met"]


def test_an_adjective_on_a_state_name_is_not_part_of_the_actor(parse, res):
    ev = one(code(parse, res, "The envoy arrived in war-ravaged Yemen on Monday."), "CONSULT")
    assert texts(ev.recipient) == ["Yemen"]


def test_a_title_with_the_name_in_apposition_is_one_mention(parse, res):
    ev = one(code(parse, res, "The envoy met the rebels' deputy commander, Ahmad Shah Zaman, in Doha."), "CONSULT")
    assert texts(ev.recipient) == ["rebels' deputy commander, Ahmad Shah Zaman"]
    ev = one(code(parse, res, "The envoy met the deputy commander in Doha."), "CONSULT")
    assert texts(ev.recipient) == ["deputy commander"]


@pytest.mark.parametrize("text,typ,target", [
    ("Beijing accused Washington's envoy of meddling.", "ACCUSE", "Washington's envoy"),
    ("Ankara accused the Greek coast guard of pushing migrants back.", "ACCUSE", "Greek coast guard"),
])
def test_the_charge_after_an_accused_object_is_no_part_of_it(parse, res, text, typ, target):
    assert texts(one(code(parse, res, text), typ).recipient) == [target]


def test_an_of_phrase_stays_part_of_other_objects(parse, res):
    ev = one(code(parse, res, "Police arrested the leader of the protesters."), "COERCE")
    assert texts(ev.recipient) == ["leader of the protesters"]


@pytest.mark.model
def test_a_name_after_a_title_read_as_its_conjunct_is_the_title_holder(parse, res):
    # the parser reads 'the interim prime minister, Mullah Mohammad Hassan Akhund,' as two
    # conjuncts; it is one person, the name telling which holder of the title
    ev = one(code(parse, res, "Dar met the interim prime minister, Mullah Mohammad Hassan Akhund, and held talks."),
             "CONSULT")
    assert texts(ev.recipient) == ["interim prime minister, Mullah Mohammad Hassan Akhund"]
    # a list of people stays a list
    text = "The envoy met Foreign Minister Amir Khan Muttaqi, Sirajuddin Haqqani and Abdul Ghani Baradar in Kabul."
    ev = one(code(parse, res, text), "CONSULT")
    assert texts(ev.recipient) == ["Foreign Minister Amir Khan Muttaqi", "Sirajuddin Haqqani", "Abdul Ghani Baradar"]


def test_an_of_phrase_after_a_conjunct_is_the_last_conjunct_s(parse, res):
    from tests.coding.helpers import code, one, texts
    ev = one(code(parse, res, "Kenyan tribal elders and commanders of the Lord's Resistance Army held talks in Juba."),
             "CONSULT")
    assert "Kenyan tribal elders" in texts(ev.actor)
    assert any(t.startswith("commanders of the Lord") for t in texts(ev.actor))
