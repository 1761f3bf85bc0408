"""The dashboard (jirga/serve/static/): its files are safe to serve, and, end to end, a real
``jirga serve`` over the example corpus drawn by Debian's Chromium through Playwright.

The browser tests code examples/pak-afg/articles.jsonl plus a hostile document (markup in
its title and text) and a too-short one (a reject) with ``jirga run``, start ``jirga serve``
on a free port of 127.0.0.1, open every page, click through filters and into events, and
save a screenshot of each page to a temporary folder (printed). scripts/browser.sh installs
Chromium when it is missing.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "jirga" / "serve" / "static"
EXAMPLES = ROOT / "examples" / "pak-afg" / "articles.jsonl"

HOSTILE_TITLE = """<script>alert("title")</script> Border "><img src=x onerror=alert(1)> talks"""
HOSTILE_TEXT = ("""Pakistan accused Afghanistan on Monday of sheltering militants <script>alert("text")</script> """
                """who attacked a border post in Kurram "><img src=x onerror=alert(2)>.\n\n"""
                "Officials in Kabul rejected the accusation and said the border would stay open for trade.")


def _tool():
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scripts():
    return sorted((STATIC / "js").rglob("*.js"))


# -- the static files: quick, no browser -------------------------------------------------
def test_dashboard_builds_no_markup_from_strings():
    """Article text reaches these pages: no script may turn a string into markup or code."""
    sinks = re.compile(r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
                       r"createContextualFragment|DOMParser")
    found = [f"{p.relative_to(STATIC)}:{i}: {line.strip()}" for p in _scripts()
             for i, line in enumerate(p.read_text().splitlines(), 1) if sinks.search(line)]
    assert _scripts() and not found, found


def test_dashboard_names_no_outside_url():
    """The page works with no internet: nothing it loads comes from another host."""
    files = [STATIC / "index.html", STATIC / "app.css", *_scripts()]
    outside = [f"{p.relative_to(STATIC)}: {m}" for p in files
               for m in re.findall(r"(?:https?:)?//[\w.-]+\.\w+[^\s\"'`)]*", p.read_text())
               if not m.startswith("http://www.w3.org/2000/svg")]   # the SVG namespace, never fetched
    assert not outside, outside


def test_dashboard_modules_resolve():
    """Every relative import of every module names a file that is there."""
    missing = []
    for path in [*_scripts()]:
        for target in re.findall(r"""from\s+["'](\.{1,2}/[^"']+)["']""", path.read_text()):
            if not (path.parent / target).resolve().is_file():
                missing.append(f"{path.relative_to(STATIC)} -> {target}")
    html = (STATIC / "index.html").read_text()
    for ref in re.findall(r"""(?:src|href)="/static/([^"]+)\"""", html):
        if not (STATIC / ref).is_file():
            missing.append(f"index.html -> {ref}")
    assert not missing, missing


def test_dashboard_vendored_shapes_name_countries_by_iso3():
    """scripts/dashboard.sh (run by setup.sh) converts Natural Earth's shapes for the map:
    each country with its alpha-3 code, as events name countries, and SVG path data."""
    built = STATIC / "vendor" / "countries.json"
    if not built.is_file():
        pytest.skip("map shapes not built: run scripts/dashboard.sh (needs node and npm)")
    data = json.loads(built.read_text())
    by_code = {c["iso3"]: c for c in data["countries"] if c["iso3"]}
    assert len(data["countries"]) > 200 and data["unit"] == 100
    assert by_code["PAK"]["name"] == "Pakistan" and by_code["AFG"]["name"] == "Afghanistan"
    # Pakistan's outline starts inside its territory (61-78 E, 23-37 N), in 1/100 degrees
    x, y = (int(v) for v in re.match(r"M(-?\d+) (-?\d+)l", by_code["PAK"]["d"]).groups())
    assert 6000 <= x <= 7800 and -3700 <= y <= -2300


# -- end to end --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tool():
    return _tool()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The example corpus, a hostile document and a reject, coded by the real pipeline."""
    folder = tmp_path_factory.mktemp("dashboard-db")
    extra = folder / "extra.jsonl"
    extra.write_text("\n".join(json.dumps(d) for d in [
        {"id": "hostile-1", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "published": "2024-03-04",
         "source": "Hostile <b>Wire</b>", "url": "javascript:alert(3)"},
        {"id": "tiny-1", "title": "A stub", "text": "Too short.", "published": "2024-03-04"},
    ]) + "\n")
    db = folder / "demo.duckdb"
    done = subprocess.run([sys.executable, "-m", "jirga", "run", str(EXAMPLES), str(extra), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return db


@pytest.fixture(scope="module")
def base(tool, demo_db):
    with tool.serve(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def context(tool, tmp_path_factory):
    with tool.browser(tmp_path_factory.mktemp("chromium-profile")) as ctx:
        yield ctx


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard-screens")
    print(f"\ndashboard screenshots: {folder}")
    return folder


@pytest.fixture
def page(context, base):
    """A page that records dialogs, script errors and any request to another host; the
    test fails on any of them. (A missing static/vendor/ file is allowed: the dashboard
    works without the built map shapes.)"""
    p = context.new_page()
    trouble = []
    p.on("dialog", lambda d: (trouble.append(f"dialog: {d.message}"), d.dismiss()))
    p.on("pageerror", lambda e: trouble.append(f"script error: {e}"))
    p.on("console", lambda m: trouble.append(f"console: {m.text} {m.location}")
         if m.type == "error" and "/static/vendor/" not in (m.location or {}).get("url", "") else None)
    p.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
         else trouble.append(f"outside request: {r.url}"))
    yield p
    p.close()
    assert not trouble, trouble


def api(base, path, **params):
    """What the page itself reads: the API's answer, to compare the page with."""
    url = f"{base}{path}?{urllib.parse.urlencode(params)}" if params else f"{base}{path}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def show(tool, page, base, route):
    tool.show(page, base, route)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_overview_shows_counts_timeline_and_dyads(tool, page, base, shots):
    summary = api(base, "/api/summary")
    show(tool, page, base, "#/")
    docs = page.locator("[data-count=documents] b").inner_text()
    assert docs.replace(",", "") == str(summary["counts"]["documents"])
    assert int(docs.replace(",", "")) >= 45
    assert page.locator("svg.chart rect.hit").count() == len(summary["quad_timeline"]) > 3
    dyads = page.locator(".card", has_text="Top dyads").locator("tbody tr")
    texts = [dyads.nth(i).inner_text() for i in range(dyads.count())]
    assert any("PAK" in t and "AFG" in t for t in texts), texts
    assert page.locator(".card", has_text="Latest events").locator("tbody tr").count() == len(summary["recent"]) > 0
    page.screenshot(path=shots / "overview.png", full_page=True)
    # a month of the timeline opens the event table for that month
    page.locator("svg.chart rect.hit").last.click()
    tool.wait_ready(page, "#/events")
    assert "start=" in page.url and "end=" in page.url
    month = summary["quad_timeline"][-1]
    in_month = sum(month[k] for k in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"))
    assert page.locator(".pager [data-total]").first.get_attribute("data-total") == str(in_month)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_event_table_filters_and_opens_an_event(tool, page, base, shots):
    show(tool, page, base, "#/events")
    everything = api(base, "/api/events", limit=1)["total"]
    page.select_option("form.filters select[name=quad]", "4")
    page.fill("form.filters input[name=actor_country]", "PAK")
    page.click("form.filters button[type=submit]")
    tool.wait_ready(page, "#/events")
    assert "quad=4" in page.url and "actor_country=PAK" in page.url
    expected = api(base, "/api/events", quad=4, actor_country="PAK", limit=50)
    assert 0 < expected["total"] < everything
    rows = page.locator("table tbody tr")
    assert rows.count() == len(expected["events"])
    assert page.locator("table tbody tr .quad-4").count() == rows.count()
    assert page.locator(f"[data-total='{expected['total']}']").count() == 2   # pagers above and below
    page.screenshot(path=shots / "events.png", full_page=True)

    first = expected["events"][0]
    rows.first.locator("td").first.click()
    tool.wait_ready(page, "#/event/")
    assert urllib.parse.unquote(page.url.split("#/event/")[1]) == first["event_id"]
    detail = api(base, f"/api/events/{urllib.parse.quote(first['event_id'])}")
    start, end = detail["spans"]["trigger"]
    trigger = page.locator("#evidence mark[data-span=trigger]")
    assert trigger.count() == 1
    assert trigger.inner_text() == detail["sentence"][start:end]
    assert page.locator("#evidence").inner_text().strip() == detail["sentence"].strip()
    for kind in ("actor", "recipient", "place", "date"):
        if kind in detail["spans"]:
            s, e = detail["spans"][kind]
            assert detail["sentence"][s:e] in [m.inner_text() for m in page.locator(f"#evidence mark[data-span={kind}]").all()]
    page.screenshot(path=shots / "event.png", full_page=True)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_event_page_lists_the_other_reports(tool, page, base):
    """An event reported by several articles lists the other reports, each a link."""
    clustered = None
    for e in api(base, "/api/events", limit=200)["events"]:
        d = api(base, f"/api/events/{urllib.parse.quote(e['event_id'])}")
        if d.get("reports"):
            clustered = d
            break
    if clustered is None:
        pytest.fail("the example corpus should hold at least one event reported twice")
    show(tool, page, base, f"#/event/{urllib.parse.quote(clustered['event_id'])}")
    card = page.locator(".card", has_text="Other reports of this event")
    assert card.locator("tbody tr").count() == len(clustered["reports"])
    card.locator("tbody tr td.sentence a").first.click()
    tool.wait_ready(page, "#/event/")
    assert urllib.parse.unquote(page.url.split("#/event/")[1]) == clustered["reports"][0]["event_id"]


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_dyad_lists_the_events_behind_a_period(tool, page, base, shots):
    show(tool, page, base, "#/dyad?source=PAK&target=AFG&interval=month")
    series = api(base, "/api/series", source="PAK", target="AFG", interval="month", directed="false")
    busy = max(range(len(series["points"])), key=lambda i: series["points"][i]["events"])
    assert page.locator("svg.chart rect.hit").count() == len(series["points"])
    page.locator("svg.chart rect.hit").nth(busy).click()
    page.wait_for_selector("#period-events table tbody tr")
    rows = page.locator("#period-events tbody tr")
    point = series["points"][busy]
    assert rows.count() == min(point["events"], 50) > 0   # the events behind the bar, no more
    assert page.locator("#period-events h2").inner_text().endswith(f": {point['events']} events")
    for i in range(rows.count()):
        text = rows.nth(i).inner_text()
        assert "PAK" in text or "AFG" in text, text
    page.screenshot(path=shots / "dyad.png", full_page=True)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_actor_page_shows_roles_partners_and_events(tool, page, base, shots):
    ranking = api(base, "/api/actors", limit=10)["actors"]
    name = ranking[0]["name"]
    show(tool, page, base, "#/actors")
    page.locator("table tbody tr a", has_text=name).first.click()
    tool.wait_ready(page, "#/actor/")
    actor = api(base, f"/api/actors/{urllib.parse.quote(name)}")
    assert page.locator("h1").inner_text().startswith(actor["name"])
    assert page.locator(".card", has_text="Partners").locator("tbody tr").count() == len(actor["partners"]) > 0
    assert page.locator(".card", has_text="Roles").count() >= 1
    as_actor = page.locator("#as-actor tbody tr")
    as_recipient = page.locator("#as-recipient tbody tr")
    assert as_actor.count() + as_recipient.count() > 0
    page.screenshot(path=shots / "actor.png", full_page=True)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_map_draws_countries_and_places(tool, page, base, shots):
    show(tool, page, base, "#/map")
    places = api(base, "/api/places", limit=2000)["places"]
    circles = page.locator("svg.map circle.pt")
    assert circles.count() == len(places) > 3
    if (STATIC / "vendor" / "countries.json").is_file():
        assert page.locator("svg.map path.land").count() > 150
        assert page.locator("svg.map path.land.has").count() >= 2   # Pakistan and Afghanistan at least
    busiest = places[0]
    circles.first.click()   # the busiest place: its events, paged on the server
    page.wait_for_selector("#place-events table tbody tr")
    assert page.locator("#place-events h2").inner_text().endswith(f": {busiest['events']} events")
    assert page.locator("#place-events tbody tr").count() == min(busiest["events"], 20)
    page.screenshot(path=shots / "map.png", full_page=True)
    # the latest events as dots, from the GeoJSON route; a dot opens its event
    page.check("input[name=latest]")
    page.wait_for_selector("svg.map circle.ev")
    geo = api(base, "/api/events.geojson", limit=500)
    assert page.locator("svg.map circle.ev").count() == len(geo["features"]) > 0
    page.locator("svg.map circle.ev").last.dispatch_event("click")
    tool.wait_ready(page, "#/event/")


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_map_works_without_the_vendored_shapes(tool, page, base):
    page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body="not built"))
    show(tool, page, base, "#/map")
    assert page.locator("svg.map path.land").count() == 0
    assert page.locator("svg.map circle.pt").count() > 3
    assert "Country shapes are not built" in page.locator("main").inner_text()


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_claims_page_lists_threads_with_denials(tool, page, base, shots):
    threads = api(base, "/api/claims")["threads"]
    show(tool, page, base, "#/claims")
    assert page.locator(".thread").count() == len(threads)
    assert threads, "the example corpus has accusations"
    denied = [t for t in threads if t["denials"]]
    assert denied, "and denials of them"
    card = page.locator(f"[id='claim-{denied[0]['claim_id']}']")
    assert card.locator("text=Denials").count() == 1
    assert card.locator("li").count() >= len(denied[0]["denials"])
    page.screenshot(path=shots / "claims.png", full_page=True)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_documents_page_lists_rejects_with_reasons(tool, page, base, shots):
    show(tool, page, base, "#/documents?rejected=true")
    docs = api(base, "/api/documents", rejected="true", limit=50)
    assert docs["total"] >= 1
    rows = page.locator("table tbody tr")
    assert rows.count() == len(docs["documents"])
    reject = docs["documents"][0]["reject"]
    assert reject["code"] in rows.first.inner_text() and reject["reason"] in rows.first.inner_text()
    page.screenshot(path=shots / "documents.png", full_page=True)
    show(tool, page, base, "#/documents")
    assert "of " + str(api(base, "/api/documents", limit=1)["total"]) in page.locator(".pager").inner_text()


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_shows_hostile_markup_as_text(tool, page, base, shots):
    """Title and text with <script> and an <img onerror> show as text; nothing runs."""
    show(tool, page, base, "#/documents")
    page.wait_for_selector("text=Border")
    assert page.get_by_text(HOSTILE_TITLE, exact=True).is_visible()
    assert page.locator("main img").count() == 0
    link = page.locator("a", has_text=HOSTILE_TITLE)
    if link.count():   # its javascript: URL must not survive as a link
        assert not link.first.get_attribute("href").startswith("javascript")
    events = api(base, "/api/events", q="onerror", limit=10)["events"]
    assert events, "the hostile document yields events"
    show(tool, page, base, f"#/event/{urllib.parse.quote(events[0]['event_id'])}")
    evidence = page.locator("#evidence").inner_text()
    assert '<script>alert("text")</script>' in evidence and '"><img src=x onerror=alert(2)>' in evidence
    assert page.locator("#doc-title").inner_text() == HOSTILE_TITLE
    assert page.locator("main img, main script").count() == 0
    page.screenshot(path=shots / "hostile.png", full_page=True)


@pytest.mark.slow
@pytest.mark.model
def test_dashboard_marks_spans_by_code_point_and_nests_them(tool, page, base):
    """Offsets count code points (as Python does), not UTF-16 units: text after a flag
    emoji is marked where it is; a mention inside a longer one is marked inside it."""
    text = "The 🇵🇰 envoy and his deputy met Taliban leaders in Kabul on Monday."
    at = lambda s: [text.index(s), text.index(s) + len(s)]   # noqa: E731
    spans = {"trigger": at("met"), "actor": at("The 🇵🇰 envoy and his deputy"), "recipient": at("Taliban leaders"),
             "place": at("Kabul")}
    all_spans = {"actor": [at("The 🇵🇰 envoy and his deputy"), at("his deputy")]}
    show(tool, page, base, "#/claims")
    marks = page.evaluate("""async ([text, spans, all]) => {
        const m = await import('/static/js/pages/event.js');
        const chars = Array.from(text);
        const box = document.createElement('div');
        box.append(...m.marked(chars, m.spanList(spans, chars.length, all), 0, chars.length));
        return [box.textContent, [...box.querySelectorAll('mark')].map((x) => [x.dataset.span, x.textContent,
                x.parentElement === box ? 'top' : x.parentElement.dataset.span])];
    }""", [text, spans, all_spans])
    assert marks[0] == text
    assert marks[1] == [["actor", "The 🇵🇰 envoy and his deputy", "top"], ["actor", "his deputy", "actor"],
                        ["trigger", "met", "top"], ["recipient", "Taliban leaders", "top"], ["place", "Kabul", "top"]]
