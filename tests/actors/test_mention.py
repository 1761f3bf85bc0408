"""Tagging the words of a mention (``jirga/actors/mention.py``), on a small hand-written registry."""
import pytest

from jirga.actors.mention import lookup_ngram, pick, strip_honorifics, tag
from tests.actors.small import small_registry


@pytest.fixture(scope="module")
def sreg():
    return small_registry()


def _kinds(items):
    return [(it.kind, it.start, it.end) for it in items]


def test_tag_demonym_and_agent_noun(sreg):
    items = tag(sreg, "Pakistani soldiers")
    assert _kinds(items) == [("demonym", 0, 1), ("agent", 1, 2)]
    assert items[0].country.name == "Pakistan" and items[1].sector == "MIL"


def test_tag_owner_and_title_longest_first(sreg):
    items = tag(sreg, "Pakistan's foreign minister")
    assert _kinds(items) == [("actor", 0, 1), ("title", 1, 3)]
    assert items[1].office == "foreign_minister" and items[1].sector == "GOV"


def test_tag_unknown_words_are_skipped(sreg):
    assert _kinds(tag(sreg, "the brave Afghans of the north")) == [("plural", 2, 3)]
    assert tag(sreg, "nobody we know") == []


def test_tag_splits_a_name_whose_tail_makes_a_title(sreg):
    items = tag(sreg, "Pakistan army chief")     # greedy: 'Pakistan Army' + 'chief'
    assert _kinds(items) == [("actor", 0, 1), ("title", 1, 3)] and items[1].office == "army_chief"
    assert items[0].actors[0].name == "Pakistan"


def test_tag_ethnic_demonym_is_a_people(sreg):
    assert _kinds(tag(sreg, "ethnic Afghans")) == [("people", 1, 2)]
    assert _kinds(tag(sreg, "Kurds")) == [("people", 0, 1)]


def test_tag_acronym_alias_only_in_capitals(sreg):
    assert [it.actors[0].name for it in tag(sreg, "US envoys")] == ["United States"]
    assert tag(sreg, "us envoys") == []


def test_tag_actor_that_is_also_an_agent_word_carries_the_sector(sreg):
    [item] = tag(sreg, "the Foreign Office")
    assert item.kind == "actor" and item.actors[0].name == "Foreign Office" and item.sector == "GOV"


def test_lookup_ngram_order_of_kinds(sreg):
    assert lookup_ngram(sreg, "ttp", [("ttp", "TTP")], 0, 1).kind == "actor"
    assert lookup_ngram(sreg, "ttp", [("ttp", "ttp")], 0, 1) is None          # an acronym needs capitals
    assert lookup_ngram(sreg, "former", [("former", "former")], 3, 4).kind == "former"
    assert lookup_ngram(sreg, "pakistanis", [("pakistanis", "Pakistanis")], 0, 1).country.name == "Pakistan"
    assert lookup_ngram(sreg, "elsewhere", [("elsewhere", "elsewhere")], 0, 1) is None


def test_pick_prefers_the_context_country(sreg):
    taliban, ttp = sreg.lookup("Taliban"), sreg.lookup("TTP")
    assert pick([taliban, ttp], "PAK", "2024-01-01") is ttp
    assert pick([taliban, ttp], None, "2024-01-01") is taliban
    assert pick([taliban, ttp], "IRN", "2024-01-01") is taliban


def test_strip_honorifics_keeps_at_least_one_word(sreg):
    assert strip_honorifics(sreg, "maulana fazlur rehman") == "fazlur rehman"
    assert strip_honorifics(sreg, "general mr khan") == "khan"
    assert strip_honorifics(sreg, "maulana") == "maulana"
    assert strip_honorifics(sreg, "fazlur rehman") == "fazlur rehman"


def test_a_qualifier_before_a_partys_name_names_another_party(res):
    from jirga.actors.resolve import resolve
    for text in ("Christian Democrats", "Social Democrats"):
        assert resolve(text, "2018-04-05", res).country != "USA", text
    assert resolve("German Social Democrats", "2018-04-05", res).country == "DEU"
    # a qualifier the registry holds, or an owner, still names the party it holds
    assert resolve("Senate Democrats", "2018-04-05", res).country == "USA"
    assert resolve("Democrats", "2018-04-05", res).country == "USA"
