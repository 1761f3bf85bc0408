"""HTTP fetching: article URLs, errors, limits."""
from __future__ import annotations

import time

import pytest

from jirga.ingest import read
from jirga.ingest.http import USER_AGENT, fetch, is_url
from jirga.ingest.record import Bad

from .conftest import read_request
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


# -- faults: servers that drip, never answer, lie or loop (tests/ingest/conftest.py RawServer) --
DRIP_SECONDS = 5.0   # a dripping server gives up after this: without the deadline, a test takes this long


def _drip(first: bytes, byte: bytes = b"a"):
    def handler(conn, stop):
        read_request(conn)
        conn.sendall(first)
        end = time.monotonic() + DRIP_SECONDS
        while time.monotonic() < end and not stop.wait(0.2):   # well inside the per-read timeout
            conn.sendall(byte)
    return handler


def _silent(conn, stop):
    read_request(conn)
    stop.wait(30)


def _timed_fetch(url, settings):
    start = time.monotonic()
    items = list(read([url], settings))
    return items, time.monotonic() - start


@pytest.mark.parametrize("first", [
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nKabul ",   # drips the body
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Drip: ",                             # drips a header
], ids=["body", "headers"])
def test_http_timeout_is_an_overall_deadline_for_a_dripping_server(raw_server, settings, first):
    srv = raw_server(_drip(first))
    [rej], took = _timed_fetch(srv.url("/drip"), dict(settings, http_timeout=1.0))
    assert rej.code == "E111" and "within 1 s" in rej.reason and "\n" not in rej.reason
    assert took < 2.5


def test_never_answering_server_times_out(raw_server, settings):
    srv = raw_server(_silent)
    [rej], took = _timed_fetch(srv.url("/"), dict(settings, http_timeout=0.5))
    assert rej.code == "E111" and "within 0.5 s" in rej.reason and took < 2.0


def test_size_cap_holds_while_streaming_a_body_of_unknown_length(raw_server, settings):
    def endless(conn, stop):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
        while not stop.is_set():
            conn.sendall(b"Kabul talks. " * 5000)
    srv = raw_server(endless)
    with pytest.raises(Bad) as exc:
        fetch(srv.url("/endless"), dict(settings, max_bytes=100_000))
    assert exc.value.code == "E108" and "max_bytes=100,000" in exc.value.reason


@pytest.mark.parametrize("reply", [
    b"",                                                                     # hangs up without a word
    b"HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\nonly this much",         # body cut short
    b"SPAM SPAM SPAM\r\n\r\n",                                               # not HTTP at all
    b"HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n",  # redirects for ever
], ids=["hang-up", "short-body", "not-http", "redirect-loop"])
def test_broken_servers_give_one_line_e111(raw_server, settings, reply):
    def handler(conn, stop):
        while read_request(conn):
            conn.sendall(reply)
            if b"Content-Length: 0" not in reply:
                return
    srv = raw_server(handler)
    [rej], took = _timed_fetch(srv.url("/x"), dict(settings, http_timeout=2.0))
    assert rej.code == "E111" and rej.reason.startswith("HTTP fetch failed") and "\n" not in rej.reason
    assert took < 2.5


def test_https_goes_through_the_same_deadline(raw_server, server, settings):
    silent = raw_server(_silent)   # accepts, then never starts TLS
    start = time.monotonic()
    [rej] = list(read([silent.url("/").replace("http:", "https:")], dict(settings, http_timeout=0.5)))
    assert rej.code == "E111" and "within 0.5 s" in rej.reason and time.monotonic() - start < 2.0
    [rej] = list(read([server.url("/article").replace("http:", "https:")], settings))   # not TLS at all
    assert rej.code == "E111" and rej.reason.startswith("HTTP fetch failed") and "\n" not in rej.reason
