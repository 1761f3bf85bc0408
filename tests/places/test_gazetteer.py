"""The gazetteer index (``jirga/places/gazetteer.py``): candidates for a name, best first. The
index needs no spaCy model: these tests use the session ``gaz`` fixture (``data_res``)."""
import pytest

from jirga.places.gazetteer import haversine_km


@pytest.mark.parametrize("name,country,lat,lon", [
    ("Torkham", "PAK", 34.10, 71.09),
    ("Bajaur", "PAK", 34.78, 71.50),
    ("Kabul", "AFG", 34.53, 69.17),
    ("Peshawar", "PAK", 34.01, 71.58),
    ("Doha", "QAT", 25.29, 51.53),
    ("Chaman", "PAK", 30.92, 66.45),
    ("North Waziristan", "PAK", 32.95, 70.00),
    ("Kurram Agency", "PAK", 33.75, 70.20),
    ("Spin Boldak", "AFG", 31.00, 66.40),
    ("Angoor Adda", "PAK", 32.33, 69.42),
])
def test_top_candidate(gaz, name, country, lat, lon):
    top = gaz.candidates(name)[0]
    assert top.country == country
    assert haversine_km(top.lat, top.lon, lat, lon) < 50


def test_curated_feature_codes(gaz):
    assert gaz.candidates("Torkham")[0].feature_code == "PSTB"
    assert gaz.candidates("Bajaur")[0].feature_code == "ADM2"
    assert gaz.candidates("Kabul")[0].geonameid == 1138958


def test_unknown_name(gaz):
    assert gaz.candidates("Xqzzyville") == []


def _top(gaz, name):
    return gaz.candidates(name)[0]


# -- gazetteer data --------------------------------------------------------------
def test_country_at_its_representative_point(gaz):
    us = next(c for c in gaz.candidates("United States") if c.is_country)
    ru = next(c for c in gaz.candidates("Russia") if c.is_country)
    assert haversine_km(us.lat, us.lon, 39.8, -98.5) < 100     # not the mean of US towns
    assert haversine_km(ru.lat, ru.lon, 60.0, 100.0) < 100


def test_uk_nations_are_areas_not_the_country(gaz):
    e = _top(gaz, "England")
    assert e.feature_code == "ADM1" and e.country == "GBR" and e.geonameid == 6269131
    assert _top(gaz, "Scotland").feature_code == "ADM1"


def test_us_states_carry_geonames_ids_and_abbreviations(gaz):
    ca = _top(gaz, "California")
    assert ca.feature_code == "ADM1" and ca.geonameid == 5332921
    assert _top(gaz, "Calif.").geonameid == 5332921
    assert _top(gaz, "Va.").name == "Virginia"
    assert not any(c.feature_code == "ADM1" and c.country == "USA" for c in gaz.candidates("LA"))


def test_british_counties_exist(gaz):
    e = _top(gaz, "Hampshire")
    assert e.feature_code == "ADM2" and e.country == "GBR"


def test_curated_areas_the_packages_lack(gaz):
    y = _top(gaz, "Yorkshire")
    assert y.country == "GBR" and y.curated
    assert _top(gaz, "East Yorkshire").name == "East Riding of Yorkshire"


def test_country_other_names_rank_as_the_country(gaz):
    assert _top(gaz, "Trinidad").country == "TTO"


@pytest.mark.parametrize("name,state", [("W.Va", "West Virginia"), ("N.Y", "New York"), ("W.Va.", "West Virginia")])
def test_state_abbreviation_without_its_final_stop(gaz, name, state):
    top = gaz.candidates(name)[0]
    assert top.name == state and top.feature_code == "ADM1" and top.country == "USA"


def test_bare_short_word_is_no_state_abbreviation(gaz):
    assert not any(c.feature_code == "ADM1" and c.name == "Georgia" for c in gaz.candidates("Ga"))


def test_an_entry_reads_its_second_level_area_from_the_packed_column():
    from array import array

    from jirga.places.gazetteer import Gazetteer
    cols = {"name": ["Khar", "Bajaur"], "cc": ["PAK", "PAK"], "fc": ["PPLA2", "ADM2"],
            "a1": ["Khyber Pakhtunkhwa"] * 2, "a2": ["Bajaur", ""], "lat": array("d", [34.7, 34.8]),
            "lon": array("d", [71.5, 71.5]), "gid": array("q", [1174089, 0]), "pop": array("q", [10000, 0]),
            "cur": array("b", [1, 1])}
    gaz = Gazetteer(cols, {"khar": (0,), "bajaur": (2,)}, set(), {})
    assert gaz.candidates("Khar")[0].admin2 == "Bajaur"
    assert gaz.candidates("Bajaur")[0].admin2 is None       # empty in the column: none


@pytest.mark.parametrize("name,code", [("Sea of Japan", "SEA"), ("Strait of Hormuz", "STRT"),
                                       ("Gulf of Aden", "GULF"), ("Taiwan Strait", "STRT")])
def test_seas_and_straits_of_the_news_are_places_of_no_state(gaz, name, code):
    top = _top(gaz, name)
    assert (top.feature_code, top.country or None) == (code, None)


def test_a_curated_valley_outranks_a_small_foreign_namesake(gaz):
    # 'Tirah valley' (Khyber) was read as a Palestinian village of that name
    assert _top(gaz, "Tirah").country == "PAK"
