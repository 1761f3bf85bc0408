// What the store holds: counts, the monthly quad timeline, top dyads, the latest events.
import { get } from "../api.js";
import { barChart, legend } from "../chart.js";
import { fill, h, table } from "../dom.js";
import { CONFLICT, COOP, EVENT_COLUMNS, eventHref, number, periodEnd, periodLabel } from "../format.js";
import { go, href } from "../nav.js";

const COUNTS = [
  ["documents", "documents"], ["events", "events coded"], ["factual", "factual events"],
  ["clusters", "distinct events"], ["copies", "syndicated copies"], ["rejects", "rejects"],
];

export async function render(ctx) {
  const data = await get("/api/summary");
  if (!ctx.alive()) return;
  const counts = data.counts || {};
  const timeline = data.quad_timeline || [];
  const range = data.first_date ? `${data.first_date} to ${data.last_date}` : "no dated events yet";
  fill(ctx.view,
    h("h1", null, "Overview"),
    h("p", { class: "muted" }, `Events dated ${range}.`),
    h("div", { class: "counts" }, COUNTS.map(([key, label]) => {
      const link = key === "rejects" ? href("documents", { rejected: "true" }) : key === "documents" ? href("documents") : null;
      const box = h("div", { class: "count", dataset: { count: key } }, h("b", null, number(counts[key])), h("span", null, label));
      return link ? h("a", { href: link }, box) : box;
    })),
    h("div", { class: "card" },
      h("h2", null, "Factual events by month and quad class"),
      timeline.length
        ? [legend([...COOP, ...CONFLICT]),
          barChart({
            points: timeline, up: COOP, down: CONFLICT, label: (p) => periodLabel(p.period, "month"),
            // the timeline counts events dated to the month or finer: so does the table
            onSelect: (p) => go("events", { start: p.period, end: p.end || periodEnd(p.period, "month"), precision: "month" }),
          }),
          h("p", { class: "note" }, "Cooperation above the line, conflict below. Click a month for its events.")]
        : h("p", { class: "muted" }, "No dated factual events.")),
    h("div", { class: "grid2" },
      h("div", { class: "card" }, h("h2", null, "Top dyads"), dyadTable(data.top_dyads || [])),
      h("div", { class: "card" }, h("h2", null, "Latest events"),
        table(EVENT_COLUMNS.filter((c) => ["Date", "Event", "Sentence"].includes(c.label)), data.recent || [],
          { onRow: (e) => { location.hash = eventHref(e.event_id); } }))),
  );
}

function dyadTable(dyads) {
  return table([
    { label: "Source", cell: (d) => d.source },
    { label: "Target", cell: (d) => d.target },
    { label: "Factual events", num: true, cell: (d) => number(d.events) },
    { label: "", cell: (d) => h("a", { href: href("dyad", { source: d.source, target: d.target, directed: "true" }) }, "over time →") },
  ], dyads, { onRow: (d) => go("dyad", { source: d.source, target: d.target, directed: "true" }), empty: "No dyads yet." });
}
