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


def test_datelines_with_a_date_an_agency_or_a_broken_dash(parse, res):
    from jirga.places.geoparse import geoparse
    from jirga.places.story import dateline
    for text, name in (("QUETTA, March 3 (APP):The provincial cabinet met on Monday.", "Quetta"),
                       ("KARACHI (AP) \ufffd Police said on Monday they had made arrests.", "Karachi"),
                       ("LAHORE (AP) Police said on Monday they had made arrests.", "Lahore"),
                       ("Kabul, BNA- The ministry said on Monday it had made arrests.", "Kabul"),
                       ("KABUL, Afghanistan -- The ministry said on Monday it had made arrests.", "Kabul")):
        doc = parse(text)
        doc.places = geoparse(doc, res)
        got = dateline(doc, res)
        assert got is not None and got.name == name, text
    doc = parse("NATO (the alliance) said on Monday it had made arrests.")
    assert dateline(doc, res) is None
