"""States a bare agent's sentence names as the other side (``jirga.actors.counterparts``), on
hand-written sentences."""
from jirga.actors.counterparts import counterparts
from jirga.actors.registry import get_registry
from jirga.actors.resolve import place_lookup, resolve_with

D = "2024-01-10"


def test_states_named_as_the_other_side_of_talks(data_res):
    reg = get_registry(data_res)
    s = "The fighters say their negotiations with the Iraqi army will let them keep their weapons."
    assert counterparts(reg, "fighters", s) == {"IRQ"}
    assert counterparts(reg, "the Iraqi army", s) == set()        # the mention is the partner
    assert counterparts(reg, "fighters", "The fighters attacked an Iraqi army convoy.") == set()


def test_a_bare_actor_does_not_take_the_state_it_talks_with(data_res):
    reg = get_registry(data_res)
    doc = ("Armed men in Kirkuk said on Monday that they were ready for a truce. "
           "The fighters reject any disarmament and say talks with the Iranian government should go on.")
    sent = doc[doc.index("The fighters"):]
    before = doc[:doc.index("fighters")]
    plain = resolve_with(reg, "fighters", D, [sent, doc], before, place_lookup(data_res))
    assert plain.country == "IRN"          # counting names alone
    out = resolve_with(reg, "fighters", D, [sent, doc], before, place_lookup(data_res),
                       avoid=counterparts(reg, "fighters", sent))
    assert (out.country, out.sector) == ("IRQ", "REB")


def test_the_home_of_a_diplomat_dealt_with_is_the_other_side(data_res):
    reg = get_registry(data_res)
    s = "The foreign ministry summoned the Russian ambassador on Tuesday over the drone strike."
    assert counterparts(reg, "foreign ministry", s) == {"RUS"}
    assert counterparts(reg, "the Russian ambassador", s) == set()     # the mention is the diplomat
    doc = "Poland protested on Monday. " + s
    out = resolve_with(reg, "foreign ministry", D, [s, doc], doc[:doc.index("foreign ministry")],
                       place_lookup(data_res), avoid=counterparts(reg, "foreign ministry", s))
    assert out.country != "RUS"


def test_whom_a_bare_agent_accuses_or_urges_is_the_other_side(data_res):
    reg = get_registry(data_res)
    s = "The army chief accused Venezuela of sheltering the rebels."
    assert counterparts(reg, "army chief", s) == {"VEN"}
    assert counterparts(reg, "army chief", "The army chief urged the UNP to act.") == set()   # a party: no state
    assert counterparts(reg, "army chief", "Venezuela said the army chief was ill.") == set()  # named before it
