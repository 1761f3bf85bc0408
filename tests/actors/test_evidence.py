"""Which state a bare agent noun belongs to (``jirga.actors.evidence``), rule by rule, on
hand-written sentences; each case would go the other way by counting names alone."""
from types import SimpleNamespace

from jirga.actors.evidence import (agent_country, antecedent, attached, dateline, earlier_attackers, earlier_place, event_place,
                                  force_sector)
from jirga.actors.registry import get_registry
from jirga.actors.resolve import place_lookup, resolve_with
from tests.actors.small import small_registry

D = "2024-01-10"


def rw(data_res, text, sentence, doc=None):
    return resolve_with(get_registry(data_res), text, D, [sentence, doc or sentence], places=place_lookup(data_res))


# -- 1. a state attached to the mention ---------------------------------------------------------
def test_state_in_the_phrase_attached_to_the_mention(data_res):
    s = "Afghan forces fired on soldiers at the Pakistani post, Afghan officials said."
    assert attached(get_registry(data_res), "soldiers", s) == "PAK"
    out = rw(data_res, "soldiers", s)
    assert (out.country, out.sector) == ("PAK", "MIL")


def test_capital_attached_to_a_government_agent(data_res):
    s = "Afghan envoys met the ministry in Islamabad on Monday, Afghanistan said."
    assert rw(data_res, "the ministry", s).country == "PAK"


def test_gazetteer_place_attached_to_the_mention(data_res):
    s = "Pakistani officials said residents of Khost marched against Pakistan."
    assert rw(data_res, "residents", s).country == "AFG"


def test_unnamed_armed_men_are_of_the_side_their_act_came_from(data_res):
    s = "A gunman fired on Iranian border guards from the Iraqi side, killing two of them."
    out = rw(data_res, "A gunman", s)
    assert (out.country, out.sector) == ("IRQ", "UAF")
    # soldiers are not armed men of no state: their own evidence rules
    s = "Iranian soldiers fired on smugglers from the Iraqi side."
    assert rw(data_res, "Iranian soldiers", s).country == "IRN"


def test_nothing_attached_gives_no_evidence(data_res):
    assert attached(get_registry(data_res), "soldiers", "Soldiers said Pakistan was calm.") is None


# -- 2. the place where the sentence's event happens -----------------------------------------------
def test_soldiers_belong_to_the_country_of_the_attack_place(data_res):
    s = "Militants killed nine soldiers in North Waziristan, Afghan officials said."
    assert event_place(get_registry(data_res), "nine soldiers", s, place_lookup(data_res)) == "PAK"
    assert rw(data_res, "nine soldiers", s).country == "PAK"


def test_civilians_killed_in_a_province_take_its_country(data_res):
    s = "Strikes killed 46 people in Paktika, Pakistan said."
    assert rw(data_res, "46 people", s).country == "AFG"


def test_a_village_name_shared_abroad_is_read_in_the_story_s_states(data_res):
    # Spera is a village in Italy (with a population in the gazetteer) and a district town of
    # Khost (none given): in a story about Afghan provinces the victims are Afghans
    doc = ("Kabul summoned Pakistan's envoy over air strikes in Khost province. "
           "Local officials said the strikes killed 41 people in Spera.")
    s = "Local officials said the strikes killed 41 people in Spera."
    assert rw(data_res, "41 people", s, doc).country == "AFG"
    # a story about Italy keeps the Italian village
    doc_it = "Rome sent rescuers to the Italian Alps. A landslide killed three people in Spera."
    assert rw(data_res, "three people", "A landslide killed three people in Spera.", doc_it).country == "ITA"


def test_the_place_nearest_the_mention_wins(data_res):
    s = ("The army said militants sheltered in Afghanistan, after they killed nine soldiers "
         "in an attack on a garrison in Balochistan.")
    assert rw(data_res, "nine soldiers", s).country == "PAK"


def test_a_demonym_is_no_event_place(data_res):
    s = "Militants shot four soldiers near the Afghan border, Pakistan said."
    assert event_place(get_registry(data_res), "four soldiers", s, place_lookup(data_res)) is None


def test_government_agents_do_not_take_the_event_place(data_res):
    s = "The foreign ministry said talks in Kabul were useful."
    reg = get_registry(data_res)
    assert agent_country(reg, "The foreign ministry", [s, s], "GOV", place_lookup(data_res)) is None
    assert agent_country(reg, "soldiers", [s.replace("The foreign ministry", "soldiers"), s], "MIL",
                         place_lookup(data_res)) == "AFG"


# -- 3. the dateline, for government agents ----------------------------------------------------
def test_dateline_formats(data_res):
    reg = get_registry(data_res)
    assert dateline(reg, "ISLAMABAD: Talks stalled.") == "PAK"
    assert dateline(reg, "KABUL, AFGHANISTAN \u2013 Talks stalled.") == "AFG"
    assert dateline(reg, "Pakistan said on Monday that talks stalled.") is None


def test_ministry_in_a_datelined_story_is_the_dateline_state(data_res):
    s = "The foreign ministry said Afghanistan must act."
    assert rw(data_res, "The foreign ministry", s, f"ISLAMABAD: Talks stalled. {s}").country == "PAK"
    s2 = "The foreign ministry said Pakistan must act against the TTP."
    assert rw(data_res, "The foreign ministry", s2, f"KABUL, AFGHANISTAN \u2013 Talks stalled. {s2}").country == "AFG"


def test_a_named_owner_beats_the_dateline(data_res):
    s = "Afghanistan's ministry said Pakistan must act."
    assert rw(data_res, "the ministry", s, f"ISLAMABAD: Talks stalled. {s}").country == "AFG"


def test_dateline_is_not_used_for_soldiers(data_res):
    s = "Soldiers crossed the frontier, Afghanistan said."
    assert rw(data_res, "Soldiers", s, f"ISLAMABAD: Talks stalled. {s}").country == "AFG"


# -- 4. otherwise the counts ------------------------------------------------------------------------
def test_without_evidence_the_most_named_state(data_res):
    s = "Officials said Afghanistan and Afghanistan's neighbours would meet Pakistan."
    assert rw(data_res, "Officials", s).country == "AFG"


# -- the rules on a small hand-written registry, with a stand-in gazetteer -----------------------
def _places(table):
    """A gazetteer lookup: name -> entries of the given countries."""
    def lookup(name):
        return [SimpleNamespace(country=c, is_country=False, curated=True, population=0, feature_code="ADM2")
                for c in table.get(name, ())]
    return lookup


def test_attached_reads_only_the_phrase_right_after_the_mention():
    sreg = small_registry()
    assert attached(sreg, "soldiers", "Afghan forces shot soldiers at the Pakistani post.") == "PAK"
    assert attached(sreg, "soldiers", "Afghan forces shot soldiers, Pakistan said.") is None       # a comma ends it
    assert attached(sreg, "soldiers", "Soldiers said that Pakistan was calm.") is None              # no preposition
    assert attached(sreg, "soldiers", "The soldiers in and around Kabul.") is None                 # boundary word
    assert attached(sreg, "residents", "residents of Khost marched.", _places({"Khost": ["AFG"]})) == "AFG"
    assert attached(sreg, "police", "Nobody else was there.") is None                              # mention absent


def test_event_place_nearest_located_place_and_not_a_demonym():
    sreg = small_registry()
    places = _places({"Khost": ["AFG"], "Bannu": ["PAK"]})
    s = "Militants attacked Khost, then killed six soldiers in Bannu."
    assert event_place(sreg, "six soldiers", s, places) == "PAK"
    assert event_place(sreg, "soldiers", "They shot soldiers near the Afghan border.", places) is None
    assert event_place(sreg, "soldiers", "They shot soldiers in Monday's raid.", places) is None


def test_dateline_needs_capitals_and_a_separator():
    sreg = small_registry()
    assert dateline(sreg, "KABUL (Reuters) - Talks resumed.") == "AFG"
    assert dateline(sreg, "ISLAMABAD, Pakistan: Talks resumed.") == "PAK"
    assert dateline(sreg, "Kabul - talks resumed.") is None


def test_agent_country_rules_in_order():
    sreg = small_registry()
    doc = "ISLAMABAD: The ministry said troops attacked posts in Khost."
    s = doc.split(": ", 1)[1]
    places = _places({"Khost": ["AFG"]})
    assert agent_country(sreg, "troops", [s, doc], "MIL", places) == "AFG"          # event place
    assert agent_country(sreg, "The ministry", [s, doc], "GOV", places) == "PAK"    # dateline
    assert agent_country(sreg, "The ministry", [s], "GOV", places) is None          # no document: no dateline
    assert agent_country(sreg, "troops", [], "MIL", places) is None
    owned = "The Afghan ministry said troops attacked posts."
    assert agent_country(sreg, "ministry", [owned, f"ISLAMABAD: {owned}"], "GOV") == "AFG"   # named owner


# -- places reached through a few words, and armed men of the place ---------------------------
def test_a_place_after_a_few_lowercase_words_is_the_event_place(data_res):
    s = "Unknown gunmen fired on a bus on the outskirts of Quetta late on Friday."
    assert event_place(get_registry(data_res), "Unknown gunmen", s, place_lookup(data_res)) == "PAK"
    out = rw(data_res, "Unknown gunmen", s)
    assert (out.country, out.sector) == ("PAK", "UAF")


def test_militants_take_the_country_of_the_attack_not_of_the_story(data_res):
    doc = ("KABUL: Afghanistan's foreign minister met Afghan clerics in Kabul. Afghanistan said talks "
           "went well. Militants killed twelve soldiers in a raid on a post in Kurram on Sunday.")
    s = "Militants killed twelve soldiers in a raid on a post in Kurram on Sunday."
    out = rw(data_res, "Militants", s, doc)
    assert (out.country, out.sector) == ("PAK", "REB")


def test_a_person_is_no_place(data_res):
    s = "Militants fired at the convoy, in the words of Imran Khan a cowardly act."
    assert event_place(get_registry(data_res), "Militants", s, place_lookup(data_res)) is None


# -- 3. where the story's events happen, for a sentence without a place ---------------------------
def test_attackers_take_the_place_of_the_sentence_before(data_res):
    reg = get_registry(data_res)
    before = "Insurgents raided a police post in Zhob on Tuesday. "
    assert earlier_place(reg, before, place_lookup(data_res)) == "PAK"
    s = "The assailants escaped into the hills."
    out = resolve_with(reg, "assailants", D, [s, before + s], before + "The ", place_lookup(data_res))
    assert out.country == "PAK"


def test_victims_in_a_datelined_story_take_the_dateline_state(data_res):
    doc = "QUETTA: A blast ripped through a crowded market on Monday. The explosion killed 14 people."
    s = "The explosion killed 14 people."
    assert rw(data_res, "14 people", s, doc).country == "PAK"


def test_victims_do_not_take_the_demonym_of_their_attackers(data_res):
    reg = get_registry(data_res)
    before = "Cross-border fire hit homes in the town of Chaman on Sunday. "
    s = "Afghan artillery killed four civilians, officials said."
    ctx = [s, before + s]
    out = resolve_with(reg, "four civilians", D, ctx, before + s[:s.index("four")], place_lookup(data_res),
                       avoid=["AFG"])
    assert (out.country, out.sector) == ("PAK", "CVL")
    # named by the sentence as someone else's, the victims keep that state
    s2 = "Afghan artillery killed four Iranian civilians."
    assert resolve_with(reg, "four Iranian civilians", D, [s2, s2], avoid=["AFG"]).country == "IRN"


# -- the force of shared words, and the attackers named before ----------------------------------
def test_officers_in_a_police_story_are_police(data_res):
    reg = get_registry(data_res)
    before = "Two constables died when gunmen fired on a police station near Lakki Marwat. "
    assert force_sector(reg, "Three officers", "MIL", "Three officers were hurt.", before + "Three") == "COP"
    army = "Two soldiers died when militants stormed an army camp near Lakki Marwat. "
    assert force_sector(reg, "Three officers", "MIL", "Three officers were hurt.", army + "Three") == "MIL"
    assert force_sector(reg, "soldiers", "MIL", "soldiers were hurt.", before) == "MIL"
    # the sentences just before name a weapon, the story's lead the police
    story = ("Police officers responding to reports of a gunman shot a man in Lyon, police said. "
             "Five officers responded. The suspect pointed an object at them. The man raised a rifle. ")
    assert force_sector(reg, "officers", "MIL", "Four of the officers then fired.", story + "Four of the ") == "COP"


def test_the_attackers_are_the_armed_men_named_before(data_res):
    reg = get_registry(data_res)
    before = "Militants stormed a post in Bannu before dawn. Then the "
    assert earlier_attackers(reg, before, "2024-03-16") == ("agent", "REB")
    assert earlier_attackers(reg, "Militants stormed a post in Bannu. Then ", "2024-03-16") is None
    kind, actor = earlier_attackers(reg, "The TTP claimed the raid. The ", "2024-03-16")
    assert kind == "actor" and actor.name == "Tehrik-i-Taliban Pakistan"
    out = resolve_with(reg, "attackers", "2024-03-16", ["The attackers fled.", before + "attackers fled."],
                       before, place_lookup(data_res))
    assert (out.country, out.sector) == ("PAK", "REB")


# -- a definite mention is the noun named before with its state -------------------------------
def test_the_delegation_is_the_delegation_named_before_with_its_state(data_res):
    reg = get_registry(data_res)
    before = ("A high-level Pakistani delegation held talks with Taliban leaders in Kabul on Wednesday. "
              "The talks lasted four hours. The ")
    assert antecedent(reg, "delegation", before) == "PAK"              # 'The' left out of the mention
    assert antecedent(reg, "The delegation", before[:-4]) == "PAK"
    doc = before + "delegation met the Taliban's deputy prime minister."
    s = "The delegation met the Taliban's deputy prime minister."
    out = rw(data_res, "The delegation", s, doc)
    assert (out.country, out.sector) == ("PAK", "GOV")      # not the state the story names most


def test_an_antecedent_needs_a_definite_mention_and_a_modifier_of_the_noun(data_res):
    reg = get_registry(data_res)
    assert antecedent(reg, "a delegation", "A Pakistani delegation arrived. Then ") is None   # not definite
    assert antecedent(reg, "the foreign minister", "Pakistan's foreign minister arrived. ") == "PAK"
    # 'Asif held talks': the state of the subject is not the noun's
    assert antecedent(reg, "the talks", "Khawaja Asif held talks in Kabul. ") is None


def test_the_event_place_found_by_the_places_stage_comes_first(data_res):
    sreg = small_registry()
    s = "Soldiers were killed in the raid, officials in Islamabad said."
    assert agent_country(sreg, "Soldiers", [s, s], "MIL") == "PAK"
    assert agent_country(sreg, "Soldiers", [s, s], "MIL", where="AFG") == "AFG"
    # a state attached to the mention still wins
    s2 = "Soldiers at the Pakistani post were killed, officials said."
    assert agent_country(sreg, "Soldiers", [s2, s2], "MIL", where="AFG") == "PAK"


# -- a chain of re-mentions ---------------------------------------------------------------------
def test_a_chain_of_re_mentions_leads_back_to_the_first_named_with_its_state(data_res):
    reg = get_registry(data_res)
    before = ("Brazil's foreign ministry said on Friday it had summoned an envoy over new US visa rules. "
              "The rules took effect last week. Officials in Washington declined to comment. "
              "The Ministry of Foreign Affairs said the rules broke earlier promises. "
              "The ")
    assert antecedent(reg, "ministry", before) == "BRA"
    # with no re-mention in the sentences just before, the far first use is not read
    far = ("Brazil's foreign ministry said on Friday it had summoned an envoy. The rules took effect last "
           "week. Officials in Washington declined to comment. Talks are planned for May. The ")
    assert antecedent(reg, "ministry", far) is None


# -- a border's state, a wider place, a body named before ------------------------------------------
def test_a_border_named_by_a_demonym_says_where_not_whose(data_res):
    from jirga.actors.context import context_countries
    reg = get_registry(data_res)
    assert "SYR" not in context_countries(reg, "The gunmen fired from a ridge near the Syrian border.")
    assert "SYR" in context_countries(reg, "Syrian border guards fired from a ridge.")
    assert "TUR" not in context_countries(reg, "Negotiators met for two days in the Turkish city.")
    assert "TUR" in context_countries(reg, "Turkish negotiators met for two days.")
    doc = ("Militants attacked a police station in the Cizre district of Sirnak province on Monday. "
           "The attackers fired from a ridge near the Syrian border, officials said.")
    s = doc[doc.index("The attackers"):]
    out = resolve_with(reg, "attackers", D, [s, doc], doc[:doc.index("attackers")], place_lookup(data_res))
    assert out.country == "TUR"


def test_a_small_place_takes_the_state_of_the_wider_place_named_after_it(data_res):
    reg = get_registry(data_res)
    s = "Rebels ambushed a convoy in the Isham area of North Waziristan on Thursday."
    assert event_place(reg, "Rebels", s, place_lookup(data_res)) == "PAK"
    assert attached(reg, "a convoy", s, place_lookup(data_res)) == "PAK"


def test_the_bodys_spokeswoman_belongs_to_the_body_named_before(data_res):
    reg = get_registry(data_res)
    before = ("Kyiv on Saturday rejected a claim by Hungary's foreign ministry that it had ignored "
              "minority rights. The ")
    assert antecedent(reg, "ministry's spokeswoman", before) == "HUN"
    assert antecedent(reg, "ministry's spokeswoman", "Kyiv rejected the claim. The ") is None


def test_victims_take_the_place_the_event_was_carried_to(data_res):
    reg = get_registry(data_res)
    doc = ("Crowds chanted against Turkey on Saturday after drone strikes on villages in the "
           "province's Sinjar district. Officials said at least 30 people had been killed in the strikes.")
    s = doc[doc.index("Officials"):]
    t = "at least 30 people"
    before = doc[:doc.index(t)]
    assert resolve_with(reg, t, D, [s, doc], before, place_lookup(data_res)).country == "TUR"  # counting names
    out = resolve_with(reg, t, D, [s, doc], before, place_lookup(data_res), carried="IRQ")
    assert (out.country, out.sector) == ("IRQ", "CVL")
    # a state the sentence names still decides
    s2 = "Officials said at least 30 Turkish soldiers had been killed in the strikes."
    assert resolve_with(reg, "at least 30 Turkish soldiers", D, [s2, s2], "", place_lookup(data_res),
                        carried="IRQ").country == "TUR"


def test_a_groups_short_acronym_says_nothing_of_where_the_story_is(data_res):
    from jirga.actors.context import context_countries
    reg = get_registry(data_res)
    # the Nenagh MDC is a district council: no evidence of Zimbabwe
    assert "ZWE" not in context_countries(reg, "Figures were released to local councillors at Nenagh MDC.")
    assert "ZWE" in context_countries(reg, "Figures were released in Harare.")


def test_a_name_joined_by_of_is_one_place_not_its_first_word(res):
    # 'Line' alone is a Chinese town; the Line of Control is no state's
    from jirga.coding import is_factual
    from jirga.pipeline import code_text
    text = "India and Pakistan exchanged fire across the Line of Control, killing three civilians."
    ev = [e for e in code_text(text, "2025-06-04", res) if is_factual(e) and e.event_type == "ASSAULT"][0]
    assert ev.location.name == "Line of Control"
    assert {r.country for r in ev.recipient} <= {"IND", "PAK"}
