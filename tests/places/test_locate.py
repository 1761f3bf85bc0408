import pytest

from jirga.model import Event, Span

pytestmark = pytest.mark.model


def _event(doc, trigger, etype="ASSAULT", nth=0):
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(trigger, i + 1)
    sent = next(s for s in doc.sentences if s.start <= i < s.end)
    return Event(doc_id=doc.id, event_id=f"e{i}", event_type=etype, sentence=sent,
                 trigger=Span(i, i + len(trigger), trigger))


def _locate(parse, res, text, triggers, published=None):
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_events
    doc = parse(text, published)
    doc.places = geoparse(doc, res)
    doc.events = [_event(doc, t, et) for t, et in triggers]
    locate_events(doc, res)
    return [e.location.name if e.location else None for e in doc.events]


def test_attack_in_district(parse, res):
    assert _locate(parse, res, "Militants carried out a bomb attack on a police vehicle in Bajaur district.",
                   [("attack", "ASSAULT")]) == ["Bajaur"]


def test_visit_destination_not_relative_clause(parse, res):
    text = "Rehman, who met Afghan diplomats in Peshawar, visited Kabul."
    assert _locate(parse, res, text, [("visited", "CONSULT"), ("met", "CONSULT")]) == ["Kabul", "Peshawar"]


def test_killed_in_attack_in_district(parse, res):
    text = ("At least five police officers were killed and 22 injured in an attack in the district of "
            "Bajaur on the Afghan border in the northwestern Khyber Pakhtunkhwa Province.")
    assert _locate(parse, res, text, [("killed", "ASSAULT")]) == ["Bajaur"]


def test_dateline_fallback(parse, res):
    text = "ISLAMABAD: The government announced new measures against smuggling on Monday."
    assert _locate(parse, res, text, [("announced", "CONSULT")]) == ["Islamabad"]


def test_a_site_no_gazetteer_knows_lies_in_the_one_town_the_story_is_filed_from(parse, res):
    text = "TULSA (AP) — A county clerk was indicted at the Civic Center on Monday."
    assert _locate(parse, res, text, [("indicted", "ACCUSE")]) == ["Tulsa"]
    # a story that names other towns leaves the site where it is: it could be in any of them
    text = "TULSA (AP) — A county clerk from Denver was indicted at the Civic Center on Monday."
    assert _locate(parse, res, text, [("indicted", "ACCUSE")]) == [None]


def test_an_attack_told_as_what_someone_said_takes_no_dateline(parse, res):
    text = "NAIROBI: A spokesman said 12 soldiers were killed. The government announced new measures."
    assert _locate(parse, res, text, [("killed", "ASSAULT"), ("announced", "CONSULT")]) == [None, "Nairobi"]
    # told as a fact, the attack keeps the dateline
    text = "NAIROBI: Twelve soldiers were killed on Monday."
    assert _locate(parse, res, text, [("killed", "ASSAULT")]) == ["Nairobi"]


def test_the_place_of_those_who_report_is_not_the_place_of_what_they_report(parse, res):
    text = "Traders in Peshawar said their fruit rotted while the Afghan border was closed."
    assert _locate(parse, res, text, [("closed", "COERCE")]) == [None]
    # a place inside the report still counts
    text = "Officials in Islamabad said militants attacked a checkpoint in Bannu."
    assert _locate(parse, res, text, [("attacked", "ASSAULT")]) == ["Bannu"]


def test_without_a_dateline_the_story_focus(parse, res):
    text = ("Shelling hit Douma again on Monday. Residents of Douma said food had run out. The army "
            "said its offensive on Harasta, near Douma, was nearly over. The rebels deny they are negotiating.")
    got = _locate(parse, res, text, [("deny", "REJECT"), ("said", "CONSULT")])
    assert got[0] == "Dūmā"     # the gazetteer's spelling
    # two towns far apart, neither most of the story: no focus
    text = "Shelling hit Douma on Monday. Protesters marched in Tunis and in Sfax. The rebels deny they are negotiating."
    assert _locate(parse, res, text, [("deny", "REJECT")]) == [None]


def test_story_focus_needs_most_mentions_near_one_town():
    from jirga.model import Place
    from jirga.places.locate import story_focus

    def place(name, lat, lon, code="PPL"):
        return Place(name, 0, 1, name, lat, lon, None, "SYR", code)
    douma, harasta, aleppo = place("Douma", 33.57, 36.40), place("Harasta", 33.56, 36.36), place("Aleppo", 36.2, 37.16)
    assert story_focus([douma, douma, harasta, aleppo]).name == "Douma"
    assert story_focus([douma, harasta, aleppo, aleppo]) is None          # 2 of 4 is not most
    assert story_focus([douma, harasta]) is None                         # too little support
    assert story_focus([place("Syria", 35, 38, "PCLI")] * 4) is None     # a country is no focus


def test_no_place(parse, res):
    assert _locate(parse, res, "The minister said the talks would continue.", [("said", "CONSULT")]) == [None]


def _locate_full(parse, res, text, triggers):
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_events
    doc = parse(text, None)
    doc.places = geoparse(doc, res)
    doc.events = [_event(doc, t, et) for t, et in triggers]
    locate_events(doc, res)
    return [e.location for e in doc.events]


def test_unresolved_site_takes_container_coordinates(parse, res):
    # invented village name: the most specific place, coordinates from Peshawar
    loc, = _locate_full(parse, res, "Two men were killed in the village of Zarqonai near Peshawar on Monday.",
                        [("killed", "ASSAULT")])
    assert loc is not None and loc.text == "Zarqonai" and loc.name == "Peshawar" and loc.lat is not None


def test_fallback_skips_bystander_relative_clause(parse, res):
    assert _locate(parse, res, "The area is patrolled by soldiers who have their barracks in Quetta.",
                   [("patrolled", "COERCE")]) == [None]


def test_other_coordinated_event_is_not_the_place(parse, res):
    assert _locate(parse, res, "He was arrested last year and appeared before a judge in Lahore on Friday.",
                   [("arrested", "COERCE")]) == [None]


def test_source_place_is_not_the_place(parse, res):
    assert _locate(parse, res, "Three soldiers were killed, according to a statement from the ministry in Islamabad.",
                   [("killed", "ASSAULT")]) == [None]


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


def test_subject_place_is_the_last_resort(parse, res):
    # no other place in the sentence: the actor's own place is where it acts
    assert _locate_one(parse, res, "Afghanistan's charge d'affaires in Islamabad met officials of the "
                       "foreign office on Wednesday.", "met") == "Islamabad"
    # another place wins over it
    assert _locate_one(parse, res, "Pakistani troops in Bajaur attacked a post in Kunar on Friday.",
                       "attacked") == "Kunar"


def test_place_naming_a_site_is_the_location(parse, res):
    assert _locate_one(parse, res, "The protesters marched to the Sydney offices of the United Nations.",
                       "marched") == "Sydney"


# -- place index (issue 12: linear in the document's places) -------------------------
def _scan(places, start, end):
    """The former definition: every place of the document tested for every sentence."""
    return [p for p in places if p.start >= start and p.end <= end]


def test_place_index_gives_what_a_full_scan_gives():
    import random

    from jirga.model import Place
    from jirga.places.locate import PlaceIndex
    rng = random.Random(7)
    places = []
    for _ in range(400):                         # unsorted, overlapping, some zero-length
        a = rng.randrange(0, 5000)
        places.append(Place(text="x", start=a, end=a + rng.randrange(0, 30)))
    index = PlaceIndex(places)
    bounds = [(0, 0), (0, 5030), (4990, 5030), (10, 10)] + \
        [tuple(sorted((rng.randrange(0, 5030), rng.randrange(0, 5030)))) for _ in range(500)]
    for s, e in bounds:
        assert index.within(s, e) == _scan(places, s, e), (s, e)
    assert PlaceIndex([]).within(0, 10) == []


def test_place_index_keeps_the_documents_order():
    from jirga.model import Place
    from jirga.places.locate import PlaceIndex
    late, early = Place(text="b", start=50, end=55), Place(text="a", start=10, end=15)
    assert [p.text for p in PlaceIndex([late, early]).within(0, 100)] == ["b", "a"]


def test_locate_events_reads_the_places_once_per_document(parse, res, monkeypatch):
    """Locating every event indexes the places once: it does not scan them per event."""
    from jirga.places import locate
    from jirga.places.geoparse import geoparse
    from jirga.model import Event, Span
    text = " ".join(f"Militants attacked a checkpoint in Peshawar on day {i}." for i in range(40))
    doc = parse(text)
    doc.places = geoparse(doc, res)
    doc.events = []
    for i, s in enumerate(doc.sentences):
        k = doc.text.index("attacked", s.start)
        doc.events.append(Event(doc_id=doc.id, event_id=str(i), event_type="ASSAULT", sentence=s,
                                trigger=Span(k, k + 8, "attacked")))
    built = []
    real = locate.PlaceIndex.__init__

    def counting(self, places):
        built.append(len(places))
        real(self, places)
    monkeypatch.setattr(locate.PlaceIndex, "__init__", counting)
    locate.locate_events(doc, res)
    assert built == [len(doc.places)] and len(doc.places) >= 40
    assert all(ev.location is not None and ev.location.name == "Peshawar" for ev in doc.events)
    assert [ev.location.start for ev in doc.events] == [p.start for p in doc.places if p.name == "Peshawar"]


def test_village_inside_the_place_after_it_is_the_event_place(parse, res):
    # the parse hangs 'in southern Daraa' on the verb; the village it holds is more specific
    text = "Soldiers recaptured the town of Tal Shihab in southern Daraa after heavy fighting."
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_in_sentence
    doc = parse(text)
    doc.places = geoparse(doc, res)
    ev = _event(doc, "recaptured", "SEIZE")
    assert locate_in_sentence(doc, ev, doc.parsed).text == "Tal Shihab"


# -- classes of place errors on real news (issue 9) ------------------------------------------
def test_a_place_in_what_the_act_is_about_is_not_its_place(parse, res):
    assert _locate_one(parse, res, "The envoy complained about the treatment of traders in Quetta.",
                       "complained") is None
    assert _locate_one(parse, res, "Officials want calm ties, strained due to the closure of crossings "
                       "in Chaman.", "want") is None


def test_to_names_the_addressee_unless_the_act_is_going_there(parse, res):
    assert _locate_one(parse, res, "The general apologized to Uzbekistan for the raid.", "apologized") is None
    assert _locate_one(parse, res, "The minister began a trip to Tashkent on Monday.", "trip") == "Tashkent"


def test_the_doer_under_by_is_not_the_place(parse, res):
    assert _locate_one(parse, res, "Talks were spoiled by the deportation of traders by Tashkent.",
                       "deportation") is None


def test_a_capital_doing_the_act_stands_for_its_country(parse, res):
    text = ("Many traders have lived in Uzbekistan for years, some of them in Tashkent. "
            "Tashkent deported hundreds of them in March.")
    loc, = _locate_full(parse, res, text, [("deported", "COERCE")])
    assert (loc.text, loc.name, loc.country) == ("Tashkent", "Uzbekistan", "UZB")
    assert loc.start == text.rindex("Tashkent")       # the capital's words are the evidence
    # the country is read from the document: without it, nothing is made up
    loc, = _locate_full(parse, res, "Tashkent deported hundreds of traders in March.", [("deported", "COERCE")])
    assert loc is None


def test_an_event_told_in_a_where_clause_happened_at_its_head(parse, res):
    assert _locate_one(parse, res, "The minister flew to Dubai, where officials briefed him on the talks.",
                       "briefed") == "Dubai"


def test_an_event_noun_takes_the_place_of_its_verb_of_taking_place(parse, res):
    assert _locate_one(parse, res, "Protests that erupted in Herat last week continued in Kunduz on Sunday.",
                       "Protests") == "Kunduz"
    assert _locate_one(parse, res, "The talks took place in Doha last week.", "talks") == "Doha"


def test_a_release_happens_where_people_are_taken_from(parse, res):
    assert _locate_one(parse, res, "Police released the prisoners from a jail in Kandahar on Friday.",
                       "released") == "Kandahar"
    # after other acts, 'from' still gives an origin, not the place
    assert _locate_one(parse, res, "Police questioned the prisoners from a jail in Kandahar on Friday.",
                       "questioned") is None


def test_a_meeting_placed_at_a_country_is_held_in_its_capital_the_story_names(parse, res):
    text = ("Officials in Uzbekistan hosted talks with a Kazakh delegation on Tuesday. The delegation "
            "had flown into Tashkent the night before.")
    loc, = _locate_full(parse, res, text, [("hosted", "CONSULT")])
    assert loc.name == "Tashkent"
    # other acts keep the country
    loc, = _locate_full(parse, res, text.replace("hosted talks with", "deported"), [("deported", "COERCE")])
    assert loc.name == "Uzbekistan"


def test_a_site_the_geoparser_missed_is_read_among_the_documents_countries(parse, res):
    text = "Rebel guns fired on Ramadi overnight, residents in Iraq said."
    loc, = _locate_full(parse, res, text, [("fired", "ASSAULT")])
    assert loc.text == "Ramadi" and loc.country == "IRQ" and loc.name != "Iraq"     # its own point


def test_the_main_clauses_place_is_not_that_of_a_subordinate_act_with_its_own_doer(parse, res):
    text = "Crowds cheered in Lahore when the minister resigned on Monday."
    assert _locate_one(parse, res, text, "resigned") is None
    assert _locate_one(parse, res, text, "cheered") == "Lahore"


def test_an_act_of_saying_is_where_the_words_were_said(parse, res):
    # coded from the words reported: the place of the saying, not the places it speaks of
    text = "Wang told reporters in Moscow that all parties should show restraint on the Korean Peninsula."
    assert _locate(parse, res, text, [("should", "REQUEST")]) == ["Moscow"]
    text = "The spokeswoman said in Ankara that Damascus must withdraw its troops from Idlib."
    assert _locate(parse, res, text, [("must", "REQUEST")]) == ["Ankara"]
    # a happening told in a report is still where the report puts it
    text = "The spokeswoman said in Ankara that Syrian jets bombed a market in Idlib."
    assert _locate(parse, res, text, [("bombed", "ASSAULT")]) == ["Idlib"]


def test_what_an_act_of_saying_is_about_is_not_its_place(parse, res):
    text = "At a ceremony in Karachi, the governor invited the envoy to visit Quetta."
    assert _locate(parse, res, text, [("invited", "AGREE")]) == ["Karachi"]
    text = "The mayor urged the army to withdraw from Hebron."
    assert _locate(parse, res, text, [("urged", "REQUEST")]) == [None]
    # a movement is still where it goes
    text = "The envoy flew to Quetta on Monday."
    assert _locate(parse, res, text, [("flew", "CONSULT")]) == ["Quetta"]


def test_a_place_after_with_against_or_between_is_a_party(parse, res):
    got = _locate(parse, res, "The Uzbek minister said his country wants warm ties with Dushanbe.",
                  [("wants", "AGREE")])
    assert got == [None]
    got = _locate(parse, res, "Thousands demonstrated against France and Libya in the capital's square.",
                  [("demonstrated", "PROTEST")])
    assert got[0] not in ("France", "Libya")
    # ... unless they say where a stretch of land lies
    text = "UN troops patrol in the buffer zone between Tyre and Nabatieh."
    assert _locate(parse, res, text, [("patrol", "MOBILIZE")]) != [None]


def test_a_noun_of_going_somewhere_is_where_its_place_name_says(parse, res):
    got = _locate(parse, res, "The crown prince ended a three-week US tour on Sunday.", [("tour", "CONSULT")])
    assert got == ["United States"]
    got = _locate(parse, res, "During his Kabul visit, the envoy met the foreign minister.", [("met", "CONSULT")])
    assert got == ["Kabul"]
    # other nouns a place name modifies are no place of the act
    assert _locate(parse, res, "A US air strike killed four fighters.", [("killed", "ASSAULT")]) == [None]


def test_a_tour_of_a_country_stays_in_the_country(parse, res):
    text = "The prince met the president in Paris. He later began a week-long tour of France."
    assert _locate(parse, res, text, [("met", "CONSULT"), ("tour", "CONSULT")]) == ["Paris", "France"]
    # a meeting placed only at the country is held in the town the story names
    text = "The prince met the president in Paris. The talks in France covered trade."
    assert _locate(parse, res, text, [("met", "CONSULT"), ("talks", "CONSULT")]) == ["Paris", "Paris"]


def test_what_talks_discussed_is_not_where_they_were(parse, res):
    # the object of 'discussed' is the talks' matter; 'met ... in Tashkent' still places them
    text = "The two ministers discussed trade and the prisoners held in Lahore."
    assert _locate(parse, res, text, [("discussed", "CONSULT")]) == [None]
    text = "The two ministers met their hosts in Tashkent and discussed the prisoners held in Lahore."
    assert _locate(parse, res, text, [("met", "CONSULT")]) == ["Tashkent"]


def test_a_harm_takes_the_place_of_the_act_its_temporal_clause_tells(parse, res):
    # the victims' sentence names no place of its own: the clause telling the act does
    assert _locate_one(parse, res, "Two guards were wounded after gunmen threw grenades at a "
                       "post guarded by levies in Turbat.", "wounded") == "Turbat"
    assert _locate_one(parse, res, "Nine miners died as rebels shelled a camp held by "
                       "the army near Goma.", "died") == "Goma"
    # the main clause's own place comes first
    assert _locate_one(parse, res, "Four men were killed in Kabul when gunmen fired on a convoy "
                       "heading to Jalalabad.", "killed") == "Kabul"
    # an act that is no harm is not placed by the clause beside it
    got = _locate(parse, res, "PESHAWAR: Officials summoned the envoy. Islamabad complained when "
                  "Afghan guards shelled a market in Chaman.", [("complained", "ACCUSE")])
    assert got == ["Peshawar"]


def test_a_violent_act_in_a_temporal_clause_happened_where_its_main_clause_was(parse, res):
    assert _locate_one(parse, res, "The medic was serving with Kurdish fighters in Raqqa when the "
                       "mine exploded.", "exploded") == "Raqqa"
    assert _locate_one(parse, res, "Police were guarding a vaccination team in Mardan when gunmen "
                       "opened fire.", "opened") == "Mardan"


def test_a_target_building_is_where_the_act_happened_whoever_uses_it(parse, res):
    for text, trigger, where in [
            ("Gunmen attacked a checkpoint manned by levies in Zhob.", "attacked", "Zhob"),
            ("Militants stormed a school run by missionaries in Bannu.", "stormed", "Bannu"),
            ("A rocket hit a clinic operated by a charity in Kunduz.", "hit", "Kunduz"),
            ("Police raided a warehouse that belonged to a smuggler in Peshawar.", "raided", "Peshawar")]:
        assert _locate_one(parse, res, text, trigger) == where, text
    # a person is no building: where those who want him are is not where he was arrested
    assert _locate_one(parse, res, "Police arrested a man wanted by authorities in Karachi.", "arrested") is None


def test_a_town_named_with_its_district_wins_and_carries_it(parse, res):
    loc, = _locate_full(parse, res, "A drone strike killed three people in Datta Khel in North Waziristan.",
                        [("killed", "ASSAULT")])
    assert loc.name == "Datta Khel" and loc.admin2 == "North Waziristan"
    loc, = _locate_full(parse, res, "Police arrested four men in Chaman in Balochistan.", [("arrested", "COERCE")])
    assert loc.text == "Chaman"
    # a town told as where the victims come from is not where they were killed
    loc, = _locate_full(parse, res, "Gunmen killed three people from Datta Khel in North Waziristan.",
                        [("killed", "ASSAULT")])
    assert loc.name == "North Waziristan"


def test_where_a_party_is_said_to_be_is_the_place_but_whom_a_sale_goes_to_is_not(parse, res):
    assert _locate_one(parse, res, "The officer had been stationed with Nigerian troops in Maiduguri "
                       "when the convoy was ambushed.", "ambushed") == "Maiduguri"
    assert _locate_one(parse, res, "The parliament approved selling fighter jets to Qatar.", "approved") is None
    assert _locate_one(parse, res, "The cabinet agreed on sending troops to Kandahar.", "sending") == "Kandahar"


def test_a_country_before_a_civil_war_or_conflict_is_where_it_is_fought(parse, res):
    assert _locate_one(parse, res, "Egypt's intervention in Sudan's conflict drew criticism.",
                       "intervention") == "Sudan"
    assert _locate_one(parse, res, "Turkey deepened its role in Libya's civil war.", "role") == "Libya"


def test_a_town_read_only_in_part_by_the_geoparser_is_read_whole_in_its_district(parse, res):
    # the tagger may take only the first word of a two-word town for a place elsewhere
    loc, = _locate_full(parse, res, "Gunmen killed a teacher in the Mir Ali area of North Waziristan.",
                        [("killed", "ASSAULT")])
    assert (loc.text, loc.name, loc.admin2) == ("Mir Ali", "Mir Ali", "North Waziristan")
    loc, = _locate_full(parse, res, "A bomb killed two porters in the Landi Kotal area of Khyber district.",
                        [("killed", "ASSAULT")])
    assert (loc.name, loc.admin2) == ("Landi Kotal", "Khyber District")
    # a village the gazetteer lacks keeps the district's reading
    loc, = _locate_full(parse, res, "A bomb killed two porters in the Zarqonai area of Khyber district.",
                        [("killed", "ASSAULT")])
    assert loc.text == "Zarqonai" and loc.name == "Khyber District"


def test_a_place_of_the_event_an_act_follows_is_not_its_place_unless_the_act_is_its_harm(parse, res):
    assert _locate_one(parse, res, "People in Jalalabad took to the streets after the raids in "
                       "Kunar.", "took") == "Jalalabad"
    assert _locate_one(parse, res, "Shops closed on Monday after the killing of a trader in Kabul.", "closed") is None
    assert _locate_one(parse, res, "Police detained two men after a bombing near Mardan.", "detained") is None
    assert _locate_one(parse, res, "Five people were killed after an attack on a market in Bannu.",
                       "killed") == "Bannu"


def test_the_capital_named_by_its_peoples_adjective_is_the_place(parse, res):
    for text, trigger, town in [
            ("A bomb exploded in the Afghan capital on Monday.", "exploded", "Kabul"),
            ("Protesters gathered outside the embassy in the Syrian capital.", "gathered", "Damascus"),
            ("Envoys held talks with the minister in the Pakistani capital.", "talks", "Islamabad")]:
        loc, = _locate_full(parse, res, text, [(trigger, "ASSAULT")])
        assert loc.name == town, text
    loc, = _locate_full(parse, res, "Police fired tear gas at protesters in the capital.", [("fired", "ASSAULT")])
    assert loc is None


def test_a_town_the_geoparser_read_in_a_province_or_district_name_is_that_area(parse, res):
    for text, where in [("Jets struck villages in Khost province on Saturday.", "Khost province"),
                        ("Troops raided homes in Afghanistan's Kandahar province.", "Kandahar province")]:
        loc, = _locate_full(parse, res, text, [(text.split()[1], "ASSAULT")])
        assert (loc.text, loc.feature_code) == (where, "ADM1"), text
    loc, = _locate_full(parse, res, "Jets struck villages near Khost on Saturday.", [("struck", "ASSAULT")])
    assert loc.feature_code.startswith("PPL")


def test_a_town_read_abroad_is_read_again_in_the_area_it_is_named_in(parse, res):
    # the tagger's first reading of the village lies in another country than its province
    loc, = _locate_full(parse, res, "Strikes killed 20 people in Spera district of Khost.", [("killed", "ASSAULT")])
    assert (loc.text, loc.country, loc.admin1) == ("Spera", "AFG", "Khost")
    # a country after a comma is no such area: nothing is read again
    loc, = _locate_full(parse, res, "Gunmen attacked a checkpoint in Chaman, Afghanistan's envoy said.",
                        [("attacked", "ASSAULT")])
    assert (loc.text, loc.country) == ("Chaman", "PAK")


def test_an_act_told_in_a_clause_on_a_place_done_to_it_happened_there(parse, res):
    text = "The Taliban urged Pakistan on Friday to reopen the Torkham crossing, which Pakistani authorities closed."
    assert _locate_one(parse, res, text, "closed") == "Torkham"
    assert _locate_one(parse, res, "Troops searched Mir Ali, which militants attacked last week.", "attacked") == "Mir Ali"
    # the place is the doer, not what the act was done to: where the act went is its place
    text = "Officials carried a message from the US, whose representatives visited Islamabad last week."
    assert _locate_one(parse, res, text, "visited") == "Islamabad"


def test_the_crossing_is_the_one_the_story_named_before(parse, res):
    text = ("Traders in Kandahar said they were losing money every day the Chaman crossing stayed shut. "
            "Pakistani officials closed the crossing on November 13.")
    assert _locate(parse, res, text, [("closed", "COERCE")], "2022-11-17") == ["Chaman border crossing"]
    # a crossing named only after it tells nothing
    text = ("Pakistani officials closed the crossing on November 13. "
            "Traders in Kandahar said they were losing money every day the Chaman crossing stayed shut.")
    assert _locate(parse, res, text, [("closed", "COERCE")], "2022-11-17") != ["Chaman border crossing"]
    # a border post the gazetteer knows is a crossing named by its name alone
    text = ("Exporters in Jalalabad said they lost money during the ten-day halt at Ghulam Khan. "
            "The two governments reopened the crossing on Tuesday.")
    assert _locate(parse, res, text, [("reopened", "RETREAT")], "2024-01-27") == ["Ghulam Khan"]


def test_a_place_another_verb_governs_is_that_events_not_the_nearest_for_this_one(parse, res):
    text = ("The minister's visit on May 3 came two days after trade officials of the two states "
            "met in Nairobi to discuss tariffs.")
    assert _locate(parse, res, text, [("visit", "CONSULT"), ("met", "CONSULT")]) == [None, "Nairobi"]
    # without the other event coded, the nearest place is still taken
    assert _locate(parse, res, text, [("visit", "CONSULT")]) == ["Nairobi"]
    # an act told inside the other's phrase keeps the place of that phrase
    text = ("Kenya accused Somalia on Tuesday of sheltering the cell behind the raid near Mandera, "
            "which killed six teachers.")
    assert _locate(parse, res, text, [("sheltering", "AID"), ("killed", "ASSAULT")])[1] == "Mandera"
    # a call made during a meeting at a place was made there
    call = ("It happened in a phone call to Erdogan during a final meeting between the two leaders at "
            "the airport in Tel Aviv.")
    assert _locate(parse, res, call, [("call", "CONSULT"), ("meeting", "CONSULT")])[0] == "Tel Aviv"


def test_a_place_owning_a_sector_or_quarter_is_where_the_act_was(parse, res):
    text = "A suicide bomber blew himself up outside the court in Nairobi's Eastleigh sector on Tuesday."
    assert _locate(parse, res, text, [("blew", "ASSAULT")]) == ["Nairobi"]


def test_afghan_border_districts_are_known_places(parse, res):
    # a district of Khost, not the Turkish village of a like name
    text = "Hundreds of people attended funerals for ten villagers killed when a house in Gurbuz district of Khost was bombed."
    loc, = _locate_full(parse, res, text, [("bombed", "ASSAULT")])
    assert loc is not None and (loc.name, loc.country) == ("Gurbuz", "AFG")


def test_a_towns_name_before_a_meeting_or_attack_noun_places_it(parse, res):
    text = ("The Geneva talks ended without agreement. The Quetta bombing killed five. "
            "The Geneva round was hosted by Switzerland. A US air strike was reported.")
    got = _locate(parse, res, text, [("talks", "CONSULT"), ("bombing", "ASSAULT"), ("hosted", "CONSULT"),
                                     ("strike", "ASSAULT")])
    assert got[:3] == ["Geneva", "Quetta", "Geneva"]
    assert got[3] is None                   # a country's name before the act is its doer


@pytest.mark.parametrize("text,place", [
    ("Armenia and Azerbaijan signed a peace agreement in Geneva on Friday.", "Geneva"),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "Washington"),
])
def test_an_agreement_signed_somewhere_was_signed_there(parse, res, text, place):
    assert _locate(parse, res, text, [("signed", "SUPPORT")]) == [place]


def test_a_place_an_agreement_speaks_of_is_not_where_it_was_praised(parse, res):
    text = "Pakistan praised the agreement on refugees in Iran."
    assert _locate(parse, res, text, [("praised", "SUPPORT")]) != ["Iran"]


@pytest.mark.parametrize("text,trigger,etype", [
    ("Protesters gathered near the US embassy in Baghdad on Sunday.", "gathered", "PROTEST"),
    ("Several rockets hit near the US embassy in Baghdad.", "hit", "ASSAULT"),
])
def test_an_embassy_is_in_its_city_not_its_owners_state(parse, res, text, trigger, etype):
    assert _locate(parse, res, text, [(trigger, etype)]) == ["Baghdad"]
