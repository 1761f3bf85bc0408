"""``jirga serve`` (jirga/cli/serve.py): a live server on 127.0.0.1, read-only unless a token is set."""
import inspect
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from jirga import errors
from jirga.cli.serve import serve
from tests.analyse.corpus import hand_db
from tests.cli.shell import jirga


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """``jirga serve`` in a child process; yields (base URL, process); stopped afterwards."""
    procs = []

    def start(*args, env=None):
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "jirga", "serve", "--db", str(hand_db(tmp_path / "s.duckdb")),
                                 "--port", str(port), *args], env=dict(os.environ, **(env or {})),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"jirga serve exited {proc.returncode}: {proc.stderr.read()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return f"http://127.0.0.1:{port}", port
            except OSError:
                time.sleep(0.2)
        pytest.fail("jirga serve did not start listening within 60 s")
    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=20)


def _post(url: str, body: dict, token: str | None = None) -> int:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url + "/api/documents", data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _raw(port: int, path: str) -> str:
    """The status line for ``GET path`` sent byte for byte, as a hostile client would."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        return s.recv(200).decode("latin-1").split("\r\n")[0]


def test_serve_binds_127_0_0_1_by_default():
    assert inspect.signature(serve).parameters["host"].default.default == "127.0.0.1"


def test_serve_answers_the_api_and_refuses_writes_without_a_token(server):
    url, port = server()
    with urllib.request.urlopen(url + "/api/summary", timeout=30) as r:
        assert json.load(r)["counts"]["events"] == 8
    with urllib.request.urlopen(url + "/api/events?source=PAK&target=AFG", timeout=30) as r:
        assert json.load(r)["total"] == 2
    assert _post(url, {"text": "Pakistan accused Kabul."}) == 401
    for path in ("/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd"):
        assert _raw(port, path).startswith("HTTP/1.1 404"), path


def test_serve_takes_the_token_from_the_environment(server):
    url, _ = server(env={"JIRGA_TOKEN": "from-env"})
    assert _post(url, {"text": "Pakistan accused Kabul."}, token="wrong") == 401
    assert _post(url, {"text": "   "}, token="from-env") == 422     # accepted, then refused as empty


def test_serve_without_a_database_says_so(tmp_path):
    proc = jirga("serve", "--db", str(tmp_path / "none.duckdb"), "--port", str(_free_port()), timeout=60)
    assert proc.returncode == 2 and f"[{errors.DB_MISSING}]" in proc.stderr
