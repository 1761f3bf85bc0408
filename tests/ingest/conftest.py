"""Shared fixtures for ingest tests: fixture paths and a local HTTP server."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from jirga.settings import DEFAULTS

from .util import FIX, SITE


@pytest.fixture
def fix() -> Path:
    return FIX


@pytest.fixture
def settings() -> dict:
    return dict(DEFAULTS, http_timeout=5.0)


class Server:
    """A ThreadingHTTPServer on 127.0.0.1:0 serving the fixture site."""

    def __init__(self):
        self.hits: list[str] = []
        self.agents: list[str] = []
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.hits.append(self.path)
                outer.agents.append(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    time.sleep(1.5)
                status, ctype, body = outer.routes.get(self.path, (404, "text/plain", b"not found"))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200):
        if isinstance(body, str):
            body = body.replace("{base}", self.base).encode("utf-8")
        self.routes[path] = (status, ctype, body)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="module")
def server():
    srv = Server()
    site = lambda name: (SITE / name).read_text(encoding="utf-8")
    srv.add("/feed.rss", site("feed.rss"), "application/rss+xml")
    srv.add("/feed-as-text", site("feed.rss"), "text/plain")
    srv.add("/atom.xml", site("feed.atom"), "application/atom+xml")
    srv.add("/news/jirga.html", site("jirga.html"))
    srv.add("/km/flag-meeting.html", site("flag-meeting.html"))
    srv.add("/article", site("jirga.html"))
    srv.add("/plain.txt", (FIX / "torkham.txt").read_text(encoding="utf-8"), "text/plain; charset=utf-8")
    srv.add("/image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")
    srv.add("/notfeed.xml", "<?xml version='1.0'?><catalog><book>Kim</book></catalog>", "application/xml")
    srv.add("/empty", b"", "text/html")
    srv.add("/slow", "late", "text/plain")
    srv.add("/big", b"a" * 20_000, "text/plain")
    thread = threading.Thread(target=srv.httpd.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


class RawServer:
    """A TCP server on 127.0.0.1:0 that hands each connection to ``handler(conn, stop)``:
    for faults an HTTP server cannot make (a server that drips bytes or never answers).
    ``stop`` is set at teardown; handlers wait on it, so no test outlives its server."""

    def __init__(self, handler):
        self.handler = handler
        self.stop = threading.Event()
        self.conns: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.base = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(None)
            self.conns.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn):
        try:
            self.handler(conn, self.stop)
        except OSError:
            pass   # the client hung up, as it should when it gives up
        finally:
            conn.close()

    def url(self, path: str = "/") -> str:
        return self.base + path

    def close(self):
        self.stop.set()
        self.listener.close()
        for conn in self.conns:
            conn.close()


def read_request(conn) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture
def raw_server():
    """``raw_server(handler)`` starts a RawServer; all are closed after the test."""
    servers: list[RawServer] = []

    def start(handler) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]
    yield start
    for srv in servers:
        srv.close()
