import pytest

from jirga.places.gazetteer import get_gazetteer, haversine_km


@pytest.fixture(scope="module")
def gaz(res):
    return get_gazetteer(res)


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


@pytest.mark.model
def test_long_beach_california_is_in_the_us(res):
    from jirga.places.geoparse import geoparse_text
    places = geoparse_text("Police in Long Beach, California said the suspect fled.", res)
    lb = next(p for p in places if p.text == "Long Beach")
    assert lb.country == "USA" and lb.admin1 == "California"
