"""`jirga run` on a feed URL: the feed and its articles fetched from a server on 127.0.0.1."""
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from store.util import count, rows

SITE = Path(__file__).resolve().parent / "fixtures" / "ingest" / "site"


@pytest.fixture
def site():
    routes = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            ctype, body = routes.get(self.path, ("text/plain", None))
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes["/feed.rss"] = ("application/rss+xml",
                           (SITE / "feed.rss").read_text().replace("{base}", base).encode())
    routes["/news/jirga.html"] = ("text/html; charset=utf-8", (SITE / "jirga.html").read_bytes())
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


@pytest.mark.model
def test_run_reads_a_feed_and_its_articles_over_http(site, tmp_path):
    db = tmp_path / "j.duckdb"
    proc = subprocess.run([sys.executable, "-m", "jirga", "run", f"{site}/feed.rss", "--db", str(db), "-j", "1"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    docs = rows(db, "SELECT url, published FROM documents ORDER BY published")
    rejects = rows(db, "SELECT source, code FROM rejects")
    events = count(db, "events")
    assert [d[1] for d in docs] == ["2024-01-08", "2024-01-10"]
    assert rejects == [(f"{site}/news/missing.html", "E111")]
    assert events >= 2
    assert "E111" in proc.stdout
