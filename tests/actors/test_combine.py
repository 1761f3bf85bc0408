"""Deciding over a mention's tagged words (``jirga/actors/combine.py``), on a small hand-written
registry so that every rule is seen on entries we know."""
import pytest

from jirga.actors.combine import Resolution, decide, from_actor, of_state
from jirga.actors.mention import tag
from jirga.actors.text import tokens
from jirga.model import ActorRef
from tests.actors.small import small_registry


@pytest.fixture(scope="module")
def sreg():
    return small_registry()


def d(sreg, text, date="2024-05-01"):
    return decide(sreg, text, tag(sreg, text), date, ntok=len(tokens(text)))


def _out(r):
    return (r.name, r.country, r.sector, r.resolved, r.method)


def test_resolution_fill_and_record():
    r = Resolution("Kabul", "Afghanistan", "AFG", "GOV", "Q889", True, "exact")
    ref = r.fill(ActorRef("Kabul", 0, 5))
    assert (ref.name, ref.country, ref.sector, ref.wikidata, ref.resolved) == ("Afghanistan", "AFG", "GOV", "Q889", True)
    assert r.to_record() == {"name": "Afghanistan", "country": "AFG", "sector": "GOV", "wikidata": "Q889",
                             "resolved": True}


def test_from_actor_uses_the_role_on_the_date(sreg):
    taliban = sreg.lookup("Taliban")
    assert _out(from_actor("Taliban", taliban, "2021-08-01", "exact")) == ("Taliban", "AFG", "REB", True, "exact")
    assert _out(from_actor("Taliban", taliban, "2022-01-01", "exact")) == ("Taliban", "AFG", "GOV", True, "exact")


def test_of_state_names_the_state_only_for_its_government(sreg):
    pak = sreg.states["PAK"]
    assert _out(of_state("Pakistani officials", pak, "PAK", "GOV", "agent")) == ("Pakistan", "PAK", "GOV", True, "agent")
    assert _out(of_state("Pakistani soldiers", pak, "PAK", "MIL", "agent")) == (None, "PAK", "MIL", True, "agent")
    assert of_state("x", None, "PAK", "GOV", "agent").name == "PAK"


def test_decide_nothing_tagged_is_none(sreg):
    assert decide(sreg, "whoever", [], "2024-01-01") is None


def test_decide_a_named_person_wins(sreg):
    assert _out(d(sreg, "Ishaq Dar and Pakistani soldiers")) == ("Ishaq Dar", "PAK", "GOV", True, "contains")


def test_decide_former_person_is_an_elite(sreg):
    assert d(sreg, "former minister Bilawal Bhutto Zardari").sector == "ELI"


@pytest.mark.parametrize("date,name", [("2024-05-01", "Ishaq Dar"), ("2023-01-01", "Bilawal Bhutto Zardari")])
def test_decide_owner_and_title_is_the_office_holder_on_the_date(sreg, date, name):
    r = d(sreg, "Pakistan's foreign minister", date)
    assert (r.name, r.method) == (name, "title")


def test_decide_title_without_a_holder_is_the_state_government(sreg):
    assert _out(d(sreg, "Pakistan's foreign minister", "2023-12-01")) == ("Pakistan", "PAK", "GOV", True, "title")


def test_decide_owner_and_agent_is_a_class_of_the_state(sreg):
    assert _out(d(sreg, "Pakistani soldiers")) == (None, "PAK", "MIL", True, "agent")


def test_decide_a_group_owner_keeps_its_own_sector(sreg):
    assert _out(d(sreg, "TTP militants")) == ("Tehrik-i-Taliban Pakistan", "PAK", "REB", True, "owner")


def test_decide_fighters_of_a_governing_group_are_its_forces(sreg):
    assert _out(d(sreg, "Taliban fighters", "2023-01-01")) == ("Taliban", "AFG", "MIL", True, "agent")


def test_decide_former_owner_and_agent_is_an_elite_class(sreg):
    assert _out(d(sreg, "former Pakistani officials")) == (None, "PAK", "ELI", True, "owner")


def test_decide_bare_agent_and_bare_title_wait_for_context(sreg):
    r = d(sreg, "soldiers")
    assert (r.resolved, r.sector, r.method, r.office) == (False, "MIL", "bare", None)
    r = d(sreg, "the foreign minister")
    assert (r.resolved, r.sector, r.method, r.office) == (False, "GOV", "bare", "foreign_minister")


def test_decide_demonyms_alone(sreg):
    assert _out(d(sreg, "Pakistani")) == ("Pakistan", "PAK", "GOV", True, "demonym")
    assert _out(d(sreg, "Afghans")) == (None, "AFG", "CVL", True, "plural")
    assert _out(d(sreg, "Pakistani towns")) == (None, "PAK", "CVL", True, "demonym")


def test_decide_a_place_after_a_locative_is_its_people(sreg):
    assert _out(d(sreg, "in Islamabad")) == (None, "PAK", "CVL", True, "contains")
    assert _out(d(sreg, "Islamabad")) == ("Islamabad", "PAK", "GOV", True, "contains")


def test_decide_peoples_live_where_the_mention_says(sreg):
    assert _out(d(sreg, "Afghans in Iraq")) == (None, "IRQ", "CVL", True, "people")
    r = d(sreg, "Kurds")
    assert (r.sector, r.method, r.resolved) == ("CVL", "bare", False)


def _royal_registry():
    from jirga.actors.registry import Actor, Registry, Role
    from tests.actors.small import LEXICON
    lex = {**LEXICON, "title_surnames": ["king"],
           "titles": [*LEXICON["titles"], {"office": "head_of_state", "sector": "GOV", "words": ["king", "president"]}]}
    mbr = Actor("Mohammed bin Rashid Al Maktoum", "person", ["Mohammed bin Rashid"], None,
                [Role("ARE", "GOV", "2006-01-05", None, "head_of_government")])
    return Registry([*small_registry().actors, mbr], lex)


def test_decide_a_name_after_bin_is_the_father_not_the_person():
    reg = _royal_registry()
    assert d(reg, "Hamdan bin Mohammed bin Rashid Al Maktoum") is None
    assert d(reg, "Sheikh Mohammed bin Rashid Al Maktoum").name == "Mohammed bin Rashid Al Maktoum"


def test_decide_a_title_word_after_a_given_name_is_a_family_name():
    reg = _royal_registry()
    r = d(reg, "Jaime King")                  # an actress, not a head of state from context
    assert not r.resolved and r.office is None and r.sector is None
    assert d(reg, "the King").office == "head_of_state"        # a title still waits for context
    assert d(reg, "Pakistani President").method in ("title", "owner")
