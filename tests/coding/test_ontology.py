import pytest

from jirga.coding.lexicon import _check, load_lexicon
from jirga.coding.ontology import load_ontology
from jirga.errors import DataFileError

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_ontology_has_the_16_types_with_quad_and_intensity(onto):
    assert set(onto.types) == TYPES
    for name, t in onto.types.items():
        assert t["quad"] in (1, 2, 3, 4), name
        assert -10 <= float(t["intensity"]) <= 10, name
        assert t["description"], name


def test_ontology_quad_classes_follow_plover(onto):
    assert onto.quad("CONSULT") == 1 and onto.quad("AID") == 2
    assert onto.quad("ACCUSE") == 3 and onto.quad("SANCTION") == 4


def test_ontology_every_cameo_row_maps_to_a_plover_type(onto):
    assert len(onto.cameo) > 250
    for code, row in onto.cameo.items():
        assert row.plover in TYPES, code
        assert 3 <= len(code) <= 4 and code.isdigit()


def test_ontology_cameo_lookup_falls_back_to_parent_and_skips_01x(onto):
    assert onto.plover_of_cameo("1831") == "ASSAULT"
    assert onto.plover_of_cameo("042") == "CONSULT"
    assert onto.plover_of_cameo("020") is None


def test_ontology_mode_intensity_overrides_type(onto):
    assert onto.intensity("CONSULT", "visit") == 4.0
    assert onto.intensity("CONSULT") == 2.5
    assert onto.intensity("ACCUSE") < 0


def test_ontology_decisions_are_written_down(onto):
    ids = {d["id"] for d in onto.decisions}
    assert {"denial", "mediation", "border-closure", "militant-attack", "expulsion"} <= ids


def test_lexicon_loads_and_entries_are_valid(onto):
    lex = load_lexicon(onto)
    assert lex.verbs["meet"][0]["type"] == "CONSULT"
    assert "ASSAULT" in {e["type"] for e in lex.nouns["attack"]}
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            for e in entries:
                assert e["type"] in TYPES


def test_lexicon_bad_entry_names_file_and_line(onto):
    with pytest.raises(DataFileError, match="verbs.jsonl:7"):
        _check({"lemma": "x", "type": "FIGHT"}, "lexicon/verbs.jsonl:7", onto, {})
    with pytest.raises(DataFileError, match="mode"):
        _check({"lemma": "x", "type": "CONSULT", "mode": "explosives"}, "f:1", onto, {})
    with pytest.raises(DataFileError, match="CAMEO") as e:
        _check({"lemma": "x", "type": "CONSULT", "cameo": "999"}, "f:1", onto, {})
    assert e.value.code == "E904"


def test_data_file_errors_have_their_own_codes():
    from jirga import data
    from jirga.coding.ontology import _check_types
    with pytest.raises(DataFileError, match="16 event types") as e:
        _check_types({"types": {}})
    assert e.value.code == "E903"
    with pytest.raises(DataFileError, match="missing") as e:
        data.read_text("ontology/no-such-file.yaml")
    assert e.value.code == "E905"
    for text, name in (("a: [1\n", "x.yaml"), ("{bad", "x.json"), ('{"a": 1}\n{bad\n', "x.jsonl")):
        with pytest.raises(DataFileError) as e:
            data.parse(text, name)
        assert e.value.code == "E906", name
