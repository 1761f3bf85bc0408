"""Building the gazetteer index (``jirga/places/gazbuild.py``). The full build takes seconds and
is marked slow; its result is checked through the cached index (the ``gaz`` fixture)."""
import re

import pytest

from jirga.places import gazbuild
from jirga.places.gazbuild import COUNTRY, fingerprint
from jirga.places.names import haversine_km, place_key


def test_fingerprint_is_stable_and_16_hex():
    a = fingerprint()
    assert a == fingerprint() and re.fullmatch(r"[0-9a-f]{16}", a)


def test_fingerprint_changes_with_the_build_version(monkeypatch):
    before = fingerprint()
    monkeypatch.setattr(gazbuild, "BUILD_VERSION", gazbuild.BUILD_VERSION + "-next")
    assert fingerprint() != before


def test_fingerprint_changes_with_the_curated_data(monkeypatch):
    before = fingerprint()
    real = gazbuild.data.read_text
    monkeypatch.setattr(gazbuild.data, "read_text",
                        lambda name: real(name) + ("\nNew Place,PAK" if name == gazbuild.CURATED[0] else ""))
    assert fingerprint() != before


def test_trimmed_centre_ignores_far_outliers():
    lats = [10.0] * 50 + [11.0] * 50 + [-60.0]          # an overseas territory far south
    lons = [20.0] * 50 + [21.0] * 50 + [150.0]
    lat, lon = gazbuild._trimmed_centre(lats, lons)
    assert 10.0 <= lat <= 11.0 and 20.0 <= lon <= 21.0


def test_built_index_holds_curated_places_and_extra_country_names(gaz):
    torkham = gaz.candidates("Torkham")[0]
    assert torkham.curated and torkham.feature_code == "PSTB" and torkham.country == "PAK"
    assert "torkham" in gaz.curated_keys                         # a scan file: matched without NER
    for alias in ("USA", "U.S.", "America"):
        assert any(e.feature_code == COUNTRY and e.country == "USA" for e in gaz.candidates(alias)), alias
    assert any(e.feature_code == COUNTRY for e in gaz.candidates("Burma"))


@pytest.mark.slow
def test_build_columns_and_index_agree():
    packed, index, curated_keys, admin1 = gazbuild.build()
    n = len(packed["name"])
    assert n > 100_000 and all(len(packed[c]) == n for c in ("cc", "fc", "a1", "lat", "lon", "gid", "pop", "cur"))
    assert all(0 <= code // 2 < n for codes in index.values() for code in codes)
    i = index[place_key("Torkham")][0] // 2
    assert packed["name"][i] == "Torkham" and packed["fc"][i] == "PSTB" and packed["cur"][i] == 1
    assert "angoor adda" in curated_keys and "AFG" in admin1


def test_without_article_strips_only_a_leading_arabic_article():
    assert gazbuild.without_article(["Al Qamishli", "Ar-Raqqah", "Aleppo", "El Paso"]) == \
        ["Qamishli", "Raqqah", "Paso"]       # the caller applies it to Arabic-speaking states only


def test_built_index_holds_short_country_names_counties_and_article_less_towns(gaz):
    assert any(e.is_country and e.country == "BIH" for e in gaz.candidates("Bosnia"))
    assert any(e.is_country and e.country == "VAT" for e in gaz.candidates("Holy See"))
    county = gaz.candidates("Cook County")[0]
    assert county.feature_code == "ADM2" and county.country == "USA"
    assert gaz.candidates("St. Croix County")[0].name == "Saint Croix County"
    assert not any(e.feature_code == "ADM2" and e.country == "USA" for e in gaz.candidates("Cook"))
    q = gaz.candidates("Qamishli")[0]
    assert q.country == "SYR" and not q.alternate        # as much its name as 'Al Qamishli'
    assert gaz.candidates("Gironde")[0].feature_code == "ADM2"      # an ISO 3166-2 department
    assert gaz.candidates("Salerno")[0].feature_code.startswith("PPL")   # the city, not its province


def test_derived_first_level_areas_sit_at_the_centre_of_their_towns_box(gaz):
    # Oregon's towns crowd its north-west (Portland, the Willamette valley): their mean
    # lies there, the centre of their box near the state's middle
    oregon = next(e for e in gaz.candidates("Oregon") if e.feature_code == "ADM1")
    assert haversine_km(oregon.lat, oregon.lon, 44.0, -120.5) < 120
