"""The trigger lexicon and cue lists (``jirga/coding/lexicon.py``): loading and validation with
the shipped files (no model), then triggers through the coder (model)."""
import json

import pytest

from jirga import errors
from jirga.coding import lexicon
from jirga.errors import DataFileError
from tests.coding.helpers import code, factual, one, types

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
