"""The REST API (jirga/serve/app.py): every route of the contract on the example corpus
coded by the real pipeline, the filters, the limits and the safety probes."""
from __future__ import annotations

import asyncio
import csv
import io
import shutil
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from jirga import errors
from jirga.analyse.query import COLUMNS
from jirga.model import Document, Event, Sentence, Span
from jirga.serve import create_app
from jirga.store import open_store
from tests.analyse.corpus import corpus_db, hand_db

EVENT_KEYS = {"event_id", "doc_id", "ext_id", "title", "source", "url", "published", "date", "date_precision",
              "date_text", "type", "mode", "contexts", "cameo", "quad", "intensity", "factual", "modality", "sentence",
              "cluster_id", "actor", "recipient", "place"}
ACTOR_KEYS = {"text", "name", "entity_id", "country", "sector"}
HOSTILE_TITLE = '<script>alert("t")</script> "><img src=x onerror=alert(1)>'
HOSTILE_SENTENCE = 'Pakistan accused Kabul "><img src=x onerror=alert(2)> <script>alert(3)</script>.'


@pytest.fixture(scope="module")
def client(tmp_path_factory, res):
    """A read-only server over the example corpus coded by the real pipeline."""
    return TestClient(create_app(corpus_db(tmp_path_factory, res)))


@pytest.fixture
def hand_client(tmp_path):
    db = hand_db(tmp_path / "hand.duckdb")
    hostile = Event(doc_id="h", event_id="h-0", event_type="ACCUSE", quad=3, date="2024-04-01", date_precision="day",
                    sentence=Sentence(0, 0, len(HOSTILE_SENTENCE), HOSTILE_SENTENCE), trigger=Span(9, 16, "accused"))
    with open_store(db) as store:
        store.write_batch([Document(id="h", text=HOSTILE_SENTENCE, title=HOSTILE_TITLE,
                                    source="=HYPERLINK(\"http://x\")", events=[hostile])], "r2")
    return TestClient(create_app(db))


def _event_ok(e: dict) -> None:
    assert EVENT_KEYS <= set(e), EVENT_KEYS - set(e)
    assert e["modality"] in ("factual", "negated", "hypothetical", "future")
    for side in ("actor", "recipient"):
        assert e[side] is None or ACTOR_KEYS <= set(e[side])
    assert e["place"] is None or {"name", "lat", "lon", "country"} <= set(e["place"])


# -- every route -----------------------------------------------------------------------
def test_summary(client):
    s = client.get("/api/summary").json()
    assert set(s["counts"]) == {"documents", "events", "factual", "rejects", "clusters", "copies"}
    assert s["counts"]["documents"] >= 40 and 0 < s["counts"]["factual"] < s["counts"]["events"]
    assert s["first_date"] < s["last_date"]
    assert s["top_dyads"][0].keys() == {"source", "target", "events"}
    assert set(s["quad_timeline"][0]) == {"period", "events", "verbal_coop", "material_coop", "verbal_conflict",
                                          "material_conflict"}
    assert len(s["recent"]) == 20
    for e in s["recent"]:
        _event_ok(e)


def test_events_page_total_and_filters(client):
    page = client.get("/api/events").json()
    assert page["limit"] == 50 and page["offset"] == 0 and len(page["events"]) == 50
    assert page["total"] == client.get("/api/summary").json()["counts"]["factual"]
    dyad = client.get("/api/events", params={"source": "PAK", "target": "AFG", "limit": 500}).json()
    assert 0 < dyad["total"] == len(dyad["events"]) < page["total"]
    assert all(e["actor"]["country"] == "PAK" or e["actor"]["country"] for e in dyad["events"])
    dates = [e["date"] for e in dyad["events"]]
    assert dates == sorted(dates, reverse=True)
    typed = client.get("/api/events", params={"type": "ASSAULT", "start": "2023-01-01", "limit": 500}).json()
    assert typed["total"] > 0 and all(e["type"] == "ASSAULT" and e["date"] >= "2023-01-01" for e in typed["events"])
    modal = client.get("/api/events", params={"factual": "false"}).json()
    assert modal["total"] > 0 and all(not e["factual"] for e in modal["events"])
    for params in ({"actor_country": "AFG"}, {"recipient_sector": "REB"}, {"place": "Kabul"}, {"q": "border"},
                   {"bbox": "60,29,75,38"}, {"quad": "4"}, {"actor": "TTP"}, {"precision": "month"}):
        got = client.get("/api/events", params=params).json()
        assert got["total"] > 0, params
        for e in got["events"]:
            _event_ok(e)


def test_events_page_limits(client):
    r = client.get("/api/events", params={"limit": 501})
    assert r.status_code == 422
    assert client.get("/api/events", params={"limit": 500}).status_code == 200
    bad = client.get("/api/events", params={"quad": "9"})
    assert bad.status_code == 422 and bad.json()["code"] == errors.BAD_FILTER
    assert client.get("/api/events", params={"factual": "maybe"}).status_code == 422
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()["events"]
    first = client.get("/api/events", params={"limit": 10}).json()["events"]
    assert [e["event_id"] for e in second] == [e["event_id"] for e in first[5:]]


def test_events_csv_is_the_same_selection(client):
    params = {"source": "PAK", "target": "AFG"}
    r = client.get("/api/events.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == list(COLUMNS)
    assert len(rows) - 1 == client.get("/api/events", params=params).json()["total"]
    assert len(list(csv.reader(io.StringIO(client.get("/api/events.csv", params={"limit": 3}).text)))) == 4


def test_events_geojson_is_the_same_selection_with_coordinates(client):
    fc = client.get("/api/events.geojson", params={"actor_country": "PAK"}).json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    page = client.get("/api/events", params={"actor_country": "PAK", "limit": 500}).json()["events"]
    assert len(fc["features"]) == sum(1 for e in page if e["place"] and e["place"]["lat"] is not None)
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    props = f["properties"]
    assert {"event_id", "type", "actor_country", "place_name"} <= set(props)
    assert not any(isinstance(v, dict) for v in props.values())


def test_event_detail_and_404(client):
    first = client.get("/api/events", params={"source": "PAK", "target": "AFG"}).json()["events"][0]
    e = client.get(f"/api/events/{first['event_id']}").json()
    _event_ok(e)
    assert {"sentence_start", "spans", "reports", "answers", "answered_by", "claim_id", "claim_text"} <= set(e)
    assert e["sentence"][slice(*e["spans"]["trigger"])] == e["trigger"]
    missing = client.get("/api/events/no-such-event")
    assert missing.status_code == 404 and "detail" in missing.json()


def test_event_detail_lists_the_other_reports_of_its_cluster(client):
    clustered = [e for e in client.get("/api/events", params={"limit": 500}).json()["events"]]
    by_cluster = {}
    for e in clustered:
        by_cluster.setdefault(e["cluster_id"], []).append(e["event_id"])
    cluster, members = next((c, m) for c, m in by_cluster.items() if c and len(m) > 1)
    e = client.get(f"/api/events/{members[0]}").json()
    assert set(members[1:]) <= {r["event_id"] for r in e["reports"]}


def test_series(client):
    s = client.get("/api/series", params={"source": "PAK", "target": "AFG", "interval": "month"}).json()
    assert (s["source"], s["target"], s["interval"]) == ("PAK", "AFG", "month")
    keys = {"period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
            "intensity_sum", "intensity_mean", "index"}
    assert s["points"] and all(keys <= set(p) for p in s["points"])
    p = next(p for p in s["points"] if p["events"])
    behind = client.get("/api/events", params={"source": "PAK", "target": "AFG", "start": p["period"],
                                               "end": p["end"], "precision": "month"}).json()
    assert behind["total"] == p["events"]
    assert client.get("/api/series", params={"interval": "hour"}).status_code == 422


def test_actors(client):
    ranking = client.get("/api/actors", params={"limit": 5}).json()["actors"]
    assert len(ranking) == 5 and {"name", "country", "sector", "as_actor", "as_recipient"} <= set(ranking[0])
    a = client.get("/api/actors/TTP").json()
    assert a["name"] == "Tehrik-i-Taliban Pakistan" and a["as_actor"] + a["as_recipient"] > 0
    assert {"entity_id", "roles", "aliases", "partners", "events"} <= set(a)
    assert a["partners"] and {"name", "country", "sector", "events"} <= set(a["partners"][0])
    assert client.get("/api/actors/Nobody Atall Front").status_code == 404


def test_network_claims_documents_dyads_places(client):
    net = client.get("/api/network").json()
    assert net["nodes"] and net["edges"]
    assert {"id", "name", "country", "sector", "events"} <= set(net["nodes"][0])
    assert {"source", "target", "events", "coop", "conflict"} <= set(net["edges"][0])
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    threads = client.get("/api/claims").json()["threads"]
    assert threads and {"claim_id", "accuser", "accused", "matter", "first", "last", "reports", "denials",
                        "evidence"} <= set(threads[0])
    docs = client.get("/api/documents", params={"limit": 5}).json()
    assert docs["total"] >= 40 and len(docs["documents"]) == 5
    assert {"doc_id", "ext_id", "title", "source", "url", "published", "events", "copy_of", "reject"} <= set(
        docs["documents"][0])
    assert client.get("/api/dyads", params={"limit": 3}).json()["dyads"][0]["events"] > 0
    assert client.get("/api/places").json()["places"][0]["events"] > 0


def test_openapi_and_the_offline_api_page(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/series", "/api/documents", "/api/events/{event_id}"} <= set(spec["paths"])
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/series" in page.text and "cdn" not in page.text.lower()


# -- safety ------------------------------------------------------------------------------
def test_article_text_comes_back_as_json_data(hand_client):
    r = hand_client.get("/api/events", params={"doc_id": "h"})
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    e = r.json()["events"][0]
    assert e["title"] == HOSTILE_TITLE and e["sentence"] == HOSTILE_SENTENCE
    detail = hand_client.get("/api/events/h-0")
    assert detail.json()["title"] == HOSTILE_TITLE and detail.headers["content-type"] == "application/json"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(hand_client):
    rows = list(csv.DictReader(io.StringIO(hand_client.get("/api/events.csv", params={"doc_id": "h"}).text)))
    assert rows[0]["source"] == "'=HYPERLINK(\"http://x\")" and rows[0]["title"] == HOSTILE_TITLE


def test_filters_are_bound_values(hand_client):
    for q in ("' OR 1=1 --", "x'); DROP TABLE events; --", "%", "_"):
        assert hand_client.get("/api/events", params={"q": q, "source": q}).json()["total"] == 0
    assert hand_client.get("/api/events").json()["total"] == 6     # nothing was dropped


def _raw_get(app, raw_path: bytes) -> int:
    """Status of a GET sent as a server would hand it over: ``raw_path`` as sent,
    ``path`` percent-decoded (clients like httpx would have removed the dot segments)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(raw_path.decode("latin-1")), "raw_path": raw_path, "query_string": b"",
             "root_path": "", "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 5),
             "server": ("testserver", 80)}
    sent, asked = [], []

    async def run():
        done = asyncio.Event()

        async def receive():     # the request, then, once the answer is sent, the client leaves
            asked.append(1)
            if len(asked) == 1:
                return {"type": "http.request", "body": b"", "more_body": False}
            await done.wait()
            return {"type": "http.disconnect"}

        async def send(message):
            sent.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                done.set()
        await asyncio.wait_for(app(scope, receive, send), timeout=30)
    asyncio.run(run())
    return next(m["status"] for m in sent if m["type"] == "http.response.start")


@pytest.mark.parametrize("path", [b"/static/../../etc/passwd", b"/static/%2e%2e/%2e%2e/etc/passwd",
                                  b"/static/..%2f..%2f..%2fetc%2fpasswd", b"/static/%252e%252e/%252e%252e/etc/passwd",
                                  b"/static/..\\..\\etc\\passwd", b"/static//etc/passwd",
                                  b"/static/....//....//etc/passwd", b"/static/%2fetc%2fpasswd",
                                  b"/static/../app.py", b"/static/../../../../../../etc/passwd%00.css"])
def test_no_file_outside_the_static_folder(hand_client, path):
    assert _raw_get(hand_client.app, b"/static/index.html") == 200    # the probe itself works
    assert _raw_get(hand_client.app, path) == 404


def test_a_symbolic_link_out_of_the_static_folder_is_not_followed(tmp_path):
    static = tmp_path / "static"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html><title>t</title>")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    (static / "leak.txt").symlink_to(secret)
    client = TestClient(create_app(hand_db(tmp_path / "h.duckdb"), static=static))
    assert client.get("/").status_code == 200
    assert client.get("/static/index.html").status_code == 200
    assert client.get("/static/leak.txt").status_code == 404


def test_index_page_is_served_from_the_static_folder(tmp_path):
    static = tmp_path / "static"
    static.mkdir()
    client = TestClient(create_app(hand_db(tmp_path / "h.duckdb"), static=static))
    assert client.get("/").status_code == 404            # no dashboard installed: said so, no crash
    (static / "index.html").write_text("<!doctype html><title>Jirga</title>")
    r = client.get("/")
    assert r.status_code == 200 and "Jirga" in r.text


def test_the_shipped_dashboard_is_served(tmp_path):
    client = TestClient(create_app(hand_db(tmp_path / "h.duckdb")))
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


# -- writing -----------------------------------------------------------------------------
ARTICLE = {"id": "posted-1", "title": "Torkham talks", "source": "Test Wire", "published": "2024-05-02",
           "url": "https://n.example/posted-1",
           "text": "Pakistan and Afghanistan held talks in Kabul on Tuesday to reopen the Torkham border crossing. "
                   "Pakistan accused the Taliban of sheltering militants who attacked a border post in Kurram. "
                   "Taliban officials rejected the accusation on Wednesday."}


def test_post_needs_the_token(hand_client, tmp_path):
    assert hand_client.post("/api/documents", json=ARTICLE).status_code == 401   # started without a token
    locked = TestClient(create_app(hand_db(tmp_path / "w.duckdb"), token="s3cret"))
    assert locked.post("/api/documents", json=ARTICLE).status_code == 401
    wrong = locked.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert locked.post("/api/documents", json=ARTICLE, headers={"Authorization": "s3cret"}).status_code == 401


def test_post_over_the_size_limit_is_413(tmp_path):
    client = TestClient(create_app(hand_db(tmp_path / "w.duckdb"), token="s3cret", max_body=1000))
    auth = {"Authorization": "Bearer s3cret"}
    big = dict(ARTICLE, text="word " * 1000)
    assert client.post("/api/documents", json=big, headers=auth).status_code == 413

    def chunks():          # no Content-Length: the body is counted as it comes
        for _ in range(10):
            yield b" " * 200
    r = client.post("/api/documents", content=chunks(), headers=dict(auth, **{"Content-Type": "application/json"}))
    assert r.status_code == 413


def test_post_with_the_token_codes_and_stores_the_document(tmp_path_factory, res, tmp_path):
    db = tmp_path / "corpus.duckdb"
    shutil.copy(corpus_db(tmp_path_factory, res), db)
    client = TestClient(create_app(db, token="s3cret", res=res))
    before = client.get("/api/summary").json()["counts"]
    auth = {"Authorization": "Bearer s3cret"}
    r = client.post("/api/documents", json=ARTICLE, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["doc_id"] and body["events"] and {e["doc_id"] for e in body["events"]} == {body["doc_id"]}
    for e in body["events"]:
        _event_ok(e)
        assert e["ext_id"] == "posted-1"
    after = client.get("/api/summary").json()["counts"]           # the read connection is back
    assert after["documents"] == before["documents"] + 1 and after["events"] > before["events"]
    assert client.get("/api/events", params={"doc_id": body["doc_id"], "factual": "all"}).json()["total"] == len(
        body["events"])
    again = client.post("/api/documents", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["doc_id"] == body["doc_id"]
    bad = client.post("/api/documents", json={"title": "no text"}, headers=auth)
    assert bad.status_code == 422
    blank = client.post("/api/documents", json={"text": "   "}, headers=auth)
    assert blank.status_code == 422 and blank.json()["code"] == errors.EMPTY
