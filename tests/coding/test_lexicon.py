"""The trigger lexicon and cue lists (``jirga/coding/lexicon.py``): loading and validation with
the shipped files (no model), then triggers through the coder (model)."""
import json

import pytest

from jirga import errors
from jirga.coding import lexicon
from jirga.errors import DataFileError
from tests.coding.helpers import code, factual, one, texts, types

FAKE = "lexicon/test_verbs.jsonl"


@pytest.fixture
def fake_verbs(monkeypatch):
    """Serve ``lines`` as the verbs file; returns a setter."""
    real_load, real_read = lexicon.data.load, lexicon.data.read_text
    served = {}

    def read_text(name):
        return served[name] if name in served else real_read(name)

    def load(name):
        return lexicon.data.parse(served[name], name) if name in served else real_load(name)
    monkeypatch.setattr(lexicon.data, "read_text", read_text)
    monkeypatch.setattr(lexicon.data, "load", load)
    monkeypatch.setattr(lexicon, "VERBS_FILE", FAKE)

    def serve(*lines):
        served[FAKE] = "\n".join(lines) + "\n"
    return serve


def _entry(**kw):
    return json.dumps({"lemma": "close", "type": "COERCE", "cameo": "191", "mode": "restrict", **kw})


def test_load_lexicon_indexes_entries_by_lemma_in_file_order(fake_verbs, onto):
    fake_verbs("# a comment", _entry(obj=["border"]), "", _entry(cameo="190", mode=None))
    lex = lexicon.load_lexicon(onto)
    assert list(lex.verbs) == ["close"] and [e["cameo"] for e in lex.verbs["close"]] == ["191", "190"]
    assert lex.verbs["close"][0]["obj"] == frozenset({"border"})
    assert "talk" in lex.nouns and "talk" in lex.cues["event_heads"]


@pytest.mark.parametrize("bad,what", [
    (_entry(bogus=1), "unknown field(s) ['bogus']"),
    (_entry(type="PARTY"), "one of the 16 PLOVER types"),
    (_entry(lemma=""), "needs a lemma"),
    (_entry(cameo="999"), "CAMEO code '999'"),
    (_entry(mode="hug"), "mode 'hug' is not a mode of COERCE"),
])
def test_load_lexicon_bad_entry_names_file_and_line(fake_verbs, onto, bad, what):
    fake_verbs("# header", _entry(), "", bad)
    with pytest.raises(DataFileError) as exc:
        lexicon.load_lexicon(onto)
    assert exc.value.code == errors.BAD_LEXICON
    assert str(exc.value).startswith(f"[{errors.BAD_LEXICON}] {FAKE}:4: ") and what in str(exc.value)


def test_shipped_lexicon_cues_are_normalised(lex):
    assert "NORP" in lex.cues["actor_entities"] and "GPE" in lex.cues["actor_entities"]
    assert all(w == w.lower() for w in lex.cues["agent_nouns"])
    assert all(isinstance(m, str) and isinstance(words, frozenset) for m, words in lex.cues["weapon_modes"])
    assert lex.cues["pronoun_kind"]["they"] == "group" and lex.cues["pronoun_kind"]["we"] == "speaker"


def test_shipped_lexicon_entries_are_valid(lex, onto):
    for table in (lex.verbs, lex.nouns):
        for lemma, entries in table.items():
            for e in entries:
                assert e["lemma"] == lemma and e["type"] in onto.types
                assert e.get("cameo") is None or e["cameo"] in onto.cameo


def test_get_loads_once_per_resources(data_res):
    assert lexicon.get(data_res) is lexicon.get(data_res)


# -- sentences through the coder (spaCy model) -------------------------------------------------
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


def test_condolences_are_no_agreement(parse, res):
    assert not factual(code(parse, res, "Sharif visited the Chinese embassy to offer condolences."), "AGREE")


@pytest.mark.parametrize("text", [
    "Pakistan dispatched 50 trucks of humanitarian aid to Afghanistan.",
    "The World Bank approved a loan of $500 million for Pakistan.",
    "China provided a $2 billion loan to Pakistan.",
])
def test_aid_verbs_and_nouns(parse, res, text):
    assert "AID" in types(code(parse, res, text))


@pytest.mark.parametrize("text", ["Pakistan apologised to Afghanistan for the shelling of a border village.",
                                  "Pakistan issued an apology to Afghanistan for the shelling."])
def test_an_apology_is_a_concession(parse, res, text):
    # PLOVER codes regret and remorse as CONCEDE (our decision 'apology' in plover.yaml)
    assert "CONCEDE" in types(factual(code(parse, res, text)))


def test_deepening_ties_is_cooperation(parse, res):
    ev = one(code(parse, res, "Japan and India deepened their defence cooperation in 2020."), "COOPERATE")
    assert ev.trigger.text == "deepened"


def test_relation_building_verbs_do_not_share_a_lemma_with_other_types(lex):
    # the learned layer re-ranks between the types a lemma has (learned.alternatives, which reads no
    # conditions): 'bolster forces' (MOBILIZE) must not turn into cooperation, nor the reverse
    for lemma in ("deepen", "improve", "enhance", "promote", "cement", "broaden"):
        assert {e["type"] for e in lex.verbs[lemma]} == {"COOPERATE"}, lemma


def test_capitulating_is_a_retreat(parse, res):
    ev = one(code(parse, res, "The garrison capitulated on Friday."), "RETREAT")
    assert ev.trigger.text == "capitulated"


# -- coverage by verb and noun class (PLOVER type definitions, news English); sentences are ours
@pytest.mark.parametrize("text,typ", [
    ("Washington blacklisted three Iranian shipping firms on Tuesday.", "SANCTION"),
    ("The government quit the ruling coalition on Friday.", "SANCTION"),
    ("Police harassed opposition activists outside the court in Minsk.", "COERCE"),
    ("Authorities in Dhaka barred the editor from leaving the country.", "COERCE"),
    ("Rebels handed over the bodies of two soldiers to the Red Cross.", "RETREAT"),
    ("The militia disbanded its armed wing in March.", "RETREAT"),
    ("The government softened its stance on the strike.", "CONCEDE"),
    ("The king appreciated Nepal's role in the peace process.", "SUPPORT"),
    ("Egypt and Qatar restored diplomatic relations on Monday.", "SUPPORT"),
    ("Vietnam upgraded its ties with Australia to a strategic partnership.", "SUPPORT"),
    ("Seoul ruled out talks with Pyongyang.", "REJECT"),
    ("The rebels ignored the government's ultimatum.", "REJECT"),
    ("Beijing reprimanded the Canadian ambassador.", "ACCUSE"),
    ("The foreign minister lashed out at Washington over the tariffs.", "ACCUSE"),
    ("Families of the detainees petitioned the president for their release.", "REQUEST"),
    ("The two ministers exchanged views on regional security.", "CONSULT"),
    ("Iran equipped Houthi rebels with drones.", "AID"),
    ("Japan scrambled fighter jets as Chinese bombers neared Okinawa.", "MOBILIZE"),
    ("Iran downed an American drone over the Gulf.", "ASSAULT"),
    ("The president declared a state of emergency in the capital.", "COERCE"),
])
def test_verb_classes_code_their_type(parse, res, text, typ):
    one(code(parse, res, text), typ)


@pytest.mark.parametrize("text,typ", [
    ("The prime minister expressed solidarity with the people of Gaza.", "SUPPORT"),
    ("Nigeria voiced support for the ECOWAS mission.", "SUPPORT"),
    ("Prosecutors brought charges against the former minister.", "ACCUSE"),
    ("Russia cast a veto on the draft resolution.", "REJECT"),
    ("Police took the journalist into custody in Baku.", "COERCE"),
    ("The government granted an amnesty to rebel fighters.", "CONCEDE"),
    ("The army sent reinforcements to the border town.", "MOBILIZE"),
    ("North Korea held military drills near the border.", "MOBILIZE"),
    ("The ministers held a conference on the refugee crisis in Amman.", "CONSULT"),
])
def test_noun_classes_code_their_type_under_a_support_verb(parse, rules_res, text, typ):
    # what the lexicon codes, before the learned layer (trained before these nouns were listed)
    # scores it: that layer may still filter some in other wordings ('into custody in Baku')
    one(code(parse, rules_res, text), typ)


@pytest.fixture(scope="module")
def rules_res(res):
    from jirga.resources import Resources
    off = Resources(n_process=1, learned_events=False)
    off._cache["nlp"] = res.nlp           # share the loaded spaCy model
    return off


@pytest.mark.parametrize("text", [
    "The constitution guarantees freedom of speech.",
    "Analysts lamented the death of the peace process.",
    "The players walked out onto the pitch.",
    "He stood by the door for an hour.",
    "She conceded the election to her rival.",
    "He returned to Kabul on Monday.",
    "The company exchanged emails with its lawyers.",
    "Inflation has eroded support for the ruling party.",
])
def test_new_class_words_in_other_senses_code_nothing(parse, res, text):
    assert types(code(parse, res, text)) == []


@pytest.mark.parametrize("text,typ", [
    ("Kerala filed a petition in the High Court against the dam project.", "ACCUSE"),
    ("Residents submitted a petition to the governor demanding clean water.", "REQUEST"),
    ("Assam moved the Supreme Court against the Centre.", "ACCUSE"),
    ("The state moved the court for more time.", "REQUEST"),
])
def test_a_petition_to_a_court_is_a_legal_action_one_to_an_official_a_request(parse, res, text, typ):
    one(code(parse, res, text), typ)


def test_barring_needs_someone_barred_from_something(parse, res):
    assert factual(code(parse, res, "The court barred any extension of the deadline."), "COERCE") == []


def test_armed_attackers_are_no_arms_supply(parse, res):
    evs = code(parse, res, "Gunmen armed with rifles stormed the hotel.")
    assert factual(evs, "AID") == [] and factual(evs, "ASSAULT")


@pytest.mark.parametrize("text,typ", [
    ("Authorities have blocked lawyers from visiting the detained activist.", "COERCE"),
    ("Police prevented the students from marching to parliament.", "COERCE"),
    ("The president admitted this week that the country could not pay its debts.", "CONCEDE"),
    ("Washington approved the sale of 100 tanks to Riyadh.", "COOPERATE"),
    ("The prosecution against the former president is led by a veteran lawyer.", "ACCUSE"),
])
def test_blocking_people_admitting_approving_and_prosecuting(parse, res, text, typ):
    one(code(parse, res, text), typ)


def test_blocking_a_road_is_still_a_protest_and_a_world_tour_no_visit(parse, res):
    assert types(code(parse, res, "Protesters blocked the highway to the airport.")) == ["PROTEST"]
    assert types(code(parse, res, "The band began its world tour in May.")) == []


@pytest.mark.parametrize("text,typ", [
    ("The rebels dropped their demand for a new constitution.", "CONCEDE"),
    ("Israel dismantled several checkpoints in the West Bank.", "RETREAT"),
    ("Volunteers distributed food to flood victims.", "AID"),
    ("The army withdrew from the town.", "RETREAT"),
])
def test_leaving_taking_back_and_moving_forces(parse, res, text, typ):
    one(code(parse, res, text), typ)
