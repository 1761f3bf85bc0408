from jirga.actors.unknown import unknown_counts
from jirga.model import ActorRef


def test_unknown_counts_sorted_and_grouped():
    refs = [ActorRef("Asif Ali", 0, 8), ActorRef("the Asif Ali", 0, 12), ActorRef("Western countries", 0, 17),
            ActorRef("Kabul", 0, 5, name="Kabul", country="AFG", sector="GOV", resolved=True),
            ActorRef("Zeta group", 0, 10), ActorRef("Asif Ali", 0, 8)]
    assert unknown_counts(refs) == [("Asif Ali", 3), ("Western countries", 1), ("Zeta group", 1)]


def test_unknown_counts_empty():
    assert unknown_counts([]) == []


def test_count_texts_counts_a_store_s_unresolved_texts():
    from jirga.actors.unknown import count_texts
    texts = ["Asif Ali", "the Asif Ali", "Zeta  group", "Asif Ali", "", None]
    assert count_texts(texts) == [("Asif Ali", 3), ("Zeta group", 1)]
