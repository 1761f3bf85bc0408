// The actors seen most often, as actor or recipient of factual events.
import { get } from "../api.js";
import { fill, h, table } from "../dom.js";
import { number } from "../format.js";
import { go } from "../nav.js";

export async function render(ctx, _arg, params) {
  const limit = Math.min(500, Number(params.limit) || 100);
  const data = await get("/api/actors", { limit });
  if (!ctx.alive()) return;
  const form = h("form", { class: "filters card", "aria-label": "find an actor" },
    h("label", null, "Name, alias or registry id", h("input", { name: "name", class: "wide", placeholder: "e.g. Tehrik-i-Taliban Pakistan" })),
    h("button", { type: "submit" }, "Open"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const name = new FormData(form).get("name").trim();
    if (name) location.hash = `#/actor/${encodeURIComponent(name)}`;
  });
  const actors = data.actors || [];
  fill(ctx.view,
    h("h1", null, "Actors"),
    form,
    table([
      { label: "Actor", cell: (a) => h("a", { href: `#/actor/${encodeURIComponent(a.name)}` }, a.name) },
      { label: "Country", cell: (a) => a.country || "–" },
      { label: "Sector", cell: (a) => a.sector || "–" },
      { label: "As actor", num: true, cell: (a) => number(a.as_actor) },
      { label: "As recipient", num: true, cell: (a) => number(a.as_recipient) },
    ], actors, { onRow: (a) => { location.hash = `#/actor/${encodeURIComponent(a.name)}`; }, empty: "No resolved actors yet." }),
    actors.length >= limit ? h("p", null, h("button", { class: "plain", onclick: () => go("actors", { limit: limit + 100 }) }, "more")) : null,
  );
}
