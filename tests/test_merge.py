from jirga.merge import BOUND_DAYS, Report, cluster, dates_compatible, head_dates, merge_new


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


# -- head_dates: the lookup keys of candidate clusters --------------------------------------

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


def _bound(eid, doc, date, actors, recips, typ="CONSULT"):
    return Report(eid, doc, typ, date, None, frozenset(actors), frozenset(recips), (False, False, False),
                  None, frozenset(), True)


def test_cluster_two_bounds_days_apart_need_a_named_actor_in_common():
    # both dates only bound the events ("officials said on Tuesday", a publication day): a
    # country in common is too little to tie them, the same named person is enough
    a = _bound("a1", "a", "2024-01-08", ("PAK PTY", "=Fazlur Rehman"), ("AFG GOV",))
    b = _bound("b1", "b", "2024-01-14", ("PAK PTY", "=Fazlur Rehman"), ("AFG GOV",))
    c = _bound("c1", "c", "2024-01-14", ("PAK PTY",), ("AFG GOV",))
    assert cluster([a, b])["a1"] == cluster([a, b])["b1"]
    assert cluster([a, c])["a1"] != cluster([a, c])["c1"]
    same_day = _bound("d1", "d", "2024-01-08", ("PAK PTY",), ("AFG GOV",))
    assert len(set(cluster([a, same_day]).values())) == 1


def test_cluster_a_meeting_is_the_same_either_way_round():
    a = _r("a1", "a", "2024-01-08", actors=("PAK GOV",), recips=("AFG GOV",), typ="CONSULT")
    b = _r("b1", "b", "2024-01-08", actors=("AFG GOV",), recips=("PAK GOV",), typ="CONSULT")
    assert len(set(cluster([a, b]).values())) == 1
    c = _r("a1", "a", "2024-01-08", actors=("PAK GOV",), recips=("AFG GOV",), typ="ASSAULT")
    d = _r("b1", "b", "2024-01-08", actors=("AFG GOV",), recips=("PAK GOV",), typ="ASSAULT")
    assert len(set(cluster([c, d]).values())) == 2     # who attacked whom matters


def test_cluster_victims_called_civilians_and_militants_are_one_strike():
    said_civilians = _r("a1", "a", "2024-03-18", actors=("PAK MIL",), recips=("AFG CVL",), place="Khost")
    said_militants = _r("b1", "b", "2024-03-18", actors=("PAK GOV",), recips=("PAK REB",), place="Khost")
    assert len(set(cluster([said_civilians, said_militants]).values())) == 1
    other_attacker = _r("c1", "c", "2024-03-18", actors=("AFG MIL",), recips=("PAK REB",), place="Khost")
    assert cluster([said_civilians, other_attacker])["c1"] == "c1"
    named = _r("d1", "d", "2024-03-18", actors=("PAK GOV",), recips=("=org:Tehrik-i-Taliban Pakistan", "PAK REB"),
               place="Khost")
    assert cluster([_r("e1", "e", "2024-03-18", actors=("PAK MIL",), recips=("=Mullah Omar", "AFG CVL"),
                       place="Khost"), named])["d1"] == "d1"


def test_cluster_one_end_of_a_clash_meets_the_other():
    hit = _r("a1", "a", "2024-01-08", actors=(), recips=("PAK MIL",), place="Torkham")
    fired = _r("b1", "b", "2024-01-08", actors=("PAK MIL",), recips=(), place="Torkham")
    assert len(set(cluster([hit, fired]).values())) == 1
    # a whole exchange keeps its direction, and a side of a country in general is too little
    reprisal = _r("c1", "c", "2024-01-08", actors=("PAK MIL",), recips=("AFG MIL",), place="Torkham")
    assert cluster([hit, reprisal])["c1"] == "c1"
    civilians = _r("d1", "d", "2024-01-08", actors=(), recips=("PAK CVL",), place="Torkham")
    assert cluster([civilians, fired])["b1"] == "b1"
    protest = _r("e1", "e", "2024-01-08", actors=("PAK MIL",), recips=(), place="Torkham", typ="ACCUSE")
    accused = _r("f1", "f", "2024-01-08", actors=(), recips=("PAK MIL",), place="Torkham", typ="ACCUSE")
    assert len(set(cluster([protest, accused]).values())) == 2


# -- merge_new: incremental, against a store -------------------------------------------------

def _store(tmp_path):
    from jirga.store import open_store
    return open_store(tmp_path / "m.duckdb")


def _write(store, events, run="r"):
    from jirga.model import Document
    store.write_batch([Document(id=e.doc_id, text="x", events=[e]) for e in events], run)


def _clusters(store):
    return {e.event_id: e.cluster_id for e in store.events()}


def _ev(eid, date="2024-01-08", actor=("PAK", "REB"), target=("PAK", "COP"), place="Bajaur", typ="ASSAULT",
        negated=False):
    from jirga.model import ActorRef, Event, Place, Sentence, Span
    return Event(doc_id=eid, event_id=eid, event_type=typ, date=date, negated=negated,
                 sentence=Sentence(0, 0, 1, "x"), trigger=Span(0, 1, "x"),
                 actor=[ActorRef("a", 0, 1, None, *actor, resolved=True)] if actor else [],
                 recipient=[ActorRef("t", 0, 1, None, *target, resolved=True)] if target else [],
                 location=Place(place, 0, 1, place) if place else None)


def test_merge_new_gives_every_event_a_cluster(tmp_path):
    with _store(tmp_path) as s:
        _write(s, [_ev("a"), _ev("b", "2024-01-09"), _ev("c", "2024-01-20"), _ev("v", actor=None, target=None, place=None)])
        assert merge_new(s) == 4
        assert _clusters(s) == {"a": "a", "b": "a", "c": "c", "v": "v"}
        assert merge_new(s) == 0 and s.unmerged_reports() == []


def test_merge_new_joins_stored_clusters_and_writes_only_new_events(tmp_path):
    with _store(tmp_path) as s:
        _write(s, [_ev("a"), _ev("c", "2024-01-20")])
        merge_new(s)
        before = list(s.events())
        _write(s, [_ev("b", "2024-01-07"), _ev("d", "2024-01-20", place="Khyber"), _ev("e", "2024-01")], "r2")
        assert merge_new(s) == 3
        got = _clusters(s)
        assert (got["b"], got["d"], got["e"]) == ("a", "d", "c")  # the month holds the latest day
        assert [e for e in s.events() if e.event_id in ("a", "c")] == before


def test_merge_new_finds_the_other_end_of_a_clash_in_the_store(tmp_path):
    store = _store(tmp_path)
    _write(store, [_ev("a1", actor=None, target=("PAK", "MIL"), place="Torkham")], run="1")
    merge_new(store)
    _write(store, [_ev("b1", actor=("PAK", "MIL"), target=None, place="Torkham")], run="2")
    merge_new(store)
    assert _clusters(store) == {"a1": "a1", "b1": "a1"}


def test_merge_new_never_merges_a_denial_with_a_fact(tmp_path):
    with _store(tmp_path) as s:
        _write(s, [_ev("a")])
        merge_new(s)
        _write(s, [_ev("n", negated=True)], "r2")
        merge_new(s)
        assert _clusters(s)["n"] == "n"


def test_merge_new_in_date_ordered_batches_matches_one_pass(tmp_path):
    """Batches that arrive in date order cluster as one pass over all reports does, so the
    store found every cluster a report could join."""
    import random
    rng = random.Random(7)
    codes = [("PAK", "GOV"), ("AFG", "GOV"), ("PAK", "MIL"), ("PAK", "REB")]
    dates = ["2024-01-0%d" % d for d in range(1, 10)] + ["2024-01", "2024", "2024-W02", None]
    events = [_ev(f"e{i:03d}", rng.choice(dates), rng.choice(codes + [None]), rng.choice(codes + [None]),
                  rng.choice(["Bajaur", "Khyber", None]), rng.choice(["ASSAULT", "ACCUSE"]), rng.random() < 0.1)
              for i in range(300)]
    order = sorted(events, key=lambda e: (e.date or "", e.event_id))
    with _store(tmp_path) as s:
        for start in range(0, len(order), 37):
            _write(s, order[start:start + 37], f"r{start}")
            merge_new(s, days=1)
        reports = {r.event_id: r for r in _fresh_reports(tmp_path, order)}
        one_pass = cluster(list(reports.values()), days=1)
        assert _clusters(s) == {e.event_id: one_pass.get(e.event_id, e.event_id) for e in events}
        assert len(set(one_pass.values())) < len(one_pass)  # some did merge


def _fresh_reports(tmp_path, events):
    """The same events' reports as a fresh store reads them."""
    from jirga.store import open_store
    with open_store(tmp_path / "fresh.duckdb") as fresh:
        _write(fresh, events)
        return fresh.unmerged_reports()


def test_different_named_people_of_one_country_and_sector_are_different_events():
    from jirga.merge import same_dyad
    from jirga.model import Report
    rehman = Report("a", "d1", "CONSULT", "2024-01-08", None, frozenset({"PAK PTY", "=Fazlur Rehman"}),
                    frozenset({"AFG GOV"}), (False, False, False))
    haq = Report("b", "d2", "CONSULT", "2024-01-08", None, frozenset({"PAK PTY", "=Hamidul Haq"}),
                 frozenset({"AFG GOV"}), (False, False, False))
    cleric = Report("c", "d3", "CONSULT", "2024-01-08", None, frozenset({"PAK PTY"}), frozenset({"AFG GOV"}),
                    (False, False, False))
    assert not same_dyad(rehman, haq)
    assert same_dyad(rehman, cleric) and same_dyad(haq, cleric)     # an unnamed cleric may be either


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


def test_merge_new_a_report_dated_by_its_publication_joins_the_days_before(tmp_path):
    # "the talks during his visit" with no date of its own: on or before the publication day
    undated = _ev("late", "2024-01-14")
    undated.date_basis = "published"
    with _store(tmp_path) as s:
        _write(s, [_ev("a", "2024-01-08"), _ev("far", "2024-01-01", place="Khyber")])
        merge_new(s)
        _write(s, [undated], "r2")
        merge_new(s)
        assert _clusters(s)["late"] == "a"


def test_cluster_a_vague_re_mention_joins_its_own_articles_one_cluster():
    told = _r("a1", "a", "2024-01-08")
    again = _r("a2", "a", "2024-01-08", actors=(), recips=(), place=None)     # "the attack"
    elsewhere = _r("b1", "b", "2024-01-08", actors=(), recips=(), place=None)
    got = cluster([told, again, elsewhere])
    assert got["a2"] == got["a1"] and "b1" not in got


def test_cluster_a_re_mention_with_a_place_but_no_actors_joins_its_articles_cluster():
    # "the gate was shut" placed at Torkham names no side: it can link with nothing else
    told = _r("a1", "a", "2024-01-08", place="Torkham")
    again = _r("a2", "a", "2024-01-08", actors=(), recips=(), place="Torkham")
    other_place = _r("a3", "a", "2024-01-08", actors=(), recips=(), place="Chaman")
    elsewhere = _r("b1", "b", "2024-01-08", actors=(), recips=(), place="Torkham")
    got = cluster([told, again, other_place, elsewhere])
    assert got["a2"] == got["a1"]
    assert "a3" not in got and "b1" not in got


def test_cluster_a_vague_re_mention_with_two_candidates_stays_alone():
    one = _r("a1", "a", "2024-01-08")
    two = _r("a3", "a", "2024-01-08", place="Khyber")
    again = _r("a2", "a", "2024-01-08", actors=(), recips=(), place=None)
    got = cluster([one, two, again])
    assert got["a1"] != got["a3"] and "a2" not in got


# -- sides compared by country, whole clusters, names the registry lacks ---------------------

def test_cluster_sides_of_one_country_agree_unless_their_sectors_differ():
    # "Pakistani authorities arrested Afghan migrants" / "police detained Afghans"
    a = _r("a1", "a", "2024-01-08", actors=("PAK GOV",), recips=("AFG REF",), place=None, typ="COERCE")
    b = _r("b1", "b", "2024-01-08", actors=("PAK COP",), recips=("AFG CVL",), place="Torkham", typ="COERCE")
    assert len(set(cluster([a, b]).values())) == 1
    c = _r("c1", "c", "2024-01-08", actors=("PAK MIL",), recips=("AFG CVL",), place=None, typ="COERCE")
    assert len(set(cluster([b, c]).values())) == 2            # police and army: two operations
    d = _r("d1", "d", "2024-01-08", actors=("IRN COP",), recips=("AFG CVL",), place=None, typ="COERCE")
    assert len(set(cluster([a, d]).values())) == 2            # another state's police


def test_cluster_a_report_without_a_place_cannot_bridge_two_places():
    torkham = _r("a1", "a", "2024-01-08", actors=("PAK GOV",), recips=(), place="Torkham", typ="COERCE")
    vague = _r("b1", "b", "2024-01-08", actors=("PAK GOV",), recips=(), place=None, typ="COERCE")
    chaman = _r("c1", "c", "2024-01-08", actors=("PAK GOV",), recips=(), place="Chaman", typ="COERCE")
    got = cluster([torkham, vague, chaman])
    assert got["a1"] == got["b1"] and got["c1"] != got["a1"]


def test_cluster_joins_a_cluster_through_any_of_its_reports():
    first = _r("a1", "a", "2024-01-08", actors=("militants",), recips=("PAK MIL",))
    second = _r("b1", "b", "2024-01-08", actors=("PAK REB",), recips=("PAK MIL",))
    third = _r("c1", "c", "2024-01-08", actors=("PAK REB",), recips=(), place=None)   # agrees with b1 only
    got = cluster([first, second, third])
    assert got["a1"] == got["b1"] == got["c1"]


def test_names_the_registry_lacks_tell_people_apart():
    from jirga.model import name_key
    qasmi = name_key(None, None, None, None, "Maulana Sher Zaman Qasmi")
    assert qasmi == "=maulana sher zaman qasmi"
    assert name_key(None, None, None, None, "Militants") is None and name_key(None, None, None, None, "two policemen") is None
    meet = dict(recips=("AFG GOV",), place="Kabul", typ="CONSULT")
    a = _r("a1", "a", "2024-01-10", actors=(qasmi, "maulana sher zaman qasmi"), **meet)
    b = _r("b1", "b", "2024-01-10", actors=("=Fazlur Rehman", "PAK PTY"), **meet)
    c = _r("c1", "c", "2024-01-10", actors=("=sher zaman qasmi", "PAK PTY"), **meet)   # the same name in part
    got = cluster([a, b, c])
    assert got["a1"] != got["b1"] and got["c1"] == got["a1"]


def test_a_person_and_an_organisation_do_not_tell_reports_apart():
    from jirga.merge import side_agreement
    haqqani = _r("a1", "a", "2022-06-02", actors=("=Sirajuddin Haqqani", "AFG GOV"), recips=(), typ="MEDIATE")
    taliban = _r("b1", "b", "2022-06-02", actors=("=org:Taliban", "AFG GOV"), recips=(), typ="MEDIATE")
    ttp = _r("c1", "c", "2022-06-02", actors=("=org:Tehrik-i-Taliban Pakistan", "AFG GOV"), recips=(), typ="MEDIATE")
    assert side_agreement(haqqani, taliban) == 1
    assert side_agreement(taliban, ttp) is None                 # two organisations


def test_a_meeting_naming_other_people_is_another_meeting():
    from jirga.merge import side_agreement
    visit = _r("a1", "a", "2024-01-11", actors=("=maulana sher zaman qasmi",), recips=("AFG GOV",), typ="CONSULT")
    other = _r("b1", "b", "2024-01-11", actors=("=Hibatullah Akhundzada", "AFG GOV", "PAK GOV"), recips=(),
               typ="CONSULT")
    assert side_agreement(visit, other) is None


# -- re-mentions within one article share their day and place ------------------------------
def test_share_within_a_re_mention_takes_the_day_and_place_of_the_report_that_tells_them():
    from jirga.merge import share_within
    from jirga.model import ActorRef, Document, Event, Place, Sentence, Span
    text = "Pakistani envoys met Taliban leaders in Kabul on Monday. Pakistani envoys met Taliban leaders again."
    s1, s2 = Sentence(0, 0, 55, text[:55]), Sentence(1, 56, len(text), text[56:])

    def ev(eid, sent, date, basis, place=None):
        return Event(doc_id="d", event_id=eid, event_type="CONSULT", sentence=sent,
                     trigger=Span(sent.start + 17, sent.start + 20, "met"), date=date, date_precision="day",
                     date_basis=basis, actor=[ActorRef("envoys", 0, 1, None, "PAK", "GOV", resolved=True)],
                     recipient=[ActorRef("Taliban", 0, 1, None, "AFG", "GOV", resolved=True)],
                     location=place)
    kabul = Place("Kabul", 40, 45, "Kabul", 34.5, 69.2, 1138958, "AFG", "PPLC")
    told = ev("e1", s1, "2024-01-08", "text", kabul)
    again = ev("e2", s2, "2024-01-09", "published")
    doc = Document(id="d", text=text, published="2024-01-09", events=[told, again], places=[kabul])
    share_within(doc)
    assert (again.date, again.date_basis, again.location) == ("2024-01-08", "remention", kabul)
    # a sentence with a time or place of its own keeps its own: another day, another event
    from jirga.model import Timex
    again2 = ev("e2", s2, "2024-01-09", "published")
    doc = Document(id="d", text=text, published="2024-01-09", events=[ev("e1", s1, "2024-01-08", "text", kabul), again2],
                   places=[kabul, Place("Herat", 60, 65, "Herat", 34.3, 62.2, 1139715, "AFG", "PPLA")],
                   timex=[Timex("Tuesday", 70, 77, "DATE", "2024-01-09")])
    share_within(doc)
    assert (again2.date_basis, again2.location) == ("published", None)


def test_attackers_named_loosely_do_not_tell_an_attack_apart():
    # "gunmen" in one report, "militants" in another: the victims tie them, the names do not part them
    got = cluster([_r("a1", "a", "2024-01-08", actors=("PAK UAF",), recips=("PAK COP",)),
                   _r("b1", "b", "2024-01-08", actors=("PAK REB",), recips=("PAK COP",))])
    assert got["a1"] == got["b1"]
    # the loose names alone tie nothing: different (uncoded) targets stay apart
    got = cluster([_r("a1", "a", "2024-01-08", actors=("PAK UAF",), recips=("a convoy",)),
                   _r("b1", "b", "2024-01-08", actors=("PAK REB",), recips=("the air base",))])
    assert got["a1"] != got["b1"]
    # outside the use of force, sectors still part reports: the army's word is not the police's
    got = cluster([_r("a1", "a", "2024-01-08", typ="ACCUSE", actors=("PAK MIL",), recips=("AFG GOV",)),
                   _r("b1", "b", "2024-01-08", typ="ACCUSE", actors=("PAK COP",), recips=("AFG GOV",))])
    assert got["a1"] != got["b1"]


def _at(eid, doc, date, actors, recips, town, bound=False):
    from jirga.model import Place, place_scope
    own, within = place_scope(Place(town, 0, 1, town, country="PAK", feature_code="PPL", admin1="Khyber Pakhtunkhwa"))
    return Report(eid, doc, "ASSAULT", date, town, frozenset(actors), frozenset(recips), (False, False, False),
                  own, frozenset(within), bound)


def test_two_ends_of_one_attack_meet_at_one_town_on_one_day():
    bomber = _at("a1", "a", "2024-03-26", ("PAK UAF",), (), "Besham")
    dead = _at("b1", "b", "2024-03-26", (), ("CHN CVL",), "Besham")
    assert cluster([bomber, dead])["b1"] == "a1"
    # a target without codes ("the mosque") neither agrees nor conflicts: the town and day tie
    mosque = _at("b1", "b", "2024-03-26", (), ("the mosque",), "Besham")
    assert cluster([_at("a1", "a", "2024-03-26", ("PAK UAF",), ("CHN CVL",), "Besham"), mosque])["b1"] == "a1"
    # another town, another day, or a day that only bounds the report: apart
    assert len(set(cluster([bomber, _at("b1", "b", "2024-03-26", (), ("CHN CVL",), "Dasu")]).values())) == 2
    assert len(set(cluster([bomber, _at("b1", "b", "2024-03-27", (), ("CHN CVL",), "Besham")]).values())) == 2
    assert len(set(cluster([bomber, _at("b1", "b", "2024-03-26", (), ("CHN CVL",), "Besham", True)]).values())) == 2


def test_merge_new_finds_the_other_end_of_an_attack_by_its_town_and_day(tmp_path):
    from jirga.model import Place
    town = Place("Besham", 0, 6, "Besham", country="PAK", feature_code="PPL", admin1="Khyber Pakhtunkhwa")
    bomber = _ev("a", "2024-03-26", actor=("PAK", "UAF"), target=None, place=None)
    dead = _ev("b", "2024-03-26", actor=None, target=("CHN", "CVL"), place=None)
    bomber.location, dead.location = town, town
    with _store(tmp_path) as s:
        _write(s, [bomber])
        merge_new(s)
        _write(s, [dead], "r2")          # a later batch: found through the town, not the actors
        merge_new(s)
        assert _clusters(s)["b"] == "a"



def test_one_visitor_meeting_two_hosts_in_one_city_on_one_day_is_one_visit():
    def met(eid, doc, visitor, host, date="2022-11-29", place="Kabul", bound=False):
        return Report(eid, doc, "CONSULT", date, place, frozenset(visitor), frozenset(host), (False, False, False),
                      None, frozenset(), bound)
    muttaqi = met("a1", "a", ("=Hina Rabbani Khar", "PAK GOV"), ("=Amir Khan Muttaqi", "AFG GOV"))
    hanafi = met("b1", "b", ("PAK GOV",), ("=Abdul Salam Hanafi", "AFG GOV"))
    assert cluster([muttaqi, hanafi])["b1"] == "a1"
    # another day, another city, or two visitors: apart
    assert cluster([muttaqi, met("b1", "b", ("PAK GOV",), ("=Abdul Salam Hanafi", "AFG GOV"), "2022-12-01")])["b1"] == "b1"
    assert cluster([muttaqi, met("b1", "b", ("PAK GOV",), ("=Abdul Salam Hanafi", "AFG GOV"), place="Kandahar")])["b1"] == "b1"
    assert cluster([muttaqi, met("b1", "b", ("=Fazlur Rehman", "PAK GOV"), ("=Abdul Salam Hanafi", "AFG GOV"))])["b1"] == "b1"


def test_attackers_named_loosely_and_victims_alike_only_as_people_stay_apart():
    # a bombing of a rally and an ambush of police in one district on one day: two attacks
    rally = _at("a1", "a", "2023-07-30", ("PAK UAF",), ("PAK CVL",), "Bajaur")
    ambush = _at("b1", "a", "2023-07-30", ("PAK REB",), ("PAK COP",), "Bajaur")
    assert len(set(cluster([rally, ambush]).values())) == 2


def test_sources_disputing_who_struck_the_same_victims_tell_one_attack():
    claimed = _at("a1", "a", "2023-07-30", ("=org:Islamic State", "IMG REB"), ("PAK CVL",), "Bajaur")
    blamed = _at("b1", "b", "2023-07-30", ("PAK REB",), ("PAK CVL",), "Bajaur")
    assert cluster([claimed, blamed])["b1"] == "a1"
    # other victims, another day or another town: apart
    for other in (_at("b1", "b", "2023-07-30", ("PAK REB",), ("PAK COP",), "Bajaur"),
                  _at("b1", "b", "2023-07-31", ("PAK REB",), ("PAK CVL",), "Bajaur"),
                  _at("b1", "b", "2023-07-30", ("PAK REB",), ("PAK CVL",), "Khar")):
        assert len(set(cluster([claimed, other]).values())) == 2
