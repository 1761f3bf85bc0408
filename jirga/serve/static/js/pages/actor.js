// One actor: its registry entry with dated roles, its partners, and its events as actor
// and as recipient, each list paged on the server.
import { get } from "../api.js";
import { fill, h, loading, table } from "../dom.js";
import { EVENT_COLUMNS, eventHref, number } from "../format.js";
import { href } from "../nav.js";

const LIMIT = 20;

function roles(list) {
  return table([
    { label: "Country", cell: (r) => r.country || "–" },
    { label: "Sector", cell: (r) => r.sector || "–" },
    { label: "Office", cell: (r) => r.title || "" },
    { label: "From", cell: (r) => r.start || "…" },
    { label: "To", cell: (r) => r.end || "…" },
  ], list, { empty: "No dated roles." });
}

function partners(list) {
  return table([
    { label: "Partner", cell: (p) => (p.name ? h("a", { href: `#/actor/${encodeURIComponent(p.name)}` }, p.name) : "–") },
    { label: "Country", cell: (p) => p.country || "–" },
    { label: "Sector", cell: (p) => p.sector || "–" },
    { label: "Events", num: true, cell: (p) => number(p.events) },
  ], list, { empty: "No partners in factual events." });
}

/** A paged list of events from /api/events with {actor: name} or {recipient: name}. */
function eventList(ctx, filters, id) {
  const box = h("div", { id }, loading());
  const show = async (offset) => {
    const data = await get("/api/events", { ...filters, limit: LIMIT, offset });
    if (!ctx.alive()) return;
    const events = data.events || [];
    fill(box,
      h("p", { class: "muted" }, `${number(data.total)} factual events`,
        data.total ? [" · ", h("a", { href: href("events", filters) }, "open in the event table")] : null),
      table(EVENT_COLUMNS, events, { onRow: (e) => { location.hash = eventHref(e.event_id); }, empty: "None." }),
      h("div", { class: "pager" },
        offset > 0 ? h("button", { class: "plain", onclick: () => show(offset - LIMIT) }, "← previous") : null,
        offset + events.length < data.total ? h("button", { class: "plain", onclick: () => show(offset + LIMIT) }, "next →") : null));
  };
  return { box, show };
}

export async function render(ctx, name) {
  const a = await get(`/api/actors/${encodeURIComponent(name)}`);
  if (!ctx.alive()) return;
  const key = a.name || name;
  const asActor = eventList(ctx, { actor: key }, "as-actor");
  const asRecipient = eventList(ctx, { recipient: key }, "as-recipient");
  fill(ctx.view,
    h("h1", null, a.name || name, " ", h("span", { class: "muted" }, [a.country, a.sector].filter(Boolean).join(" "))),
    h("div", { class: "grid2" },
      h("div", { class: "card" },
        h("h2", null, "Registry entry"),
        h("dl", { class: "fields" },
          h("dt", null, "Entity"), h("dd", null, a.entity_id ? h("code", { class: "id" }, a.entity_id) : "not in the registry"),
          h("dt", null, "Aliases"), h("dd", null, (a.aliases || []).join(", ") || "–"),
          h("dt", null, "Events"), h("dd", null, `${number(a.as_actor)} as actor, ${number(a.as_recipient)} as recipient`)),
        h("h2", null, "Roles"), roles(a.roles || [])),
      h("div", { class: "card" }, h("h2", null, "Partners"), partners(a.partners || []))),
    h("div", { class: "card" }, h("h2", null, "As actor"), asActor.box),
    h("div", { class: "card" }, h("h2", null, "As recipient"), asRecipient.box),
  );
  await Promise.all([asActor.show(0), asRecipient.show(0)]);
}
