// A dyad over time: cooperation and conflict per period, the cooperation–conflict index,
// and, for the period clicked, the events behind it.
import { get } from "../api.js";
import { barChart, legend } from "../chart.js";
import { fill, h, loading, table } from "../dom.js";
import { CONFLICT, COOP, EVENT_COLUMNS, eventHref, number, periodEnd, periodLabel } from "../format.js";
import { go, href } from "../nav.js";

const INDEX = { key: "index", label: "cooperation–conflict index", color: "#17609b" };
const INTERVALS = ["day", "week", "month", "year"];
const LIMIT = 50;

function form(params) {
  const interval = h("select", { name: "interval" }, INTERVALS.map((v) => {
    const opt = h("option", { value: v }, v);
    opt.selected = v === params.interval;
    return opt;
  }));
  const source = h("input", { name: "source", class: "short", placeholder: "PAK" });
  const target = h("input", { name: "target", class: "short", placeholder: "AFG" });
  const directed = h("input", { name: "directed", type: "checkbox" });
  source.value = params.source;
  target.value = params.target;
  directed.checked = params.directed === "true";
  const el = h("form", { class: "filters card", "aria-label": "dyad" },
    h("label", null, "Source", source), h("label", null, "Target", target),
    h("label", null, "Interval", interval),
    h("label", null, "Only source → target", directed),
    h("button", { type: "submit" }, "Show"));
  el.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go("dyad", { source: source.value.trim(), target: target.value.trim(), interval: interval.value,
      directed: directed.checked ? "true" : null });
  });
  return el;
}

export async function render(ctx, _arg, raw) {
  const params = { source: raw.source || "PAK", target: raw.target || "AFG", interval: raw.interval || "month",
    directed: raw.directed || "" };
  const data = await get("/api/series", { source: params.source, target: params.target,
    interval: params.interval, directed: params.directed || "false" });
  if (!ctx.alive()) return;
  const points = data.points || [];
  const list = h("div", { id: "period-events" },
    h("p", { class: "muted" }, "Click a period in the chart to list its events."));
  const total = points.reduce((n, p) => n + (Number(p.events) || 0), 0);
  // The events behind a point: those of its period dated at least as precisely as the
  // interval (the series leaves out the others).
  const filters = (p) => ({ source: params.source, target: params.target, directed: params.directed || "false",
    start: p.period, end: p.end || periodEnd(p.period, params.interval), precision: params.interval });
  fill(ctx.view,
    h("h1", null, `${params.source} ${params.directed === "true" ? "→" : "↔"} ${params.target}`),
    form(params),
    h("div", { class: "card" },
      h("h2", null, `Cooperation and conflict by ${params.interval} (${number(total)} factual events)`),
      points.length
        ? [legend([...COOP, ...CONFLICT, INDEX]),
          barChart({ points, up: COOP, down: CONFLICT, line: INDEX, label: (p) => periodLabel(p.period, params.interval),
            onSelect: (p) => showPeriod(ctx, list, periodLabel(p.period, params.interval), filters(p), 0) }),
          h("p", { class: "note" }, "Bars: event counts, cooperation above the line, conflict below. Line: the index (right axis).")]
        : h("p", { class: "muted" }, "No factual events between these two.")),
    h("div", { class: "card" }, list),
  );
}

async function showPeriod(ctx, box, label, filters, offset) {
  fill(box, loading());
  const data = await get("/api/events", { ...filters, limit: LIMIT, offset });
  if (!ctx.alive()) return;
  const events = data.events || [];
  const more = offset + events.length < data.total;
  fill(box,
    h("h2", null, `${label}: ${number(data.total)} events`),
    table(EVENT_COLUMNS, events, { onRow: (e) => { location.hash = eventHref(e.event_id); } }),
    h("div", { class: "pager" },
      offset > 0 ? h("button", { class: "plain", onclick: () => showPeriod(ctx, box, label, filters, offset - LIMIT) }, "← previous") : null,
      more ? h("button", { class: "plain", onclick: () => showPeriod(ctx, box, label, filters, offset + LIMIT) }, "next →") : null,
      h("a", { href: href("events", filters) }, "open in the event table")));
}
