"""Background, not news (``jirga/coding/background.py``): hand-built parses shared with the
PLOVER draft tests (no model). Sentences through the coder are in ``test_plover.py``."""
from jirga.coding.background import is_background, is_prior_mention, is_reference
from tests.coding.test_plover import AFTER, FOLLOWING, WHERE, WILL_HOLD
from tests.handmade import tok


def test_is_background_where_clause(cues):
    assert is_background(tok(WHERE, "killed"), cues)
    assert not is_background(tok(WHERE, "visited"), cues)


def test_is_prior_mention_event_noun_dating_another_event():
    offensive = tok(FOLLOWING, "offensive")
    assert is_prior_mention(offensive, set())
    assert not is_prior_mention(tok(AFTER, "Troops"), set())


def test_is_reference_participantless_noun_naming_a_prior_event(cues):
    assert is_reference(tok(AFTER, "clashes"), set(), cues)            # 'after the clashes'
    assert is_reference(tok(WILL_HOLD, "talks"), {tok(WILL_HOLD, "hold").i}, cues)   # under another trigger
    assert not is_reference(tok(WILL_HOLD, "talks"), set(), cues)
