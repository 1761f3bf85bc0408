from jirga.merge import Report, cluster


def _r(eid, doc, date, typ="ASSAULT", actors=("TTP",), recips=("Pakistan police",), place="Bajaur", mod=(False, False, False)):
    return Report(eid, doc, typ, date, place, frozenset(actors), frozenset(recips), mod)


def test_cluster_merges_same_event_from_two_reports():
    got = cluster([_r("a1", "a", "2024-01-08"), _r("b1", "b", "2024-01-09")], days=1)
    assert got["a1"] == got["b1"] == "a1"


def test_cluster_keeps_events_days_apart():
    got = cluster([_r("a1", "a", "2024-01-08"), _r("b1", "b", "2024-01-20")], days=1)
    assert got["a1"] != got["b1"]


def test_cluster_keeps_other_places_apart():
    got = cluster([_r("a1", "a", "2024-01-08"), _r("b1", "b", "2024-01-08", place="Khyber")])
    assert got["a1"] != got["b1"]


def test_cluster_never_merges_a_denial_with_a_fact():
    got = cluster([_r("a1", "a", "2024-01-08"), _r("b1", "b", "2024-01-08", mod=(True, False, False))])
    assert got["a1"] != got["b1"]


def test_cluster_skips_reports_without_actors_or_place():
    got = cluster([_r("a1", "a", "2024-01-08", actors=(), recips=(), place=None)])
    assert "a1" not in got


def test_cluster_merges_a_month_date_with_a_day_in_it():
    got = cluster([_r("a1", "a", "2024-01"), _r("b1", "b", "2024-01-08")])
    assert got["a1"] == got["b1"]


def test_cluster_keeps_different_months_apart():
    got = cluster([_r("a1", "a", "2024-01"), _r("b1", "b", "2024-02-01")])
    assert got["a1"] != got["b1"]


def test_cluster_does_not_tie_a_bare_year_to_a_day():
    got = cluster([_r("a1", "a", "2023"), _r("b1", "b", "2023-02-23")])
    assert got["a1"] != got["b1"]


def test_cluster_merges_when_one_report_names_more_participants():
    got = cluster([_r("a1", "a", "2024-01-08", recips=("AFG GOV",), place=None),
                   _r("b1", "b", "2024-01-08", recips=("AFG GOV", "PAK GOV"), place="Kabul")])
    assert got["a1"] == got["b1"]


def test_cluster_merges_when_one_report_leaves_the_attacker_unnamed():
    got = cluster([_r("a1", "a", "2024-01-08", actors=()), _r("b1", "b", "2024-01-08")])
    assert got["a1"] == got["b1"]


def test_cluster_keeps_different_targets_apart():
    got = cluster([_r("a1", "a", "2024-01-08", recips=("PAK MIL",)), _r("b1", "b", "2024-01-08", recips=("PAK COP",))])
    assert got["a1"] != got["b1"]


def test_cluster_needs_one_side_named_by_both():
    got = cluster([_r("a1", "a", "2024-01-08", recips=()), _r("b1", "b", "2024-01-08", actors=())])
    assert got["a1"] != got["b1"]
