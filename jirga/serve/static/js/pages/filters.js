// The filter form of /api/events, shared by the event table and the map. The filters live
// in the page's hash, so a filtered view can be bookmarked and shared.
import { h } from "../dom.js";
import { QUADS, TYPES } from "../format.js";

// [parameter, label, kind]: kind "date", "text", "wide", "short" (a country code), "sector",
// or a list of options.
export const FIELDS = [
  ["start", "From", "date"],
  ["end", "To", "date"],
  ["type", "Type", ["", ...TYPES]],
  ["quad", "Quad class", ["", "1", "2", "3", "4"]],
  ["actor_country", "Actor country", "short"],
  ["actor_sector", "Actor sector", "sector"],
  ["recipient_country", "Recipient country", "short"],
  ["recipient_sector", "Recipient sector", "sector"],
  ["actor", "Actor", "text"],
  ["recipient", "Recipient", "text"],
  ["place", "Place", "text"],
  ["q", "Text", "wide"],
  ["factual", "Modality", ["true", "all", "false"]],
];
export const KEYS = [...FIELDS.map((f) => f[0]), "source", "target", "directed", "mode", "bbox", "precision", "doc_id"];
const OPTION_LABELS = {
  quad: (v) => (v ? `${v} ${QUADS[v].label}` : "any"),
  type: (v) => v || "any",
  factual: (v) => ({ true: "happened (factual)", all: "all statements", false: "negated, hypothetical, future" })[v],
};

/** The filters among the page's parameters. */
export function pick(params) {
  return Object.fromEntries(KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
}

function input(name, kind, value) {
  if (Array.isArray(kind)) {
    return h("select", { name }, kind.map((v) => {
      const opt = h("option", { value: v }, OPTION_LABELS[name] ? OPTION_LABELS[name](v) : v);
      opt.selected = v === (value ?? (name === "factual" ? "true" : ""));
      return opt;
    }));
  }
  const attrs = { name, type: kind === "date" ? "date" : "text" };
  if (kind === "short") Object.assign(attrs, { class: "short", placeholder: "e.g. PAK" });
  if (kind === "sector") Object.assign(attrs, { class: "short", placeholder: "e.g. GOV" });
  if (kind === "wide") Object.assign(attrs, { class: "wide", placeholder: "words in the sentence" });
  const el = h("input", attrs);
  el.value = value ?? "";
  return el;
}

/** The form; onApply(filters) gets the non-empty values when it is submitted. */
export function filterForm(params, onApply) {
  const hidden = ["source", "target", "directed", "mode", "bbox", "precision", "doc_id"].filter((k) => params[k]);
  const form = h("form", { class: "filters card", "aria-label": "filters" },
    FIELDS.map(([name, label, kind]) => h("label", null, label, input(name, kind, params[name]))),
    hidden.map((k) => h("label", null, k, input(k, "short", params[k]))),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "plain", onclick: () => onApply({}) }, "Clear"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const values = {};
    for (const [key, value] of new FormData(form).entries()) {
      if (value && !(key === "factual" && value === "true")) values[key] = value;
    }
    onApply(values);
  });
  return form;
}
