"""HTTP fetching: article URLs, errors, limits."""
from __future__ import annotations

import pytest

from jirga.ingest import read
from jirga.ingest.http import USER_AGENT, fetch, is_url
from jirga.ingest.record import Bad

from .util import codes


def test_fetch_sends_user_agent(server, settings):
    resp = fetch(server.url("/article"), settings)
    assert resp.content_type.startswith("text/html") and b"Jirga meets" in resp.body
    assert server.agents[-1] == USER_AGENT == "jirga/0.1"


def test_article_url(server, settings):
    [doc] = list(read([server.url("/article")], settings))
    assert doc.origin == doc.url == server.url("/article")
    assert doc.published == "2024-01-08" and doc.title == "Jirga meets to end border dispute"


def test_plain_text_url(server, settings):
    [doc] = list(read([server.url("/plain.txt")], settings))
    assert doc.title == "Torkham crossing reopens after week-long closure"


@pytest.mark.parametrize("path,code", [
    ("/nowhere", "E111"), ("/image.png", "E103"), ("/empty", "E102"),
])
def test_bad_urls(server, settings, path, code):
    [rej] = list(read([server.url(path)], settings))
    assert rej.code == code and rej.source == server.url(path) and "\n" not in rej.reason


def test_timeout(server, settings):
    [rej] = list(read([server.url("/slow")], dict(settings, http_timeout=0.3)))
    assert rej.code == "E111" and "0.3 s" in rej.reason


def test_size_cap(server, settings):
    with pytest.raises(Bad) as exc:
        fetch(server.url("/big"), dict(settings, max_bytes=1000))
    assert exc.value.code == "E108"


def test_connection_refused(settings):
    [rej] = list(read(["http://127.0.0.1:9/feed"], dict(settings, http_timeout=1.0)))
    assert rej.code == "E111" and rej.reason.startswith("HTTP fetch failed")


def test_malformed_url(settings):
    assert codes(read(["http://[::1/x"], settings)) == ["E111"]


def test_is_url():
    assert is_url("https://x.org") and is_url("HTTP://x") and not is_url("x.txt") and not is_url("-")
