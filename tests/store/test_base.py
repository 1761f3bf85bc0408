"""The named methods of the store (jirga/store/base.py), on DuckDB and on PostgreSQL alike."""
import pytest

from jirga import errors
from jirga.errors import StoreError
from jirga.model import ActorRef, Document, Reject
from jirga.store import Counts, DocumentMeta, Dyad, HeadKey, open_store

from .util import accuse_doc, assault, assault_docs, count, rows

TABLES = ("documents", "sentences", "events", "event_actors", "places", "rejects")


def _counts(s):
    return {t: count(s, t) for t in TABLES}


def test_write_batch_stores_every_table(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc(), Document(id="", text="", origin="bad.txt",
                                              rejects=[Reject(None, "bad.txt", "ingest", "E102", "empty")])], "r1")
        assert _counts(s) == {"documents": 1, "sentences": 1, "events": 2, "event_actors": 4, "places": 1,
                              "rejects": 1}


def test_write_batch_stores_a_document_a_later_stage_failed_on_and_its_reject(url):
    doc = accuse_doc("late", 0)
    doc.rejects = [Reject("late", "late.txt", "places", errors.PLACES_FAILED, "boom")]
    unread = Document(id="u", text="x", rejects=[Reject("u", "u.txt", "nlp", errors.NLP_FAILED, "no parse")])
    with open_store(url) as s:
        s.write_batch([doc, unread], "r1")
        assert s.known(["late", "u"]) == {"late"}
        assert [(r.source, r.stage) for r in s.rejects()] == [("late.txt", "places"), ("u.txt", "nlp")]


def test_write_batch_twice_keeps_one_copy_and_the_latest_reject_reason(url):
    with open_store(url) as s:
        for reason in ("first", "second"):
            bad = Document(id="", text="", rejects=[Reject(None, "bad.txt", "ingest", "E102", reason)])
            s.write_batch([accuse_doc(), bad], "r1")
        s.write_batch([Document(id="", text="", rejects=[Reject(None, "bad.txt", "ingest", "E102", "third"),
                                                          Reject(None, "bad.txt", "ingest", "E102", "fourth")])], "r2")
        assert count(s, "events") == 2 and count(s, "rejects") == 1
        assert rows(s, "SELECT reason, run_id FROM rejects") == [("fourth", "r2")]


def test_write_batch_that_fails_writes_nothing(url):
    with open_store(url) as s:
        with pytest.raises(Exception):
            s.write_batch([accuse_doc("ok"), Document(id="bad", text=None)], "r1")  # text is NOT NULL
        assert count(s, "documents") == 0
        s.write_batch([accuse_doc("ok")], "r1")  # the store is usable again
        assert s.known(["ok"]) == {"ok"}


def test_known_returns_stored_ids_only(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc("a"), accuse_doc("b")], "r1")
        assert s.known(["a", "c", "b"]) == {"a", "b"} and s.known([]) == set()


def test_events_round_trip_with_their_cluster_id(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc()], "r1")
        assert list(s.events()) == accuse_doc().events
        s.set_clusters([("d1-e0", "d1-e0"), ("d1-e1", "d1-e0")])
        assert [e.cluster_id for e in s.events()] == ["d1-e0", "d1-e0"]


def test_events_come_in_byte_order_of_document_id(url):
    ids = ["b", "a-z", "aa", "A", "a_b", "a b", "Z9"]
    with open_store(url) as s:
        s.write_batch([accuse_doc(d, 1) for d in ids], "r1")
        assert [e.doc_id for e in s.events()] == sorted(ids)


def test_events_stream_while_the_store_is_used(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc(f"d{i:04d}", 1) for i in range(2500)], "r1")
        n = 0
        for ev in s.events():
            if n % 1000 == 0:
                assert s.known([ev.doc_id]) == {ev.doc_id}
            n += 1
        assert n == 2500
        assert next(iter(s.events())).doc_id == "d0000"  # an abandoned stream leaves the store usable
        assert s.counts().events == 2500


def test_counts_and_factual_events_by_type(url):
    neg = accuse_doc("n", 1, negated=True)
    with open_store(url) as s:
        s.write_batch([accuse_doc("p"), neg] + assault_docs(), "r1")
        assert s.counts() == Counts(documents=5, sentences=2, events=6, factual=5, undated=2)
        assert s.factual_events_by_type() == {"ACCUSE": 2, "ASSAULT": 3}


def test_top_dyads_label_by_codes_or_text_and_count_factual_events(url):
    unknown = accuse_doc("u", 1)
    unknown.events[0].recipient = [ActorRef("Zorblat Front", 0, 13)]
    no_sector = accuse_doc("s", 1)
    no_sector.events[0].actor = [ActorRef("Pakistanis", 0, 10, None, "PAK", None, resolved=True)]
    with open_store(url) as s:
        s.write_batch([accuse_doc("a", 3), accuse_doc("n", 2, hypothetical=True), unknown, no_sector], "r1")
        assert s.top_dyads() == [Dyad("PAK GOV", "AFG GOV", 3), Dyad("PAK", "AFG GOV", 1),
                                 Dyad("PAK GOV", "? Zorblat Front", 1)]
        assert s.top_dyads(limit=1) == [Dyad("PAK GOV", "AFG GOV", 3)]
        src, tgt, n = s.top_dyads()[0]
        assert (src, tgt, n) == ("PAK GOV", "AFG GOV", 3)


def test_rejects_are_typed_and_ordered_by_source(url):
    with open_store(url) as s:
        s.write_batch([Document(id="", text="", rejects=[Reject(None, "b.txt", "ingest", "E102", "empty"),
                                                          Reject("z", "a.txt", "nlp", "E201", "boom")])], "r1")
        assert s.rejects() == [Reject("z", "a.txt", "nlp", "E201", "boom"),
                               Reject(None, "b.txt", "ingest", "E102", "empty")]


def test_unresolved_mentions_lists_every_unresolved_text(url):
    doc = accuse_doc("u", 2)
    for ev in doc.events:
        ev.recipient = [ActorRef("Zorblat Front", 0, 13)]
    with open_store(url) as s:
        s.write_batch([doc, accuse_doc("a")], "r1")
        assert s.unresolved_mentions() == ["Zorblat Front", "Zorblat Front"]


def test_events_with_meta_gives_each_report_its_document(url):
    with open_store(url) as s:
        s.write_batch(assault_docs(), "r1")
        got = list(s.events_with_meta())
    assert [(e.event_id, m) for e, m in got] == [
        (f"{d}-0-7", DocumentMeta(d, f"https://n.example/{d}", f"Story {d}", "2024-01-09", None)) for d in "abc"]


def test_merged_events_give_one_event_per_cluster_with_every_report(url):
    with open_store(url) as s:
        s.write_batch(assault_docs(), "r1")
        s.set_clusters([("a-0-7", "a-0-7"), ("b-0-7", "a-0-7")])  # c not merged: its own cluster
        merged = list(s.merged_events())
        with_meta = list(s.events_with_meta(merged=True))
    assert [(e.event_id, e.cluster_id, [x["doc_id"] for x in e.sources]) for e in merged] == [
        ("a-0-7", "a-0-7", ["a", "b"]), ("c-0-7", "c-0-7", ["c"])]
    assert [m.doc_id for _, m in with_meta] == ["a", "c"]


def test_unmerged_reports_are_those_without_a_cluster(url):
    with open_store(url) as s:
        s.write_batch(assault_docs(), "r1")
        s.set_clusters([("a-0-7", "a-0-7")])
        got = s.unmerged_reports()
    assert [r.event_id for r in got] == ["b-0-7", "c-0-7"]
    assert got[0].actors == {"PAK REB"} and got[0].recipients == {"PAK COP"}
    assert (got[0].event_type, got[0].date, got[0].place, got[0].modality) == (
        "ASSAULT", "2024-01-08", "Bajaur", (False, False, False))


def test_cluster_candidates_finds_clusters_by_type_role_actor_and_date(url):
    undated = Document(id="u", text="x", events=[assault("u", "u-1", date=None)])
    with open_store(url) as s:
        s.write_batch(assault_docs() + [undated], "r1")
        s.set_clusters([("a-0-7", "a-0-7"), ("b-0-7", "a-0-7"), ("c-0-7", "c-0-7"), ("u-1", "u-1")])

        def found(*probes):
            return sorted((cid, r.event_id) for cid, r in s.cluster_candidates(HeadKey(*p) for p in probes))
        reb = ("ASSAULT", "actor", "PAK REB")
        # b-0-7 is in a's cluster and on its date: it comes with it
        assert found((*reb, "2024-01-08")) == [("a-0-7", "a-0-7"), ("a-0-7", "b-0-7")]
        assert found((*reb, "2024-01-08"), (*reb, "2024-01-20")) == [
            ("a-0-7", "a-0-7"), ("a-0-7", "b-0-7"), ("c-0-7", "c-0-7")]
        assert found((*reb, "2024-01-08"), (*reb, None)) == [("a-0-7", "a-0-7"), ("a-0-7", "b-0-7"), ("u-1", "u-1")]
        assert found(("ASSAULT", "recipient", "PAK COP", "2024-01-20")) == [("c-0-7", "c-0-7")]
        assert found(("ASSAULT", "recipient", "PAK REB", "2024-01-08")) == []  # the other role
        assert found(("ACCUSE", "actor", "PAK REB", "2024-01-08"), (*reb, "2024-01-09")) == []
        assert found(("ASSAULT", "actor", "PAK ", "2024-01-20", True)) == [("c-0-7", "c-0-7")]  # by country
        assert found(("ASSAULT", "actor", "PAK ", "2024-01-20")) == []                          # not a key
        assert found() == []
        assert s.cluster_candidates([HeadKey(*reb, "2024-01-08")])[0][1].recipients == {"PAK COP"}


def test_cluster_candidates_reads_each_shape_of_date_by_its_own_range(url):
    """A probe of a year finds the year's report, not its days'; months and weeks likewise."""
    dates = {"y": "2024", "m": "2024-01", "w": "2024-W02", "d": "2024-01-08", "e": "2024-06-01", "n": "2025"}
    docs = [Document(id=k, text="x", events=[assault(k, f"{k}-1", date=v)]) for k, v in dates.items()]
    with open_store(url) as s:
        s.write_batch(docs, "r1")
        s.set_clusters([(f"{k}-1", f"{k}-1") for k in dates])
        probes = [HeadKey("ASSAULT", "actor", "PAK REB", d) for d in ("2024", "2024-01", "2024-W02", "2024-01-08")]
        assert sorted(r.event_id for _, r in s.cluster_candidates(probes)) == ["d-1", "m-1", "w-1", "y-1"]


def test_set_clusters_touches_only_given_events_not_yet_merged(url):
    with open_store(url) as s:
        s.write_batch(assault_docs(), "r1")
        s.set_clusters([("a-0-7", "a-0-7"), ("b-0-7", "a-0-7")])
        s.set_clusters([("b-0-7", "b-0-7"), ("c-0-7", "a-0-7")])  # b is merged already
        assert rows(s, "SELECT event_id, cluster_id FROM events ORDER BY event_id") == [
            ("a-0-7", "a-0-7"), ("b-0-7", "a-0-7"), ("c-0-7", "a-0-7")]


def test_join_clusters_gives_a_joined_clusters_events_the_new_id(url):
    with open_store(url) as s:
        s.write_batch(assault_docs(), "r1")
        s.set_clusters([("a-0-7", "a-0-7"), ("b-0-7", "b-0-7"), ("c-0-7", "c-0-7")])
        s.join_clusters([("b-0-7", "a-0-7")])
        assert rows(s, "SELECT event_id, cluster_id FROM events ORDER BY event_id") == [
            ("a-0-7", "a-0-7"), ("b-0-7", "a-0-7"), ("c-0-7", "c-0-7")]


def test_runs_are_recorded(url):
    with open_store(url) as s:
        s.start_run("r1", {"batch_size": 64, "path": object()}, {"jirga": "0.1.0"})
        assert rows(s, "SELECT status, finished FROM runs") == [("running", None)]
        s.finish_run("r1", "done", {"documents": 3, "events": 7})
        assert rows(s, "SELECT status, documents, events, rejects FROM runs") == [("done", 3, 7, 0)]


def test_reopened_store_keeps_rows(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc()], "r1")
    with open_store(url) as s:
        assert s.counts().documents == 1


def test_read_only_store_reads_and_cannot_write(url):
    with open_store(url) as s:
        s.write_batch([accuse_doc()], "r1")
    with open_store(url, read_only=True) as s:
        assert s.counts().events == 2 and len(list(s.events())) == 2
        with pytest.raises(Exception):
            s.write_batch([accuse_doc("other")], "r2")
    with open_store(url) as s:
        assert s.known(["other"]) == set()


def test_read_only_store_without_tables_is_missing(url):
    if not url.startswith("postgres"):
        import duckdb
        duckdb.connect(url).close()  # an empty DuckDB file
    with pytest.raises(StoreError) as err:
        open_store(url, read_only=True)
    assert err.value.code == errors.DB_MISSING and "\n" not in str(err.value)


def test_store_of_an_older_jirga_gets_merge_keys_on_open(url):
    doc = accuse_doc("a", 1)
    doc.events[0].recipient = [ActorRef("Zorblat Front", 0, 13), ActorRef("Kabul", 0, 5, "Afghanistan")]
    with open_store(url) as s:
        bare = accuse_doc("b", 1)
        bare.events[0].actor, bare.events[0].recipient = [], []
        s.write_batch([doc, bare], "r1")
        s.con.execute("ALTER TABLE events DROP COLUMN merge_keys")  # as an older Jirga made it
    with open_store(url) as s:
        got = {r.event_id: (r.actors, r.recipients) for r in s.unmerged_reports()}
    assert got == {"a-e0": ({"PAK GOV"}, {"zorblat front", "Afghanistan"}), "b-e0": (set(), set())}


def test_store_has_no_sql_escape_hatch(url):
    with open_store(url) as s:
        assert not hasattr(s, "query") and not hasattr(s, "columns")


def _running(url, run_id, host, pid):
    with open_store(url) as s:
        s._run("INSERT INTO runs (run_id, started, status, host, pid) VALUES (?, ?, 'running', ?, ?)",
               (run_id, "2026-01-01T00:00:00+00:00", host, pid))


def test_mark_interrupted_marks_runs_whose_process_is_gone(url):
    import os
    import socket
    import subprocess
    import sys
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    _running(url, "dead", socket.gethostname(), int(gone))
    _running(url, "alive", socket.gethostname(), os.getpid())
    _running(url, "elsewhere", "another-host", 1)
    with open_store(url) as s:
        stale = s.mark_interrupted()
        status = dict(rows(s, "SELECT run_id, status FROM runs"))
    if url.endswith(".duckdb"):    # one writer at a time: nothing else can be running
        assert sorted(stale) == ["alive", "dead", "elsewhere"]
    else:                          # a shared server: only this host's dead processes
        assert stale == ["dead"]
        assert status["alive"] == "running" and status["elsewhere"] == "running"
    assert status["dead"] == "interrupted"


def _claim(doc_id, eid, typ, date, key, actor, recipient, answers=()):
    from jirga.model import Event, Sentence, Span
    return Event(doc_id=doc_id, event_id=eid, event_type=typ, date=date,
                 sentence=Sentence(0, 0, 30, f"{actor} and {recipient}."), trigger=Span(0, 3, "xxx"),
                 actor=[ActorRef(actor, 0, 3, None, actor[:3].upper(), "GOV", resolved=True)],
                 recipient=[ActorRef(recipient, 0, 3, None, recipient[:3].upper(), "GOV", resolved=True)],
                 claim_key=key, answers=list(answers))


def test_claim_threads_join_accusations_across_documents_with_their_denials(url):
    from jirga.merge import thread_new
    shelter = "PAK GOV|AFG GOV|shelter"
    first = [Document(id="d1", text="x", events=[
        _claim("d1", "d1-a", "ACCUSE", "2024-01-09", shelter, "Pakistan", "Afghanistan"),
        _claim("d1", "d1-r", "REJECT", "2024-01-09", shelter, "Afghanistan", "Pakistan", ["d1-a"])])]
    later = [Document(id="d2", text="y", events=[
        _claim("d2", "d2-a", "ACCUSE", "2024-07-03", "PAK GOV|?|shelter", "Pakistan", "?"),
        _claim("d2", "d2-b", "ACCUSE", "2024-07-03", "PAK GOV|AFG GOV|support", "Pakistan", "Afghanistan"),
        _claim("d2", "d2-r", "REJECT", "2024-07-04", shelter, "Afghanistan", "Pakistan")])]
    with open_store(url) as s:
        s.write_batch(first, "r1")
        assert thread_new(s) == 2
        s.write_batch(later, "r2")
        assert thread_new(s) == 3 and thread_new(s) == 0        # threaded once
        threads = {t.claim_id: t for t in s.claim_threads()}
        events = {e.event_id: e for e in s.events()}
    assert set(threads) == {"d1-a", "d2-b"}
    shelter_thread = threads["d1-a"]
    assert (shelter_thread.accuser, shelter_thread.accused, shelter_thread.matter) == ("PAK GOV", "AFG GOV", "shelter")
    assert [e.event_id for e in shelter_thread.accusations] == ["d1-a", "d2-a"]
    assert [e.event_id for e in shelter_thread.denials] == ["d1-r", "d2-r"]
    assert (shelter_thread.first, shelter_thread.last, shelter_thread.documents) == ("2024-01-09", "2024-07-04", ["d1", "d2"])
    assert events["d1-r"].answers == ["d1-a"]                   # answered in its own document
    assert events["d2-r"].answers == ["d1-a"]                   # and across documents, in the store
    assert events["d2-a"].claim_id == "d1-a" and events["d2-b"].claim_id == "d2-b"


def test_merged_events_count_reports_articles_outlets_and_mark_the_root(url):
    from jirga.merge import merge_new
    docs = assault_docs(("a", "b", "c"))
    docs[0].published, docs[1].published = "2024-01-09", "2024-01-10"
    docs[0].source = docs[1].source = "Dawn"
    docs[0].events[0].sentence.index = 4            # the later article reports it in its lead
    with open_store(url) as s:
        s.write_batch(docs, "r")
        merge_new(s)
        merged = {e.event_id: e for e in s.merged_events()}
    one = merged["a-0-7"]
    assert (one.counts.mentions, one.counts.articles, one.counts.sources) == (2, 2, 1)
    assert (one.counts.first_report, one.counts.last_report) == ("2024-01-09", "2024-01-10")
    assert one.counts.root == "b-0-7" and [s["root"] for s in one.sources] == [False, True]
    assert merged["c-0-7"].counts.mentions == 1


def test_merged_events_leave_out_negated_and_hypothetical_reports(url):
    from jirga.merge import merge_new
    docs = assault_docs(("a", "b"))
    docs[1].events[0].hypothetical = True
    with open_store(url) as s:
        s.write_batch(docs, "r")
        merge_new(s)
        assert [e.event_id for e in s.merged_events()] == ["a-0-7"]


def test_story_candidates_are_stored_originals_sharing_a_band(url):
    from jirga.ingest.stories import bands
    text = "Pakistan closed the Torkham border crossing on Tuesday after a firefight, officials said."
    doc = Document(id="o", text=text, story_id="o")
    doc.bands = bands(text)
    copy = Document(id="c", text=text + " Updated.", story_id="o")
    with open_store(url) as s:
        s.write_batch([doc, copy], "r")
        found = s.story_candidates(bands(text))
        assert found == {"o": ("o", 16)}             # copies hold no bands of their own
        assert s.copies() == 1
        assert s.story_candidates([]) == {}


def test_threads_of_reads_each_claim_key_and_thread_once_and_older_stores_get_them(url):
    docs = [accuse_doc("d1", 2, claim_key="PAK GOV|AFG GOV|shelter", date="2024-01-08"),
            accuse_doc("d2", 1, claim_key="PAK GOV|AFG GOV|shelter", date="2024-01-03"),
            accuse_doc("d3", 1, claim_key="PAK GOV|?|shelter", date="2024-02-01"),
            accuse_doc("d4", 1, claim_key="PAK GOV|AFG GOV|trade", date="2024-01-01")]
    with open_store(url) as s:
        s.write_batch(docs, "r1")
        s.set_claims([("d1-e0", "d1-e0", None), ("d1-e1", "d1-e0", None), ("d3-e0", "d1-e0", None),
                      ("d4-e0", "d4-e0", None)])
        first = s.threads_of("PAK GOV", "shelter")
        assert first == [("PAK GOV|AFG GOV|shelter", "d1-e0", True), ("PAK GOV|?|shelter", "d1-e0", False)]
        s.set_claims([("d2-e0", "d1-e0", None)])   # an earlier report of the key: the key's order holds
        assert s.threads_of("PAK GOV", "shelter") == first
        s.set_claims([("d2-e0", "other", None)])   # threaded already: nothing changes
        assert s.threads_of("PAK GOV", "shelter") == first
        assert s.threads_of("PAK GOV", "trade") == [("PAK GOV|AFG GOV|trade", "d4-e0", True)]
        s._run("DELETE FROM claim_keys")           # as a store written before the table
    with open_store(url) as s:
        assert s.threads_of("PAK GOV", "shelter") == first
