"""Who: whether two reports' actors tell one event (``jirga/merge/sides.py``)."""
from jirga.merge import Report, cluster


def _r(eid, doc, date, typ="ASSAULT", actors=("TTP",), recips=("Pakistan police",), place="Bajaur", mod=(False, False, False)):
    return Report(eid, doc, typ, date, place, frozenset(actors), frozenset(recips), mod)


def _at(eid, doc, date, actors, recips, town, bound=False):
    from jirga.model import Place, place_scope
    own, within = place_scope(Place(town, 0, 1, town, country="PAK", feature_code="PPL", admin1="Khyber Pakhtunkhwa"))
    return Report(eid, doc, "ASSAULT", date, town, frozenset(actors), frozenset(recips), (False, False, False),
                  own, frozenset(within), bound)


def _rep(eid, doc, typ, date, actors, recips, town=None, country="AFG", bound=False):
    """A report as the store hands it to merging, placed at ``town`` (a town has an area id)."""
    from jirga.model import Place, place_scope
    own, within = place_scope(Place(town, 0, 1, town, country=country, feature_code="PPL", admin1="Khost")
                              if town else None)
    return Report(eid, doc, typ, date, town, frozenset(actors), frozenset(recips), (False, False, False),
                  own, frozenset(within), bound)


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


def test_a_person_and_an_organisation_do_not_tell_reports_apart():
    from jirga.merge import side_agreement
    haqqani = _r("a1", "a", "2022-06-02", actors=("=Sirajuddin Haqqani", "AFG GOV"), recips=(), typ="MEDIATE")
    taliban = _r("b1", "b", "2022-06-02", actors=("=org:Taliban", "AFG GOV"), recips=(), typ="MEDIATE")
    ttp = _r("c1", "c", "2022-06-02", actors=("=org:Tehrik-i-Taliban Pakistan", "AFG GOV"), recips=(), typ="MEDIATE")
    assert side_agreement(haqqani, taliban) == 1
    assert side_agreement(taliban, ttp) is None                 # two organisations


def test_a_named_person_and_a_named_organisation_do_not_conflict_by_sector():
    from jirga.merge import side_agreement
    cleric = _r("a1", "a", "2025-02-28", actors=(), recips=("=Maulana Abdul Aziz", "PAK PTY"))
    school = _r("b1", "b", "2025-02-28", actors=(), recips=("=org:Jamia Islamia", "PAK REL"))
    party = _r("c1", "c", "2025-02-28", actors=(), recips=("PAK PTY",))
    shrine = _r("d1", "d", "2025-02-28", actors=(), recips=("PAK REL",))
    assert side_agreement(cleric, school) is not None      # a party's cleric, killed at his seminary
    assert side_agreement(party, shrine) is None            # unnamed: the sectors still tell apart


def test_a_meeting_naming_other_people_is_another_meeting():
    from jirga.merge import side_agreement
    visit = _r("a1", "a", "2024-01-11", actors=("=maulana sher zaman qasmi",), recips=("AFG GOV",), typ="CONSULT")
    other = _r("b1", "b", "2024-01-11", actors=("=Hibatullah Akhundzada", "AFG GOV", "PAK GOV"), recips=(),
               typ="CONSULT")
    assert side_agreement(visit, other) is None


# -- re-mentions within one article share their day and place ------------------------------


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


def test_cluster_sides_of_one_country_agree_unless_their_sectors_differ():
    # "Pakistani authorities arrested Afghan migrants" / "police detained Afghans"
    a = _r("a1", "a", "2024-01-08", actors=("PAK GOV",), recips=("AFG REF",), place=None, typ="COERCE")
    b = _r("b1", "b", "2024-01-08", actors=("PAK COP",), recips=("AFG CVL",), place="Torkham", typ="COERCE")
    assert len(set(cluster([a, b]).values())) == 1
    c = _r("c1", "c", "2024-01-08", actors=("PAK MIL",), recips=("AFG CVL",), place=None, typ="COERCE")
    assert len(set(cluster([b, c]).values())) == 2            # police and army: two operations
    d = _r("d1", "d", "2024-01-08", actors=("IRN COP",), recips=("AFG CVL",), place=None, typ="COERCE")
    assert len(set(cluster([a, d]).values())) == 2            # another state's police


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


def test_militants_named_by_where_they_are_do_not_part_reports_of_a_threat():
    # "vowed to strike the TTP" and "warned it would hit militants inside Afghanistan": the
    # unnamed militants take the country of their place, the group its own
    named = _r("a1", "a", "2024-06-27", typ="THREATEN", actors=("PAK GOV",), recips=("=org:TTP", "PAK REB"), place=None)
    placed = _r("b1", "b", "2024-06-27", typ="THREATEN", actors=("PAK GOV",), recips=("AFG REB",), place=None)
    assert cluster([named, placed])["b1"] == "a1"
    # a threat to another country's army is another threat
    army = _r("b1", "b", "2024-06-27", typ="THREATEN", actors=("PAK GOV",), recips=("AFG MIL",), place=None)
    assert len(set(cluster([named, army]).values())) == 2


def test_people_or_a_state_at_large_do_not_tie_a_named_group_of_their_country():
    # 'mortar fire wounded four civilians' and 'the strikes targeted the Hafiz Gul Bahadur
    # group', told without the strikers: the victims do not tie the two
    civilians = _r("a1", "a", "2024-03-18", actors=("AFG MIL",), recips=("PAK CVL",), place="Kurram")
    group = _r("b1", "b", "2024-03-18", actors=(), recips=("=org:Hafiz Gul Bahadur group", "PAK REB"), place=None)
    assert len(set(cluster([civilians, group]).values())) == 2
    # people and soldiers of one country still agree as victims ('23 people', '23 soldiers')
    soldiers = _r("b1", "b", "2024-03-18", actors=(), recips=("PAK MIL",), place=None)
    assert cluster([civilians, soldiers])["b1"] == "a1"


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


# -- one event, its parties named differently -------------------------------------------------


def test_state_forces_named_by_their_branches_are_one_actor():
    # one night's strikes credited to "the Pakistani army" by one outlet, to "Pakistan Air
    # Force jets" by another, to "the military" by a third (no name)
    army = _rep("a1", "a", "ASSAULT", "2022-04-16", ("=org:Pakistan Army", "PAK MIL"), (), "Khost")
    air = _rep("b1", "b", "ASSAULT", "2022-04-16", ("=org:Pakistan Air Force", "PAK MIL"), (), "Khost")
    plain = _rep("c1", "c", "ASSAULT", "2022-04-16", ("PAK MIL",), ("AFG CVL",), "Khost")
    assert set(cluster([army, air, plain]).values()) == {"a1"}
    # the police and its counter-terrorism department in one raid
    police = _rep("d1", "d", "COERCE", "2023-05-02", ("=org:Punjab Police", "PAK COP"), ("PAK REB",))
    ctd = _rep("e1", "e", "COERCE", "2023-05-02", ("=org:Counter Terrorism Department", "PAK COP"), ("PAK REB",))
    assert cluster([police, ctd])["e1"] == "d1"
    # but two armed groups, two parties or two ministries of one country stay two actors,
    # and so do the forces of two countries (told nowhere in particular: at one town on one
    # day, sources disputing who struck the same victims tell one attack)
    for x, y in ((("=org:Tehrik-i-Taliban Pakistan", "PAK REB"), ("=org:Jamaat-ul-Ahrar", "PAK REB")),
                 (("=org:Pakistan Tehreek-e-Insaf", "PAK PTY"), ("=org:Pakistan Peoples Party", "PAK PTY")),
                 (("=org:Ministry of Interior", "PAK GOV"), ("=org:Ministry of Foreign Affairs", "PAK GOV")),
                 (("=org:Pakistan Army", "PAK MIL"), ("=org:Afghan Army", "AFG MIL"))):
        got = cluster([_rep("f1", "f", "ASSAULT", "2022-04-16", x, ("AFG CVL",)),
                       _rep("g1", "g", "ASSAULT", "2022-04-16", y, ("AFG CVL",))])
        assert got["g1"] == "g1", (x, y)
    # two named commanders are two people, whatever force they serve
    assert cluster([_rep("h1", "h", "ASSAULT", "2022-04-16", ("=Asim Munir", "=org:Pakistan Army", "PAK MIL"), (), "Khost"),
                    _rep("i1", "i", "ASSAULT", "2022-04-16", ("=Babar Iftikhar", "PAK MIL"), (), "Khost")])["i1"] == "i1"


def test_a_joint_act_meets_a_report_of_either_party_in_either_role():
    # "Pakistan and Afghanistan reopened Torkham" / "the crossing with Afghanistan was reopened"
    joint = _rep("a1", "a", "RETREAT", "2023-09-15", ("PAK GOV", "AFG GOV"), ())
    passive = _rep("b1", "b", "RETREAT", "2023-09-15", (), ("AFG GOV",))
    assert cluster([joint, passive])["b1"] == "a1"
    # "Afghan and Pakistani forces clashed" / "Afghan forces fired on Pakistani posts"
    clash = _rep("c1", "c", "ASSAULT", "2024-08-12", ("AFG MIL", "PAK MIL"), ())
    fired = _rep("d1", "d", "ASSAULT", "2024-08-12", ("AFG MIL",), ("PAK MIL",))
    hit = _rep("e1", "e", "ASSAULT", "2024-08-12", (), ("PAK MIL",))
    assert set(cluster([clash, fired, hit]).values()) == {"c1"}
    # a third country, another day, or a third country acting on one party: apart
    for other in (_rep("b1", "b", "RETREAT", "2023-09-15", (), ("IRN GOV",)),
                  _rep("b1", "b", "RETREAT", "2023-09-20", (), ("AFG GOV",)),
                  _rep("b1", "b", "RETREAT", "2023-09-15", ("IRN GOV",), ("AFG GOV",))):
        assert cluster([joint, other])["b1"] == "b1", other
    # a report of one country alone, no joint act: as before, nothing to compare
    assert cluster([_rep("a1", "a", "RETREAT", "2023-09-15", ("PAK GOV",), ()), passive])["b1"] == "b1"


def test_a_cross_border_clash_told_each_way_round_is_one_exchange():
    # Islamabad: "Afghan forces fired on our posts"; Kabul: "Pakistani troops fired on our guards"
    ours = _rep("a1", "a", "ASSAULT", "2024-08-12", ("AFG MIL",), ("PAK MIL",), "Torkham", "PAK")
    theirs = _rep("b1", "b", "ASSAULT", "2024-08-12", ("PAK MIL",), ("AFG MIL",), "Torkham", "PAK")
    assert cluster([ours, theirs])["b1"] == "a1"
    # another day, another crossing, a day that only bounds the event, or an attack and its
    # answer within one country: apart
    for other in (_rep("b1", "b", "ASSAULT", "2024-08-13", ("PAK MIL",), ("AFG MIL",), "Torkham", "PAK"),
                  _rep("b1", "b", "ASSAULT", "2024-08-12", ("PAK MIL",), ("AFG MIL",), "Angoor Adda", "PAK"),
                  _rep("b1", "b", "ASSAULT", "2024-08-12", ("PAK MIL",), ("AFG MIL",), "Torkham", "PAK", True)):
        assert cluster([ours, other])["b1"] == "b1", other
    # a strike that killed civilians and the other side's troops answering it the same day
    strike = _rep("a1", "a", "ASSAULT", "2024-03-18", ("PAK MIL",), ("AFG CVL",), "Khost")
    answer = _rep("b1", "b", "ASSAULT", "2024-03-18", ("AFG MIL",), ("PAK MIL",), "Khost")
    assert cluster([strike, answer])["b1"] == "b1"
    raid = _rep("c1", "c", "ASSAULT", "2024-08-12", ("PAK REB",), ("PAK COP",), "Bannu", "PAK")
    answer = _rep("d1", "d", "ASSAULT", "2024-08-12", ("PAK COP",), ("PAK REB",), "Bannu", "PAK")
    assert cluster([raid, answer])["d1"] == "d1"


def test_unnamed_gunmen_and_a_named_group_of_another_country_do_not_conflict():
    # "a gunman fired on the embassy" (armed men of the place: Afghan), "Islamic State said its
    # fighters attacked the embassy" (a claim read days later: a bound), "the envoy was shot at"
    gunman = _rep("a1", "a", "ASSAULT", "2022-12-02", ("AFG UAF",), ("=Ubaid-ur-Rehman Nizamani", "PAK GOV"), "Kabul")
    shot = _rep("b1", "b", "ASSAULT", "2022-12-02", (), ("=Ubaid-ur-Rehman Nizamani", "PAK GOV"), "Kabul")
    claim = _rep("c1", "c", "ASSAULT", "2022-12-04", ("=org:Islamic State", "IMG REB"),
                 ("=Ubaid-ur-Rehman Nizamani", "PAK GOV"), "Kabul", bound=True)
    assert set(cluster([gunman, shot, claim]).values()) == {"a1"}
    # alone, the claim and the gunman do not tie the reports: their attackers are too loose
    assert cluster([gunman, claim])["c1"] == "c1"
    # a state's soldiers are no armed men of the place: they still conflict with the group
    soldiers = _rep("a1", "a", "ASSAULT", "2022-12-02", ("AFG MIL",), ("=Ubaid-ur-Rehman Nizamani", "PAK GOV"))
    assert len(set(cluster([soldiers, shot, claim]).values())) == 2
