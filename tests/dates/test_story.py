"""The time a story tells its acts in (``jirga.dates.story``), through ``date_events``."""
import pytest

from jirga.dates import date_events, timex_document
from jirga.model import Event, Span
from tests.dates.test_events import _dated


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # the lead tells the news of a past day: the acts of that scene told later in the past
    # take it, over background in the present perfect and the present
    ("Negotiators have reached a truce in the port city. The June 4 agreement ended weeks of "
     "shelling. Aid groups have long warned of hunger there. Fishermen say the harbour is empty. "
     "The mediator praised both sides, his office said.", "2024-06-06",
     {"agreement": ("2024-06-04", "day"), "warned": ("2024-06-06", "day"),
      "praised": ("2024-06-04", "day")}),
    # a headline or photo caption in the present is not the lead
    ("Minister tours flood zone on June 1. The minister has inspected the flooded districts. The "
     "June 3 visit included a field hospital. Engineers say the dams held. Local leaders thanked "
     "the relief teams.", "2024-06-05",
     {"visit": ("2024-06-03", "day"), "thanked": ("2024-06-03", "day")}),
    # a sentence on another date leaves the day; one on the day comes back to it
    ("The railway strike began on March 12. In 2019 the drivers struck for a month. Unions have "
     "long demanded higher pay. The union defended the action. The March 12 stoppage halted "
     "freight. Ministers have called it illegal. The minister condemned the walkout.", "2024-03-14",
     {"strike": ("2024-03-12", "day"), "struck": ("2019", "year"), "defended": ("2024-03-14", "day"),
      "stoppage": ("2024-03-12", "day"), "condemned": ("2024-03-12", "day")}),
    # an act put before another time is not of the day; no lead day, no change
    ("The council voted on October 2 to close the mine. Residents have protested for years. "
     "Before leaving the hall, the mayor told reporters that the owners rejected the plan.",
     "2024-10-04", {"rejected": ("2024-10-04", "day")}),
    ("The council has voted to close the mine. Residents protested outside. The mayor praised "
     "the vote.", "2024-10-04", {"protested": ("2024-10-04", "day"), "praised": ("2024-10-04", "day")}),
    # an act told aside in a clause of its own, on another date, neither stops the sentence's
    # acts from taking the day nor moves the story off it
    ("The two ministers met in Tunis on Monday, officials said. The guest praised the ties between the "
     "two countries, recalling that Tunisia had signed a friendship treaty with Italy in 1958. The "
     "host thanked him for the visit.", "2024-10-09",
     {"met": ("2024-10-07", "day"), "praised": ("2024-10-07", "day"), "signed": ("1958", "year"),
      "thanked": ("2024-10-07", "day")}),
])
def test_acts_of_the_lead_scene_take_its_day(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
def test_an_intention_does_not_stop_a_story_going_on(parse, res):
    # 'hoped to improve' is no undated past act that would make the sentence's time unclear
    text = "The May 9 summit hoped to improve trade. The host reiterated that his country wants open borders."
    doc = parse(text, "2024-05-11")
    s0, s1 = doc.sentences[0], doc.sentences[1]
    evs = []
    for k, (w, sent) in enumerate((("summit", s0), ("improve", s0), ("wants", s1))):
        i = text.index(w)
        evs.append(Event(doc.id, f"e{k}", "CONSULT", sent, Span(i, i + len(w), w)))
    evs[1].hypothetical = True
    doc.events = evs
    timex_document(doc, res)
    date_events(doc, res)
    assert evs[2].date == "2024-05-09" and evs[2].date_basis == "context"


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # a sentence that codes no act still tells when its story happens
    ("Dockers went back to work on Thursday. On Monday the port authority held a briefing on the "
     "inquiry. Its chairman blamed the shipping line for the fire.", "2024-05-10",
     {"blamed": ("2024-05-06", "day")}),
    # not a time hung inside another clause, nor one of the publication day
    ("Dockers said the crane that fell on Monday was old. Its chairman blamed the shipping line.",
     "2024-05-10", {"blamed": ("2024-05-10", "day")}),
    ("On Friday the port authority held a briefing. Its chairman blamed the shipping line.",
     "2024-05-10", {"blamed": ("2024-05-10", "day")}),
])
def test_a_sentence_without_acts_sets_the_time_of_the_next(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
def test_the_edge_of_a_period_sets_no_time_for_the_next_sentence(parse, res):
    # 'since October' starts a span; the bombing told next is not of October
    text = ("Thousands of Afghans have been expelled since October. A bomber attacked a police van "
            "in Bajaur, killing five.")
    assert _dated(parse, res, text, "2024-01-10", ["attacked"]) == {"attacked": ("2024-01-10", "day")}
