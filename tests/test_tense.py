"""How a clause tells its act in time (``jirga.dates.tense``)."""
import pytest

from jirga.tense import anchored, away, told_tense, tense

pytestmark = pytest.mark.model


def _tok(parse, text, word):
    doc = parse(text).parsed
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("The envoy agreed to the plan.", "agreed", "past"),
    ("Officials reiterated that they want calm.", "want", "past"),       # reported by a past verb
    ("The troops had opened fire.", "opened", "perfect"),
    ("The minister has spoken to reporters.", "spoken", None),           # present perfect
    ("The union has criticised the board and demanded talks.", "demanded", None),   # shares 'has'
    ("The army shelled the town and seized the bridge.", "seized", "past"),
    ("The rebels deny the charge.", "deny", None),
    ("The council will meet on Monday.", "meet", None),
    # a participle without its own subject is told in its main verb's time
    ("Speaking in Rabat, the envoy praised the reforms.", "Speaking", "past"),
    ("Speaking in Rabat, the envoy praises the reforms.", "Speaking", None),
])
def test_tense_of_a_clause(parse, text, word, expected):
    assert tense(_tok(parse, text, word)) == expected


def test_an_act_of_saying_takes_the_tense_of_the_saying(parse):
    tok = _tok(parse, '"We must trade more," he was quoted as saying.', "must")
    assert tense(tok) is None
    assert told_tense(tok, speech=True) == "past"
    assert told_tense(tok, speech=False) is None


@pytest.mark.parametrize("text,word,expected", [
    ("Before flying home, the envoy praised the hosts.", "praised", True),
    ("Before flying out, he told reporters that the cabinet approved the deal.", "approved", True),
    ("Since the coup, the army has detained hundreds.", "detained", True),
    ("After the meeting, the envoy praised the hosts.", "praised", False),   # the scene's own time
    ("The envoy praised the hosts.", "praised", False),
])
def test_away_from_the_scene(parse, text, word, expected):
    assert away(_tok(parse, text, word)) is expected


def test_an_anchor_clause(parse):
    assert anchored(_tok(parse, "He is visiting Kabul after the rulers invited him.", "invited"))
    assert not anchored(_tok(parse, "The rulers invited him.", "invited"))
