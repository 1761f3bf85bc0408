// The event table: every filter of /api/events, paged on the server.
import { get, queryString } from "../api.js";
import { fill, h, table } from "../dom.js";
import { EVENT_COLUMNS, eventHref, number } from "../format.js";
import { go, href } from "../nav.js";
import { filterForm, pick } from "./filters.js";

const LIMIT = 50;

export async function render(ctx, _arg, params) {
  const filters = pick(params);
  const offset = Math.max(0, Number(params.offset) || 0);
  const limit = Math.min(500, Number(params.limit) || LIMIT);
  const data = await get("/api/events", { ...filters, limit, offset });
  if (!ctx.alive()) return;
  const events = data.events || [];
  fill(ctx.view,
    h("h1", null, "Events"),
    filterForm(filters, (values) => go("events", values)),
    h("div", { class: "actions" },
      h("a", { href: `/api/events.csv${queryString({ ...filters, limit, offset })}` }, "CSV of this page"),
      h("a", { href: `/api/events.geojson${queryString({ ...filters, limit, offset })}` }, "GeoJSON of this page"),
      h("a", { href: `/api/events.csv${queryString(filters)}` }, "CSV of all selected events"),
      h("a", { href: href("map", filters) }, "on the map")),
    pager(filters, data.total, offset, limit, events.length),
    table(EVENT_COLUMNS, events, {
      onRow: (e) => { location.hash = eventHref(e.event_id); },
      empty: "No events match these filters.",
    }),
    events.length ? pager(filters, data.total, offset, limit, events.length) : null,
  );
}

export function pager(filters, total, offset, limit, shown) {
  const to = (o) => () => go("events", { ...filters, offset: o || null, limit: limit === LIMIT ? null : limit });
  return h("div", { class: "pager" },
    h("button", { class: "plain", disabled: offset <= 0, onclick: to(Math.max(0, offset - limit)) }, "← previous"),
    h("span", { class: "muted", dataset: { total: total } },
      shown ? `${number(offset + 1)}–${number(offset + shown)} of ${number(total)}` : `0 of ${number(total)}`),
    h("button", { class: "plain", disabled: offset + shown >= total, onclick: to(offset + limit) }, "next →"));
}
