// How values read on the pages, shared by all of them.
import { h } from "./dom.js";

export const QUADS = {
  1: { label: "verbal cooperation", color: "#4e9a5b" },
  2: { label: "material cooperation", color: "#1f6f3a" },
  3: { label: "verbal conflict", color: "#e0902f" },
  4: { label: "material conflict", color: "#b8322c" },
};
export const QUAD_KEYS = [
  ["verbal_coop", 1], ["material_coop", 2], ["verbal_conflict", 3], ["material_conflict", 4],
];
// the series' fields as chart layers: cooperation drawn above the line, conflict below
const layer = ([key, quad]) => ({ key, label: QUADS[quad].label, color: QUADS[quad].color });
export const COOP = QUAD_KEYS.slice(0, 2).map(layer);
export const CONFLICT = QUAD_KEYS.slice(2).map(layer);
// PLOVER's sixteen event types (jirga/data/ontology/plover.yaml), offered in the filters.
export const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

export function quadBadge(quad) {
  if (!QUADS[quad]) return "";
  return h("span", { class: `quad quad-${quad}`, title: QUADS[quad].label });
}

export function number(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en");
}

/** An event's date as coded: the day, or the week/month/year it is known to. */
export function eventDate(e) {
  if (!e.date) return "–";
  const p = e.date_precision;
  if (p === "month") return e.date.slice(0, 7);
  if (p === "year") return e.date.slice(0, 4);
  if (p === "week") return `week of ${e.date}`;
  return e.date;
}

/** "Pakistan (PAK GOV)" from an Actor record; its text when it matched no registry entry. */
export function actorLabel(a) {
  if (!a) return "–";
  const codes = [a.country, a.sector].filter(Boolean).join(" ");
  return codes ? `${a.name || a.text} (${codes})` : (a.name || a.text || "–");
}

export function actorLink(a) {
  if (!a) return "–";
  if (!a.name && !a.entity_id) return h("span", { title: "no registry entry matched" }, actorLabel(a));
  return h("a", { href: `#/actor/${encodeURIComponent(a.name || a.entity_id)}` }, actorLabel(a));
}

export function modalityTags(e) {
  const tags = [];
  if (e.factual === false) tags.push(h("span", { class: "tag warn" }, e.modality || "not factual"));
  return tags;
}

export function typeLabel(e) {
  return [h("strong", null, e.type), e.mode ? h("span", { class: "tag" }, e.mode) : null];
}

export function eventHref(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

export function shorten(text, n = 180) {
  if (!text) return "";
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** The columns every event list shows. */
export const EVENT_COLUMNS = [
  { label: "Date", cls: "date", cell: (e) => eventDate(e) },
  { label: "Event", cell: (e) => h("span", null, quadBadge(e.quad), typeLabel(e), modalityTags(e)) },
  { label: "Actor", cell: (e) => actorLink(e.actor) },
  { label: "Recipient", cell: (e) => actorLink(e.recipient) },
  { label: "Place", cell: (e) => (e.place ? e.place.name : "–") },
  { label: "Sentence", cls: "sentence",
    cell: (e) => h("a", { href: eventHref(e.event_id) }, shorten(e.sentence)) },
  { label: "Source", cell: (e) => h("span", { class: "muted" }, e.source || "", e.published ? ` ${e.published.slice(0, 10)}` : "") },
];

/** The last day of the period that starts on `start` (ISO day), for the series' intervals. */
export function periodEnd(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
  else if (interval === "year") d.setUTCFullYear(d.getUTCFullYear(), 11, 31);
  return d.toISOString().slice(0, 10);
}

export function periodLabel(start, interval) {
  if (interval === "month") return start.slice(0, 7);
  if (interval === "year") return start.slice(0, 4);
  if (interval === "week") return `week of ${start}`;
  return start;
}
