"""A mention resolved from its own words (``jirga/actors/lookup.py``), on a small hand-written
registry: exact alias, honorifics, transliteration skeleton, tagged words, fuzzy match."""
import pytest

from jirga.actors.lookup import resolve_free
from jirga.actors.registry import Registry
from tests.actors.small import LEXICON, small_registry


@pytest.fixture
def sreg():
    return small_registry()      # fresh: resolve_free memoises in the registry


def _out(r):
    return (r.name, r.country, r.sector, r.resolved, r.method)


def test_resolve_free_exact_alias(sreg):
    assert _out(resolve_free(sreg, "the TTP", "2024-01-01")) == ("Tehrik-i-Taliban Pakistan", "PAK", "REB", True, "exact")
    assert resolve_free(sreg, "Islamic Republic of Pakistan").name == "Pakistan"


def test_resolve_free_acronym_alias_needs_capitals(sreg):
    assert resolve_free(sreg, "US").name == "United States"
    r = resolve_free(sreg, "us")
    assert (r.resolved, r.method) == (False, "unknown")


def test_resolve_free_drops_honorifics_and_brackets(sreg):
    assert _out(resolve_free(sreg, "Maulana Fazlur Rehman")) == ("Fazlur Rehman", "PAK", "PTY", True, "exact")
    assert resolve_free(sreg, "Tehrik-i-Taliban Pakistan (TTP)").method == "exact"


def test_resolve_free_skeleton_catches_a_transliteration(sreg):
    assert _out(resolve_free(sreg, "Fazal-ur-Rahman")) == ("Fazlur Rehman", "PAK", "PTY", True, "skeleton")


def test_resolve_free_fuzzy_match_of_a_long_name(sreg):
    assert _out(resolve_free(sreg, "Afghanistann")) == ("Afghanistan", "AFG", "GOV", True, "fuzzy")
    assert not resolve_free(sreg, "Bfghanistan").resolved      # the first letter must agree


def test_resolve_free_tagged_words_are_decided(sreg):
    assert _out(resolve_free(sreg, "Pakistani soldiers")) == (None, "PAK", "MIL", True, "agent")


def test_resolve_free_roles_are_per_date(sreg):
    assert resolve_free(sreg, "Taliban", "2021-08-01").sector == "REB"
    assert resolve_free(sreg, "Taliban", "2021-09-01").sector == "GOV"
    assert resolve_free(sreg, "Taliban", "2021").sector == "REB"        # mid-year: 1 July


def test_resolve_free_memo_hands_out_copies(sreg):
    first = resolve_free(sreg, "TTP")
    first.name = "changed"
    assert resolve_free(sreg, "TTP").name == "Tehrik-i-Taliban Pakistan"


def test_resolve_free_nothing_known_is_unresolved_with_the_text(sreg):
    r = resolve_free(sreg, "Zorblat Front")
    assert (r.text, r.name, r.resolved, r.method) == ("Zorblat Front", None, False, "unknown")
    assert resolve_free(sreg, "...").text == "..."


def test_resolve_free_a_part_of_a_state_is_its_people_and_places():
    reg = Registry(small_registry().actors, {**LEXICON, "parts": ["northern", "south eastern", "eastern"]})
    assert _out(resolve_free(reg, "northern Afghanistan", "2024-01-01")) == (
        None, "AFG", "CVL", True, "part-of-state")
    assert resolve_free(reg, "south-eastern Pakistan", "2024-01-01").sector == "CVL"
    # the state itself, and a part of something that is not a state, are left to the other rules
    assert resolve_free(reg, "Afghanistan", "2024-01-01").sector == "GOV"
    assert resolve_free(reg, "eastern Kabul", "2024-01-01").method != "part-of-state"


def test_resolve_free_an_acronym_read_as_a_word_may_be_written_capitalised():
    from jirga.actors.registry import Actor, Role
    nato = Actor("North Atlantic Treaty Organization", "igo", ["NATO", "Nato"], None, [Role("IGO", "MIL")])
    un = Actor("United Nations", "igo", ["UN"], None, [Role("IGO", "GOV")])
    reg = Registry([nato, un], LEXICON)
    assert resolve_free(reg, "Nato").name == resolve_free(reg, "NATO").name == nato.name
    assert not resolve_free(reg, "nato").resolved          # still capitalised
    assert not resolve_free(reg, "Un").resolved            # only an acronym listed written so


def test_resolve_free_a_name_and_a_common_noun_are_no_spelling_variant():
    from jirga.actors.registry import Actor, Role
    party = Actor("Saenuri Party", "party", [], None, [Role("KOR", "OPP")])
    city = Actor("Sanaa", "capital", [], None, [Role("YEM", "GOV")])
    reg = Registry([party, city], LEXICON)
    # 'Sanaa airport' shares only its consonants with 'Saenuri Party': not the party
    assert resolve_free(reg, "Sanaa airport", "2024-01-01").name != "Saenuri Party"
    assert resolve_free(reg, "Saenouri Party", "2024-01-01").name == "Saenuri Party"
