// Where events happened: country shapes (Natural Earth, built by scripts/dashboard.sh into
// static/vendor/; the map works without them), a circle per place sized by all its
// selected events (/api/places, counted on the server), and the latest events as dots
// (/api/events.geojson, at most LIMIT). Coordinates are drawn in degrees scaled by UNIT
// (x = lon, y = -lat): the viewBox pans and zooms, no projection code needed.
import { get, staticJson } from "../api.js";
import { fill, h, loading, s, table } from "../dom.js";
import { EVENT_COLUMNS, QUADS, eventDate, eventHref, number } from "../format.js";
import { go, href } from "../nav.js";
import { filterForm, pick } from "./filters.js";

const LIMIT = 500;     // the latest events drawn as dots
const PLACES = 2000;   // places drawn at most, the busiest first
const PAGE = 20;       // events listed per page for a place
const UNIT = 100;
const TONES = [        // a place by its share of conflict among its cooperative and conflictual events
  { upTo: 1 / 3, color: QUADS[1].color, label: "mostly cooperation" },
  { upTo: 2 / 3, color: QUADS[3].color, label: "mixed" },
  { upTo: 1, color: QUADS[4].color, label: "mostly conflict" },
];
let shapes;            // the country file, loaded once per visit

/** An EventSummary from a GeoJSON feature whose nested objects were flattened
 * ("actor_name" or "actor.name" -> actor.name). */
export function fromFeature(feature) {
  const out = {};
  for (const [key, value] of Object.entries(feature.properties || {})) {
    const m = /^(actor|recipient|place|size)[._](.+)$/.exec(key);
    if (m) (out[m[1]] = out[m[1]] || {})[m[2]] = value;
    else out[key] = value;
  }
  const [lon, lat] = feature.geometry.coordinates;
  out.place = { ...(out.place || {}), lon, lat };
  return out;
}

function tone(p) {
  const both = (p.coop || 0) + (p.conflict || 0);
  const share = both ? p.conflict / both : 0.5;
  return TONES.find((t) => share <= t.upTo);
}

/** [x, y, w, h] in map units around the places holding nine events in ten (places come
 * busiest first): a lone far place does not zoom the map out to the world. */
function fit(places, focus) {
  if (focus) return [focus[0] * UNIT - 500, -focus[1] * UNIT - 300, 1000, 600];
  if (!places.length) return [-180 * UNIT, -85 * UNIT, 360 * UNIT, 145 * UNIT];
  const all = places.reduce((n, p) => n + p.events, 0);
  let kept = 0, n = 0;
  while (n < places.length && kept < 0.9 * all) kept += places[n++].events;
  const core = places.slice(0, Math.max(n, 1));
  const xs = core.map((p) => p.lon * UNIT), ys = core.map((p) => -p.lat * UNIT);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(x1 - x0, 1800) * 1.4, hgt = Math.max(y1 - y0, 1000) * 1.5;
  return [(x0 + x1 - w) / 2, (y0 + y1 - hgt) / 2, w, hgt];
}

function graticule() {
  const lines = [];
  for (let lon = -180; lon <= 180; lon += 10) lines.push(`M${lon * UNIT} ${-85 * UNIT}V${85 * UNIT}`);
  for (let lat = -80; lat <= 80; lat += 10) lines.push(`M${-180 * UNIT} ${-lat * UNIT}H${180 * UNIT}`);
  return s("path", { class: "graticule", d: lines.join("") });
}

function countryLayer(countries, active) {
  const layer = s("g", { class: "countries" });
  if (!countries) return layer;
  layer.setAttribute("transform", `scale(${UNIT / (countries.unit || UNIT)})`);
  for (const c of countries.countries) {
    layer.append(s("path", { class: active.has(c.iso3) ? "land has" : "land", d: c.d }, s("title", null, c.name)));
  }
  return layer;
}

/** The SVG map; marks are [element, radius in pixels] so zooming keeps their size. */
function drawMap(places, countries, focus, onPlace) {
  let view = fit(places, focus);
  const svg = s("svg", { class: "map", role: "img", "aria-label": "map of events" });
  const most = Math.max(1, ...places.map((p) => p.events));
  const marks = [];
  const circles = places.map((p) => {
    const dot = s("circle", { class: "pt", cx: p.lon * UNIT, cy: -p.lat * UNIT, fill: tone(p).color,
      "data-place": p.name || "" },
    s("title", null, `${p.name || "?"}: ${p.events} events (${p.coop} cooperative, ${p.conflict} conflictual)`));
    dot.addEventListener("click", (ev) => {
      ev.stopPropagation();
      svg.querySelectorAll("circle.selected").forEach((el) => el.classList.remove("selected"));
      dot.classList.add("selected");
      onPlace(p);
    });
    marks.push([dot, 4 + 22 * Math.sqrt(p.events / most)]);
    return dot;
  });
  const latest = s("g", { class: "latest" });
  svg.append(graticule(), countryLayer(countries, new Set(places.map((p) => p.country).filter(Boolean))),
    ...circles, latest);

  const apply = () => {
    svg.setAttribute("viewBox", view.join(" "));
    const perPixel = view[2] / (svg.clientWidth || 900);   // map units per screen pixel
    for (const [el, px] of marks) el.setAttribute("r", px * perPixel);
  };
  const zoom = (factor, cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2) => {
    const w = Math.min(Math.max(view[2] * factor, 200), 400 * UNIT), hgt = w * view[3] / view[2];
    view = [cx - (cx - view[0]) * w / view[2], cy - (cy - view[1]) * hgt / view[3], w, hgt];
    apply();
  };
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect();
    const k = view[2] / r.width;
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, view[0] + (ev.clientX - r.left) * k, view[1] + (ev.clientY - r.top) * k);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => { drag = [ev.clientX, ev.clientY, view[0], view[1]]; });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const k = view[2] / svg.getBoundingClientRect().width;
    view = [drag[2] - (ev.clientX - drag[0]) * k, drag[3] - (ev.clientY - drag[1]) * k, view[2], view[3]];
    apply();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointerleave", () => { drag = null; });

  /** The latest events as small dots coloured by quad class; null clears them. */
  const showLatest = (events) => {
    for (let i = marks.length - 1; i >= 0; i--) if (marks[i][0].parentNode === latest) marks.splice(i, 1);
    latest.replaceChildren();
    for (const e of events || []) {
      const dot = s("circle", { class: "ev", cx: e.place.lon * UNIT, cy: -e.place.lat * UNIT,
        fill: QUADS[e.quad] ? QUADS[e.quad].color : "#555" },
      s("title", null, `${e.type} ${eventDate(e)}: ${e.sentence || ""}`));
      dot.addEventListener("click", (ev) => { ev.stopPropagation(); location.hash = eventHref(e.event_id); });
      latest.append(dot);
      marks.push([dot, 3]);
    }
    apply();
  };
  const bbox = () => [view[0] / UNIT, -(view[1] + view[3]) / UNIT, (view[0] + view[2]) / UNIT, -view[1] / UNIT]
    .map((v) => Math.min(180, Math.max(-180, v)).toFixed(2)).join(",");
  const tools = h("div", { class: "maptools" },
    h("button", { type: "button", title: "zoom in", onclick: () => zoom(0.6) }, "+"),
    h("button", { type: "button", title: "zoom out", onclick: () => zoom(1.6) }, "−"),
    h("button", { type: "button", title: "whole world", onclick: () => { view = fit([], null); apply(); } }, "world"),
    h("button", { type: "button", title: "fit the events", onclick: () => { view = fit(places, null); apply(); } }, "fit"));
  return { el: h("div", { class: "mapwrap" }, svg, tools), apply, bbox, showLatest };
}

/** A box of a few metres around a place: its events, whatever their place's name. */
function around(p) {
  const d = 0.0005;
  return [p.lon - d, p.lat - d, p.lon + d, p.lat + d].map((v) => v.toFixed(5)).join(",");
}

async function placeList(ctx, box, p, filters, offset = 0) {
  fill(box, loading());
  const selection = { ...filters, bbox: around(p) };
  const data = await get("/api/events", { ...selection, limit: PAGE, offset });
  if (!ctx.alive()) return;
  const events = data.events || [];
  fill(box,
    h("h2", null, `${p.name || "Unnamed place"}: ${number(data.total)} events`),
    table(EVENT_COLUMNS, events, { onRow: (e) => { location.hash = eventHref(e.event_id); } }),
    h("div", { class: "pager" },
      offset > 0 ? h("button", { class: "plain", onclick: () => placeList(ctx, box, p, filters, offset - PAGE) }, "← previous") : null,
      offset + events.length < data.total
        ? h("button", { class: "plain", onclick: () => placeList(ctx, box, p, filters, offset + PAGE) }, "next →") : null,
      h("a", { href: href("events", selection) }, "open in the event table")));
}

function legend(countries) {
  const swatch = (color) => {
    const i = h("i");
    i.style.background = color;
    return i;
  };
  return h("div", { class: "chart-legend" },
    TONES.map((t) => h("span", null, swatch(t.color), t.label)),
    h("span", null, "· circle area: events at the place"),
    countries ? h("span", null, `· ${countries.source}`) : null);
}

export async function render(ctx, _arg, params) {
  const filters = pick(params);
  const focus = params.focus ? params.focus.split(",").map(Number) : null;
  if (shapes === undefined) shapes = await staticJson("/static/vendor/countries.json");
  const [found, page] = await Promise.all([
    get("/api/places", { ...filters, limit: PLACES }),
    get("/api/events", { ...filters, limit: 1 }),
  ]);
  if (!ctx.alive()) return;
  const places = found.places || [];
  const located = places.reduce((n, p) => n + p.events, 0);
  const box = h("div", { class: "card", id: "place-events" }, h("p", { class: "muted" }, "Click a circle to list its events."));
  const map = drawMap(places, shapes, focus, (p) => placeList(ctx, box, p, filters));
  const inView = h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go("events", { ...filters, bbox: map.bbox() }); } },
    "list the events in view");
  const latest = h("input", { type: "checkbox", name: "latest" });
  latest.addEventListener("change", async () => {
    if (!latest.checked) {
      map.showLatest(null);
      return;
    }
    const geo = await get("/api/events.geojson", { ...filters, limit: LIMIT });
    if (!ctx.alive() || !latest.checked) return;
    map.showLatest((geo.features || []).filter((f) => f.geometry && f.geometry.coordinates).map(fromFeature));
  });
  fill(ctx.view,
    h("h1", null, "Map"),
    filterForm(filters, (values) => go("map", values)),
    h("p", { class: "note" },
      `${number(page.total)} events match; ${number(located)} of them have a place with coordinates, at ${number(places.length)} places`,
      places.length >= PLACES ? ` (the ${number(PLACES)} busiest shown)` : "", ". ", inView,
      shapes ? "" : ". Country shapes are not built (run scripts/dashboard.sh)."),
    map.el,
    legend(shapes),
    h("label", { class: "note" }, latest, ` also draw the latest ${LIMIT} events as dots (click one to open it)`),
    box);
  map.apply();
}
