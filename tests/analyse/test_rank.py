"""Actor and dyad rankings (jirga/analyse/rank.py)."""
import jirga.analyse as ja


def test_actors_ranked_by_events_on_either_side(hand):
    ranks = ja.rank_actors(hand, limit=3)
    assert [(r.name, r.as_actor, r.as_recipient) for r in ranks] == [
        ("Pakistan", 3, 2), ("Afghanistan", 2, 2), ("Tehrik-i-Taliban Pakistan", 1, 0)]
    assert ranks[0].events == 5 and ranks[0].to_dict()["country"] == "PAK"


def test_dyads_by_label_and_by_entity(hand):
    by_label = ja.rank_dyads(hand)
    assert [(d.source, d.target, d.events, d.coop, d.conflict) for d in by_label] == [
        ("PAK GOV", "AFG GOV", 2, 0, 2), ("AFG GOV", "PAK GOV", 1, 0, 1), ("PAK REB", "PAK GOV", 1, 0, 1)]
    by_entity = ja.rank_dyads(hand, by="entity")
    assert by_entity[0].source == "Pakistan" and by_entity[0].target == "Afghanistan"
    assert ja.rank_dyads(hand, limit=1, start="2024-03-01")[0].source in ("AFG GOV", "PAK REB")


def test_rankings_of_the_example_corpus(corpus):
    actors = ja.rank_actors(corpus, limit=10)
    assert len(actors) == 10 and actors[0].events >= actors[-1].events
    assert "Pakistan" in {a.name for a in actors}
    assert ja.rank_dyads(corpus, limit=1)[0].source in ("PAK GOV", "AFG GOV")
