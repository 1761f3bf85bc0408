"""The wire helpers of the server (jirga/serve/http.py)."""
import asyncio
import csv
import io
import json

import pytest
from starlette.exceptions import HTTPException

from jirga.serve.http import BodyLimit, cell, check_token, csv_lines, docs_page, flat_properties, geojson_chunks


def _call(app, headers, chunks):
    sent, calls = [], []

    async def receive():
        body = chunks.pop(0) if chunks else b""
        return {"type": "http.request", "body": body, "more_body": bool(chunks)}

    async def send(message):
        sent.append(message)

    async def inner(scope, receive_, send_):
        calls.append(scope["path"])
        while (await receive_()).get("more_body"):
            pass
        await send_({"type": "http.response.start", "status": 200, "headers": []})
        await send_({"type": "http.response.body", "body": b"ok"})
    scope = {"type": "http", "path": "/api/documents", "headers": headers}
    asyncio.run(BodyLimit(inner, 10)(scope, receive, send))
    return sent, calls


def test_body_limit_refuses_a_declared_length_before_reading():
    sent, calls = _call(None, [(b"content-length", b"11")], [b"x" * 11])
    assert sent[0]["status"] == 413 and calls == []


def test_body_limit_counts_a_streamed_body():
    with pytest.raises(HTTPException) as exc:
        _call(None, [], [b"x" * 6, b"x" * 6])
    assert exc.value.status_code == 413
    sent, _ = _call(None, [], [b"x" * 5, b"x" * 5])
    assert sent[0]["status"] == 200


def test_check_token():
    check_token("t", "Bearer t")
    check_token("t", "bearer  t")
    for expected, given in (("t", None), ("t", "Bearer u"), ("t", "t"), (None, "Bearer t"), ("", "Bearer ")):
        with pytest.raises(HTTPException) as exc:
            check_token(expected, given)
        assert exc.value.status_code == 401


def test_csv_cells_and_lines():
    assert cell("=1+1") == "'=1+1" and cell("@SUM(A1)") == "'@SUM(A1)" and cell("-x") == "'-x"
    assert cell(-2.5) == -2.5 and cell(["a"]) == '["a"]' and cell("Kabul") == "Kabul"
    text = "".join(csv_lines(["a", "b"], [("x,y", 1), ('say "no"', None)]))
    assert list(csv.reader(io.StringIO(text))) == [["a", "b"], ["x,y", "1"], ['say "no"', ""]]


def test_geojson_features_of_events_with_coordinates_only():
    events = [{"event_id": "a", "type": "ASSAULT", "actor": {"country": "PAK"}, "recipient": None,
               "place": {"name": "Bajaur", "lat": 34.7, "lon": 71.5, "country": "PAK"}, "contexts": ["military"]},
              {"event_id": "b", "place": None}]
    fc = json.loads("".join(geojson_chunks(events)))
    assert [f["id"] for f in fc["features"]] == ["a"]
    f = fc["features"][0]
    assert f["geometry"]["coordinates"] == [71.5, 34.7]
    assert f["properties"]["actor_country"] == "PAK" and f["properties"]["place_name"] == "Bajaur"
    assert "recipient" not in f["properties"] and f["properties"]["contexts"] == ["military"]
    assert flat_properties({"size": {"dead": 2}}) == {"size_dead": 2}
    assert json.loads("".join(geojson_chunks([]))) == {"type": "FeatureCollection", "features": []}


def test_docs_page_escapes_what_it_shows():
    spec = {"info": {"title": "J<b>", "version": "1"}, "paths": {"/api/x": {"get": {
        "summary": "<script>alert(1)</script>", "parameters": [{"name": "q", "in": "query", "description": "<i>"}]}}}}
    page = docs_page(spec)
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "J&lt;b&gt;" in page
