"""When and where two reports can be one event (``jirga/merge/when_where.py``)."""
from jirga.merge import BOUND_DAYS, dates_compatible, head_dates


def _dates():
    """Every kind of date Jirga writes, around a month boundary, and a few odd strings."""
    import datetime as dt
    days = [(dt.date(2024, 1, 25) + dt.timedelta(k)).isoformat() for k in range(12)]
    return days + ["2024-01", "2024-02", "2023-12", "2024", "2023", "2024-W05", "2024-W06", None, "",
                   "2024-02-30", "2024-13"]


def test_head_dates_holds_every_compatible_date():
    for days in (0, 1, 3):
        for d in _dates():
            keys = head_dates(d, days)
            for h in _dates():
                for bounds in ((False, False), (True, False), (False, True), (True, True)):
                    if dates_compatible(h, d, days, *bounds):
                        assert h in keys, (h, d, days, bounds)


def test_head_dates_of_a_day_are_the_bound_window_and_its_month():
    import datetime as dt
    day = dt.date(2024, 1, 31)
    window = {(day + dt.timedelta(k)).isoformat() for k in range(-BOUND_DAYS, BOUND_DAYS + 1)}
    assert head_dates("2024-01-31", 1) == window | {"2024-01", "2024-W05"}


def test_dates_a_bound_holds_the_days_before_it_not_after():
    # "officials said on Friday that ..." / the publication day: the event is on or before it
    assert dates_compatible("2024-01-14", "2024-01-08", 1, True, False)
    assert dates_compatible("2024-01-08", "2024-01-14", 1, False, True)
    assert dates_compatible("2024-01-14", "2024-01-15", 1, True, False)      # the usual day of slack
    assert not dates_compatible("2024-01-14", "2024-01-16", 1, True, False)  # after the report
    assert not dates_compatible("2024-01-14", "2024-01-08", 1)               # two dates of the text
    assert not dates_compatible("2024-01-30", "2024-01-08", 1, True, False)  # too long before
    assert dates_compatible("2024-01-14", "2024-01-08", 1, True, True)       # two bounds: their weeks overlap
    assert not dates_compatible("2024-01-17", "2024-01-08", 1, True, True)   # ... or not


def test_a_week_holds_its_days_and_meets_its_months():
    from jirga.merge import dates_compatible, head_dates
    assert dates_compatible("2024-W02", "2024-01-10", 1) and dates_compatible("2024-01-10", "2024-W02", 1)
    assert not dates_compatible("2024-W02", "2024-01-20", 1)
    assert dates_compatible("2024-W02", "2024-01", 1) and not dates_compatible("2024-W02", "2024-03", 1)
    assert dates_compatible("2024-W02", "2024-W02", 1) and not dates_compatible("2024-W02", "2024-W03", 1)
    assert not dates_compatible("2024-W02", "2024", 1)
    # the lookup keys hold every date compatible with the report's own
    for date in ("2024-01-10", "2024-W02", "2024-01"):
        keys = head_dates(date, 1)
        for other in ("2024-01-09", "2024-01-10", "2024-W02", "2024-01"):
            if dates_compatible(other, date, 1):
                assert other in keys, (date, other)


def test_a_place_and_the_area_that_holds_it_are_compatible():
    from jirga.merge import places_compatible
    from jirga.model import Place, Report, place_scope

    def at(place):
        own, within = place_scope(place)
        return Report("e", "d", "ASSAULT", "2024-01-08", place.name, frozenset(), frozenset(), (False, False, False),
                      own, frozenset(within))
    bajaur = at(Place("Bajaur", 0, 6, "Bajaur", country="PAK", feature_code="ADM2", admin1="Khyber Pakhtunkhwa"))
    kp = at(Place("KP", 0, 2, "Khyber Pakhtunkhwa", country="PAK", feature_code="ADM1"))
    pakistan = at(Place("Pakistan", 0, 8, "Pakistan", country="PAK", feature_code="PCLI"))
    quetta = at(Place("Quetta", 0, 6, "Quetta", country="PAK", feature_code="PPLA", admin1="Balochistan"))
    kabul = at(Place("Kabul", 0, 5, "Kabul", country="AFG", feature_code="PPLC", admin1="Kabul"))
    assert places_compatible(bajaur, kp) and places_compatible(kp, bajaur)
    assert places_compatible(bajaur, pakistan) and places_compatible(quetta, pakistan)
    assert not places_compatible(bajaur, quetta) and not places_compatible(kp, quetta)
    assert not places_compatible(kabul, pakistan)
    # a district and its chief town go by one name
    zhob_town = at(Place("Zhob", 0, 4, "Zhob", country="PAK", feature_code="PPL", admin1="Balochistan"))
    zhob_district = at(Place("Zhob", 0, 4, "Zhob", country="PAK", feature_code="ADM2", admin1="Balochistan"))
    assert places_compatible(zhob_town, zhob_district) and not places_compatible(zhob_town, quetta)


def test_acts_of_saying_are_not_told_apart_by_where_they_were_said():
    # one outlet places the demand in the ministry's city, another where the attack it is about was
    from jirga.merge import places_compatible
    from jirga.model import Place, Report, place_scope

    def at(place, typ):
        own, within = place_scope(place)
        return Report("e", "d", typ, "2024-01-08", place.name, frozenset(), frozenset(), (False, False, False),
                      own, frozenset(within))
    islamabad = Place("Islamabad", 0, 9, "Islamabad", country="PAK", feature_code="PPLC", admin1="Islamabad")
    dikhan = Place("Dera Ismail Khan", 0, 5, "Dera Ismail Khan", country="PAK", feature_code="PPL",
                   admin1="Khyber Pakhtunkhwa")
    for typ in ("REQUEST", "ACCUSE", "REJECT"):
        assert places_compatible(at(islamabad, typ), at(dikhan, typ))
    for typ in ("CONSULT", "ASSAULT", "COERCE"):     # a meeting's or a raid's place still tells
        assert not places_compatible(at(islamabad, typ), at(dikhan, typ))


def test_a_town_and_the_district_or_county_it_lies_in_are_compatible():
    from jirga.merge import places_compatible
    from jirga.model import Place, Report, place_scope

    def at(place):
        own, within = place_scope(place)
        return Report("e", "d", "ASSAULT", "2024-01-08", place.name, frozenset(), frozenset(), (False, False, False),
                      own, frozenset(within))
    kp = "Khyber Pakhtunkhwa"
    khar = at(Place("Khar", 0, 4, "Khar", country="PAK", feature_code="PPLA2", admin1=kp, admin2="Bajaur"))
    bajaur = at(Place("Bajaur", 0, 6, "Bajaur", country="PAK", feature_code="ADM2", admin1=kp))
    mohmand = at(Place("Mohmand", 0, 7, "Mohmand", country="PAK", feature_code="ADM2", admin1=kp))
    landi = at(Place("Landi Kotal", 0, 11, "Landi Kotal", country="PAK", feature_code="PPL", admin1=kp,
                     admin2="Khyber District"))
    assert places_compatible(khar, bajaur) and places_compatible(bajaur, khar)
    # a town and a district of another name in the same province stay apart, as do two towns
    assert not places_compatible(khar, mohmand) and not places_compatible(landi, bajaur)
    assert not places_compatible(khar, landi)
    # a district 'X District' goes by its chief town's name: a town in it lies in 'X'
    daraban = at(Place("Daraban", 0, 7, "Daraban", country="PAK", feature_code="PPL", admin1=kp,
                       admin2="Dera Ismail Khan District"))
    dik = at(Place("D.I. Khan", 0, 9, "Dera Ismail Khan", country="PAK", feature_code="PPLA2", admin1=kp,
                   admin2="Dera Ismail Khan District"))
    assert places_compatible(daraban, dik) and not places_compatible(daraban, landi)
    santa_monica = at(Place("Santa Monica", 0, 12, "Santa Monica", country="USA", feature_code="PPL",
                            admin1="California", admin2="Los Angeles County"))
    la_county = at(Place("Los Angeles County", 0, 18, "Los Angeles County", country="USA", feature_code="ADM2",
                         admin1="California"))
    orange = at(Place("Orange County", 0, 13, "Orange County", country="USA", feature_code="ADM2", admin1="California"))
    assert places_compatible(santa_monica, la_county) and not places_compatible(santa_monica, orange)


def test_towns_a_few_kilometres_apart_may_be_one_place_and_towns_far_apart_not():
    # twin towns across a border: one side names Chaman, the other Spin Boldak
    from jirga.merge import places_compatible
    from jirga.model import Place, Report, place_scope

    def at(name, country, lat, lon, code="PPL"):
        own, within = place_scope(Place(name, 0, 1, name, lat, lon, country=country, feature_code=code))
        return Report("e", "d", "ASSAULT", "2025-10-15", name, frozenset(), frozenset(), (False, False, False),
                      own, frozenset(within))
    chaman = at("Chaman", "PAK", 30.92, 66.45)
    spin_boldak = at("Spin Boldak", "AFG", 31.00, 66.40)
    quetta = at("Quetta", "PAK", 30.19, 67.01)
    torkham = at("Torkham", "PAK", 34.10, 71.09)
    assert places_compatible(chaman, spin_boldak) and places_compatible(spin_boldak, chaman)
    assert not places_compatible(chaman, quetta) and not places_compatible(chaman, torkham)
    # a place without coordinates is judged by its names alone
    assert not places_compatible(at("Chaman", "PAK", None, None), spin_boldak)


def test_a_border_crossing_lies_in_the_area_across_the_border_too():
    # one outlet closes "Torkham", another tells traders "in Nangarhar" of the same closure
    from jirga.merge import places_compatible
    from jirga.model import Place, Report, place_scope

    def at(place):
        own, within = place_scope(place)
        return Report("e", "d", "COERCE", "2025-02-21", place.name, frozenset(), frozenset(), (False, False, False),
                      own, frozenset(within))
    torkham = at(Place("Torkham", 0, 7, "Torkham", 34.1, 71.09, country="PAK", feature_code="PSTB",
                       admin1="Khyber Pakhtunkhwa", admin2="Khyber District"))
    nangarhar = at(Place("Nangarhar", 0, 9, "Nangarhar", country="AFG", feature_code="ADM1", admin1="Nangarhar"))
    kandahar = at(Place("Kandahar", 0, 8, "Kandahar", country="AFG", feature_code="ADM1", admin1="Kandahar"))
    kp = at(Place("KP", 0, 2, "Khyber Pakhtunkhwa", country="PAK", feature_code="ADM1"))
    assert places_compatible(torkham, nangarhar) and places_compatible(nangarhar, torkham)
    assert places_compatible(torkham, kp)                          # its own side still holds it
    assert not places_compatible(torkham, kandahar)                # not any province across
    # a town of that name is no crossing
    town = at(Place("Torkham", 0, 7, "Torkham", country="PAK", feature_code="PPL", admin1="Khyber Pakhtunkhwa"))
    assert not places_compatible(town, nangarhar)


def test_every_crossing_and_its_far_side_are_in_the_gazetteer(data_res):
    from jirga import data
    from jirga.places.gazetteer import get_gazetteer
    gaz = get_gazetteer(data_res)
    for row in data.load("gazetteer/crossings.csv"):
        assert any(e.country == row["country"] and e.feature_code == "PSTB" and e.name == row["name"]
                   for e in gaz.candidates(row["name"])), row["name"]
        assert any(e.country == row["far_country"] and e.admin1 == row["far_admin1"]
                   for e in gaz.candidates(row["far_admin1"])), row["far_admin1"]
