import pytest

from jirga.actors.registry import get_registry
from jirga.actors.resolve import resolve, resolve_events, resolve_records
from jirga.model import ActorRef, Document, Event, Sentence, Span


def r(data_res, text, date=None, context=()):
    return resolve(text, date, data_res, context)


@pytest.mark.parametrize("text", ["Tehrik-e-Taliban", "Tehreek-e-Taliban Pakistan", "Tahreek-e-Taliban Pakistan",
                                  "TTP", "Pakistani Taliban", "Tehrik-i-Taliban Pakistan's", "the TTP"])
def test_ttp_spellings(data_res, text):
    out = r(data_res, text, "2024-01-01")
    assert (out.name, out.country, out.sector) == ("Tehrik-i-Taliban Pakistan", "PAK", "REB")


def test_exact_alias_is_case_and_punctuation_insensitive(data_res):
    assert r(data_res, "inter services intelligence").name == "Inter-Services Intelligence"
    assert r(data_res, "U.S.", "2024").country == "USA"


def test_short_acronyms_need_capitals(data_res):
    assert r(data_res, "US").country == "USA"
    assert not r(data_res, "us").resolved
    assert r(data_res, "WHO").name == "World Health Organization"


def test_skeleton_catches_transliterations(data_res):
    out = r(data_res, "Tahrik-e-Taleban Pakistan", "2024")
    assert out.country == "PAK" and out.sector == "REB"
    assert r(data_res, "Fazal-ur-Rahman", "2024").name == "Fazlur Rehman"


def test_fuzzy_only_for_close_long_names(data_res):
    assert r(data_res, "Zabihulah Mujahid", "2024").name == "Zabihullah Mujahid"
    assert not r(data_res, "Asif Ali").resolved  # not Asif Ali Zardari


@pytest.mark.parametrize("text,date,sector", [
    ("Taliban", "2021-08-01", "REB"), ("Taliban", "2021-08-15", "GOV"), ("Taliban", "2022-01-01", "GOV"),
    ("Taliban", "1998-05-01", "GOV"), ("Taliban", "2010-05-01", "REB"),
    ("Taliban fighters", "2015-01-01", "REB"), ("Taliban fighters", "2023-01-01", "MIL"),
    ("Amir Khan Muttaqi", "2019-01-01", "REB"), ("Amir Khan Muttaqi", "2023-01-01", "GOV"),
])
def test_dated_roles(data_res, text, date, sector):
    out = r(data_res, text, date)
    assert (out.country, out.sector) == ("AFG", sector)


def test_minister_is_gov_only_in_office(data_res):
    assert r(data_res, "Bilawal Bhutto Zardari", "2023-02-18").sector == "GOV"
    assert r(data_res, "Bilawal Bhutto Zardari", "2023-12-01").sector == "PTY"
    assert r(data_res, "Ashraf Ghani", "2020-01-01").sector == "GOV"
    assert r(data_res, "Ashraf Ghani", "2022-01-01").sector == "ELI"


@pytest.mark.parametrize("text,date,name", [
    ("Pakistan's defence minister", "2023-02-23", "Khawaja Asif"),
    ("Pakistan's defense minister", "2024-07-03", "Khawaja Asif"),
    ("the Taliban's foreign minister", "2024-01-09", "Amir Khan Muttaqi"),
    ("Pakistan's foreign minister", "2023-02-01", "Bilawal Bhutto Zardari"),
    ("Pakistan's foreign minister", "2023-10-01", "Jalil Abbas Jilani"),
    ("Pakistan's foreign minister", "2024-06-01", "Ishaq Dar"),
    ("the Pakistani prime minister", "2020-01-01", "Imran Khan"),
    ("Pakistan's prime minister", "2023-10-01", "Anwaar-ul-Haq Kakar"),
    ("the ISI's director general", "2022-06-01", None),
    ("Pakistan's army chief", "2023-06-01", "Asim Munir"),
    ("Pakistan's army chief", "2020-06-01", "Qamar Javed Bajwa"),
    ("Pakistan's intelligence chief", "2020-06-01", "Faiz Hameed"),
])
def test_titles_resolve_to_office_holder(data_res, text, date, name):
    out = r(data_res, text, date)
    assert out.country == "PAK" if "Taliban" not in text else out.country == "AFG"
    if name:
        assert out.name == name


def test_title_without_known_holder_is_country_gov(data_res):
    out = r(data_res, "Monaco's prime minister", "2024-01-01")   # no holder in the registry
    assert (out.country, out.sector, out.name) == ("MCO", "GOV", "Monaco")
    out = r(data_res, "Fiji's prime minister", "2024-01-01")     # the holder on that date
    assert (out.country, out.sector, out.name) == ("FJI", "GOV", "Sitiveni Rabuka")
    out = r(data_res, "French President Jacques Chirac", "2024-01-01")   # a former president
    assert out.country == "FRA" and out.name != "Emmanuel Macron"


@pytest.mark.parametrize("text,country,sector", [
    ("Pakistani border guards", "PAK", "MIL"), ("Afghan refugees", "AFG", "REF"),
    ("Pakistani police", "PAK", "COP"), ("Afghan traders", "AFG", "BUS"), ("Iranian clerics", "IRN", "REL"),
    ("Indian lawmakers", "IND", "LEG"), ("Egyptian protesters", "EGY", "CVL"), ("Turkish court", "TUR", "JUD"),
    ("Pakistani militants", "PAK", "REB"), ("TTP militants", "PAK", "REB"), ("JUI leaders", "PAK", "PTY"),
    ("Islamabad accused", "PAK", "GOV"), ("Kabul", "AFG", "GOV"), ("Afghans", "AFG", "CVL"),
    ("officials of Pakistan", "PAK", "GOV"), ("Pakistani Foreign Office", "PAK", "GOV"),
    ("Pakistan's Inter-Services Intelligence", "PAK", "SPY"), ("Frontier Corps", "PAK", "MIL"),
    ("CTD", "PAK", "COP"), ("GDI", "AFG", "SPY"), ("UNAMA", "UNO", "GOV"), ("EU", "EUR", "GOV"),
    ("NATO", "IGO", "MIL"), ("Islamic State", "IMG", "REB"), ("Lashkar-e-Jhangvi", "PAK", "REB"),
    ("Balochistan Liberation Army", "PAK", "REB"), ("Haqqani network", "AFG", "GOV"), ("ISPR", "PAK", "MIL"),
])
def test_adjective_agent_and_names(data_res, text, country, sector):
    out = r(data_res, text, "2024-01-09")
    assert (out.country, out.sector) == (country, sector), out


def test_capitals_stand_for_governments(data_res):
    for text, code in [("Islamabad", "PAK"), ("Kabul", "AFG"), ("Tehran", "IRN"), ("Beijing", "CHN"),
                       ("Washington", "USA"), ("New Delhi", "IND"), ("Moscow", "RUS")]:
        assert (r(data_res, text).country, r(data_res, text).sector) == (code, "GOV")


def test_all_states_resolve(data_res):
    reg = get_registry(data_res)
    states = [a for a in reg.actors if a.kind == "state"]
    assert len(states) >= 195
    for a in states:
        assert r(data_res, a.name).country == a.roles[0].country
        for d in a.demonyms:
            assert r(data_res, f"{d} officials").country == a.roles[0].country, d


def test_bare_agent_takes_context_country(data_res):
    out = r(data_res, "security forces", "2024-01-01", ["Militants attacked security forces in Pakistan's Khyber district."])
    assert (out.country, out.sector) == ("PAK", "MIL")
    assert not r(data_res, "security forces", "2024-01-01").resolved
    out = r(data_res, "the defence minister", "2023-02-23", ["In Pakistan, the defence minister spoke."])
    assert out.name == "Khawaja Asif"


def test_bare_adjective_looks_at_next_noun(data_res):
    sent = "Senior Hungarian and Romanian officials agreed on Wednesday."
    assert r(data_res, "Hungarian", None, [sent]).sector == "GOV"
    assert r(data_res, "Romanian", None, ["Romanian refugees crossed the border."]).sector == "REF"


def test_surname_from_document(data_res):
    doc = "Maulana Fazlur Rehman visited Kabul. Rehman said the visit was useful."
    out = r(data_res, "Rehman", "2024-01-09", ["Rehman said the visit was useful.", doc])
    assert out.name == "Fazlur Rehman" and out.sector == "PTY"
    assert not r(data_res, "Rehman", "2024-01-09").resolved


def test_ambiguous_alias_uses_context(data_res):
    assert r(data_res, "the Foreign Office", None, ["Pakistan's Foreign Office said Islamabad..."]).country == "PAK"
    assert r(data_res, "the Foreign Office", None, ["Britain's Foreign Office said London..."]).country == "GBR"


def test_unknown_kept_with_text(data_res):
    out = r(data_res, "Xyzzy Brigade of Nowhere")
    assert out.resolved is False and out.name is None and out.text == "Xyzzy Brigade of Nowhere"


def _event(sentence_text, actor, recipient, date=None):
    s = Sentence(0, 0, len(sentence_text), sentence_text)
    a0 = sentence_text.index(actor)
    r0 = sentence_text.index(recipient)
    return Event(doc_id="d", event_id="e", event_type="ACCUSE", sentence=s, trigger=Span(0, 1, "x"),
                 actor=[ActorRef(actor, a0, a0 + len(actor))],
                 recipient=[ActorRef(recipient, r0, r0 + len(recipient))], date=date)


def test_resolve_events_fills_refs_in_place(data_res):
    text = "Islamabad accused Kabul of sheltering militants."
    doc = Document(id="d", text=text, published="2024-01-09", events=[_event(text, "Islamabad", "Kabul")])
    resolve_events(doc, data_res)
    a, b = doc.events[0].actor[0], doc.events[0].recipient[0]
    assert (a.country, a.sector, a.resolved, a.name) == ("PAK", "GOV", True, "Islamabad")
    assert (b.country, b.sector) == ("AFG", "GOV")


def test_resolve_events_uses_event_date(data_res):
    text = "The Taliban attacked Afghan soldiers."
    ev = _event(text, "The Taliban", "Afghan soldiers", date="2019-05-01")
    doc = Document(id="d", text=text, published="2024-01-01", events=[ev])
    resolve_events(doc, data_res)
    assert doc.events[0].actor[0].sector == "REB"


def test_stage_contract(data_res):
    from jirga.actors import STAGE
    from jirga.stage import run_stages
    assert STAGE.requires == ("events", "event.date") and STAGE.provides == ("actors",)
    text = "Pakistani police arrested TTP militants."
    doc = Document(id="d", text=text, events=[_event(text, "Pakistani police", "TTP militants")])
    out = run_stages(doc, data_res, [STAGE])
    assert not out.rejects and out.events[0].actor[0].sector == "COP"


def test_resolve_records_contract(data_res):
    recs = [{"id": 1, "text": "Taliban", "date": "2021-08-01"}, {"id": 2, "text": "Taliban", "date": "2022-01-01"},
            {"id": 3, "text": "Nobody Known", "date": None}]
    out = list(resolve_records(recs, data_res))
    assert [o["id"] for o in out] == [1, 2, 3]
    assert out[0]["sector"] == "REB" and out[1]["sector"] == "GOV" and out[0]["wikidata"] == "Q42418"
    assert set(out[2]) >= {"id", "name", "country", "sector", "wikidata", "resolved"} and not out[2]["resolved"]


# -- classes of mentions fixed by rule or lexicon (hand-written mentions, not gold sentences) ----
def r_ctx(data_res, text, context=(), date="2024-01-10"):
    return resolve(text, date, data_res, list(context))


# -- names: a class of a country's actors is resolved but names no registry actor ----------------
@pytest.mark.parametrize("text,context,country,sector", [
    ("militants", ["Militants attacked a checkpoint in Pakistan."], "PAK", "REB"),
    ("nine soldiers", ["Militants killed nine soldiers in Pakistan."], "PAK", "MIL"),
    ("Pakistani soldiers", [], "PAK", "MIL"),
    ("Afghan refugees", [], "AFG", "REF"),
    ("Afghans", [], "AFG", "CVL"),
    ("former Pakistani officials", [], "PAK", "ELI"),
])
def test_agent_classes_have_no_name(data_res, text, context, country, sector):
    out = r_ctx(data_res, text, context)
    assert (out.name, out.country, out.sector, out.resolved) == (None, country, sector, True)


@pytest.mark.parametrize("text,name", [("Pakistani officials", "Pakistan"), ("Islamabad", "Islamabad"),
                                       ("TTP militants", "Tehrik-i-Taliban Pakistan")])
def test_government_and_groups_keep_their_name(data_res, text, name):
    assert r_ctx(data_res, text).name == name


def test_unknown_is_resolved_false_only(data_res):
    from jirga.actors.unknown import unknown_counts
    from jirga.model import ActorRef
    refs = [r_ctx(data_res, "militants", ["Militants attacked a checkpoint in Pakistan."]).fill(ActorRef("militants", 0, 9)),
            r_ctx(data_res, "Xyzzy Brigade").fill(ActorRef("Xyzzy Brigade", 0, 13))]
    assert unknown_counts(refs) == [("Xyzzy Brigade", 1)]


# -- ethnic and religious groups: civilians of the country they live in ---------------------------
@pytest.mark.parametrize("text,context,country,sector", [
    ("Iraqi Kurds", [], "IRQ", "CVL"),
    ("Kurds in Syria", [], "SYR", "CVL"),
    ("Pakistani Muslims", [], "PAK", "CVL"),
    ("Shia Muslims", ["Shia Muslims in Pakistan were attacked."], "PAK", "CVL"),
    ("ethnic Albanians", ["Ethnic Albanians in Macedonia protested on Monday."], "MKD", "CVL"),
    ("ethnic Albanians in southern Serbia", [], "SRB", "CVL"),
    ("Albanians of southern Serbia", [], "SRB", "CVL"),
    ("ethnic Albanian guerrillas", ["Ethnic Albanian guerrillas attacked Macedonian police."], "MKD", "REB"),
    ("Baloch separatists", ["Baloch separatists attacked a train in Pakistan."], "PAK", "REB"),
    ("Shia clerics", ["Shia clerics in Iraq spoke."], "IRQ", "REL"),
])
def test_peoples(data_res, text, context, country, sector):
    out = r_ctx(data_res, text, context)
    assert (out.country, out.sector, out.resolved) == (country, sector, True), out


def test_ethnic_group_alone_falls_back_to_kin_state(data_res):
    assert r_ctx(data_res, "ethnic Albanians", ["Ethnic Albanians protested."]).country == "ALB"


def test_unknown_name_with_a_people_word_is_not_a_people(data_res):
    assert not r_ctx(data_res, "Muslim League", ["The Muslim League won in Pakistan."]).resolved


# -- bare demonyms: the noun they qualify decides -------------------------------------------------
@pytest.mark.parametrize("text,sentence,sector", [
    ("Palestinian", "Soldiers beat Palestinian detainees on the occupied West Bank.", "CVL"),
    ("Mexican", "Illegal Mexican immigrants were abused.", "CVL"),
    ("Hungarian", "Senior Hungarian and Romanian officials agreed on Wednesday.", "GOV"),
    ("Pakistani", "Pakistani security officials said the talks failed.", "GOV"),
    ("Pakistani", "Pakistani troops crossed the line.", "MIL"),
])
def test_bare_demonym_lookahead(data_res, text, sentence, sector):
    assert r_ctx(data_res, text, [sentence]).sector == sector


def test_demonym_with_people_noun_ignores_later_words(data_res):
    out = r_ctx(data_res, "Bosnian Serbs", ["Bosnian Serbs said government forces shelled the town."])
    assert (out.country, out.sector) == ("BIH", "CVL")


# -- unidentified armed forces (PLOVER UAF) -------------------------------------------------------
@pytest.mark.parametrize("text,sentence", [
    ("gunmen", "Gunmen attacked a checkpoint in Pakistan's Khyber district."),
    ("unidentified gunmen", "Unidentified gunmen attacked a checkpoint in Pakistan."),
    ("unknown assailants", "Unknown assailants attacked a police post in Pakistan."),
    ("a suicide bomber", "A suicide bomber blew himself up in Peshawar, Pakistan."),
    ("a roadside bomb", "A roadside bomb killed two soldiers in Pakistan."),
    ("car bomb", "A car bomb exploded near a market in Pakistan."),
])
def test_unidentified_armed_forces(data_res, text, sentence):
    out = r_ctx(data_res, text, [sentence])
    assert (out.country, out.sector, out.name) == ("PAK", "UAF", None)


def test_named_group_is_not_uaf(data_res):
    assert r_ctx(data_res, "TTP gunmen").sector == "REB"


# -- opposition, heads of mixed spans, places named as places -----------------------------------
@pytest.mark.parametrize("text,context,sector", [
    ("opposition parties", ["Opposition parties in Pakistan protested."], "OPP"),
    ("Pakistani opposition leaders", [], "OPP"),
    ("government forces", ["Government forces attacked rebels in Sudan."], "MIL"),
    ("Algerian government forces", [], "MIL"),
    ("militant commanders", ["Militant commanders met in Pakistan."], "REB"),
    ("police officials", ["Police officials in Pakistan said."], "COP"),
    ("official Syrian newspaper", [], "GOV"),
])
def test_span_heads(data_res, text, context, sector):
    assert r_ctx(data_res, text, context).sector == sector


def test_locative_mention_is_the_place(data_res):
    out = r_ctx(data_res, "in central Baghdad")
    assert (out.country, out.sector, out.name) == ("IRQ", "CVL", None)
    assert r_ctx(data_res, "Islamabad", ["Muttaqi arrived in Islamabad on Wednesday."]).sector == "GOV"


# -- refugee agency and registry additions from the examples --------------------------------------
def test_refugee_agency_and_its_head(data_res):
    assert (r_ctx(data_res, "UNHCR").country, r_ctx(data_res, "UNHCR").sector) == ("UNO", "REF")
    out = r_ctx(data_res, "Filippo Grandi", date="2024-07-11")
    assert (out.name, out.country, out.sector) == ("Filippo Grandi", "UNO", "REF")


def test_caretaker_interior_minister(data_res):
    assert r_ctx(data_res, "Pakistan's interior minister", date="2023-10-04").name == "Sarfraz Bugti"
    assert r_ctx(data_res, "Sarfraz Bugti", date="2023-10-04").sector == "GOV"


def test_resolve_a_rulers_given_name_is_the_one_the_article_names_in_full():
    from jirga.actors.registry import Registry
    from jirga.actors.resolve import resolve_with
    reg = Registry.load()
    doc = "Sheikh Mohamed bin Zayed, Abu Dhabi's crown prince, met envoys. Sheikh Mohamed said more."
    assert resolve_with(reg, "Sheikh Mohamed", "2018-03-01", [doc]).name == "Mohamed bin Zayed Al Nahyan"
    doc = "Sheikh Mohammed bin Rashid Al Maktoum watched the race. Sheikh Mohammed was pleased."
    assert resolve_with(reg, "Sheikh Mohammed", "2018-03-01", [doc]).name == "Mohammed bin Rashid Al Maktoum"
    assert resolve_with(reg, "Sheikh Mohammed", "2018-03-01").name == "Mohammed bin Rashid Al Maktoum"


# -- a state's attacks, weapons and posts stand for its armed forces (agents.yaml) -----------------
@pytest.mark.parametrize("text, country, sector", [
    ("Iranian air strikes", "IRN", "MIL"), ("Afghan shelling", "AFG", "MIL"), ("Indian drone strikes", "IND", "MIL"),
    ("Pakistani border posts", "PAK", "MIL"), ("an Afghan checkpoint", "AFG", "MIL"),
    ("Pakistani border positions", "PAK", "MIL"), ("Afghan frontier posts", "AFG", "MIL"),
    ("a Pakistani police station", "PAK", "COP"), ("TTP raids", "PAK", "REB")])
def test_attacks_and_posts_are_their_force(data_res, text, country, sector):
    out = r(data_res, text, "2024-03-18")
    assert (out.country, out.sector) == (country, sector)


@pytest.mark.parametrize("sentence", ["An Iranian raid on the camp killed five people.",
                                      "Turkish shelling hit two villages overnight.",
                                      "Syrian rocket fire struck the town."])
def test_bare_demonym_before_an_attack_noun_is_the_military(data_res, sentence):
    word = sentence.split()[1] if sentence.startswith("An") else sentence.split()[0]
    assert r_ctx(data_res, word, [sentence]).sector == "MIL"


def test_victims_are_of_the_attack_place_not_of_the_attackers(data_res):
    text = ("Fire from across the border hit houses in Chaman on Sunday. "
            "Afghan border forces killed five civilians, officials said.")
    s = "Afghan border forces killed five civilians, officials said."
    off = text.index(s)
    sent = Sentence(0, off, len(text), s)
    a0, r0 = off + s.index("Afghan border forces"), off + s.index("five civilians")
    ev = Event(doc_id="d", event_id="e", event_type="ASSAULT", sentence=sent, trigger=Span(0, 1, "x"),
               actor=[ActorRef("Afghan border forces", a0, a0 + 20)],
               recipient=[ActorRef("five civilians", r0, r0 + 14)])
    doc = Document(id="d", text=text, published="2022-12-12", events=[ev])
    resolve_events(doc, data_res)
    a, v = ev.actor[0], ev.recipient[0]
    assert (a.country, a.sector) == ("AFG", "MIL") and (v.country, v.sector) == ("PAK", "CVL")


def test_a_bare_agent_takes_the_country_of_its_events_place_in_the_sentence(data_res):
    from jirga.model import Place
    # the places stage runs first: its place for the event beats the nearest place name
    text = "Soldiers were killed when militants stormed a post in Spera, officials in Islamabad said."
    i = text.index("Spera")
    sent = Sentence(0, 0, len(text), text)

    def run(location):
        ref = ActorRef("Soldiers", 0, 8)
        ev = Event("d", "e", "ASSAULT", sent, Span(15, 21, "killed"), recipient=[ref], location=location)
        resolve_events(Document("d", text, published="2024-01-10", events=[ev]), data_res)
        return ref.country

    spera = Place("Spera", i, i + 5, name="Spera", country="AFG")
    assert run(spera) == "AFG"
    elsewhere = Place("Kabul", len(text) + 10, len(text) + 15, name="Kabul", country="AFG")
    assert run(elsewhere) == run(None)     # a place from another sentence is no such evidence


def test_a_place_read_in_a_partys_name_is_no_place_of_the_event(data_res):
    from jirga.actors.resolve import _event_country
    from jirga.model import Place
    text = "Austin accused soldiers of looting."        # a man named Austin, not the city
    austin = Place("Austin", 0, 6, name="Austin", country="USA")
    ev = Event("d", "e", "ACCUSE", Sentence(0, 0, len(text), text), Span(7, 14, "accused"),
               actor=[ActorRef("Austin", 0, 6)], location=austin)
    assert _event_country(ev) is None
    text = "In Austin, police accused soldiers of looting."
    austin = Place("Austin", 3, 9, name="Austin", country="USA")
    ev = Event("d", "e", "ACCUSE", Sentence(0, 0, len(text), text), Span(18, 25, "accused"),
               actor=[ActorRef("police", 11, 17)], location=austin)
    assert _event_country(ev) == "USA"


# -- people the registry lacks, and people called by one name ----------------------------------
def _with(data_res, text, sentence, doc, persons=()):
    from jirga.actors.context import person_words
    from jirga.actors.resolve import place_lookup, resolve_with
    return resolve_with(get_registry(data_res), text, "2024-05-06", [sentence, doc], None,
                        place_lookup(data_res), persons=person_words(persons))


def test_a_person_the_registry_lacks_is_a_citizen_of_the_story_state(data_res):
    doc = ("Police in Azerbaijan detained the blogger Rauf Mammadli in Baku on Monday. "
           "Mammadli denied the charges, his lawyer said.")
    sent = "Mammadli denied the charges, his lawyer said."
    out = _with(data_res, "Mammadli", sent, doc, ["Rauf Mammadli"])
    assert (out.country, out.sector, out.resolved, out.method) == ("AZE", "CVL", False, "story-person")
    assert _with(data_res, "Mammadli", sent, doc).country is None     # no parser evidence: unknown
    # a word the parser never took for a person is left alone
    assert _with(data_res, "Zorbek Ventures", sent, doc, ["Rauf Mammadli"]).country is None


def test_a_person_whose_name_is_also_a_place_is_not_the_place(data_res):
    doc = "Brazil's senate heard the economist Maria Kent on Tuesday. Kent warned of higher prices."
    sent = "Kent warned of higher prices."
    assert _with(data_res, "Kent", sent, doc).country == "GBR"          # read as the English county
    assert _with(data_res, "Kent", sent, doc, ["Maria Kent"]).country == "BRA"


def test_one_name_shared_by_two_people_is_the_one_named_first(data_res):
    first = ("Park Geun-hye was sentenced to 24 years. Her father Park Chung-hee ruled for 18 years. "
             "Park will appeal.")
    assert _with(data_res, "Park", "Park will appeal.", first).name == "Park Geun-hye"
    other = ("Park Chung-hee ruled for 18 years. His daughter Park Geun-hye was sentenced. Park is remembered.")
    assert _with(data_res, "Park", "Park is remembered.", other).name == "Park Chung-hee"


def test_two_named_parties_joined_by_and_are_the_first(data_res):
    sent = "Pakistan's defence minister and the ISI chief General Nadeem Anjum arrived in Kabul."
    out = _with(data_res, "Pakistan's defence minister and the ISI chief General Nadeem Anjum", sent, sent)
    assert (out.name, out.sector) == ("Khawaja Asif", "GOV")
    # titles of one named man are the man; a country's name with 'and' in it is the country
    sent = "Pakistani cleric and politician Maulana Fazlur Rehman met Taliban leaders."
    assert _with(data_res, "Pakistani cleric and politician Maulana Fazlur Rehman", sent, sent).name == "Fazlur Rehman"
    assert _with(data_res, "Trinidad and Tobago", "Trinidad and Tobago voted.", "x").country == "TTO"


def test_an_agent_noun_opening_a_sentence_is_not_a_town_of_that_name(data_res):
    # 'Police' is also a town in Poland; capitalised at a sentence's start it is still the police
    sent = "Police opened fire on a crowd."
    out = _with(data_res, "Police", sent, sent)
    assert (out.country, out.sector) == (None, "COP")
    assert _with(data_res, "Kandahar", "Kandahar was calm.", "Kandahar was calm.").country == "AFG"


def test_the_stage_keeps_a_bare_actor_off_the_state_it_talks_with(res):
    from jirga.pipeline import code_text
    text = ("Armed men in Kirkuk said on Monday that they were ready for a truce. "
            "The fighters reject any disarmament and say talks with the Iranian government should let them stay.")
    rejects = [e for e in code_text(text, "2024-01-10", res) if e.event_type == "REJECT"]
    assert rejects and [(a.country, a.sector) for a in rejects[0].actor] == [("IRQ", "REB")]


def test_a_name_a_who_clause_follows_is_a_person_of_the_story_state(data_res):
    doc = ("Police in Georgia detained two bloggers in Tbilisi. "
           "Another is Tornike Vashakidze, who was jailed in May on forged charges.")
    sent = doc[doc.index("Another"):]
    out = _with(data_res, "Tornike Vashakidze", sent, doc)          # the parser took no person
    assert (out.country, out.sector, out.resolved) == ("GEO", "CVL", False)
    assert _with(data_res, "Tornike Vashakidze", "Tornike Vashakidze was jailed.", doc).country is None


# -- a story that names no state ---------------------------------------------------------------------
def test_bare_agents_of_a_story_naming_only_its_places_take_their_country(res):
    from jirga.pipeline import code_text
    text = ("Queensland on Monday asked the High Court to overturn the federal government's water rules. "
            "The state said the rules would hurt farmers near Brisbane and Cairns.")
    got = {(a.text, a.country, a.sector) for e in code_text(text, "2023-05-02", res) for a in e.actor + e.recipient}
    assert ("Queensland", "AUS", "GOV") in got and ("High Court", "AUS", "JUD") in got
    # a story that names a state keeps the state's evidence, whatever its places
    text = "Kenya's president visited Brisbane and Cairns last week. The ministry promised farmers new export permits."
    got = {(a.text, a.country) for e in code_text(text, "2023-05-02", res) for a in e.actor + e.recipient}
    assert ("ministry", "KEN") in got


def test_a_name_read_as_a_person_once_and_as_a_place_often_is_no_person():
    from types import SimpleNamespace as E
    from jirga.actors.resolve import _person_names
    ents = [E(text="Kerala", label_="GPE"), E(text="Kerala", label_="PERSON"), E(text="Kerala", label_="ORG"),
            E(text="Anil Kumar", label_="PERSON"), E(text="Kumar", label_="PERSON"), E(text="Kumar", label_="ORG")]
    assert sorted(_person_names(ents)) == ["Anil Kumar", "Kumar"]      # a tie keeps the person


def test_a_recipient_inside_the_actors_words_is_the_actor_itself(data_res):
    text = "Islamabad authorities called for its reopening after Kabul closed the crossing."
    s = Sentence(0, 0, len(text), text)
    a0 = text.index("Islamabad authorities")
    ev = Event(doc_id="d", event_id="e", event_type="REQUEST", sentence=s, trigger=Span(22, 28, "called"),
               actor=[ActorRef("Islamabad authorities", a0, a0 + 21)], recipient=[ActorRef("Islamabad", a0, a0 + 9)])
    other = Event(doc_id="d", event_id="f", event_type="REQUEST", sentence=s, trigger=Span(22, 28, "called"),
                  actor=[ActorRef("Islamabad", a0, a0 + 9)], recipient=[ActorRef("Islamabad", a0, a0 + 9)])
    resolve_events(Document(id="d", text=text, published="2024-01-09", events=[ev, other]), data_res)
    assert [r.text for r in ev.recipient] == []
    assert [r.text for r in other.recipient] == ["Islamabad"]   # the same words: the coder's to judge


def test_indias_union_government_is_not_a_trade_union(data_res):
    out = resolve("the Union government", "2018-03-31", data_res, ["The Union government said so."])
    assert (out.country, out.sector) == ("IND", "GOV")
    assert resolve("the union", "2018-03-31", data_res, ["The union said so."]).sector == "LAB"


@pytest.mark.parametrize("sentence,before,sector", [
    ("The Turkish minister condemned the raid on a Turkish ship.",
     "The Turkish minister condemned the raid on a ", "CVL"),
    ("The Turkish minister condemned the raid on a Turkish ship.", "The ", "GOV"),
    ("Italian officials said an Italian trawler was seized.", "Italian officials said an ", "CVL"),
    ("An Italian trawler was seized, Italian officials said.", "An Italian trawler was seized, ", "GOV"),
])
def test_a_bare_demonym_said_twice_takes_the_noun_after_its_own_place(data_res, sentence, before, sector):
    reg = get_registry(data_res)
    from jirga.actors.resolve import resolve_with
    text = "Turkish" if "Turkish" in sentence else "Italian"
    assert resolve_with(reg, text, "2020-01-01", [sentence, sentence], before=before).sector == sector


@pytest.mark.parametrize("text,sentence,sector", [
    ("oil officials", "The oil officials resisted the order.", "BUS"),
    ("company officials", "Company officials declined to comment.", "BUS"),
    ("officials", "Officials resisted the order.", "GOV"),             # officials of no firm: the state's
])
def test_officials_of_a_firm_or_industry_are_business(data_res, text, sentence, sector):
    assert r_ctx(data_res, text, [sentence]).sector == sector


def test_the_centre_facing_the_states_is_the_government(data_res):
    out = resolve("the Centre", "2018-03-31", data_res, ["Karnataka urged the Centre to act.",
                                                         "Karnataka and Tamil Nadu in India disagree."])
    assert out.sector == "GOV"


def test_the_visited_state_is_no_evidence_for_the_visitors_own(res):
    from jirga.pipeline import code_text
    text = "Chile wants more trade. Foreign Minister Ana Rojas began a visit to Japan on Monday."
    visit = [e for e in code_text(text, "2023-05-02", res) if e.mode == "visit"][0]
    assert [(a.text, a.country) for a in visit.actor] == [("Foreign Minister Ana Rojas", "CHL")]
    assert [(a.text, a.country) for a in visit.recipient] == [("Japan", "JPN")]


@pytest.mark.parametrize("full,text,country", [
    ("Moon Jae-in", "supporters of Moon", "KOR"),     # the person named in full, not the nearest state
    ("Nawaz Sharif", "lawyers of Sharif", "PAK"),
    ("Nawaz Sharif", "supporters of the army", "JPN"),  # no person in the 'of' phrase: the usual evidence
])
def test_an_agent_of_a_person_named_in_full_takes_that_persons_state(data_res, full, text, country):
    sentence = f"Hundreds of {text} gathered outside the court, waving Japanese flags."
    doc = f"{full} was jailed on Monday. {sentence}"
    assert resolve(text, "2018-04-09", data_res, [sentence, doc]).country == country


@pytest.mark.parametrize("text,sector", [
    ("the president of the union", "LAB"),
    ("the secretary-general of the party", "PTY"),
    ("the head of the militant group", "REB"),
    ("the leader of the opposition", "OPP"),
])
def test_the_head_of_a_body_outside_the_state_takes_the_bodys_sector(data_res, text, sector):
    out = r_ctx(data_res, text, [f"In Nairobi, {text} spoke on Monday."])
    assert out.sector == sector and out.name is None      # no head of state looked up for the union


@pytest.mark.parametrize("text,sector", [
    ("the president of the republic", "GOV"),       # a state's own offices stay the state's
    ("the chief of the general staff", "MIL"),
    ("the president of the senate", "GOV"),
])
def test_the_head_of_a_state_organ_keeps_the_office(data_res, text, sector):
    assert r_ctx(data_res, text, [f"In Nairobi, {text} spoke on Monday."]).sector == sector


@pytest.mark.parametrize("text", ["Gov. Jerry Brown", "Lt. Gov. Dan Patrick"])
def test_a_governors_title_written_short_is_the_government(data_res, text):
    assert r_ctx(data_res, text, [f"{text} said so in Texas."]).sector == "GOV"


def test_a_place_read_inside_the_mention_is_its_agents_state(data_res):
    from jirga.model import Place
    text = "Mombasa police arrested two Americans, the US embassy said."
    doc = Document(id="d", text=text, published="2024-01-09",
                   events=[_event(text, "Mombasa police", "two Americans")])
    doc.places = [Place("Mombasa", 0, 7, "Mombasa", country="KEN", feature_code="PPLA")]
    resolve_events(doc, data_res)
    a = doc.events[0].actor[0]
    assert (a.country, a.sector) == ("KEN", "COP")
    # without the place read there, the story's most named state
    doc = Document(id="d", text=text, published="2024-01-09",
                   events=[_event(text, "Mombasa police", "two Americans")])
    resolve_events(doc, data_res)
    assert doc.events[0].actor[0].country == "USA"


@pytest.mark.parametrize("text,sector", [
    # no date at all: the latest role (he may well be in office in the story)
    ("Scott Pruitt criticised China's trade practices on Monday.", "GOV"),
    # the story tells a year in his term, or one after it: a story is written then or later
    ("In March 2018, Scott Pruitt criticised China's trade practices.", "GOV"),
    ("Scott Pruitt criticised China's trade practices. He had left the agency in 2019.", "ELI"),
])
def test_an_undated_story_resolves_roles_at_the_latest_date_it_tells(res, text, sector):
    from jirga import Pipeline
    from jirga.model import Document
    doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text)])))
    refs = [a for e in doc.events for a in e.actor if a.name == "Scott Pruitt"]
    assert refs and {a.sector for a in refs} == {sector}, [(e.event_type, e.actor) for e in doc.events]


@pytest.mark.parametrize("text,sector", [
    ("Sens. Tom Udall", "LEG"), ("Cllr Seamus Morris", "GOV"),
    # the short forms that are also a surname or a salesman are left alone
    ("Amartya Sen", None), ("a sales rep", None),
])
def test_titles_written_short_give_the_office(data_res, text, sector):
    assert r(data_res, text, "2018-04-06").sector == sector


def _recipient_sectors(res, text, date="2022-06-10"):
    from jirga.coding import is_factual
    from jirga.pipeline import code_text
    return {e.trigger.text: {r.sector for r in e.recipient} for e in code_text(text, date, res) if is_factual(e)}


def test_the_plural_demonym_in_an_act_between_states_is_the_state(res):
    got = _recipient_sectors(res, "For a while the U.S. stopped selling certain munitions to the Saudis.")
    assert got["stopped"] == {"GOV"}
    # its people when they undergo an act done to people, or without 'the'
    got = _recipient_sectors(res, "Pakistan expelled the Afghans living on its soil.")
    assert got["expelled"] == {"CVL"}


def test_a_party_whose_name_holds_another_partys_is_its_own(res):
    from jirga.actors.resolve import resolve
    got = resolve("Manitoba's Opposition New Democrats", "2018-04-05", res)
    assert (got.name, got.country) == ("New Democratic Party", "CAN")
    assert resolve("Democrats", "2018-04-05", res).country == "USA"
    # the same acronym, two parties: the story tells which
    assert resolve("NDP", "2009-05-01", res, ["Mubarak's NDP won the vote in Cairo."]).country == "EGY"


def test_an_unknown_body_introduced_as_a_separatist_group_is_a_rebel(parse, res):
    from jirga.coding import is_factual
    from jirga.pipeline import Pipeline
    from jirga.model import Document
    text = ("The Banga Liberation Front, a separatist group, attacked a police post in Lagos on Monday. "
            "Nigerian officials blamed the Banga Liberation Front for the attack.")
    [doc] = Pipeline(db=None, res=res).documents([Document(id="b", text=text, published="2018-04-05")])
    attack = next(e for e in doc.events if e.event_type == "ASSAULT" and is_factual(e))
    assert [(a.text, a.country, a.sector) for a in attack.actor] == [("Banga Liberation Front", "NGA", "REB")]


def _actors(res, text, published="2018-04-05"):
    from jirga.coding import is_factual
    from jirga.pipeline import Pipeline
    [doc] = Pipeline(db=None, res=res).documents([Document(id="p", text=text, published=published)])
    return {e.trigger.text: [(a.text, a.country, a.sector) for a in e.actor] for e in doc.events if is_factual(e)}


def test_an_unknown_person_after_role_words_is_of_the_storys_state(parse, res):
    # words the registry does not know before a name the parser took for a person
    got = _actors(res, "NENAGH, Ireland - Housing officer Clare Curley agreed to a review on Monday. "
                       "ZTA boss Walter Kaseke met the minister in Dublin.")
    assert got["agreed"][0][1] == "IRL"
    assert got["met"][0][:2] == ("ZTA boss Walter Kaseke", "IRL")


def test_a_judge_or_a_member_of_parliament_takes_the_datelines_state(parse, res):
    # a state's own politics, as its government: 'District Judge X' in a Toronto story
    got = _actors(res, "TORONTO - Thousands marched through the city on Sunday. "
                       "District Judge Liam McStay remanded the man in custody on Monday. "
                       "Opposition MP Carm Bonnici accused the mayor of lying.")
    assert [a[1:] for a in got["remanded"]] == [("CAN", "JUD")]
    assert [a[1:] for a in got["accused"]] == [("CAN", "OPP")]


@pytest.mark.parametrize("text,context,country,sector", [
    ("the council", "The residents urged the council to act.", "IRL", "GOV"),
    ("MoD", "The MoD paid tribute to the soldier killed in Manbij.", "GBR", "GOV"),
    ("MoD", "India's MoD signed a deal with Russia, officials in New Delhi said.", "IND", "GOV"),
    ("Home Office", "The Home Office said it would deport them.", "GBR", "GOV"),
    ("National Bureau of Investigation", "The National Bureau of Investigation raided a flat in Manila.", "PHL", "COP"),
    ("Rev. Mitzi Bickers", "Rev. Mitzi Bickers denied the charges.", None, "REL"),
])
def test_local_and_british_bodies(data_res, text, context, country, sector):
    doc = context + (" Ireland's housing crisis worsened." if country == "IRL" else "")
    out = resolve(text, "2018-04-05", data_res, [context, doc])
    assert (out.country, out.sector) == (country, sector)


def test_a_bare_agent_is_not_placed_where_the_geoparser_would_not_put_its_town(res):
    # the places stage leaves 'Shankill' without a point in a Belfast court report: the
    # actor stage must not read it as the Dublin suburb and make the police Irish
    from jirga.pipeline import code_text
    text = ("A 40-year-old man was remanded in custody after appearing at Belfast Magistrates' Court. "
            "He was arrested by police in the Shankill area on Tuesday.")
    arrests = [e for e in code_text(text, "2024-05-02", res) if e.trigger.text == "arrested"]
    assert [(a.country, a.sector) for a in arrests[0].actor] == [("GBR", "COP")]
