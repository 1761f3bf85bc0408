// The documents read, with rejects and their reasons, paged on the server.
import { get } from "../api.js";
import { fill, h, table } from "../dom.js";
import { number } from "../format.js";
import { go } from "../nav.js";

const LIMIT = 50;
const VIEWS = [["", "all"], ["false", "coded"], ["true", "rejected"]];

export async function render(ctx, _arg, params) {
  const offset = Math.max(0, Number(params.offset) || 0);
  const rejected = params.rejected || "";
  const data = await get("/api/documents", { limit: LIMIT, offset, rejected });
  if (!ctx.alive()) return;
  const docs = data.documents || [];
  const page = (o) => () => go("documents", { rejected, offset: o || null });
  fill(ctx.view,
    h("h1", null, "Documents"),
    h("div", { class: "actions" }, VIEWS.map(([value, label]) => (value === rejected
      ? h("strong", null, label)
      : h("a", { href: `#/documents${value ? `?rejected=${value}` : ""}` }, label)))),
    h("div", { class: "pager" },
      h("button", { class: "plain", disabled: offset <= 0, onclick: page(Math.max(0, offset - LIMIT)) }, "← previous"),
      h("span", { class: "muted" }, docs.length ? `${number(offset + 1)}–${number(offset + docs.length)} of ${number(data.total)}` : `0 of ${number(data.total)}`),
      h("button", { class: "plain", disabled: offset + docs.length >= data.total, onclick: page(offset + LIMIT) }, "next →")),
    table([
      { label: "Title", cell: (d) => (d.url ? h("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, d.title || d.url) : (d.title || h("span", { class: "muted" }, d.origin || "–"))) },
      { label: "Source", cell: (d) => d.source || "–" },
      { label: "Published", cell: (d) => (d.published || "–").slice(0, 10) },
      { label: "Events", num: true, cell: (d) => number(d.events) },
      { label: "Status", cell: (d) => status(d) },
      { label: "Id", cell: (d) => [h("code", { class: "id" }, d.doc_id), d.ext_id ? h("div", { class: "muted" }, d.ext_id) : null] },
    ], docs, { empty: "No documents here." }),
  );
  ctx.view.querySelectorAll("tbody tr").forEach((tr, i) => { if (docs[i].reject) tr.classList.add("reject"); });
}

function status(d) {
  if (d.reject) {
    return h("span", null, h("span", { class: "tag warn" }, d.reject.code), ` ${d.reject.stage}: `, d.reject.reason);
  }
  if (d.copy_of) return h("span", { class: "muted" }, `copy of ${d.copy_of}`);
  return h("span", { class: "muted" }, "coded");
}
