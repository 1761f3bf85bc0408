"""The world registry's data (groups that change sector, Afghanistan's heads, central banks,
people, companies) and the resolution rules added with it: aliases that are everyday words
(`proper`), 'pro-'/'anti-' qualifiers, aliases shared across countries read from the context."""
import importlib.util
from pathlib import Path

import pytest

from jirga.actors.context import context_countries
from jirga.actors.mention import tag
from jirga.actors.registry import Actor, Registry, Role
from jirga.actors.resolve import resolve_with
from jirga.actors.text import CAPITALISED, CAPITALS, ANY_CASE, alias_case, case_ok
from tests.actors.small import LEXICON, small_registry

TOOL = Path(__file__).resolve().parents[2] / "tools" / "check_actor_registry.py"
# UN members without a central bank of their own (they use another state's or a union's).
NO_CENTRAL_BANK = {"MCO", "LIE", "KIR", "MHL", "FSM", "NRU", "PLW", "TUV"}
CURRENCY_UNIONS = {"BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO",   # BCEAO
                   "CMR", "CAF", "TCD", "COG", "GNQ", "GAB",                 # BEAC
                   "ATG", "DMA", "GRD", "KNA", "LCA", "VCT"}                  # ECCB


def _check_tool():
    spec = importlib.util.spec_from_file_location("check_actor_registry", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reg():
    return Registry.load()


def _at(reg, text, date, sentence=""):
    ctx = [sentence, sentence] if sentence else []
    out = resolve_with(reg, text, date, ctx)
    return out.country, out.sector


# -- groups whose sector changes --------------------------------------------------------------
def test_world_rsf_is_a_state_force_until_the_war(reg):
    rsf = reg.lookup("Rapid Support Forces")
    assert rsf.role_at("2019-06-03").sector == "MIL" and rsf.role_at("2023-04-14").sector == "MIL"
    assert rsf.role_at("2023-04-15").sector == "REB"
    assert reg.lookup("Janjaweed").role_at("2005-01-01").sector == "PRM"


def test_world_groups_ruling_part_of_a_state_keep_their_sector_their_government_is_gov(reg):
    assert _at(reg, "Hamas", "2001-06-01") == ("PSE", "REB")
    assert _at(reg, "Hamas", "2023-10-07") == ("PSE", "REB")
    assert _at(reg, "the Hamas-run health ministry", "2024-01-10") == ("PSE", "GOV")
    assert reg.lookup("Hamas government in Gaza").role_at("2007-06-01") is not None      # nearest role
    assert reg.lookup("Hamas government in Gaza").role_at("2007-06-01").start == "2007-06-15"
    assert _at(reg, "Houthi rebels", "2023-11-19") == ("YEM", "REB")
    assert _at(reg, "the Houthi-run government", "2019-01-01") == ("YEM", "GOV")
    assert reg.lookup("Ismail Haniyeh").role_at("2010-01-01").sector == "GOV"       # Hamas PM in Gaza
    assert reg.lookup("Ismail Haniyeh").role_at("2020-01-01").sector == "REB"


def test_world_taliban_still_change_sector_when_they_take_power(reg):
    t = reg.lookup("Taliban")
    assert t.role_at("1998-01-01").sector == "GOV" and t.role_at("2010-01-01").sector == "REB"
    assert t.role_at("2021-08-14").sector == "REB" and t.role_at("2021-08-15").sector == "GOV"


# -- Afghanistan's heads of state and government ------------------------------------------------
@pytest.mark.parametrize("office,date,name", [
    ("head_of_state", "2002-06-01", "Hamid Karzai"),          # interim / transitional chairman
    ("head_of_state", "2010-01-01", "Hamid Karzai"),
    ("head_of_government", "2010-01-01", "Hamid Karzai"),     # the president heads the government
    ("head_of_state", "2014-09-29", "Ashraf Ghani"),          # handover day: the new holder
    ("head_of_government", "2020-01-01", "Ashraf Ghani"),
    ("head_of_state", "2022-01-01", "Hibatullah Akhundzada"),
    ("supreme_leader", "2022-01-01", "Hibatullah Akhundzada"),
    ("head_of_government", "2022-01-01", "Mohammad Hassan Akhund"),
])
def test_world_afghanistan_office_holders(reg, office, date, name):
    assert reg.office_holder("AFG", office, date).name == name


def test_world_afghan_leaders_before_and_after_office(reg):
    assert reg.lookup("Karzai").role_at("2016-01-01").sector == "ELI"
    assert reg.lookup("Ashraf Ghani").role_at("2023-01-01").sector == "ELI"
    assert reg.lookup("Ashraf Ghani").role_at("2003-01-01").office == "finance_minister"
    assert reg.lookup("Hibatullah Akhundzada").role_at("2018-01-01").sector == "REB"
    assert reg.lookup("Hassan Akhund").role_at("2000-01-01").sector == "GOV"      # the first emirate
    assert reg.lookup("Hassan Akhund").role_at("2010-01-01").sector == "REB"


# -- central banks, people, companies -----------------------------------------------------------
def test_world_every_state_has_its_central_bank(reg):
    """Each UN member state's central bank is a GOV actor of that state (or of its union)."""
    UN_MEMBERS = _check_tool().UN_MEMBERS
    banks = {a.roles[0].country for a in reg.actors
             if a.kind != "person" and a.roles and a.roles[0].sector == "GOV"
             and any(w in a.name.lower() for w in ("bank", "monetary", "reserve", "banque", "banco",
                                                    "bangko", "riksbank", "nationalbank", "pank", "authority", "autoriti"))}
    missing = set(UN_MEMBERS) - banks - NO_CENTRAL_BANK - CURRENCY_UNIONS
    assert not missing, sorted(missing)
    assert _at(reg, "The Fed", "2020-03-15") == ("USA", "GOV")
    assert _at(reg, "Da Afghanistan Bank", "2024-01-01") == ("AFG", "GOV")
    assert _at(reg, "the Turkish central bank", "2023-08-24") == ("TUR", "GOV")


def test_world_central_bank_governor_title_finds_the_holder(reg):
    out = resolve_with(reg, "the Fed chair", "2016-01-01", ["The Fed chair said rates would rise in the United States."] * 2)
    assert (out.name, out.country, out.sector) == ("Janet Yellen", "USA", "GOV")
    assert reg.lookup("Mark Carney").role_at("2016-06-24").country == "GBR"    # Bank of England
    assert reg.lookup("Mark Carney").role_at("2025-06-01").office == "head_of_government"


@pytest.mark.parametrize("mention,date,code", [
    ("Alexei Navalny", "2021-01-17", ("RUS", "OPP")),
    ("Patriarch Kirill", "2022-03-06", ("RUS", "REL")),
    ("Elon Musk", "2022-10-28", ("USA", "BUS")),
    ("Kyrylo Budanov", "2023-09-01", ("UKR", "SPY")),
    ("Nancy Pelosi", "2022-08-02", ("USA", "LEG")),
    ("Donald Trump", "2023-08-24", ("USA", "ELI")),          # between his terms: a former president
    ("Safaricom", "2022-10-06", ("KEN", "BUS")),
    ("Codelco", "2023-04-20", ("CHL", "BUS")),
])
def test_world_people_and_companies(reg, mention, date, code):
    assert _at(reg, mention, date) == code


# -- resolution rules --------------------------------------------------------------------------
def test_world_alias_case_rules():
    assert alias_case("US") == CAPITALS and alias_case("Shell", proper=True) == CAPITALISED
    assert alias_case("Shell plc") == ANY_CASE
    assert case_ok(CAPITALISED, "shell", ["Shell"]) and not case_ok(CAPITALISED, "shell", ["shell"])
    assert case_ok(CAPITALISED, "diet", ["the", "Diet"])
    assert not case_ok(CAPITALS, "us", ["us"])


def test_world_proper_alias_matches_only_capitalised():
    lex = LEXICON
    shell = Actor("Shell Pakistan", "org", ["Shell Pakistan Limited"], roles=[Role("PAK", "BUS")], proper=["Shell"])
    reg = Registry([*small_registry().actors, shell], lex)
    assert resolve_with(reg, "Shell", "2024-03-14").name == "Shell Pakistan"
    assert not resolve_with(reg, "shell", "2024-03-14").resolved
    assert not any(it.kind == "actor" for it in tag(reg, "an artillery shell hit the house"))
    assert context_countries(reg, "Shell reported profits in Karachi.")["PAK"] == 1
    assert context_countries(reg, "A shell hit the house.")["PAK"] == 0
    assert resolve_with(reg, "Shelll", "2024-03-14").name != "Shell Pakistan"   # no loose matching


def test_world_proper_aliases_load_from_files(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("- {name: Vale S.A., kind: org, proper: [Vale], country: BRA, sector: BUS}\n", encoding="utf-8")
    reg = Registry.load([f])
    assert reg.lookup("Vale").name == "Vale S.A." and reg.show("Vale S.A.")["proper"] == ["Vale"]
    assert not resolve_with(reg, "vale", "2019-01-25").resolved


def test_world_pro_and_anti_qualifiers_are_not_owners(reg):
    s = "Pro-Russian separatists held a referendum in Donetsk and Luhansk in eastern Ukraine."
    assert _at(reg, "Pro-Russian separatists", "2014-05-11", s) == ("UKR", "REB")
    s = "Anti-government protesters marched in Caracas."
    assert _at(reg, "Anti-government protesters", "2017-05-01", s) == ("VEN", "CVL")
    assert _at(reg, "Russian separatists", "2014-05-11") == ("RUS", "REB")       # no qualifier: the owner


def test_world_shared_alias_is_read_from_the_story(reg):
    s = "PTI reported that 72 ministers would be sworn in with Narendra Modi in New Delhi."
    assert _at(reg, "PTI", "2024-06-09", s) == ("IND", "JRN")
    assert _at(reg, "PTI", "2024-02-09", "PTI said the vote in Lahore was rigged.") == ("PAK", "PTY")
    assert _at(reg, "The Workers' Party", "2022-10-30", "The Workers' Party returned to power in Brazil.") == ("BRA", "PTY")
    assert _at(reg, "RSF", "2024-01-01", "The RSF shelled El Fasher in Sudan.") == ("SDN", "REB")
    # an alias of several countries' actors is no evidence of the story's country
    assert "PAK" not in context_countries(reg, "PTI reported the news.")


@pytest.mark.parametrize("mention,sentence,code", [
    ("bus drivers", "In Paris, bus drivers joined the marches against the French pension reform.", ("FRA", "CVL")),
    ("Looters", "Looters emptied shopping centres in Durban as South Africa's unrest spread.", ("ZAF", "CRM")),
    ("ruling-party MP", "A ruling-party MP in Ghana said parliament would pass the bill.", ("GHA", "LEG")),
    ("Russian oligarchs", "Russian oligarchs saw their yachts seized.", ("RUS", "BUS")),
    ("Congolese soldiers", "Congolese soldiers fought M23 near Sake.", ("COD", "MIL")),
    ("retired admirals", "Turkish prosecutors detained ten retired admirals.", ("TUR", "ELI")),
    ("The central bank", "The central bank raised Turkey's benchmark rate.", ("TUR", "GOV")),
    ("The state broadcaster", "The state broadcaster said Iran's president had been killed.", ("IRN", "JRN")),
])
def test_world_agent_nouns(reg, mention, sentence, code):
    assert _at(reg, mention, "2023-01-01", sentence) == code


def test_world_intelligence_agency_is_not_placed_where_it_reports(reg):
    s = "The intelligence agency said South Korea had evidence of North Korean troops in Russia."
    assert _at(reg, "The intelligence agency", "2024-10-18", s) == ("KOR", "SPY")
    s = "The Russian defence ministry said the Chief of the General Staff would lead the campaign in Ukraine."
    assert _at(reg, "the Chief of the General Staff", "2023-01-11", s) == ("RUS", "MIL")


@pytest.mark.parametrize("text,date,code", [
    ("Saudi-led coalition", "2018-08-09", ("SAU", "MIL")),
    ("the U.S.-led coalition", "2003-04-01", ("USA", "MIL")),
    ("US-led coalition", "2017-06-01", ("USA", "MIL")),
])
def test_world_a_war_coalition_takes_its_leading_state_and_fights(reg, text, date, code):
    assert _at(reg, text, date) == code


@pytest.mark.parametrize("text,code", [
    ("ambassadors of seven Latin American countries", (None, "GOV")),
    ("Central American migrants", (None, "REF")),
    ("East African troops", (None, "MIL")),
    ("West Africans ordered out of Nigeria", ("NGA", "GOV")),   # the state the mention names
    ("South Korean troops", ("KOR", "MIL")),
])
def test_world_a_regions_adjective_names_no_state(reg, text, code):
    assert _at(reg, text, "2024-05-01") == code


@pytest.mark.parametrize("text,code", [
    ("New Mexico", ("USA", "GOV")),
    ("the governor of New Mexico", ("USA", "GOV")),
    ("Northern Ireland police", ("GBR", "COP")),
    ("Inner Mongolia authorities", ("CHN", "GOV")),
    ("East Azerbaijan province officials", ("IRN", "GOV")),
    ("Mexico", ("MEX", "GOV")),
    ("Azerbaijani troops", ("AZE", "MIL")),
])
def test_world_a_region_named_after_another_state_belongs_to_its_own(reg, text, code):
    assert _at(reg, text, "2024-05-01") == code


@pytest.mark.parametrize("text", ["a tribal elder", "the village elder", "a tribesman", "the victim", "Thousands",
                                  "hundreds"])
def test_world_an_elder_a_victim_or_an_uncounted_crowd_is_civilian(reg, text):
    assert _at(reg, text, "2024-03-01", "Gunmen killed a tribal elder in South Waziristan.")[1] == "CVL"
