"""Owners of act nouns read off another act of the sentence (``jirga/coding/owners.py``):
sentences of our own through the coder (model)."""
import pytest

from tests.coding.helpers import code, one, texts


@pytest.mark.parametrize("text,typ,actor", [
    ("Israel's prime minister apologised to Turkey for any errors during the 2010 commando raid on an aid ship.",
     "ASSAULT", "Israel's prime minister"),
    ("Kabul expressed regret over the shooting of two Iranian border guards.", "ASSAULT", "Kabul"),
])
def test_who_apologises_for_an_act_did_it(parse, rules_res, text, typ, actor):
    ev = one(code(parse, rules_res, text), typ)
    assert texts(ev.actor) == [actor]


def test_an_act_after_which_someone_apologised_is_not_theirs(parse, rules_res):
    evs = code(parse, rules_res, "The minister apologised after the attack on the embassy.")
    assert all(texts(e.actor) != ["minister"] for e in evs if e.event_type == "ASSAULT")


@pytest.fixture(scope="module")
def rules_res(res):
    """The rules alone: the learned layer was trained before these owners were read."""
    from jirga.resources import Resources
    off = Resources(n_process=1, learned_events=False)
    off._cache["nlp"] = res.nlp
    return off
