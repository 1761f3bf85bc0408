"""Classes of geoparsing / event-location errors fixed in the gazetteer and the ranking.
Hand-written sentences; each test names the class it guards."""
import pytest

from jirga.places.gazetteer import get_gazetteer, haversine_km

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gaz(res):
    return get_gazetteer(res)


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


# -- ranking ---------------------------------------------------------------------
def _places(parse, res, text):
    from jirga.places.geoparse import geoparse
    return {p.text: p for p in geoparse(parse(text), res)}


def test_main_name_beats_historic_alternate(parse, res):
    p = _places(parse, res, "The exhibition opened in Salisbury last week.")
    assert p["Salisbury"].country == "GBR"       # not Harare (formerly Salisbury)


def test_big_city_beats_same_named_province(parse, res):
    p = _places(parse, res, "She moved to Hamburg after the war and later lived in New York.")
    assert p["Hamburg"].feature_code.startswith("PPL")
    assert p["New York"].geonameid == 5128581     # the city, not the state
    p = _places(parse, res, "Floods hit villages across Oaxaca state on Monday.")
    assert next(v for k, v in p.items() if k.startswith("Oaxaca")).feature_code == "ADM1"


def test_sea_beats_small_town_of_the_same_name(parse, res):
    p = _places(parse, res, "Hurricanes form over the Atlantic and move towards Florida and Georgia.")
    assert p["Atlantic"].feature_code == "OCN"


def test_demonyms_give_document_country(parse, res):
    p = _places(parse, res, "British soldiers returned to their barracks in Colchester on Friday.")
    assert p["Colchester"].country == "GBR"


def test_name_after_locative_preposition_found(parse, res):
    # a town the NER tends to take for a person or an organisation
    p = _places(parse, res, "Mr Hobbs, 54, died at his home in Cirencester on Tuesday.")
    assert "Cirencester" in p and p["Cirencester"].country == "GBR"


# -- event location ----------------------------------------------------------------
def _locate_one(parse, res, text, trigger):
    from jirga.model import Event, Span
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_in_sentence
    doc = parse(text)
    doc.places = geoparse(doc, res)
    i = text.index(trigger)
    sent = next(s for s in doc.sentences if s.start <= i < s.end)
    ev = Event(doc_id=doc.id, event_id="e", event_type="ASSAULT", sentence=sent,
               trigger=Span(i, i + len(trigger), trigger))
    loc = locate_in_sentence(doc, ev, doc.parsed)
    return loc.text if loc else None


def test_place_modifying_a_non_place_noun_is_not_the_location(parse, res):
    assert _locate_one(parse, res, "A U.S. airstrike killed several militants on Monday.", "killed") is None


def test_possessor_country_gives_way_to_the_inner_place(parse, res):
    assert _locate_one(parse, res, "Rebels were killed in Syria's western Hama province on Friday.",
                       "killed") == "Hama"


def test_event_subject_with_a_place(parse, res):
    assert _locate_one(parse, res, "A car bomb in Hama province killed 34 people on Friday.",
                       "killed") == "Hama"


def test_place_naming_a_site_is_the_location(parse, res):
    assert _locate_one(parse, res, "The protesters marched to the Sydney offices of the United Nations.",
                       "marched") == "Sydney"
