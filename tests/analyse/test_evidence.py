"""An event with its evidence (jirga/analyse/evidence.py)."""
import jirga.analyse as ja


def test_event_spans_point_into_its_sentence(hand):
    e = ja.event(hand, "d2-a")
    assert e["sentence"] == "Kabul denied it." and e["sentence_start"] == 46
    s = e["sentence"]
    assert s[slice(*e["spans"]["trigger"])] == "denied"
    assert "actor" not in e["spans"]          # its actor was read in another sentence
    assert e["answers"] == ["d1-a"] and e["answered_by"] == []


def test_event_lists_its_clusters_other_reports_and_who_answers_it(hand):
    e = ja.event(hand, "d1-a")
    assert [r["event_id"] for r in e["reports"]] == ["d1-b"]
    assert e["answered_by"] == ["d2-a"]
    s = e["sentence"]
    assert s[slice(*e["spans"]["actor"])] == "Pakistan" and s[slice(*e["spans"]["recipient"])] == "Kabul"
    assert s[slice(*e["spans"]["place"])] == "Kabul"
    assert ja.event(hand, "nope") is None


def test_event_of_the_example_corpus_has_its_evidence(corpus):
    checked = 0
    for row in ja.events(corpus, limit=40):
        e = ja.event(corpus, row.event_id)
        s = e["sentence"]
        assert s[slice(*e["spans"]["trigger"])] == e["trigger"]
        for role in ("actor", "recipient"):
            if role in e["spans"]:
                assert s[slice(*e["spans"][role])] == e[role]["text"]
                checked += 1
    assert checked > 20


def test_event_of_the_example_corpus_marks_the_words_that_date_it(corpus):
    dated = 0
    for row in ja.events(corpus, limit=80):
        e = ja.event(corpus, row.event_id)
        if "date" in e["spans"]:
            words = e["sentence"][slice(*e["spans"]["date"])]
            assert words and words[0].isalnum()
            dated += 1
    assert dated > 10      # most events of the corpus carry a date of their own clause
