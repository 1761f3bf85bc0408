// One event next to its evidence: the sentence with trigger, actor, recipient, place and
// date marked from the stored character offsets, every report of the same real-world
// event, and the statements it answers or that answer it.
import { get } from "../api.js";
import { fill, h, table } from "../dom.js";
import { EVENT_COLUMNS, QUADS, actorLink, eventDate, eventHref, modalityTags, quadBadge, typeLabel } from "../format.js";
import { href } from "../nav.js";

const KINDS = ["trigger", "actor", "recipient", "place", "date"];

/** Spans as [{kind, start, end}] in code points of the sentence (the API counts code points,
 * as Python does; JavaScript strings count UTF-16 units, so we slice arrays of characters). */
export function spanList(spans, length, more = {}) {
  const out = [];
  const seen = new Set();
  for (const kind of KINDS) {
    // ``spans`` has one [start, end] per kind; ``all_spans`` every mention of a side.
    for (const value of [spans && spans[kind], more && more[kind]]) {
      if (!Array.isArray(value) || !value.length) continue;
      const pairs = Array.isArray(value[0]) ? value : [value];
      for (const [start, end] of pairs) {
        const a = Math.max(0, Number(start)), b = Math.min(length, Number(end));
        const key = `${kind}:${a}:${b}`;
        if (Number.isFinite(a) && Number.isFinite(b) && b > a && !seen.has(key)) {
          seen.add(key);
          out.push({ kind, start: a, end: b });
        }
      }
    }
  }
  return out;
}

/** Text nodes and <mark> elements; a span inside another is drawn inside it. */
export function marked(chars, spans, from, to) {
  const nodes = [];
  let pos = from;
  const list = spans.filter((sp) => sp.start >= from && sp.start < to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  list.forEach((sp, k) => {
    if (sp.start < pos) return;   // inside a mark drawn already (or overlapping it)
    const end = Math.min(sp.end, to);
    if (sp.start > pos) nodes.push(chars.slice(pos, sp.start).join(""));
    const inner = list.slice(k + 1).filter((o) => o.start < end);
    nodes.push(h("mark", { class: sp.kind, title: sp.kind, dataset: { span: sp.kind } },
      marked(chars, inner, sp.start, end)));
    pos = end;
  });
  if (pos < to) nodes.push(chars.slice(pos, to).join(""));
  return nodes;
}

function evidence(e) {
  const chars = Array.from(e.sentence || "");
  const spans = spanList(e.spans, chars.length, e.all_spans);
  const present = new Set(spans.map((sp) => sp.kind));
  return [
    h("blockquote", { class: "evidence", id: "evidence" }, marked(chars, spans, 0, chars.length)),
    h("div", { class: "legend" }, KINDS.filter((k) => present.has(k)).map((k) => h("span", { class: k }, k))),
  ];
}

function field(label, ...value) {
  return [h("dt", null, label), h("dd", null, ...value)];
}

function size(n) {
  if (!n) return "";
  return [["dead", n.dead], ["injured", n.injured], ["arrested", n.arrested]]
    .filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${v} ${k}`).join(", ");
}

function facts(e) {
  const place = e.place;
  return h("dl", { class: "fields" },
    field("Type", typeLabel(e), e.cameo ? h("span", { class: "tag" }, `CAMEO ${e.cameo}`) : null),
    field("Quad class", quadBadge(e.quad), QUADS[e.quad] ? QUADS[e.quad].label : "–"),
    field("Intensity", e.intensity ?? "–"),
    e.contexts && e.contexts.length ? field("Contexts", [].concat(e.contexts).join(", ")) : null,
    field("Date", eventDate(e), e.date_precision ? h("span", { class: "tag" }, e.date_precision) : null,
      e.date_text ? h("span", { class: "muted" }, ` from “${e.date_text}”`) : null),
    field("Modality", e.factual ? "factual" : "", modalityTags(e)),
    size(e.size) ? field("Casualties", size(e.size)) : null,
    field("Actor", actorLink(e.actor)),
    field("Recipient", actorLink(e.recipient)),
    field("Place", place
      ? [place.name || "–", place.country ? ` (${place.country})` : "",
        place.lat !== null && place.lat !== undefined
          ? h("a", { href: href("map", { focus: `${place.lon},${place.lat}` }) }, ` ${Number(place.lat).toFixed(2)}, ${Number(place.lon).toFixed(2)} on the map`)
          : ""]
      : "–"),
    e.claim_id ? field("Claim", h("a", { href: href("claims", { claim: e.claim_id }) }, e.claim_text || e.claim_id)) : null,
    field("Event id", h("code", { class: "id" }, e.event_id)),
    e.cluster_id && e.cluster_id !== e.event_id ? field("Cluster", h("code", { class: "id" }, e.cluster_id)) : null,
  );
}

function documentCard(e) {
  return h("div", { class: "card" },
    h("h2", null, "Article"),
    h("dl", { class: "fields" },
      field("Title", h("span", { id: "doc-title" }, e.title || "–")),
      field("Source", e.source || "–"),
      field("Published", e.published || "–"),
      e.url ? field("URL", h("a", { href: e.url, rel: "noopener noreferrer", target: "_blank" }, e.url)) : null,
      e.ext_id ? field("Your id", e.ext_id) : null,
      field("Document", h("code", { class: "id" }, e.doc_id))));
}

async function linked(ctx, ids) {
  // A handful of linked events, each fetched by id (never a list of all of them).
  const shown = ids.slice(0, 10);
  const found = await Promise.all(shown.map((id) => get(`/api/events/${encodeURIComponent(id)}`).catch(() => ({ event_id: id }))));
  if (!ctx.alive()) return [];
  return h("ul", null, found.map((x) => h("li", null,
    h("a", { href: eventHref(x.event_id) }, x.type ? `${x.type} ${eventDate(x)}` : x.event_id),
    x.sentence ? h("span", { class: "muted" }, ` — ${x.sentence}`) : null)),
  ids.length > shown.length ? h("li", { class: "muted" }, `and ${ids.length - shown.length} more`) : null);
}

export async function render(ctx, id) {
  const e = await get(`/api/events/${encodeURIComponent(id)}`);
  if (!ctx.alive()) return;
  const answers = e.answers || [], answeredBy = e.answered_by || [];
  const [answersList, answeredList] = await Promise.all([linked(ctx, answers), linked(ctx, answeredBy)]);
  if (!ctx.alive()) return;
  const reports = e.reports || [];
  fill(ctx.view,
    h("h1", null, quadBadge(e.quad), typeLabel(e), " ", h("span", { class: "muted" }, eventDate(e))),
    evidence(e),
    h("div", { class: "grid2" },
      h("div", { class: "card" }, h("h2", null, "Coded as"), facts(e)),
      documentCard(e)),
    h("div", { class: "card" },
      h("h2", null, `Other reports of this event (${reports.length})`),
      table(EVENT_COLUMNS, reports, {
        onRow: (r) => { location.hash = eventHref(r.event_id); },
        empty: "No other article reported it.",
      })),
    answers.length || answeredBy.length
      ? h("div", { class: "grid2" },
        h("div", { class: "card" }, h("h2", null, "Answers"), answers.length ? answersList : h("p", { class: "muted" }, "–")),
        h("div", { class: "card" }, h("h2", null, "Answered by"), answeredBy.length ? answeredList : h("p", { class: "muted" }, "–")))
      : null,
  );
}
