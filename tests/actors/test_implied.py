from jirga.coding import is_factual
from jirga.pipeline import code_text


def _coded(res, text, date="2021-03-04"):
    return [(e.event_type, e.trigger.text, [(a.text, a.country, a.sector) for a in e.actor])
            for e in code_text(text, date, res) if is_factual(e)]


def test_a_passive_conviction_is_the_courts_of_the_story_state(res):
    text = ("Prosecutors in Peru charged the former mayor of Lima with bribery in 2019. "
            "The former mayor was found guilty of bribery on Monday and sentenced to nine years "
            "in prison. He was also fined $300,000.")
    got = _coded(res, text)
    courts = [(typ, trig) for typ, trig, actors in got if ("", "PER", "JUD") in actors]
    assert ("SANCTION", "fined") in courts
    assert any(typ == "COERCE" and trig == "sentenced" for typ, trig in courts)
    assert any(typ == "SANCTION" and trig in ("found", "guilty") for typ, trig in courts)
    # an implied party has no words: its span is empty, at the trigger
    ev = next(e for e in code_text(text, "2021-03-04", res) if e.trigger.text == "fined")
    court = ev.actor[-1]
    assert court.start == court.end == ev.trigger.start and court.text == ""


def test_a_named_court_or_an_active_sentence_adds_no_implied_court(res):
    got = _coded(res, "A court in Quito sentenced the banker to six years in prison.")
    assert got and all(("", "ECU", "JUD") not in actors for _, _, actors in got)
    got = _coded(res, "The banker was sentenced by a military tribunal in Quito to six years.")
    assert all(not any(a[0] == "" for a in actors) for _, _, actors in got)
    # a police arrest is no court's act: the police made it
    got = _coded(res, "The banker was arrested in Quito on Friday.")
    assert all(("", "ECU", "JUD") not in actors for _, _, actors in got)


def test_a_state_doing_a_courts_act_is_its_judiciary(res):
    got = _coded(res, "Chile had been prosecuting three Bolivian soldiers in absentia. Chile arrested a Bolivian officer.")
    assert ("ACCUSE", "prosecuting", [("Chile", "CHL", "JUD")]) in got
    arrests = [actors for typ, _, actors in got if typ == "COERCE"]
    assert arrests == [[("Chile", "CHL", "GOV")]]      # an arrest is no court's act


# -- the unnamed addressee ----------------------------------------------------------------
def _recipients(res, text, date="2022-05-10"):
    return [(e.event_type, e.trigger.text, [(r.text, r.country, r.sector) for r in e.recipient])
            for e in code_text(text, date, res) if is_factual(e)]


def test_an_act_with_no_named_addressee_goes_to_the_actors_partner_in_the_story(res):
    text = ("Japan accused South Korea of breaking the fisheries accord. Seoul asked Tokyo to lift "
            "its curbs on seafood imports. The Japanese foreign minister later called for restraint. "
            "South Korean officials promised to keep talking.")
    got = _recipients(res, text)
    assert ("REQUEST", "called", [("", "KOR", "GOV")]) in got
    assert ("AGREE", "promised", [("", "JPN", "GOV")]) in got
    # a named addressee is kept, and gets no implied one beside it
    assert ("REQUEST", "asked", [("Tokyo", "JPN", "GOV")]) in got


def test_an_act_about_an_attack_is_not_addressed_to_the_actors_partner(res):
    # the partner is as often the attack's victim: condemning the blast is aimed at its authors
    text = ("Ghana's president met Togo's president in Accra. A bomb blast killed six people at a "
            "market in Lome. Ghana condemned the bombing. Ghana also called for calm.")
    got = _recipients(res, text)
    assert ("ACCUSE", "condemned", []) in got
    assert ("REQUEST", "called", [("", "TGO", "GOV")]) in got     # not about the attack: the partner


def test_the_partner_is_read_at_the_actors_own_sector_first(res):
    # the rebels deal with the army all story long; the army's government never met them
    text = ("Colombian troops attacked FARC rebels near Cali. The rebels ambushed an army patrol "
            "in Cauca. The FARC later demanded a ceasefire.")
    got = _recipients(res, text)
    demand = next(r for typ, trig, r in got if trig == "demanded")
    # the army is their partner; no words name the organ addressed, so it is the state's government
    assert demand and demand[-1][1:] == ("COL", "GOV")


def test_no_partner_no_fact_denial_and_no_tie_add_no_addressee(res):
    # a story of one state whose church leaders deal with nobody yet: no one to address
    got = _recipients(res, "Kenya's parliament passed a finance bill. Church leaders in Kenya called for calm.")
    assert ("REQUEST", "called", []) in got
    # a denial of a fact names no accuser, whoever the army dealt with
    got = _recipients(res, "Peruvian soldiers shot two protesters in Lima. The Peruvian army denied "
                           "that soldiers had fired on the crowd.")
    assert all(not any(r[0] == "" for r in recips) for typ, _, recips in got if typ == "REJECT")


def _ev(typ, actor, recip):
    """An event with one actor and the given recipients, each a (country, sector)."""
    from jirga.model import ActorRef, Event, Sentence, Span
    return Event("d", "e", typ, Sentence(0, 0, 10, ""), Span(3, 5, "xx"),
                 actor=[ActorRef("a", 0, 1, country=actor[0], sector=actor[1])],
                 recipient=[ActorRef("r", 6, 7, country=c, sector=s) for c, s in recip])


def test_counterpart_needs_one_leading_partner():
    from jirga.actors.implied import counterpart, partners
    story = [_ev("CONSULT", ("FRA", "GOV"), [("DEU", "GOV")]), _ev("ASSAULT", ("FRA", "GOV"), [("ITA", "GOV")])]
    lone = _ev("SUPPORT", ("FRA", "GOV"), [])
    assert counterpart(None, lone, partners(story)) is None           # two partners, tied
    story.append(_ev("AGREE", ("DEU", "GOV"), [("FRA", "GOV")]))
    got = counterpart(None, lone, partners(story))
    assert (got.text, got.start, got.end, got.country, got.sector) == ("", 3, 3, "DEU", "GOV")
    assert counterpart(None, _ev("MOBILIZE", ("FRA", "GOV"), []), partners(story)) is None


def test_an_unnamed_addressee_among_a_states_organs_is_its_government():
    from jirga.actors.implied import counterpart, partners
    for organ in ("JUD", "LEG", "MIL"):     # 'Tamil Nadu wants ...' in a story of its court case
        story = [_ev("ACCUSE", ("IND", "GOV"), [("IND", organ)])]
        got = counterpart(None, _ev("REQUEST", ("IND", "GOV"), []), partners(story))
        assert (got.country, got.sector) == ("IND", "GOV")
    story = [_ev("CONSULT", ("AFG", "GOV"), [("PAK", "PTY")])]      # a party is no organ of the state
    assert counterpart(None, _ev("AGREE", ("AFG", "GOV"), []), partners(story)).sector == "PTY"


def test_passive_charges_arrests_and_dropped_charges_imply_prosecution_and_police(res):
    text = ("Prosecutors in Kenya have pursued the former governor of Nairobi for years. "
            "He was charged with fraud in 2021. Two of his aides were arrested on Tuesday in Mombasa. "
            "The charges against a third aide were dropped last month.")
    got = _coded(res, text)
    assert any(typ == "ACCUSE" and ("", "KEN", "JUD") in actors for typ, _, actors in got)
    assert any(typ == "COERCE" and trig == "arrested" and ("", "KEN", "COP") in actors for typ, trig, actors in got)
    assert any(trig == "dropped" and ("", "KEN", "JUD") in actors for _, trig, actors in got)


def test_criminal_charges_a_person_faces_are_the_prosecution_s(res):
    got = _coded(res, "A former mayor of Nairobi appeared in a Kenyan court on Monday. "
                      "She faces charges including bribery and money laundering.")
    assert any(typ == "ACCUSE" and trig == "charges" and ("", "KEN", "JUD") in actors for typ, trig, actors in got)
    # charges a party brings are that party's
    got = _coded(res, "Kenya brought charges against Uganda at the regional court on Monday.")
    assert all(not any(a[0] == "" for a in actors) for typ, _, actors in got if typ == "ACCUSE")


def test_a_passive_attack_with_no_agent_was_done_by_unidentified_armed_men(res):
    got = _coded(res, "A teenager was shot dead in Nairobi on Saturday night.")
    assert any(typ == "ASSAULT" and ("", "KEN", "UAF") in actors for typ, _, actors in got)
    # an attacker named, in the clause or by 'by': nobody implied
    got = _coded(res, "A teenager was shot dead by police in Nairobi on Saturday night. "
                      "Two guards were killed when gunmen stormed a bank in Mombasa.")
    assert all(not any(a[0] == "" for a in actors) for typ, _, actors in got if typ == "ASSAULT")


def test_a_passive_killing_after_the_story_names_its_one_attacker_is_theirs(res):
    got = _coded(res, "Police officers shot a man who was carrying a metal pipe in Brooklyn on Wednesday. "
                      "A crowd gathered after Saheed Vassell was killed in Crown Heights.", "2018-04-05")
    assert ("ASSAULT", "killed", [("", "USA", "COP")]) in got
    # the dead of the attackers' own side were not killed by them
    got = _coded(res, "Militants stormed a police post in Bannu on Monday. Ten militants were killed "
                      "in the fighting.", "2024-05-02")
    assert ("ASSAULT", "killed", [("", "PAK", "UAF")]) in got
    # two attackers in the story: no telling which
    got = _coded(res, "Police officers shot a man in Brooklyn on Wednesday. Gunmen shot a guard in Queens. "
                      "A crowd gathered after a teenager was killed in Harlem.", "2018-04-05")
    assert ("ASSAULT", "killed", [("", "USA", "UAF")]) in got


def test_an_arrest_or_a_charge_with_its_agent_implies_no_one(res):
    got = _coded(res, "Soldiers arrested two farmers near Arusha on Monday. "
                      "The two were detained by Tanzanian soldiers for a week.")
    assert got and all(not any(a[0] == "" for a in actors) for _, _, actors in got)
    # charges nobody dropped: no act of the prosecution
    got = _coded(res, "Oil prices dropped sharply in Lagos on Monday.")
    assert all(not any(a[0] == "" for a in actors) for _, _, actors in got)


def test_a_state_that_strikes_acts_through_its_forces(res):
    got = _coded(res, "Ethiopia bombed rebel positions in Tigray on Sunday. Eritrea shelled the border town "
                      "of Zalambessa. Ethiopia condemned the rebels.")
    assert ("ASSAULT", "bombed", [("Ethiopia", "ETH", "MIL")]) in got
    assert ("ASSAULT", "shelled", [("Eritrea", "ERI", "MIL")]) in got
    assert ("ACCUSE", "condemned", [("Ethiopia", "ETH", "GOV")]) in got       # words are the government's
    # a leader who strikes is still a leader
    got = _coded(res, "Prime Minister Abiy Ahmed bombed the rebels' last stronghold, his critics say.")
    assert all(a[2] != "MIL" for _, _, actors in got for a in actors if "Abiy" in a[0])


def test_a_non_official_party_the_story_never_pairs_gets_no_foreign_addressee(res):
    got = _recipients(res, "Pakistan asked Afghanistan to act. Kabul promised Islamabad new patrols. "
                           "Pakistan thanked Kabul. Baloch separatists later demanded a referendum.")
    assert ("REQUEST", "demanded", []) in got
    assert ("REQUEST", "asked", [("Afghanistan", "AFG", "GOV")]) in got


def test_a_mutual_act_pairs_its_actors_for_the_addressee(res):
    got = _recipients(res, "Chilean and Peruvian officials held talks in Lima on Monday. "
                           "The Chilean defence ministry pledged to expand joint exercises.")
    assert ("AGREE", "pledged", [("", "PER", "GOV")]) in got
    # the mutual act itself keeps both parties as actors, with no addressee added
    assert ("CONSULT", "talks", []) in got


def test_a_denial_is_addressed_to_the_accuser_it_answers(res):
    story = ("Chile asked Argentina to reopen the pass. Argentina promised Chile a quick answer. "
             "Chile thanked Argentina for its help. Bolivia accused Chile of diverting the Silala river. ")
    got = _recipients(res, story + "Chile denied that it was diverting any water.")
    assert ("REJECT", "denied", [("", "BOL", "GOV")]) in got       # not Argentina, its usual partner
    # a denial nobody asked for names no one
    got = _recipients(res, story + "Peru denied that it had sent troops.")
    assert ("REJECT", "denied", []) in got


def test_actors_of_one_state_acting_together_are_no_pair():
    from jirga.actors.implied import partners
    from jirga.model import ActorRef, Event, Sentence, Span
    together = Event("d", "e", "SUPPORT", Sentence(0, 0, 10, ""), Span(3, 5, "xx"),
                     actor=[ActorRef("the Party", 0, 1, country="VNM", sector="PTY"),
                            ActorRef("the people", 2, 3, country="VNM", sector="CVL")])
    talks = Event("d", "f", "CONSULT", Sentence(1, 11, 20, ""), Span(13, 15, "xx"),
                  actor=[ActorRef("Hanoi", 11, 12, country="VNM", sector="GOV"),
                         ActorRef("Moscow", 16, 17, country="RUS", sector="GOV")])
    table = partners([together, talks])
    assert ("VNM", "CVL") not in table.get(("VNM", "PTY"), {})        # acting together
    assert table[("VNM", "GOV")][("RUS", "GOV")] > 0                   # a mutual act of two states


def test_a_story_naming_one_foreign_state_addresses_its_officials_to_it():
    # no event pairs the two states, but the story names only one other, twice
    from types import SimpleNamespace
    from jirga.actors.implied import counterpart, partners
    from jirga.model import ActorRef, Event, Sentence, Span

    def ev(typ, *actors):
        return Event("d", "e", typ, Sentence(0, 0, 10, ""), Span(3, 5, "xx"),
                     actor=[ActorRef("a", 0, 1, country=c, sector=s) for c, s in actors])
    story = [ev("SANCTION", ("USA", "GOV")), ev("MOBILIZE", ("USA", "MIL")), ev("SANCTION", ("USA", "GOV"))]
    senate = ev("ACCUSE", ("MEX", "LEG"))
    doc = SimpleNamespace(events=story + [senate])
    got = counterpart(doc, senate, partners(doc.events))
    assert (got.country, got.sector) == ("USA", "GOV")
    # two foreign states named: no telling which one is addressed; nor for a people
    doc = SimpleNamespace(events=story + [ev("SANCTION", ("CAN", "GOV")), ev("SANCTION", ("CAN", "GOV")), senate])
    assert counterpart(doc, senate, partners(doc.events)) is None
    crowd = ev("ACCUSE", ("MEX", "CVL"))
    doc = SimpleNamespace(events=story + [crowd])
    assert counterpart(doc, crowd, partners(doc.events)) is None


def test_a_blast_no_one_is_named_for_was_done_by_unidentified_armed_men(res):
    got = _coded(res, "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier "
                      "and wounded two others, the military said.")
    assert any(typ == "ASSAULT" and ("", "IRQ", "UAF") in actors for typ, _, actors in got)
    # a blast with its doer named ('by the Pakistani Taliban', 'a TTP attack'): nobody implied
    got = _coded(res, "A suicide bombing by the Pakistani Taliban killed five police in Bajaur. "
                      "A TTP attack killed two soldiers in Bannu.")
    assert all(not any(a[0] == "" for a in actors) for typ, _, actors in got if typ == "ASSAULT")


def test_a_state_that_executes_carries_out_a_sentence(res):
    got = _coded(res, "Saudi Arabia executed 81 men in a single day.")
    assert any(typ == "ASSAULT" and ("Saudi Arabia", "SAU", "JUD") in actors for typ, _, actors in got)
    got = _coded(res, "Militants executed three hostages.")     # an armed group keeps its own sector
    assert any(typ == "ASSAULT" and ("Militants", None, "REB") in actors for typ, _, actors in got)


def _targets(res, text, date="2021-03-04"):
    return [[(r.text, r.country, r.sector) for r in e.recipient]
            for e in code_text(text, date, res) if is_factual(e) and e.event_type == "PROTEST"]


def test_a_demonstration_with_no_target_is_addressed_to_the_authorities_where_it_is_held(res):
    # the place it is held in is not its target (was 'Lahore' PAK CVL)
    assert _targets(res, "Students protested in Lahore against the fee increase.") == [[("", "PAK", "GOV")]]
    assert _targets(res, "Thousands of teachers went on strike in Lagos on Monday.") == [[("", "NGA", "GOV")]]
    # a named target stays; a state's own protest is diplomatic, no demonstration
    assert _targets(res, "Farmers protested against Modi's farm laws in Delhi.") == [[("Modi", "IND", "GOV")]]
    assert _targets(res, "India protested the Chinese incursion.") == []
