"""The scene of an event's day (``jirga/places/scene.py``), through the dates and places
stages as the pipeline runs them."""
import pytest

from jirga.model import Event, Span

pytestmark = pytest.mark.model


def _placed(parse, res, text, triggers, published):
    """{trigger: place name} for hand-built events (trigger word, type), dated then placed."""
    from jirga.dates import date_document
    from jirga.places import place_document
    doc = parse(text, published)
    evs = []
    for k, (w, etype) in enumerate(triggers):
        i = text.index(w)
        sent = next(s for s in doc.sentences if s.start <= i < s.end)
        evs.append(Event(doc.id, f"e{k}", etype, sent, Span(i, i + len(w), w)))
    doc.events = evs
    date_document(doc, res)
    place_document(doc, res)
    return {w: (e.location.name if e.location else None) for (w, _), e in zip(triggers, evs)}


def test_acts_told_later_in_the_past_happen_at_the_scene_of_their_day(parse, res):
    text = ("The foreign ministers met in Tashkent on Monday. Critics have long accused both "
            "governments of neglect. The Uzbek minister stressed the need for open borders, his "
            "office said. \"We must trade more,\" he was quoted as saying.")
    got = _placed(parse, res, text, [("met", "CONSULT"), ("accused", "ACCUSE"), ("stressed", "AGREE"),
                                     ("must", "REQUEST")], "2024-03-05")
    assert got["met"] == got["stressed"] == got["must"] == "Tashkent"
    assert got["accused"] is None       # background in the present perfect: no scene


def test_an_act_of_another_day_or_before_another_time_takes_no_scene(parse, res):
    text = ("Rebel and army commanders met in Juba on 3 May. On 1 April the rebels rejected a "
            "ceasefire. Before flying home, the mediator praised both delegations.")
    got = _placed(parse, res, text, [("met", "CONSULT"), ("rejected", "REJECT"), ("praised", "SUPPORT")],
                  "2024-05-04")
    assert got == {"met": "Juba", "rejected": None, "praised": None}


def test_a_country_is_no_scene(parse, res):
    text = "The president arrived in Chile on Monday. He praised the pension reforms."
    got = _placed(parse, res, text, [("arrived", "CONSULT"), ("praised", "SUPPORT")], "2024-03-05")
    assert got == {"arrived": "Chile", "praised": None}


def test_without_dates_the_latest_scene(parse, res):
    text = ("Envoys gathered in Nairobi for the talks. The host minister welcomed the delegations. "
            "Later the envoys flew to Addis Ababa. The chief envoy thanked the hosts.")
    got = _placed(parse, res, text, [("gathered", "CONSULT"), ("welcomed", "SUPPORT"), ("flew", "CONSULT"),
                                     ("thanked", "SUPPORT")], None)
    assert got == {"gathered": "Nairobi", "welcomed": "Nairobi", "flew": "Addis Ababa",
                   "thanked": "Addis Ababa"}
