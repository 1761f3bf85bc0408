"""Mentions that point back into the document: reciprocals, possessives, anaphoric group nouns,
place names as actors; and the lexicon words added with them (hand-written texts)."""
import pytest

from jirga.actors.registry import get_registry
from jirga.actors.resolve import place_lookup, resolve, resolve_events, resolve_with
from jirga.model import ActorRef, Document, Event, Sentence, Span

D = "2024-01-10"
TALKS = ("Iranian and Turkish diplomats met in Ankara on Monday. Iran's foreign minister said Tehran "
         "wanted calm. Turkey hosted the meeting.")


def rw(data_res, text, sentence, doc=None, **kw):
    return resolve_with(get_registry(data_res), text, D, [sentence, doc or sentence], **kw)


# -- reciprocals ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["the two sides", "both sides", "both countries", "the two countries",
                                  "the two neighbours", "two sides"])
def test_reciprocal_is_one_of_the_two_most_named_states(data_res, text):
    s = f"Afterwards {text} agreed to keep talking."
    out = rw(data_res, text, s, f"{TALKS} {s}")
    assert out.resolved and out.country in ("IRN", "TUR") and out.sector == "GOV"
    assert out.name in ("Iran", "Turkey")


def test_reciprocal_takes_the_party_the_event_did_not_already_have(data_res):
    s = "Afterwards the two sides agreed to keep talking."
    doc = f"{TALKS} {s}"
    first = rw(data_res, "the two sides", s, doc).country
    other = rw(data_res, "the two sides", s, doc, taken=[("state", first)]).country
    assert {first, other} == {"IRN", "TUR"}


def test_reciprocal_sides_can_be_a_state_and_an_armed_group(data_res):
    doc = ("Colombia's government resumed talks with the ELN in Havana. The ELN said it wanted a ceasefire. "
           "The two sides will meet again in March.")
    s = "The two sides will meet again in March."
    out = rw(data_res, "The two sides", s, doc)
    assert out.country == "COL"


def test_reciprocal_in_an_event_gives_actor_and_recipient_different_states(data_res):
    text = f"{TALKS} Later the two countries should cooperate, the ministry said."
    i = text.index("the two countries")
    sent = Sentence(0, 0, len(text), text)
    refs = [ActorRef("the two countries", i, i + 17), ActorRef("the two countries", i, i + 17)]
    ev = Event("d", "e", "CONSULT", sent, Span(i, i + 1, "x"), actor=[refs[0]], recipient=[refs[1]])
    resolve_events(Document("d", text, published=D, events=[ev]), data_res)
    assert {refs[0].country, refs[1].country} == {"IRN", "TUR"}


def _story(text, acts):
    """Events of ``text`` from (type, actor words, recipient words), each found after the last."""
    evs, at = [], 0
    for typ, actor, recip in acts:
        a = text.index(actor, at)
        r = text.index(recip, at)
        refs = ([ActorRef(actor, a, a + len(actor))], [ActorRef(recip, r, r + len(recip))])
        evs.append(Event("d", f"e{len(evs)}", typ, Sentence(len(evs), 0, len(text), text),
                         Span(a, a + 1, "x"), actor=refs[0], recipient=refs[1]))
        at = min(a, r) + 1
    return Document("d", text, published=D, events=evs)


def test_reciprocal_sides_are_the_pair_the_whole_story_deals_in(data_res):
    # named just before 'the two sides': armed groups talked about; the story is Nigeria and Cameroon
    text = ("After talks on the threat of Boko Haram and the Islamic State, the two sides agreed on joint "
            "patrols. Nigeria asked Cameroon to share intelligence. Cameroon promised Nigeria troops. "
            "Nigeria thanked Cameroon.")
    doc = _story(text, [("AGREE", "the two sides", "the two sides"), ("REQUEST", "Nigeria", "Cameroon"),
                        ("AGREE", "Cameroon", "Nigeria"), ("SUPPORT", "Nigeria", "Cameroon")])
    resolve_events(doc, data_res)
    first = doc.events[0]
    assert {first.actor[0].country, first.recipient[0].country} == {"NGA", "CMR"}
    assert first.actor[0].sector == first.recipient[0].sector == "GOV"


def test_reciprocal_without_a_leading_pair_reads_the_words_before(data_res):
    # one event pairs the states once: no story pair, the most named parties before it stand
    text = "Colombia's government resumed talks with the ELN. The ELN wanted a truce. The two sides will meet."
    doc = _story(text, [("CONSULT", "Colombia's government", "the ELN"),
                        ("CONSULT", "The two sides", "The two sides")])
    resolve_events(doc, data_res)
    assert doc.events[1].actor[0].country == "COL"
    assert {doc.events[1].actor[0].sector, doc.events[1].recipient[0].sector} & {"REB"}


def test_no_context_no_reciprocal(data_res):
    assert not resolve("the two sides", D, data_res, []).resolved


# -- possessives -----------------------------------------------------------------------------------
def test_its_members_of_a_group_is_the_group(data_res):
    s = "Hamas said Israel had detained dozens of its members."
    out = rw(data_res, "its members", s)
    assert out.name == "Hamas" and out.resolved


def test_its_security_agencies_of_a_government(data_res):
    s = "The Iranian foreign ministry condemned the attack and said its security agencies would investigate."
    out = rw(data_res, "its security agencies", s)
    assert (out.country, out.sector, out.resolved) == ("IRN", "COP", True)


def test_its_own_security_of_a_state_is_its_forces(data_res):
    s = "He urged Turkey to strengthen its own security."
    assert (rw(data_res, "its own security", s).country, rw(data_res, "its own security", s).sector) == ("TUR", "MIL")


def test_his_guards_take_the_country_of_the_title_holder(data_res):
    s = "Iran's ambassador in Ankara was unhurt when a gunman shot one of his guards."
    out = rw(data_res, "his guards", s)
    assert (out.country, out.sector) == ("IRN", "COP")


def test_his_with_a_named_person(data_res):
    doc = "Shehbaz Sharif visited Quetta. He thanked his supporters."
    out = rw(data_res, "his supporters", "He thanked his supporters.", doc)
    assert (out.country, out.sector) == ("PAK", "CVL")


def test_possessive_head_that_is_not_an_actor_stays_unknown(data_res):
    assert not rw(data_res, "its soil", "Kabul said Afghanistan would not let anyone use its soil.").resolved


# -- anaphoric group nouns -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["the group", "the militant group", "these groups", "the organisation"])
def test_group_anaphor_is_the_nearest_armed_group(data_res, text):
    doc = f"Pakistan blamed the TTP for the attack. Officials said {text} had planned it in Afghanistan."
    s = f"Officials said {text} had planned it in Afghanistan."
    out = rw(data_res, text, s, doc)
    assert out.name == "Tehrik-i-Taliban Pakistan"


def test_group_anaphor_prefers_groups_not_governing(data_res):
    s = "Pakistan urged the Taliban to act against the TTP, and Taliban leaders said they did not back the group."
    assert rw(data_res, "the group", s).name == "Tehrik-i-Taliban Pakistan"


def test_bare_group_needs_a_definite_determiner(data_res):
    s = "They said no individual, group or party should use their territory against the TTP."
    doc = f"The TTP attacked a post. {s}"
    assert not rw(data_res, "group", s, doc, before=doc[:doc.index("group")]).resolved
    s2 = "Kabul denied it sheltered the group."
    doc2 = f"The TTP attacked a post. {s2}"
    assert rw(data_res, "group", s2, doc2, before=doc2[:doc2.index("group")]).name == "Tehrik-i-Taliban Pakistan"


# -- places as actors ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,country", [("Quetta", "PAK"), ("North Waziristan", "PAK"), ("Cizre", "TUR"),
                                          ("Tel Aviv", "ISR"), ("Lagos", "NGA")])   # provinces named as their cities
def test_a_place_as_actor_is_its_country_cvl(data_res, text, country):
    out = rw(data_res, text, f"Officials in {text} said so.", places=place_lookup(data_res))
    assert (out.name, out.country, out.sector, out.resolved) == (None, country, "CVL", True)


def test_a_registry_name_beats_the_gazetteer(data_res):
    out = rw(data_res, "Islamabad", "Islamabad said so.", places=place_lookup(data_res))
    assert out.sector == "GOV" and out.name == "Islamabad"


def test_lowercase_or_route_is_not_a_place_actor(data_res):
    assert not rw(data_res, "Wagah to Torkham", "Goods moved from Wagah to Torkham.", places=place_lookup(data_res)).resolved


@pytest.mark.parametrize("text,country", [("Kerala", "IND"), ("Queensland", "AUS"), ("Jalisco", "MEX")])
def test_a_province_as_actor_is_its_government(data_res, text, country):
    out = rw(data_res, text, f"{text} asked the court to act.", places=place_lookup(data_res))
    assert (out.country, out.sector, out.resolved) == (country, "GOV", True)


def test_a_province_name_many_states_share_names_none_of_them(data_res):
    # 'Centre' is a region of Burkina Faso, France, Cameroon and Haiti: no evidence for any
    out = rw(data_res, "Centre", "The Centre asked the court to act.", places=place_lookup(data_res))
    assert out.country is None
    # the story's country picks one of them
    out = rw(data_res, "Centre", "The Centre asked the court to act.", "France said so. The Centre asked the court to act.",
             places=place_lookup(data_res))
    assert out.country == "FRA"


# -- lexicon and registry ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,sector", [("rescue teams", "MED"), ("rescue workers", "MED"),
                                         ("supporters", "CVL"), ("critics", "CVL"), ("the guard", "COP"),
                                         ("security agencies", "COP"), ("security services", "SPY")])
def test_agent_nouns(data_res, text, sector):
    out = resolve(text, D, data_res, ["Officials in Pakistan said so."])
    assert (out.country, out.sector) == ("PAK", sector)


def test_party_supporters_keep_the_party(data_res):
    assert resolve("JUI-F supporters", D, data_res).sector == "PTY"


def test_national_security_committee(data_res):
    out = resolve("National Security Committee", D, data_res)
    assert (out.country, out.sector) == ("PAK", "GOV")


def test_both_sides_ignores_the_venue_of_the_meeting(data_res):
    from jirga.actors.anaphora import parties
    from jirga.actors.registry import get_registry
    ranked, _ = parties(get_registry(data_res), "Pakistani officials met Afghan envoys in Doha on Monday.", None)
    assert ("state", "QAT") not in ranked
    assert {("state", "PAK"), ("state", "AFG")} <= set(ranked)


def test_references_read_back_a_few_paragraphs_only():
    from jirga.actors.anaphora import recent
    long = "Pakistan said " + "word " * 2000 + "Afghan officials met"
    cut = recent(long, 4000)
    assert len(cut) <= 4000 and cut.endswith("Afghan officials met") and not cut.startswith(" ")
    assert recent("short text", 4000) == "short text"


def test_an_alias_of_several_states_bodies_names_no_side(data_res):
    # 'the foreign office' is Pakistan's or Britain's: no evidence of a third party
    doc = ("The Afghan embassy in Islamabad asked Pakistan to extend the cards, after its envoy held "
           "talks at the foreign office on Wednesday. An embassy statement said the two sides discussed trade.")
    s = "An embassy statement said the two sides discussed trade."
    first = rw(data_res, "the two sides", s, doc).country
    other = rw(data_res, "the two sides", s, doc, taken=[("state", first)]).country
    assert {first, other} == {"AFG", "PAK"}


def test_the_groups_members_are_the_group_named_before(data_res):
    doc = ("The TTP claimed the bombing in Peshawar. The Taliban government later freed the group's "
           "commanders from its prisons.")
    for text in ("the group's commanders", "the group’s commanders", "the militant group's fighters"):
        out = rw(data_res, text, doc.split(". ")[1], doc, before=doc[:doc.find("the group")])
        assert (out.name, out.country, out.sector) == ("Tehrik-i-Taliban Pakistan", "PAK", "REB")
    # no group named before: nothing to point back to
    assert rw(data_res, "the group's commanders", "Police met the group's commanders.").name is None


def test_a_counterpart_is_an_official_of_his_state(data_res):
    out = rw(data_res, "his Turkish counterpart", "The minister met his Turkish counterpart in Ankara.")
    assert (out.country, out.sector) == ("TUR", "GOV")


def test_a_group_owner_whose_article_the_span_trimmed_reads_it_before(data_res):
    # the coder trims 'the' off spans: "group's leaders" after "... released the "
    doc = ("Police in Quetta blamed the BLA for the raid. Officials later released the "
           "group's leaders in a swap.")
    s = doc.split(". ")[1]
    out = rw(data_res, "group's leaders", s, doc, before=doc[:doc.find("group's")])
    assert (out.name, out.country, out.sector) == ("Balochistan Liberation Army", "PAK", "REB")
    # 'a group's leaders' points back to nothing
    other = doc.replace("released the group's", "released a group's")
    out = rw(data_res, "group's leaders", s.replace("the group's", "a group's"), other,
             before=other[:other.find("group's")])
    assert out.name != "Balochistan Liberation Army"


def test_a_victims_its_is_not_the_attackers_own(data_res):
    s = "Colombia said on Sunday that the ELN had killed four of its soldiers near the border."
    reg = get_registry(data_res)
    eln = rw(data_res, "ELN", s)
    assert eln.resolved
    from jirga.actors.anaphora import party_of
    out = rw(data_res, "its soldiers", s, opposite=[party_of(reg, eln)])
    assert (out.country, out.sector) == ("COL", "MIL")
    assert rw(data_res, "its soldiers", s).name == eln.name          # without the other side: nearest
    own = rw(data_res, "its own fighters", "The ELN said it had punished its own fighters.",
             opposite=[party_of(reg, eln)])
    assert own.name == eln.name


def test_his_or_her_is_the_doers_own_even_on_the_other_side(data_res):
    # 'his' of a person is most often the doer's: Trump's secretary, not the other state's
    doc = "Chinese officials met in Beijing on Monday. President Trump spoke on Friday. He criticised his secretary."
    reg = get_registry(data_res)
    trump = rw(data_res, "President Trump", doc)
    from jirga.actors.anaphora import party_of
    s = "He criticised his secretary."
    out = rw(data_res, "his secretary", s, doc, before=doc[:doc.find("his secretary")],
             opposite=[party_of(reg, trump)])
    assert (out.country, out.sector) == ("USA", "GOV")


def test_what_the_two_sides_own_stands_for_both_parties_in_its_sector(res):
    from jirga.coding import is_factual
    from jirga.pipeline import code_text
    from jirga.tokens import is_reciprocal
    assert is_reciprocal("the two sides' forces") and is_reciprocal("both countries' troops")
    assert not is_reciprocal("the two sides' statements")
    text = ("Pakistani and Afghan forces fought near the Chaman border crossing on Wednesday. "
            "Hours earlier, the two sides' forces battled near the Chaman crossing in Balochistan.")
    ev = [e for e in code_text(text, "2025-10-15", res) if is_factual(e) and e.trigger.text == "battled"][0]
    assert {(r.country, r.sector) for r in ev.actor + ev.recipient} == {("PAK", "MIL"), ("AFG", "MIL")}
