"""A small hand-written actor registry, so resolution rules are tested on known entries."""
from jirga.actors.registry import Actor, Registry, Role

LEXICON = {
    "agents": {"MIL": ["soldiers", "army", "troops", "forces"], "REB": ["militants", "fighters"],
               "GOV": ["officials", "ministry", "foreign ministry", "foreign office", "government", "chief"],
               "COP": ["police"], "CVL": ["residents", "people"], "REF": ["refugees"]},
    "titles": [{"office": "foreign_minister", "sector": "GOV", "words": ["foreign minister"]},
               {"office": "army_chief", "sector": "MIL", "words": ["army chief"]}],
    "honorifics": ["maulana", "mr", "general"],
    "former": ["former", "ex"],
    "peoples": ["kurds", "pashtuns"],
}


def small_registry() -> Registry:
    actors = [
        Actor("Pakistan", "state", ["Islamic Republic of Pakistan"], "Q843", [Role("PAK", "GOV")],
              demonyms=["Pakistani"], plurals=["Pakistanis"]),
        Actor("Afghanistan", "state", [], "Q889", [Role("AFG", "GOV")], demonyms=["Afghan"], plurals=["Afghans"]),
        Actor("Iraq", "state", [], "Q796", [Role("IRQ", "GOV")], demonyms=["Iraqi"], plurals=["Iraqis"]),
        Actor("Islamabad", "capital", [], None, [Role("PAK", "GOV")]),
        Actor("Kabul", "capital", [], None, [Role("AFG", "GOV")]),
        Actor("Taliban", "armed_group", ["Afghan Taliban"], "Q42418",
              [Role("AFG", "REB", None, "2021-08-14"), Role("AFG", "GOV", "2021-08-15")]),
        Actor("Tehrik-i-Taliban Pakistan", "armed_group", ["TTP", "Pakistani Taliban"], "Q1001",
              [Role("PAK", "REB")]),
        Actor("Ishaq Dar", "person", ["Mohammad Ishaq Dar"], "Q2001",
              [Role("PAK", "GOV", "2024-03-11", None, "foreign_minister")]),
        Actor("Bilawal Bhutto Zardari", "person", [], "Q2002",
              [Role("PAK", "GOV", "2022-04-27", "2023-08-10", "foreign_minister"), Role("PAK", "PTY")]),
        Actor("Fazlur Rehman", "person", ["Fazl-ur-Rehman"], "Q2003", [Role("PAK", "PTY")]),
        Actor("Foreign Office", "government", [], None, [Role("PAK", "GOV")]),
        Actor("Pakistan Army", "org", [], None, [Role("PAK", "MIL")]),
        Actor("United States", "state", ["US", "U.S."], "Q30", [Role("USA", "GOV")], demonyms=["American"]),
    ]
    return Registry(actors, LEXICON)
