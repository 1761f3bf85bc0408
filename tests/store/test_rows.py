"""Records to rows and back (jirga/store/rows.py)."""
from jirga import errors
from jirga.model import ActorRef, Document, Reject
from jirga.store.rows import COLUMNS, event_keys, merge_keys, needle, reports_of, rows_of, split_keys

from .util import accuse_doc


def test_rows_of_keeps_a_later_stage_failure_and_drops_an_unread_document():
    coded = accuse_doc("c", 1)
    coded.rejects = [Reject("c", "c.txt", "dates", errors.DATES_FAILED, "boom")]
    unread = Document(id="u", text="x", rejects=[Reject("u", "u.txt", "ingest", errors.EMPTY, "empty")])
    out = rows_of([coded, unread], "r1")
    assert [r[0] for r in out["documents"]] == ["c"] and len(out["events"]) == 1
    assert [(r[0], r[1]) for r in out["rejects"]] == [("c.txt", errors.DATES_FAILED), ("u.txt", errors.EMPTY)]
    assert all(len(row) == len(COLUMNS[t]) for t, data in out.items() for row in data)


def test_rows_of_keeps_the_latest_reason_of_a_repeated_reject():
    docs = [Document(id="", text="", rejects=[Reject(None, "x", "ingest", errors.EMPTY, reason)])
            for reason in ("first", "second")]
    assert [r[4] for r in rows_of(docs, "r1")["rejects"]] == ["second"]


def test_event_row_leaves_the_cluster_to_merging():
    ev = accuse_doc("c", 1).events[0]
    ev.cluster_id = "elsewhere"
    row = rows_of([Document(id="c", text="x", events=[ev])], "r1")["events"][0]
    cols = COLUMNS["events"]
    record = row[cols.index("record")]
    assert row[cols.index("cluster_id")] is None and '"cluster_id": null' in record
    assert row[cols.index("claim_id")] is None and '"claim_id": null' in record


def test_merge_keys_hold_each_role_and_key_once():
    ev = accuse_doc("c", 1).events[0]
    ev.recipient.append(ActorRef("the Taliban government", 0, 5, "Afghanistan", "AFG", "GOV", resolved=True))
    keys = merge_keys(event_keys(ev))
    assert keys == "\x1factor:PAK GOV\x1frecipient:AFG GOV\x1f"
    assert needle("recipient", "AFG GOV") in keys and needle("actor", "AFG GOV") not in keys
    assert split_keys(keys) == ({"PAK GOV"}, {"AFG GOV"}) and split_keys("") == (set(), set())


def test_reports_of_reads_merge_keys():
    got = reports_of([("e1", "d", "ASSAULT", "2024-01-08", "Bajaur", False, False, False,
                       merge_keys([("actor", "PAK REB"), ("recipient", "PAK COP"), ("recipient", "PAK MIL")]),
                       "\x1fPAK\x1fPAK/Khyber Pakhtunkhwa", "published", None, "explosives", "PAK~khar#5"),
                      ("e2", "d", "ACCUSE", None, None, True, False, False, "", None, "text", "PAK GOV|AFG GOV|shelter",
                       None, None)])
    assert [(r.event_id, r.actors, r.recipients, r.modality) for r in got] == [
        ("e1", {"PAK REB"}, {"PAK COP", "PAK MIL"}, (False, False, False)),
        ("e2", frozenset(), frozenset(), (True, False, False))]
    assert (got[0].place_id, got[0].place_within) == (None, {"PAK", "PAK/Khyber Pakhtunkhwa"})
    assert (got[1].place_id, got[1].place_within) == (None, frozenset())
    assert (got[0].date_bound, got[1].date_bound) == (True, False)   # a publication day bounds
    assert (got[0].matter, got[1].matter) == (None, "shelter")      # an accusation's matter
    assert (got[0].toll, got[1].toll) == ("PAK~khar#5", None)       # an attack's town and toll
    assert (got[0].mode, got[1].mode) == ("explosives", None)        # the kind of attack


def test_merge_keys_add_the_identity_of_named_people_and_organisations_not_of_states():
    from jirga.model import ActorRef, Event, Sentence, Span
    from jirga.store.rows import event_keys
    ev = Event("d", "e", "CONSULT", Sentence(0, 0, 5, "x"), Span(0, 1, "x"),
               actor=[ActorRef("Rehman", 0, 6, "Fazlur Rehman", "PAK", "PTY", resolved=True, kind="person")],
               recipient=[ActorRef("Kabul", 0, 5, "Afghanistan", "AFG", "GOV", resolved=True, kind="capital")])
    assert sorted(event_keys(ev)) == [("actor", "=Fazlur Rehman"), ("actor", "PAK PTY"), ("recipient", "AFG GOV")]


def test_merge_keys_leave_out_a_party_the_coder_only_implies():
    from jirga.model import ActorRef, Event, Sentence, Span
    from jirga.store.rows import event_keys
    implied = ActorRef("", 9, 9, "Afghanistan", "AFG", "GOV", resolved=True, kind="state")
    ev = Event("d", "e", "REQUEST", Sentence(0, 0, 30, "x"), Span(9, 15, "x"),
               actor=[ActorRef("Islamabad", 0, 9, "Pakistan", "PAK", "GOV", resolved=True, kind="capital")],
               recipient=[implied])
    assert event_keys(ev) == [("actor", "PAK GOV")]
