"""Near-duplicate articles (``jirga/ingest/stories.py``): copies of one story found by MinHash bands."""
from jirga.ingest.stories import BANDS, StoryIndex, bands, is_copy, shingles

STORY = ("Pakistan closed the Torkham border crossing on Tuesday after an exchange of fire between "
         "Pakistani and Afghan border guards, officials said. Trucks carrying fruit and coal were "
         "stranded on both sides as traders waited for the crossing to reopen. The closure is the "
         "third this year, and traders on both sides say each one costs them millions of rupees.")
OTHER = ("Afghan and Pakistani officials met in Doha on Monday to discuss trade through Chaman and "
         "Torkham, a spokesman said, adding that both sides agreed to meet again next month.")


def _shared(a, b):
    return len(set(bands(a)) & set(bands(b)))


def test_a_copy_with_small_edits_shares_most_bands():
    copy = STORY.replace("officials said", "officials told reporters") + "\n\nThis story has been updated."
    assert is_copy(_shared(STORY, copy)) and _shared(STORY, STORY) == BANDS


def test_a_different_story_on_the_same_subject_is_not_a_copy():
    assert not is_copy(_shared(STORY, OTHER))


def test_bands_are_stable_and_case_insensitive():
    assert bands(STORY) == bands(STORY.upper()) and len(bands(STORY)) == BANDS
    assert bands("") == [] and shingles("two words") == {b"two words"}


def test_story_index_counts_shared_bands_per_document():
    index = StoryIndex()
    index.add("a", bands(STORY))
    index.add("b", bands(OTHER))
    assert index.shared(bands(STORY))["a"] == BANDS
    assert index.shared(bands(STORY)).get("b", 0) < 10
