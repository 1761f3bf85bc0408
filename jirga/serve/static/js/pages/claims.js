// Who accuses whom of what, across articles: each thread with its denials and evidence.
import { get } from "../api.js";
import { fill, h } from "../dom.js";
import { eventHref, number } from "../format.js";

const STEP = 100;

function item(x, who) {
  return h("li", null,
    x.date ? h("span", { class: "muted" }, `${x.date} `) : null,
    who ? h("strong", null, `${who}: `) : null,
    x.event_id ? h("a", { href: eventHref(x.event_id) }, x.sentence || x.event_id) : (x.sentence || ""));
}

function items(list, draw, most = 20) {
  return h("ul", null, list.slice(0, most).map(draw),
    list.length > most ? h("li", { class: "muted" }, `and ${number(list.length - most)} more`) : null);
}

function thread(t, selected) {
  const denials = t.denials || [], evidence = t.evidence || [];
  const card = h("div", { class: "card thread", id: `claim-${t.claim_id}` },
    h("h3", null, `${t.accuser || "?"} accuses ${t.accused || "?"}`,
      t.matter ? h("span", { class: "muted" }, ` of ${t.matter}`) : null),
    h("p", { class: "muted" },
      `${number(t.reports)} ${t.reports === 1 ? "report" : "reports"}`, t.first ? `, ${t.first}` : "", t.last && t.last !== t.first ? ` to ${t.last}` : ""),
    h("h4", null, `Evidence (${evidence.length})`),
    evidence.length ? items(evidence, (x) => item(x)) : h("p", { class: "muted" }, "–"),
    h("h4", null, `Denials (${denials.length})`),
    denials.length ? items(denials, (x) => item(x, x.by)) : h("p", { class: "muted" }, "None stored."));
  if (selected) card.classList.add("selected");
  return card;
}

export async function render(ctx, _arg, params) {
  const data = await get("/api/claims");
  if (!ctx.alive()) return;
  const threads = data.threads || [];
  const denied = threads.filter((t) => (t.denials || []).length).length;
  const list = h("div", { id: "threads" });
  const more = h("button", { class: "plain" }, "more");
  let shown = 0;
  const showMore = () => {   // a large store has thousands of threads: draw them in steps
    const next = threads.slice(shown, shown + STEP);
    list.append(...next.map((t) => thread(t, t.claim_id === params.claim)));
    shown += next.length;
    more.hidden = shown >= threads.length;
  };
  more.addEventListener("click", showMore);
  fill(ctx.view,
    h("h1", null, "Claims"),
    h("p", { class: "muted" }, `${number(threads.length)} accusations threaded across articles, ${number(denied)} of them denied.`),
    threads.length ? list : h("p", { class: "muted" }, "No claims yet."),
    more);
  showMore();
  const wanted = params.claim ? threads.findIndex((t) => t.claim_id === params.claim) : -1;
  while (wanted >= shown) showMore();
  if (params.claim) {
    const el = document.getElementById(`claim-${params.claim}`);
    if (el) el.scrollIntoView();
  }
}
