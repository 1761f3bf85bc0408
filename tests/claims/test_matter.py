"""What a claim is about (``jirga/claims/matter.py``)."""
from jirga.claims.matter import Matters, get_matters, matter_of


def test_matter_label_from_its_words_and_phrases():
    m = Matters.from_table({"shelter": ["harbour", "safe haven"], "support": ["fund", "arm"]})
    assert matter_of(["harbour", "the", "militant"], m) == "shelter"
    assert matter_of(["provide", "a", "safe", "haven"], m) == "shelter"
    assert matter_of(["fund", "and", "arm", "the", "harbour", "guard"], m) == "support"   # most hits


def test_matter_without_a_label_is_its_first_content_words():
    m = Matters.from_table({"shelter": ["harbour"]})
    assert matter_of(["raise", "the", "visa", "fee", "again"], m) == "raise visa fee"
    assert matter_of(["the", "of"], m) is None


def test_shipped_matters_read_the_seeds_wording(data_res):
    m = get_matters(data_res)
    for words in (["give", "shelter", "to", "militant"], ["harbor", "ttp"], ["launch", "attack", "from",
                  "sanctuary", "in", "afghanistan"], ["afghan", "territory", "be", "use", "as", "a", "launching", "pad"]):
        assert m.label(words) == "shelter", words
