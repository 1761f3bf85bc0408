"""People held or tried for an ordinary crime are criminals (CRM); political charges,
corruption and doubted charges leave a person's sector as it was."""
from jirga.coding import is_factual
from jirga.pipeline import code_text


def _recipients(res, text, date="2022-06-10"):
    return [(e.event_type, e.trigger.text, [(r.text, r.sector) for r in e.recipient])
            for e in code_text(text, date, res) if is_factual(e)]


def _sectors(got, trigger):
    return {s for _, trig, refs in got if trig == trigger for _, s in refs}


def test_a_plain_person_arrested_or_sentenced_for_a_common_crime_is_a_criminal(res):
    got = _recipients(res, "Police in Lyon arrested two people suspected of stealing cars from a garage.")
    assert _sectors(got, "arrested") == {"CRM"}
    got = _recipients(res, "A court in Manila sentenced five individuals to life imprisonment for drug trafficking.")
    assert _sectors(got, "sentenced") == {"CRM"}
    got = _recipients(res, "A 34-year-old man was remanded in custody in Leeds after appearing in court on "
                           "15 offences, including burglaries.")
    assert _sectors(got, "remanded") == {"CRM"}


def test_the_same_person_named_again_is_a_criminal_too(res):
    got = _recipients(res, "Police in Leeds arrested Colin Rockett on Tuesday after a string of burglaries. "
                           "On Thursday Rockett was remanded in custody by a district judge.")
    assert _sectors(got, "arrested") == {"CRM"}
    assert _sectors(got, "remanded") == {"CRM"}


def test_political_doubted_or_no_charges_keep_the_persons_sector(res):
    got = _recipients(res, "Police in Baku arrested a journalist on Monday and charged him with resisting the authorities.")
    assert "CRM" not in _sectors(got, "arrested")
    got = _recipients(res, "Police in Baku arrested two men on bogus drug charges, their lawyers said.")
    assert "CRM" not in _sectors(got, "arrested")
    got = _recipients(res, "Police in Lyon arrested two people during the protest.")
    assert _sectors(got, "arrested") == {"CVL"}


def test_a_foreigners_nationality_does_not_say_where_the_story_is(res):
    text = ("A court in Paranaque sentenced the five to life in prison. The victims were Ariel Leal, 22; "
            "Eric Miller, an American; and Ken Migawa, 18. The judge also sentenced Erika Valbuena to 20 years.")
    got = [(e.trigger.text, [(a.text, a.country) for a in e.actor]) for e in code_text(text, "2018-05-04", res)
           if is_factual(e)]
    assert ("sentenced", [("judge", "PHL")]) in got



def test_only_a_doubting_word_keeps_the_charge_from_making_a_criminal(res):
    # 'trumped-up' doubts the charge; the name Trump in the sentence does not
    got = _recipients(res, "Police in Lyon arrested two men on trumped-up theft charges, their lawyers said.")
    assert "CRM" not in _sectors(got, "arrested")
    got = _recipients(res, "Police in Miami arrested two people suspected of stealing cars from a Trump hotel.")
    assert _sectors(got, "arrested") == {"CRM"}
