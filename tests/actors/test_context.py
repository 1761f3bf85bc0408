"""Which state a bare agent noun belongs to (``jirga.actors.evidence``), rule by rule, on
hand-written sentences; each case would go the other way by counting names alone."""
from jirga.actors.evidence import agent_country, attached, dateline, event_place
from jirga.actors.registry import get_registry
from jirga.actors.resolve import _places, resolve_with

D = "2024-01-10"


def rw(res, text, sentence, doc=None):
    return resolve_with(get_registry(res), text, D, [sentence, doc or sentence], places=_places(res))


# -- 1. a state attached to the mention ---------------------------------------------------------
def test_state_in_the_phrase_attached_to_the_mention(res):
    s = "Afghan forces fired on soldiers at the Pakistani post, Afghan officials said."
    assert attached(get_registry(res), "soldiers", s) == "PAK"
    out = rw(res, "soldiers", s)
    assert (out.country, out.sector) == ("PAK", "MIL")


def test_capital_attached_to_a_government_agent(res):
    s = "Afghan envoys met the ministry in Islamabad on Monday, Afghanistan said."
    assert rw(res, "the ministry", s).country == "PAK"


def test_gazetteer_place_attached_to_the_mention(res):
    s = "Pakistani officials said residents of Khost marched against Pakistan."
    assert rw(res, "residents", s).country == "AFG"


def test_nothing_attached_gives_no_evidence(res):
    assert attached(get_registry(res), "soldiers", "Soldiers said Pakistan was calm.") is None


# -- 2. the place where the sentence's event happens -----------------------------------------------
def test_soldiers_belong_to_the_country_of_the_attack_place(res):
    s = "Militants killed nine soldiers in North Waziristan, Afghan officials said."
    assert event_place(get_registry(res), "nine soldiers", s, _places(res)) == "PAK"
    assert rw(res, "nine soldiers", s).country == "PAK"


def test_civilians_killed_in_a_province_take_its_country(res):
    s = "Strikes killed 46 people in Paktika, Pakistan said."
    assert rw(res, "46 people", s).country == "AFG"


def test_the_place_nearest_the_mention_wins(res):
    s = ("The army said militants sheltered in Afghanistan, after they killed nine soldiers "
         "in an attack on a garrison in Balochistan.")
    assert rw(res, "nine soldiers", s).country == "PAK"


def test_a_demonym_is_no_event_place(res):
    s = "Militants shot four soldiers near the Afghan border, Pakistan said."
    assert event_place(get_registry(res), "four soldiers", s, _places(res)) is None


def test_government_agents_do_not_take_the_event_place(res):
    s = "The foreign ministry said talks in Kabul were useful."
    reg = get_registry(res)
    assert agent_country(reg, "The foreign ministry", [s, s], "GOV", _places(res)) is None
    assert agent_country(reg, "soldiers", [s.replace("The foreign ministry", "soldiers"), s], "MIL",
                         _places(res)) == "AFG"


# -- 3. the dateline, for government agents ----------------------------------------------------
def test_dateline_formats(res):
    reg = get_registry(res)
    assert dateline(reg, "ISLAMABAD: Talks stalled.") == "PAK"
    assert dateline(reg, "KABUL, AFGHANISTAN \u2013 Talks stalled.") == "AFG"
    assert dateline(reg, "Pakistan said on Monday that talks stalled.") is None


def test_ministry_in_a_datelined_story_is_the_dateline_state(res):
    s = "The foreign ministry said Afghanistan must act."
    assert rw(res, "The foreign ministry", s, f"ISLAMABAD: Talks stalled. {s}").country == "PAK"
    s2 = "The foreign ministry said Pakistan must act against the TTP."
    assert rw(res, "The foreign ministry", s2, f"KABUL, AFGHANISTAN \u2013 Talks stalled. {s2}").country == "AFG"


def test_a_named_owner_beats_the_dateline(res):
    s = "Afghanistan's ministry said Pakistan must act."
    assert rw(res, "the ministry", s, f"ISLAMABAD: Talks stalled. {s}").country == "AFG"


def test_dateline_is_not_used_for_soldiers(res):
    s = "Soldiers crossed the frontier, Afghanistan said."
    assert rw(res, "Soldiers", s, f"ISLAMABAD: Talks stalled. {s}").country == "AFG"


# -- 4. otherwise the counts ------------------------------------------------------------------------
def test_without_evidence_the_most_named_state(res):
    s = "Officials said Afghanistan and Afghanistan's neighbours would meet Pakistan."
    assert rw(res, "Officials", s).country == "AFG"
