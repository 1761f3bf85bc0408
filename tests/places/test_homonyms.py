"""Homonyms told apart by the story's other towns and by the kind of the list a name is in
(``jirga/places/homonyms.py``). The unit tests build mentions over a blank tokenizer and the
real gazetteer (the session ``gaz`` fixture): no spaCy model. The end-to-end ones parse
sentences of our own."""
import re

import pytest
import spacy

from jirga.places.gazetteer import prior
from jirga.places.homonyms import large, list_hints, nearness, town_anchors
from jirga.places.mentions import Mention
from jirga.places.names import place_key

_BLANK = spacy.blank("en")


def _prior(m, c):
    return prior(c)


def _mentions(gaz, text, names):
    """A Mention for each listed name at its first occurrence, with its gazetteer readings."""
    doc = _BLANK(text)
    out = []
    for name in names:
        start = re.search(re.escape(name), text).start()
        span = doc.char_span(start, start + len(name))
        out.append(Mention(span, [place_key(name)], gaz.candidates(name), True))
    return out


def _reading(gaz, name, admin1):
    return next(c for c in gaz.candidates(name) if c.admin1 == admin1)


def test_nearby_town_pulls_a_homonym_towards_it(gaz):
    text = "Miners from Morgantown drove to a rally in Charleston."
    morgantown, charleston = _mentions(gaz, text, ["Morgantown", "Charleston"])
    anchors = town_anchors([morgantown, charleston], _prior)
    assert "morgantown" in anchors and "charleston" not in anchors   # no name anchors itself
    near = nearness(charleston, charleston.cands, anchors, _prior, {})
    wv, sc = _reading(gaz, "Charleston", "West Virginia"), _reading(gaz, "Charleston", "South Carolina")
    assert near.get(wv.id, 0) > 1.0 and near.get(sc.id, 0) == 0
    assert prior(wv) + near[wv.id] > prior(sc)


def test_ambiguous_town_is_no_anchor(gaz):
    # two Wheelings of like size (Illinois, West Virginia): neither says where the story is
    (wheeling,) = _mentions(gaz, "Crews left Wheeling at dawn.", ["Wheeling"])
    assert town_anchors([wheeling], _prior) == {}


def test_country_name_keeps_its_country_reading(gaz):
    text = "Buses left Oaxaca for the border of Mexico."
    oaxaca, mexico = _mentions(gaz, text, ["Oaxaca", "Mexico"])
    assert large(max(mexico.cands, key=prior))
    anchors = {"oaxaca": (17.06, -96.72)}
    assert nearness(mexico, mexico.cands, anchors, _prior, {}) == {}


def test_list_of_states_reads_a_member_as_a_state(gaz):
    text = "The team flew to Alaska, Hawaii, Florida and Washington last year."
    ms = _mentions(gaz, text, ["Alaska", "Hawaii", "Florida", "Washington"])
    list_hints(ms, text, lambda m: max(m.cands, key=prior).feature_code)
    assert ms[-1].hint == "adm"


def test_list_hint_spares_a_name_its_area_follows(gaz):
    text = "The team flew to Alaska, Hawaii, Florida and Washington, D.C. last year."
    ms = _mentions(gaz, text, ["Alaska", "Hawaii", "Florida", "Washington", "D.C."])
    list_hints(ms, text, lambda m: max(m.cands, key=prior).feature_code if m.cands else "")
    assert ms[3].hint is None


def test_two_names_are_no_list(gaz):
    text = "She lives in Seattle, Washington now."
    ms = _mentions(gaz, text, ["Seattle", "Washington"])
    list_hints(ms, text, lambda m: max(m.cands, key=prior).feature_code)
    assert all(m.hint is None for m in ms)


@pytest.mark.model
@pytest.mark.parametrize("text,name,admin1", [
    ("Miners from Morgantown drove to a rally in Charleston on Friday.", "Charleston", "West Virginia"),
    ("Storms flooded roads across Alaska, Hawaii, Oregon and Washington this week.", "Washington", "Washington"),
])
def test_homonyms_in_context(res, text, name, admin1):
    from jirga.places.geoparse import geoparse_text
    place = next(p for p in geoparse_text(text, res) if p.text == name)
    assert place.admin1 == admin1


@pytest.mark.model
def test_big_city_stays_when_nothing_is_near(res):
    from jirga.places.geoparse import geoparse_text
    places = geoparse_text("The fire started in a warehouse in Bolton and spread to Manchester.", res)
    assert next(p for p in places if p.text == "Manchester").country == "GBR"
