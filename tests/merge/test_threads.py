"""Claim threads (``jirga/merge/threads.py``), against a store double that keeps threads in
memory; the real stores are tested with the same function in ``tests/store``."""
from jirga.merge import thread_new


class _Store:
    """What ``thread_new`` asks of a store: the unthreaded claims, an accuser's threads about a
    matter, and where to write the ids."""

    def __init__(self, claims, threads=()):
        self.claims, self.threads, self.written = list(claims), list(threads), []

    def unthreaded_claims(self):
        return self.claims

    def threads_of(self, accuser, matter):
        return [(k, c, True) for k, c in self.threads if k.startswith(accuser + "|") and k.endswith("|" + matter)]

    def set_claims(self, rows):
        self.written.extend(rows)


SHELTER = "PAK GOV|AFG GOV|shelter"


def test_accusations_of_one_accuser_accused_and_matter_form_one_thread_with_their_denial():
    store = _Store([("d1-a", "ACCUSE", "2024-01-09", SHELTER, []),
                    ("d2-a", "ACCUSE", "2024-07-03", SHELTER, []),
                    ("d2-r", "REJECT", "2024-07-03", SHELTER, ["d2-a"]),
                    ("d2-b", "ACCUSE", "2024-07-03", "PAK GOV|AFG GOV|trade", [])])
    assert thread_new(store) == 4
    ids = {eid: cid for eid, cid, _ in store.written}
    assert ids["d1-a"] == ids["d2-a"] == ids["d2-r"] == "d1-a"
    assert ids["d2-b"] == "d2-b"                    # another matter: another thread


def test_a_denial_answering_nothing_here_answers_its_threads_first_accusation():
    store = _Store([("d3-r", "REJECT", "2024-08-01", SHELTER, [])], threads=[(SHELTER, "d1-a")])
    assert thread_new(store) == 1
    assert store.written == [("d3-r", "d1-a", ["d1-a"])]


def test_an_accusation_that_does_not_name_the_accused_joins_the_accusers_thread():
    store = _Store([("d4-a", "ACCUSE", "2024-09-01", "PAK GOV|?|shelter", [])], threads=[(SHELTER, "d1-a")])
    thread_new(store)
    assert store.written == [("d4-a", "d1-a", None)]


def test_nothing_to_thread_writes_nothing():
    store = _Store([])
    assert thread_new(store) == 0 and store.written == []
