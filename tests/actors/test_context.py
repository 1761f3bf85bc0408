"""What the text around a mention says (``jirga/actors/context.py``): the states it names, a
person named in full, the noun a bare adjective modifies. On a small hand-written registry."""
import pytest

from jirga.actors import context
from jirga.actors.context import (context_countries, from_mention, item_country, lookahead, main_country,
                                  named_states, surname)
from jirga.actors.text import norm
from jirga.actors.mention import tag
from tests.actors.small import small_registry


@pytest.fixture
def sreg():
    return small_registry()


def test_context_countries_counts_names_capitals_demonyms_and_bodies(sreg):
    counts = context_countries(sreg, "Pakistani officials met in Kabul; Islamabad and the Foreign Office said "
                                     "Afghanistan must act.")
    assert counts == {"PAK": 3, "AFG": 2}


def test_context_countries_groups_and_people_count_for_their_country(sreg):
    assert context_countries(sreg, "The Taliban met Fazlur Rehman.") == {"PAK": 1, "AFG": 1}
    # a group's short acronym is no evidence: many bodies share its letters ('MDC')
    assert context_countries(sreg, "The TTP and the Taliban met Fazlur Rehman.") == {"PAK": 1, "AFG": 1}
    assert context_countries(sreg, "Nothing named here.") == {}


def test_item_country_of_demonyms_and_actors(sreg):
    dem, capital, agent = tag(sreg, "Afghan Islamabad soldiers")
    assert (item_country(sreg, dem), item_country(sreg, capital), item_country(sreg, agent)) == ("AFG", "PAK", None)


def test_main_country_the_sentence_decides_the_document_breaks_ties(sreg):
    assert main_country(sreg, ["Pakistan met Afghanistan.", "Afghanistan said so."]) == "AFG"
    assert main_country(sreg, ["Pakistan met Pakistan and Afghanistan.", "Afghanistan, Afghanistan."]) == "PAK"
    assert main_country(sreg, ["Nothing named here."]) is None


def test_main_country_a_tie_goes_to_the_state_named_nearest_the_mention(sreg):
    assert main_country(sreg, ["Afghanistan said soldiers and Pakistan met."], "soldiers") == "AFG"
    assert main_country(sreg, ["Pakistan said soldiers and Afghanistan met."], "soldiers") == "PAK"
    # the mention's own words are not its context
    assert main_country(sreg, ["Pakistan and Afghanistan officials met."], "Afghanistan officials") == "PAK"


def test_main_country_excluded_state_is_never_picked(sreg):
    assert main_country(sreg, ["Pakistan said so.", "Afghans, Afghans."], exclude="PAK") == "AFG"


def test_surname_named_in_full_in_the_context(sreg):
    r = surname(sreg, "Rehman", ["Rehman said so.", "Maulana Fazlur Rehman met envoys."], "2024-01-01")
    assert (r.name, r.country, r.sector, r.method) == ("Fazlur Rehman", "PAK", "PTY", "coref")
    assert surname(sreg, "Rehman's office", ["Fazlur Rehman met envoys."], "2024-01-01").name == "Fazlur Rehman"


def test_surname_not_named_in_full_or_too_long_is_none(sreg):
    assert surname(sreg, "Rehman", ["Rehman said so."], "2024-01-01") is None
    assert surname(sreg, "Mr Abdul Karim Rehman", ["Fazlur Rehman met envoys."], "2024-01-01") is None


@pytest.mark.parametrize("sentence,sector", [
    ("Pakistani and Afghan officials met.", "GOV"),   # the agent noun after the adjectives
    ("Afghan homes were hit.", "CVL"),                # a common noun without a sector
    ("Afghan Taliban said so.", None),                # a name
    ("He is Afghan.", None),                          # nothing after it
    ("No such word here.", None),
])
def test_lookahead_the_noun_a_bare_adjective_modifies(sreg, sentence, sector):
    assert lookahead(sreg, "Afghan", sentence) == sector


def test_memo_builds_once_per_text_and_keeps_documents_apart_from_sentences(sreg, monkeypatch):
    monkeypatch.setitem(context.MEMO_SIZE, False, 3)
    built = []

    def build(text):
        built.append(text)
        return len(text)
    document = "Pakistan met Afghanistan. " * 400          # longer than SHORT: a document
    assert context.memo(sreg, "t", document, build) == len(document)
    for i in range(10):                                  # many sentences come and go ...
        assert context.memo(sreg, "t", f"Sentence {i}.", build) == len(f"Sentence {i}.")
        assert context.memo(sreg, "t", document, build) == len(document)
    assert built.count(document) == 1                    # ... the document is read once
    assert len(sreg.cache[("t", False)]) == 3 and list(sreg.cache[("t", True)]) == [document]
    context.memo(sreg, "t", "Sentence 9.", build)
    assert built.count("Sentence 9.") == 1               # the most recent sentences stay


def test_surname_normalises_a_context_once_for_all_mentions(sreg, monkeypatch):
    document = "Maulana Fazlur Rehman met envoys. " + "Talks went on. " * 500
    calls = []
    monkeypatch.setattr(context, "norm", lambda text: calls.append(text) or norm(text))
    for _ in range(5):
        r = surname(sreg, "Rehman", ["Rehman said so.", document], "2024-01-01")
        assert r.name == "Fazlur Rehman"
    assert calls.count(document) == 1 and calls.count("Rehman said so.") == 1


def test_surname_matches_whole_words_only(sreg):
    assert surname(sreg, "Rehman", ["Rehman said so.", "Fazlur Rehmani met envoys."], "2024-01-01") is None
    assert surname(sreg, "Rehman", ["Rehman said so.", "The Fazlur Rehman's aides met."], "2024-01-01").name \
        == "Fazlur Rehman"


def test_given_name_the_first_words_of_a_full_name_in_the_context():
    from jirga.actors.context import given_name
    from jirga.actors.registry import Actor, Registry, Role
    from tests.actors.small import LEXICON
    amlo = Actor("Andrés Manuel López Obrador", "person", ["Andres Manuel Lopez Obrador"], None,
                 [Role("MEX", "GOV", "2018-12-01", "2024-09-30", "head_of_state")])
    mbr = Actor("Mohammed bin Rashid Al Maktoum", "person", [], None,
                [Role("ARE", "GOV", "2006-01-05", None, "head_of_government")])
    mbs = Actor("Mohammed bin Salman", "person", [], None, [Role("SAU", "GOV", "2022-09-27", None, "head_of_government")])
    reg = Registry([amlo, mbr, mbs], {**LEXICON, "rulers": ["sheikh", "emir"], "honorifics": ["sheikh"]})
    doc = "Andres Manuel Lopez Obrador spoke. Andrés Manuel tweeted."
    r = given_name(reg, "Andrés Manuel", ["Andrés Manuel tweeted.", doc], "2019-01-10")
    assert (r.name, r.country, r.sector, r.method) == ("Andrés Manuel López Obrador", "MEX", "GOV", "coref-given")
    dubai = "His Highness Sheikh Mohammed bin Rashid Al Maktoum watched. Sheikh Mohammed said."
    assert given_name(reg, "Sheikh Mohammed", [dubai], "2018-03-31").name == "Mohammed bin Rashid Al Maktoum"
    assert given_name(reg, "Mohammed", [dubai], "2018-03-31").name == "Mohammed bin Rashid Al Maktoum"
    # not named in full: left alone; two people the words fit: the one the story names first
    assert given_name(reg, "Andrés Manuel", ["Andrés Manuel tweeted."], "2019-01-10") is None
    both = dubai + " Mohammed bin Salman came too."
    assert given_name(reg, "Mohammed", [both], "2023-03-31").method == "coref-first"
    assert given_name(reg, "Mohammed", [both], "2023-03-31").name == "Mohammed bin Rashid Al Maktoum"
    saudi = "Mohammed bin Salman came. His Highness Sheikh Mohammed bin Rashid Al Maktoum watched."
    assert given_name(reg, "Mohammed", [saudi], "2023-03-31").name == "Mohammed bin Salman"


def test_main_country_excludes_a_set_of_states(sreg):
    assert main_country(sreg, ["Pakistan and Iraq said so.", "Afghans, Afghans."], exclude={"PAK", "IRQ"}) == "AFG"


def test_named_states_are_demonyms_and_states_not_a_groups_home(sreg):
    assert named_states(sreg, "Afghan border forces") == {"AFG"}
    assert named_states(sreg, "Pakistan's troops") == {"PAK"}
    assert named_states(sreg, "the TTP") == set()


def test_person_words_are_the_names_and_their_first_and_last_words():
    assert context.person_words(["Park Geun-hye", "Aziz Orujov", "the envoy"]) == {
        "Park Geun-hye", "Park", "Geun-hye", "Aziz Orujov", "Aziz", "Orujov"}


def test_introduced_as_the_role_noun_the_story_names_a_person_with():
    from jirga.actors.context import introduced_as, person_words, story_person
    from jirga.actors.registry import Registry
    from tests.actors.small import LEXICON, small_registry
    agents = {**LEXICON["agents"], "JRN": ["journalist", "reporters"]}
    sreg = Registry(small_registry().actors, {**LEXICON, "agents": agents})
    persons = person_words(["Karim Zadran", "Nadia Haidari"])
    before = "Afghan police arrested Karim Zadran on Monday. Zadran denied wrongdoing."
    apposed = "Karim Zadran, a senior journalist in Herat, was freed. Zadran thanked Kabul."
    comma = "Officials questioned a journalist, Karim Zadran, for hours. Zadran went home."
    assert introduced_as(sreg, "Zadran", before, persons) is None          # arrested by police, not one
    assert introduced_as(sreg, "Zadran", "The journalist Karim Zadran left Afghanistan.", persons) == "JRN"
    assert introduced_as(sreg, "Zadran", apposed, persons) == "JRN"
    assert introduced_as(sreg, "Zadran", comma, persons) == "JRN"
    # the audience of a statement and a source after the name are no role
    assert introduced_as(sreg, "Zadran", "Kabul told reporters Karim Zadran was safe.", persons) is None
    assert introduced_as(sreg, "Zadran", "Karim Zadran, the police said, fled.", persons) is None
    assert introduced_as(sreg, "Haidari", apposed, persons) is None        # another person
    out = story_person(sreg, "Zadran", ["Zadran thanked Kabul.", apposed], persons)
    assert (out.country, out.sector, out.resolved) == ("AFG", "JRN", False)
    out = story_person(sreg, "Zadran", ["Zadran denied wrongdoing.", before], persons)
    assert (out.country, out.sector) == ("AFG", "CVL")
    # a story that names no state: the country of the event's place
    local = "Karim Zadran was shot in Herat city. Zadran died."
    assert story_person(sreg, "Zadran", ["Zadran died.", local], persons) is None
    out = story_person(sreg, "Zadran", ["Zadran died.", local], persons, where="AFG")
    assert (out.country, out.sector, out.resolved) == ("AFG", "CVL", False)


def test_a_backer_named_in_a_compound_is_not_a_country_of_the_story(sreg):
    assert context_countries(sreg, "The Afghan-backed offensive near Kabul killed residents.") == {"AFG": 1}
    assert context_countries(sreg, "An Iraqi-backed militia raided a village in Afghanistan.") == {"AFG": 1}
    assert context_countries(sreg, "Iraqi troops, backed by Pakistan, advanced.") == {"IRQ": 1, "PAK": 1}
    assert main_country(sreg, ["The Pakistani-backed offensive killed 300 residents.",
                               "Fighting raged across Afghanistan."]) == "AFG"


def test_lookahead_a_states_diplomatic_act_is_its_government(data_res):
    from jirga.actors.registry import get_registry
    reg = get_registry(data_res)
    assert lookahead(reg, "Egyptian", "Addis Ababa welcomed the Egyptian apology on Monday.") == "GOV"
    assert lookahead(reg, "Chilean", "Lima rejected a Chilean proposal for joint patrols.") == "GOV"
    assert lookahead(reg, "Chilean", "Lima welcomed Chilean tourists.") == "CVL"


@pytest.mark.parametrize("sentence,sector", [
    ("Afghan boats angered Pakistan.", "CVL"),          # a common noun, then a name past the phrase
    ("Afghan officials and Kabul agreed.", "GOV"),      # an agent noun still decides
    ("Afghan Taliban fighters crossed.", None),         # a name right after the adjective
])
def test_lookahead_a_name_after_the_modified_noun_is_past_the_phrase(sreg, sentence, sector):
    assert lookahead(sreg, "Afghan", sentence) == sector


# -- a word said twice is read where the mention is ------------------------------------------------
def test_from_mention_finds_the_occurrence_the_text_before_ends_with():
    s = "The Greek envoy protested about the raid on a Greek ferry."
    assert from_mention("Greek", s, "Athens said. The Greek envoy protested about the raid on a ") == "Greek ferry."
    assert from_mention("Greek", s, "Athens said. The ") == s[4:]
    assert from_mention("Greek", s, None) == s[4:]                   # nothing to place it by: the first
    assert from_mention("Greek", s, "no such text before ") == s[4:]


def test_story_body_a_body_the_story_introduces_by_what_it_is(data_res):
    from jirga.actors.context import story_body
    from jirga.actors.registry import get_registry
    reg = get_registry(data_res)
    doc = ("Nigerian police said the Banga Liberation Front, a separatist group, attacked a post in Lagos. "
           "The Banga Liberation Front denied it.")
    out = story_body(reg, "Banga Liberation Front", ["The Banga Liberation Front denied it.", doc])
    assert (out.country, out.sector, out.resolved, out.method) == ("NGA", "REB", False, "story-body")
    before = "Lagos police blamed the separatist group Banga Liberation Front for the attack."
    assert story_body(reg, "Banga Liberation Front", [before, before]).sector == "REB"
    # no body noun beside the name, or a one-word name: no guess
    said = "The Banga Liberation Front, the police said, attacked a post in Lagos."
    assert story_body(reg, "Banga Liberation Front", [said, said]) is None
    assert story_body(reg, "Banga", [doc, doc]) is None
