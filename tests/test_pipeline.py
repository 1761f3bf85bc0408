"""End to end: files in, stored events out."""
import json

import pytest

from conftest import EXAMPLES
from jirga import Pipeline
from store.util import count, rows

pytestmark = pytest.mark.model


def _counts(db):
    return {t: count(db, t)
            for t in ("documents", "sentences", "events", "event_actors", "places", "rejects")}


def _write_articles(folder, n=3):
    folder.mkdir(parents=True, exist_ok=True)
    texts = [
        "Pakistan's foreign minister met Afghan officials in Kabul on Monday to discuss border trade.",
        "Pakistani authorities closed the Torkham border crossing on Wednesday after a firefight between border guards.",
        "A bomb attack on a police vehicle killed four officers in the Khyber district, police said on Sunday.",
    ]
    for i, t in enumerate(texts[:n]):
        (folder / f"a{i}.txt").write_text(t + "\n", encoding="utf-8")


def test_run_codes_and_stores_documents(tmp_path, res):
    _write_articles(tmp_path / "in")
    summary = Pipeline(db=tmp_path / "j.duckdb", res=res).run([str(tmp_path / "in")])
    assert summary.documents == 3 and summary.events >= 3 and not summary.rejects
    counts = _counts(tmp_path / "j.duckdb")
    assert counts["documents"] == 3 and counts["events"] == summary.events


def test_run_twice_stores_each_document_once(tmp_path, res):
    _write_articles(tmp_path / "in")
    Pipeline(db=tmp_path / "j.duckdb", res=res).run([str(tmp_path / "in")])
    first = _counts(tmp_path / "j.duckdb")
    again = Pipeline(db=tmp_path / "j.duckdb", res=res).run([str(tmp_path / "in")])
    assert again.documents == 0 and again.skipped == 3
    assert _counts(tmp_path / "j.duckdb") == first


def test_run_records_bad_input_and_goes_on(tmp_path, res):
    _write_articles(tmp_path / "in", n=1)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "in" / "bad.jsonl").write_text('{"id": "x", "text": "Pakistan and Afghanistan held talks in Doha on Monday about trade and security."}\n{not json\n')
    summary = Pipeline(db=tmp_path / "j.duckdb", res=res).run([str(tmp_path / "in")])
    codes = sorted(r.code for r in summary.rejects)
    assert summary.documents == 2
    assert "E102" in codes and "E105" in codes and len(codes) == 3
    assert _counts(tmp_path / "j.duckdb")["rejects"] == 3


def test_run_on_example_corpus_codes_every_article(tmp_path, res):
    corpus = EXAMPLES / "articles.jsonl"
    n = sum(1 for line in corpus.open() if line.strip())
    summary = Pipeline(db=tmp_path / "j.duckdb", res=res).run([str(corpus)])
    assert n >= 25
    assert summary.documents + len(summary.rejects) == n
    assert summary.documents == n
    assert summary.events >= 2 * n
    assert len(summary.events_by_type) >= 8
    assert summary.top_dyads


def test_example_corpus_records_have_metadata():
    for line in (EXAMPLES / "articles.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        assert rec["title"] and rec["published"] and rec["source"] and rec["id"] and len(rec["text"]) > 400


@pytest.mark.slow
def test_two_processes_code_exactly_what_one_does(tmp_path):
    from jirga import Resources
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    src = tmp_path / "part.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = []
    for n in (1, 2):
        db = tmp_path / f"p{n}.duckdb"
        Pipeline(db=db, res=Resources(n_process=n, batch_size=4)).run([str(src)])
        records.append(rows(db, "SELECT event_id, record, cluster_id FROM events ORDER BY event_id"))
    assert records[0] and records[0] == records[1]


def test_a_user_error_stops_the_run_before_any_parse(tmp_path, monkeypatch):
    from jirga import Resources, errors, nlp
    from jirga.errors import JirgaError
    _write_articles(tmp_path / "in", n=1)
    bad = tmp_path / "actors.yaml"
    bad.write_text("- name: X\n  roles: not-a-list\n")
    parsed = []
    monkeypatch.setattr(nlp, "parse", lambda docs, res, **kw: parsed.append(1) or iter(()))
    with pytest.raises(JirgaError) as err:
        Pipeline(db=tmp_path / "j.duckdb", res=Resources(n_process=1, actor_files=(str(bad),))).run(
            [str(tmp_path / "in")])
    assert err.value.code == errors.BAD_ACTOR_ENTRY and not parsed
    assert rows(tmp_path / "j.duckdb", "SELECT status FROM runs") == [("failed",)]


def test_a_bug_in_one_stage_keeps_the_document_and_the_other_stages_results(tmp_path, res):
    from jirga import errors
    from jirga.pipeline import STAGES
    from jirga.stage import Stage

    def broken(doc, res):
        if "Torkham" in doc.text:
            raise RuntimeError("boom")

    actors = next(s for s in STAGES if s.name == "actors")
    stages = [Stage("actors", actors.requires, actors.provides, errors.ACTORS_FAILED, broken)
              if s.name == "actors" else s for s in STAGES]
    _write_articles(tmp_path / "in")
    summary = Pipeline(db=tmp_path / "j.duckdb", res=res, stages=stages).run([str(tmp_path / "in")])
    assert summary.documents == 3
    assert [(r.stage, r.code, r.reason) for r in summary.rejects] == [
        ("actors", "E301", "actors failed: RuntimeError: boom")]
    db = tmp_path / "j.duckdb"
    assert count(db, "documents") == 3 and count(db, "rejects") == 1
    doc_id, = rows(db, "SELECT doc_id FROM rejects")[0]
    # the failed document keeps its events and their places; only actors are missing
    ev = rows(db, "SELECT count(*), count(place_name) FROM events WHERE doc_id = ?", (doc_id,))[0]
    assert ev[0] >= 1 and ev[1] >= 1
    assert rows(db, "SELECT count(name) FROM event_actors a JOIN events e USING (event_id) "
                    "WHERE e.doc_id = ?", (doc_id,)) == [(0,)]


def test_copies_of_a_story_are_listed_with_it_and_not_coded_again(tmp_path, res):
    text = ("Pakistani authorities closed the Torkham border crossing on Wednesday after a firefight "
            "between border guards, officials said. Hundreds of trucks were stranded on both sides.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text + "\n")
    (tmp_path / "in" / "b.txt").write_text(text + "\n\nThis story has been updated.\n")
    db = tmp_path / "j.duckdb"
    summary = Pipeline(db=db, res=res).run([str(tmp_path / "in")])
    assert summary.documents == 1 and summary.copies == 1
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "c.txt").write_text("UPDATE: " + text + "\n")
    again = Pipeline(db=db, res=res).run([str(tmp_path / "later")])    # a copy of a stored story
    assert again.documents == 0 and again.copies == 1
    stories = rows(db, "SELECT count(DISTINCT story_id), count(*) FROM documents")
    assert stories == [(1, 3)]
    assert rows(db, "SELECT count(DISTINCT doc_id) FROM events") == [(1,)]


def test_places_run_before_actors():
    # a bare agent's country is its event's place (jirga.actors.evidence): that place must be known
    from jirga.pipeline import STAGES
    names = [s.name for s in STAGES]
    assert names.index("places") < names.index("actors")
