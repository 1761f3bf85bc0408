"""Screenshots of the dashboard for the README, taken by Debian's Chromium through
Playwright against a real ``jirga serve``:

    .venv/bin/python tools/screenshots.py                   # jirga.duckdb -> docs/img/
    .venv/bin/python tools/screenshots.py --db other.duckdb --out /tmp/shots
    .venv/bin/python tools/screenshots.py --url http://127.0.0.1:8765   # a server already running

The helpers here (start a server on a free port, open Chromium, wait for a page) are
shared with the browser tests (tests/serve/test_dashboard.py).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
# Headless, and nothing that talks to the network on its own: the page must work offline.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}


def chromium_path() -> str:
    """Debian's Chromium, installed by scripts/browser.sh when it is missing."""
    done = subprocess.run(["bash", str(ROOT / "scripts" / "browser.sh")], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"scripts/browser.sh failed: {done.stderr.strip()[-500:]}")
    return done.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, timeout: float = 10.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


@contextlib.contextmanager
def serve(db: str, token: str | None = None, wait: float = 90.0) -> Iterator[str]:
    """``jirga serve`` on 127.0.0.1 and a free port, over ``db``; yields its base URL and
    stops the server (our own process, by its id) afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "jirga", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    if token:
        cmd += ["--token", token]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"jirga serve exited with {proc.returncode}:\n{log.read().decode(errors='replace')[-3000:]}")
            try:
                get_json(f"{base}/api/summary", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"jirga serve did not answer on {base} within {wait:.0f} s") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextlib.contextmanager
def browser(user_data_dir: str | os.PathLike) -> Iterator[object]:
    """A Playwright browser context over Debian's Chromium with a fresh profile directory
    (never ``playwright install``: its own download does not work offline)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(user_data_dir), executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT)
        try:
            yield context
        finally:
            context.close()


def wait_ready(page, prefix: str = "#/", timeout: float = 20_000) -> None:
    """Wait until the dashboard has drawn the page of the current hash, which starts with
    ``prefix`` (main.js sets body data-state and data-route when a page is drawn)."""
    page.wait_for_function(
        "prefix => document.body.dataset.state === 'ready' && location.hash.startsWith(prefix)"
        " && document.body.dataset.route === location.hash",
        arg=prefix, timeout=timeout)


def show(page, base: str, route: str) -> None:
    """Open a dashboard route ("#/events?quad=4") and wait until it is drawn."""
    page.goto(f"{base}/{route}")
    wait_ready(page, route.split("?")[0])


def example_event(base: str) -> str:
    """A PAK–AFG event with an actor, a recipient and a place, reported by more than one
    article if one is: the event page shows most."""
    events = get_json(f"{base}/api/events?source=PAK&target=AFG&directed=false&limit=100")["events"]
    rich = [e for e in events if e.get("actor") and e.get("recipient") and e.get("place")] or events
    for e in rich[:40]:
        if get_json(f"{base}/api/events/{urllib.parse.quote(e['event_id'])}").get("reports"):
            return e["event_id"]
    return rich[0]["event_id"]


def take(base: str, out: Path, user_data_dir: str) -> list[Path]:
    """The README's screenshots: overview, the PAK–AFG dyad with a period opened, an event."""
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with browser(user_data_dir) as context:
        page = context.new_page()
        show(page, base, "#/")
        page.screenshot(path=out / "dashboard.png", full_page=False)
        shots.append(out / "dashboard.png")
        show(page, base, "#/dyad?source=PAK&target=AFG&interval=month")
        bands = page.locator("svg.chart rect.hit")
        if bands.count():
            bands.nth(bands.count() - 1).click()
            page.wait_for_selector("#period-events table")
        page.screenshot(path=out / "dashboard-dyad.png", full_page=False)
        shots.append(out / "dashboard-dyad.png")
        show(page, base, f"#/event/{example_event(base)}")
        page.screenshot(path=out / "dashboard-event.png", full_page=False)
        shots.append(out / "dashboard-event.png")
    return shots


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "jirga.duckdb"), help="database to serve")
    parser.add_argument("--url", help="use this running server instead of starting one")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as profile:
        if args.url:
            shots = take(args.url.rstrip("/"), Path(args.out), profile)
        else:
            with serve(args.db) as base:
                shots = take(base, Path(args.out), profile)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
