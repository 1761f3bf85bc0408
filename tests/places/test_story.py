"""What a story as a whole says of its events' places (``jirga/places/story.py``)."""
from jirga.model import Place


def test_meeting_town_prefers_the_capital_else_a_town_named_twice():
    from jirga.places.story import meeting_town

    def place(name, code, country="UZB"):
        return Place(name, 0, 1, name, 1.0, 1.0, None, country, code)
    land, capital, town = place("Uzbekistan", "PCLI"), place("Tashkent", "PPLC"), place("Samarkand", "PPLA")
    assert meeting_town(land, [land, town, town, capital]).name == "Tashkent"
    assert meeting_town(land, [land, town, town]).name == "Samarkand"
    assert meeting_town(land, [land, town]) is None
    assert meeting_town(land, [place("Almaty", "PPLC", "KAZ")]) is None
    assert meeting_town(town, [capital]) is None      # only a country is refined


def test_a_capital_counts_the_mentions_of_its_country_for_the_story_focus():
    from jirga.places.story import story_focus

    def place(name, code, lat, lon, country="AZE"):
        return Place(name, 0, 1, name, lat, lon, None, country, code)
    baku, land = place("Baku", "PPLC", 40.4, 49.9), place("Azerbaijan", "PCLI", 40.5, 47.5)
    assert story_focus([baku, land, land]).name == "Baku"
    far = place("Lankaran", "PPLA", 38.75, 48.85)        # over 100 km from the country's point
    assert story_focus([far, land, land]) is None         # a town, not the seat
    # a capital named less than another town of its country gathers nothing from the country
    assert story_focus([far, far, baku, land, land]) is None


def test_datelines_with_a_date_an_agency_or_a_broken_or_unspaced_dash(parse, res):
    from jirga.places.geoparse import geoparse
    from jirga.places.story import dateline
    for text, name in (("QUETTA, March 3 (APP):The provincial cabinet met on Monday.", "Quetta"),
                       ("KARACHI (AP) \ufffd Police said on Monday they had made arrests.", "Karachi"),
                       ("LAHORE (AP) Police said on Monday they had made arrests.", "Lahore"),
                       ("Kabul, BNA- The ministry said on Monday it had made arrests.", "Kabul"),
                       ("KABUL, Afghanistan -- The ministry said on Monday it had made arrests.", "Kabul"),
                       ("WASHINGTON\u2014President Biden said on Monday he would sign the bill.", "Washington")):
        doc = parse(text)
        doc.places = geoparse(doc, res)
        got = dateline(doc, res)
        assert got is not None and got.name == name, text
    doc = parse("NATO (the alliance) said on Monday it had made arrests.")
    assert dateline(doc, res) is None
    assert dateline(parse("The U.S.\u2014China talks ended on Monday."), res) is None


def test_a_dateline_names_a_town_even_in_brackets(parse, res):
    from jirga.places.story import dateline
    # 'NEW YORK' is the city the reporter filed from, not the state
    for text in ("NEW YORK (AP) — Police said on Monday they had made arrests.",
                 "(NEW YORK) — Police said on Monday they had made arrests."):
        got = dateline(parse(text), res)
        assert got is not None and (got.name, got.feature_code[:3]) == ("New York City", "PPL"), text
    assert dateline(parse("(AP) — Police said on Monday they had made arrests."), res) is None


def test_a_capital_named_by_its_peoples_adjective_is_that_countrys_capital(data_res):
    from jirga.places.story import capital_site

    def site(text):
        return Place(text, 10, 10 + len(text))
    got = capital_site(site("Afghan capital"), data_res)
    assert (got.text, got.name, got.country, got.feature_code) == ("Afghan capital", "Kabul", "AFG", "PPLC")
    assert capital_site(site("Kenyan capital"), data_res).name == "Nairobi"
    assert capital_site(site("Zarqonai capital"), data_res) is None      # no people's adjective
    assert capital_site(site("Afghan border"), data_res) is None
    named = Place("Afghan capital", 0, 14, "Kabul", 34.5, 69.2, 1, "AFG", "PPLC")
    assert capital_site(named, data_res) is None                         # already read


def test_a_town_named_with_an_area_word_is_that_area(data_res):
    from jirga.places.story import named_area
    khost = Place("Khost", 20, 25, "Khōst", 33.3, 69.9, None, "AFG", "PPLA", "Khost")
    got = named_area(khost, "province", data_res)
    assert (got.text, got.start, got.end, got.feature_code, got.country) == ("Khost province", 20, 34, "ADM1", "AFG")
    assert named_area(khost, "valley", data_res) is None                 # no area word
    nowhere = Place("Zarqonai", 0, 8, "Zarqonai", 1.0, 1.0, None, "AFG", "PPL")
    assert named_area(nowhere, "district", data_res) is None             # no such area
