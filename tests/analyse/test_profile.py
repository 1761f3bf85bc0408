"""An actor's page (jirga/analyse/profile.py)."""
import jirga.analyse as ja


def test_actor_by_alias_has_roles_counts_partners_and_events(hand):
    a = ja.actor(hand, "TTP")
    assert a["name"] == a["entity_id"] == "Tehrik-i-Taliban Pakistan"
    assert (a["country"], a["sector"]) == ("PAK", "REB") and "TTP" in a["aliases"]
    assert a["roles"][0]["country"] == "PAK" and a["roles"][0]["sector"] == "REB"
    assert (a["as_actor"], a["as_recipient"]) == (1, 0)
    assert a["partners"] == [{"name": "Pakistan", "country": "PAK", "sector": "GOV", "events": 1}]
    assert [e["event_id"] for e in a["events"]] == ["d2-b"]


def test_actor_by_wikidata_id_and_unknown_actors(hand):
    a = ja.actor(hand, "Q843")
    assert a["name"] == "Pakistan" and a["as_actor"] == 3 and a["as_recipient"] == 2
    assert {p["name"] for p in a["partners"]} == {"Afghanistan", "Tehrik-i-Taliban Pakistan"}
    assert ja.actor(hand, "Nobody Atall Front") is None


def test_actor_of_the_example_corpus(corpus):
    a = ja.actor(corpus, "Muttaqi")
    assert a["name"] == "Amir Khan Muttaqi" and a["as_actor"] > 0 and a["events"]
    assert any(r["start"] for r in a["roles"])       # dated roles from the registry
