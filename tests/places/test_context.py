"""The story-level passes of ``jirga.places.context``, run by ``locate_events`` after each
event's own sentence (moved from test_locate.py), and the bisection they read the document by."""
import random

from jirga.model import Sentence
from tests.places.test_locate import _event, _locate, _locate_full


def test_a_re_mention_takes_the_place_of_the_sentence_before_not_after(parse, res):
    text = ("Rehman met the supreme leader in Kandahar on Thursday. It was their first meeting. "
            "He had earlier held talks with the prime minister in Kabul on Monday.")
    got = _locate(parse, res, text, [("met", "CONSULT"), ("meeting", "CONSULT"), ("talks", "CONSULT")])
    assert got == ["Kandahār", "Kandahār", "Kabul"]


def test_an_unplaced_lead_takes_the_place_of_the_sentence_after(parse, res):
    text = "A bomb attack killed five policemen on Monday. The attack in Bajaur district was claimed by the TTP."
    assert _locate(parse, res, text, [("killed", "ASSAULT"), ("attack", "ASSAULT")]) == ["Bajaur", "Bajaur"]


def test_an_incident_placed_at_a_country_is_in_the_one_town_the_story_names_for_it(parse, res):
    text = ("A British medic was killed in Syria on Tuesday. The medic had been serving with Kurdish "
            "fighters in Raqqa when a roadside bomb exploded on Tuesday.")
    got = _locate_full(parse, res, text, [("killed", "ASSAULT"), ("exploded", "ASSAULT")])
    assert [p.name for p in got] == ["Ar Raqqah", "Ar Raqqah"]
    # background told in the perfect stays at the country
    text = "Militant attacks have killed hundreds of people in Pakistan this year. A bomb exploded in Quetta."
    got = _locate_full(parse, res, text, [("killed", "ASSAULT"), ("exploded", "ASSAULT")])
    assert [p.name for p in got] == ["Pakistan", "Quetta"]
    # two towns: the country does not pick one
    text = "Police arrested dozens of protesters in Iran. Police arrested ten protesters in Tabriz and six in Shiraz."
    got = _locate_full(parse, res, text, [("arrested", "COERCE"), ("arrested ten", "COERCE")])
    assert [p.name for p in got] == ["Iran", "Tabriz"]


def test_a_town_left_unnamed_is_the_one_the_next_report_names(parse, res):
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_events
    doc = parse("Rebels attacked a town in western Iraq. They attacked police posts in Ramadi at dawn.")
    doc.places = geoparse(doc, res)
    doc.events = [_event(doc, "attacked", "ASSAULT"), _event(doc, "attacked", "ASSAULT", nth=1)]
    locate_events(doc, res)
    assert [e.location.name for e in doc.events] == ["Ramadi", "Ramadi"]
    # a country named as such ('in western Iraq', no unnamed town) stays the place
    doc = parse("Rebels attacked in western Iraq. They attacked police posts in Ramadi at dawn.")
    doc.places = geoparse(doc, res)
    doc.events = [_event(doc, "attacked", "ASSAULT"), _event(doc, "attacked", "ASSAULT", nth=1)]
    locate_events(doc, res)
    assert doc.events[0].location.name == "Iraq"


def test_an_also_report_lends_no_place_to_the_sentence_before_but_goes_on_after(parse, res):
    got = _locate(parse, res, "The minister spoke with tribal elders on Monday. In Herat he also met the governor.",
                  [("spoke", "CONSULT"), ("met", "CONSULT")])
    assert got == [None, "Herāt"]
    got = _locate(parse, res, "In Herat the minister also met the governor. They talked for an hour about trade.",
                  [("met", "CONSULT"), ("talked", "CONSULT")])
    assert got == ["Herāt", "Herāt"]


def test_a_definite_event_noun_refers_back_to_the_event_placed_before(parse, res):
    text = ("PESHAWAR: Militants ambushed a convoy in Kurram on Thursday. Funerals were held in Bannu "
            "on Friday. The group said its fighters had carried out the ambush.")
    assert _locate(parse, res, text, [("ambushed", "ASSAULT"), ("ambush.", "ASSAULT")]) == ["Kurram", "Kurram"]
    # and so is the harm done in it
    text = ("PESHAWAR: Jets bombed villages in Kunar on Sunday. Officials met in Bannu on Monday. "
            "Officials said at least 30 people had been killed in the strikes.")
    assert _locate(parse, res, text, [("bombed", "ASSAULT"), ("killed", "ASSAULT")]) == ["Kunar", "Kunar"]
    # not a definite noun: no reference back, and a harm told as what officials said takes no
    # dateline either
    assert _locate(parse, res, text.replace("in the strikes", "in strikes"),
                   [("bombed", "ASSAULT"), ("killed", "ASSAULT")]) == ["Kunar", None]
    # without an event placed before, the place the story gave the same noun
    text = ("PESHAWAR: Hundreds marched in Asadabad on Sunday, hours after air strikes on villages in "
            "Kunar's Dangam district. Officials said at least 30 people had been killed in the strikes.")
    got = _locate(parse, res, text, [("marched", "PROTEST"), ("killed", "ASSAULT")])
    assert got == ["Asadābād", "Dāngām"]
    got = _locate(parse, res, text.replace("in the strikes", "in the fighting"),
                  [("marched", "PROTEST"), ("killed", "ASSAULT")])
    assert got == ["Asadābād", None]     # another noun: no reference, and no dateline for what was said
    # an indefinite one is no reference
    text = ("PESHAWAR: Militants ambushed a convoy in Kurram on Thursday. Funerals were held in Bannu "
            "on Friday. Police raided homes on Friday. The group said its fighters had carried out an ambush.")
    got = _locate(parse, res, text, [("ambushed", "ASSAULT"), ("an ambush", "ASSAULT")])
    assert got == ["Kurram", None]       # nor the dateline: the group only said it


def test_a_follow_up_sentence_without_events_gives_its_place(parse, res):
    text = "Militants claimed a bomb attack on Monday. At least five policemen were killed in Bajaur."
    assert _locate(parse, res, text, [("attack", "ASSAULT")]) == ["Bajaur"]


# -- bisection in back_references (linear in the document's length) -------------------------
def test_sentences_at_gives_what_a_scan_gives():
    from jirga.places.context import _Sentences
    rng = random.Random(3)
    sents, start = [], 0
    for i in range(300):
        end = start + rng.randrange(1, 40)
        sents.append(Sentence(i, start, end))
        start = end + rng.randrange(0, 3)          # sometimes a gap between two sentences
    index = _Sentences(sents)
    for offset in range(start + 2):
        scan = next((s for s in sents if s.start <= offset < s.end), None)
        if scan is None:
            try:
                index.at(offset)
            except ValueError:
                continue
            raise AssertionError(f"offset {offset} is in no sentence")
        assert index.at(offset) is scan, offset


def test_event_nouns_last_before_gives_what_a_scan_gives(parse, res):
    from jirga.places.context import _EventNouns
    doc = parse("The attack came at dawn. A second attack followed. Officials said the attacks and "
                "a bombing were linked. The ambush was the worst.")
    nouns = _EventNouns(doc.parsed)
    for lemma in ("attack", "bombing", "ambush", "protest"):
        for start in range(len(doc.text) + 1):
            scan = [t for t in doc.parsed if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.idx < start]
            got = nouns.last_before(lemma, start)
            assert (got.i if got is not None else None) == (scan[-1].i if scan else None), (lemma, start)
    assert nouns.last_before("attack", len(doc.text)) is not None


def _dated_locate(parse, res, text, triggers):
    """``_locate`` with each event dated by its own words: (trigger, type, date)."""
    from jirga.places.geoparse import geoparse
    from jirga.places.locate import locate_events
    doc = parse(text, None)
    doc.places = geoparse(doc, res)
    doc.events = []
    for t, typ, day in triggers:
        ev = _event(doc, t, typ)
        ev.date, ev.date_basis = day, "text"
        doc.events.append(ev)
    locate_events(doc, res)
    return [e.location.name if e.location else None for e in doc.events]


def test_a_next_sentence_dated_to_another_day_is_no_continuation(parse, res):
    text = ("The minister held talks with his Chilean counterpart on Wednesday. "
            "The regional group last met in Lima in October.")
    got = _dated_locate(parse, res, text, [("talks", "CONSULT", "2021-11-10"), ("met", "CONSULT", "2021-10")])
    assert got == [None, "Lima"]
    same = _dated_locate(parse, res, text, [("talks", "CONSULT", "2021-10-06"), ("met", "CONSULT", "2021-10")])
    assert same == ["Lima", "Lima"]


def test_an_arrest_takes_no_place_from_where_the_wounded_are_treated(parse, res):
    text = "Police arrested four suspects on Monday. Several of the wounded remain in hospitals in Peshawar."
    assert _locate(parse, res, text, [("arrested", "COERCE")]) == [None]
    text = "Militants attacked a rally on Monday. Several people were wounded in Peshawar."
    assert _locate(parse, res, text, [("attacked", "ASSAULT")]) == ["Peshawar"]
