import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import SEEDS, SEED_DATES  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def size_of(nlp):
    from jirga.coding.size import extract_size

    def _f(text):
        return extract_size(nlp(text)[:])
    return _f


def test_killed_and_injured(size_of):
    s = size_of("Militants killed five police officers and injured 22 in the attack.")
    assert (s.dead, s.injured, s.arrested) == (5, 22, None)


def test_passive_with_lower_bound(size_of):
    s = size_of("At least five police officers were killed and 22 injured in an attack in Bajaur.")
    assert (s.dead, s.injured, s.at_least) == (5, 22, True)


def test_at_least_12_killed(size_of):
    s = size_of("At least 12 killed as a bomb rips through a market.")
    assert s.dead == 12 and s.at_least


def test_dozens_arrested(size_of):
    s = size_of("Police said dozens arrested after the protest.")
    assert s.arrested == 24 and s.at_least


def test_no_number(size_of):
    s = size_of("The clashes resulted in the deaths and injuries in the ranks of the two sides.")
    assert (s.dead, s.injured, s.arrested) == (None, None, None)


def test_dates_are_not_counts(size_of):
    s = size_of("The attack on January 30 at a mosque in Peshawar killed 101 people.")
    assert s.dead == 101


def test_seed_bajaur_attack(parse, res):
    """The Bajaur attack in seed 000 carries 5 dead and 22 injured, the place and the date."""
    from jirga.coding.size import size_events
    from jirga.dates import date_events
    from jirga.model import Event, Span
    from jirga.places import geoparse, locate_events
    path = SEEDS / "000_41011f801ff8ec69.txt"
    if not path.is_file():
        pytest.skip("seed not available")
    text = path.read_text(encoding="utf-8")
    doc = parse(text, SEED_DATES["000_41011f801ff8ec69"])
    i = text.index("bomb attack") + 5
    sent = next(s for s in doc.sentences if s.start <= i < s.end)
    doc.events = [Event(doc.id, "e1", "ASSAULT", sent, Span(i, i + 6, "attack"))]
    size_events(doc, res)
    date_events(doc, res)
    doc.places = geoparse(doc, res)
    locate_events(doc, res)
    ev = doc.events[0]
    assert (ev.size.dead, ev.size.injured) == (5, 22)
    assert ev.date == "2024-01-08"
    assert ev.location is not None and ev.location.name == "Bajaur"


@pytest.mark.parametrize("text,expected", [
    # a perfect tense is active: the count after it is the verb's object
    ("The month-long siege has killed more than 900 residents and wounded 300, medics said.", (900, 300)),
    ("Gunmen had killed 13 guards and wounded 56 others before the police arrived.", (13, 56)),
    ("Shelling killed 7 villagers and wounded 31 on Sunday.", (7, 31)),
])
def test_each_count_goes_to_its_own_verb(size_of, text, expected):
    s = size_of(text)
    assert (s.dead, s.injured) == expected


def test_scores_is_no_count(size_of):
    s = size_of("The striker scores twice as the home side killed off the match; two fans were injured.")
    assert (s.dead, s.injured) == (None, 2)
    s = size_of("Scores of people were injured when the stand collapsed.")
    assert s.injured is None


def _sized(parse, res, text, triggers):
    """Size hand-built events (type, trigger word) of ``text``."""
    from jirga.coding.size import size_events
    from jirga.model import Event, Span
    doc = parse(text, "2024-03-02")
    evs = []
    for k, (typ, w) in enumerate(triggers):
        i = text.index(w)
        sent = next(s for s in doc.sentences if s.start <= i < s.end)
        evs.append(Event(doc.id, f"e{k}", typ, sent, Span(i, i + len(w), w)))
    doc.events = evs
    size_events(doc, res)
    return [(e.size.dead, e.size.injured) for e in evs]


def test_a_toll_sentence_counts_the_attack_just_named(parse, res):
    text = ("A separatist group said it carried out a rocket attack on an army camp on Friday. "
            "Nine soldiers were killed and 14 wounded in the strike near the camp.")
    assert _sized(parse, res, text, [("ASSAULT", "attack"), ("ASSAULT", "killed")]) == [(9, 14), (9, 14)]
    # a toll with an agent of its own is another act: the attack before keeps no count
    text = ("A separatist group said it carried out a rocket attack on an army camp on Friday. "
            "Nine soldiers were killed by a roadside bomb in another province.")
    assert _sized(parse, res, text, [("ASSAULT", "attack"), ("ASSAULT", "killed")]) == [(None, None), (9, None)]


@pytest.fixture(scope="module")
def size_with_persons(nlp, res):
    from jirga.coding import lexicon
    from jirga.coding.size import extract_size
    cues = lexicon.get(res).cues
    persons = cues["person_nouns"] | cues["casualty_nouns"]
    return lambda text: extract_size(nlp(text)[:], persons)


@pytest.mark.parametrize("text,dead,injured,arrested", [
    ("A shopkeeper was killed when a grenade hit his stall in Quetta.", 1, None, None),
    ("Gunmen shot dead a teacher outside a school in Turbat.", 1, None, None),
    ("Officers fatally shot a man who was waving a knife at passers-by.", 1, None, None),
    ("Police arrested a 30-year-old driver at the scene.", None, None, 1),
    ("Customs officers detained Ahmad Karimi and Reza Sadeqi at the airport.", None, None, 2),
    ("The rebels killed a soldier and wounded nine villagers.", 1, 9, None),
    ("Three guards were killed and a policeman was wounded.", 3, 1, None),
    ("Detectives are looking into the fatal shooting of a taxi driver in Leeds.", 1, None, None),
    ("The fatal stabbing of two teenagers outside a club shocked the town.", 2, None, None),
    ("The army's killing of a farmer near the border angered the village.", 1, None, None),
])
def test_a_person_told_in_the_singular_counts_one(size_with_persons, text, dead, injured, arrested):
    s = size_with_persons(text)
    assert (s.dead, s.injured, s.arrested) == (dead, injured, arrested)


@pytest.mark.parametrize("text", [
    "Officers were killed in the ambush.",                  # a plural: how many is not told
    "The senator killed the bill in committee.",             # no person harmed
    "A journalist was shot outside his home.",               # shot: killed or wounded is not told
    "The shooting of a taxi driver in Leeds is under investigation.",  # 'fatal' is not told
    "The fatal shooting of protesters angered the town.",     # a plural: how many is not told
])
def test_no_count_of_one_without_one_person_harmed(size_with_persons, text):
    s = size_with_persons(text)
    assert (s.dead, s.injured, s.arrested) == (None, None, None)


@pytest.mark.parametrize("text,dead,injured", [
    ("Militants killed four policemen and two civilians in Bannu.", 6, None),
    ("Militants killed four policemen and a civilian in Bannu.", 5, None),
    ("Monitors say 12 villagers, 9 rebels and 30 soldiers have been killed since Monday.", 51, None),
    ("Five soldiers and two civilians were killed and 12 people were wounded.", 7, 12),
    ("Militants killed five soldiers and civilians in Bannu.", 5, None),       # how many civilians is not told
    ("The attack killed 13 soldiers at a checkpoint and wounded 56 others.", 13, 56),
])
def test_counts_of_the_nouns_listed_together_add_up(size_with_persons, text, dead, injured):
    s = size_with_persons(text)
    assert (s.dead, s.injured) == (dead, injured)


def test_the_dead_go_to_the_attack_and_the_held_to_the_arrest(parse, res):
    from jirga.coding.size import size_events
    from jirga.model import Event, Span
    text = "Police killed two gunmen and arrested three others after the raid on Sunday."
    doc = parse(text, "2024-03-02")
    sent = doc.sentences[0]
    evs = [Event(doc.id, "e0", "ASSAULT", sent, Span(7, 13, "killed")),
           Event(doc.id, "e1", "COERCE", sent, Span(29, 37, "arrested"))]
    doc.events = evs
    size_events(doc, res)
    assert [(e.size.dead, e.size.arrested) for e in evs] == [(2, None), (None, 3)]
    # a prison term counts no one who died in the riot it punishes
    text = "A court sentenced four men to ten years in prison over a riot in which two people died."
    assert _sized(parse, res, text, [("COERCE", "sentenced")]) == [(None, None)]


@pytest.mark.parametrize("text", [
    "Gunmen tried to kill the minister on Friday.",
    "The militants threatened to kill 20 hostages.",
    "Police foiled a plot to kill two judges.",
])
def test_a_toll_meant_is_not_a_toll_taken(size_of, text):
    assert size_of(text).dead is None


def test_a_toll_beside_an_attempt_to_flee_counts(size_of):
    assert size_of("A bomb killed 12 people as they tried to flee.").dead == 12


def test_people_sentenced_are_counted_on_the_conviction_and_the_prison_term(res):
    from jirga import Pipeline
    from jirga.model import Document
    text = "A Manila court on Friday sentenced five men to life imprisonment for drug trafficking."
    doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text, published="2018-04-06")])))
    got = {(e.event_type, e.size.arrested) for e in doc.events if e.trigger.text == "sentenced"}
    assert got == {("SANCTION", 5), ("COERCE", 5)}, got


def test_a_killing_verb_tagged_a_participle_still_counts_its_object(size_of):
    # the tagger reads 'killed' after 'Israeli air strikes' as a participle (VBN)
    size = size_of("Israeli air strikes killed at least 12 people in Rafah.")
    assert (size.dead, size.at_least) == (12, True)


@pytest.mark.parametrize("text,trigger,dead", [
    ("A peacekeeper was killed in Mali.", "killed", 1),
    ("Gunmen shot dead a shopkeeper in Quetta.", "shot", 1),
    ("The deal was killed in the Senate.", "killed", None),
])
def test_one_person_named_by_a_party_word_counts_one(parse, res, text, trigger, dead):
    # 'peacekeeper', 'shopkeeper': the singulars of the registry's plural party words
    assert _sized(parse, res, text, [("ASSAULT", trigger)]) == [(dead, None)]
