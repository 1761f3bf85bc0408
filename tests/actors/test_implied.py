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
    # a police arrest is no court's act
    got = _coded(res, "The banker was arrested in Quito on Friday.")
    assert all(not any(a[0] == "" for a in actors) for _, _, actors in got)


def test_a_state_doing_a_courts_act_is_its_judiciary(res):
    got = _coded(res, "Chile had been prosecuting three Bolivian soldiers in absentia. Chile arrested a Bolivian officer.")
    assert ("ACCUSE", "prosecuting", [("Chile", "CHL", "JUD")]) in got
    arrests = [actors for typ, _, actors in got if typ == "COERCE"]
    assert arrests == [[("Chile", "CHL", "GOV")]]      # an arrest is no court's act
