// Building the page from data. Article text is untrusted: every string goes into the
// page as a text node or an attribute value, never as markup (no innerHTML anywhere).

const SVG_NS = "http://www.w3.org/2000/svg";

function put(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "href") {
      el.setAttribute("href", safeHref(value));
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/x", class: "y"}, "text", otherNode, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  put(el, attrs);
  return append(el, children);
}

/** An SVG element, same calling convention as h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  put(el, attrs);
  return append(el, children);
}

/** Links from data may only lead to our own hash routes, our API, or plain web pages:
 * never "javascript:" or "data:" URLs. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#") || text.startsWith("/")) return text;
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (e) { /* not a URL */ }
  return "#";
}

/** Replace everything in el with the given children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function loading(text = "Loading…") {
  return h("p", { class: "loading" }, text);
}

export function errorBox(err) {
  return h("div", { class: "error", role: "alert" }, err && err.message ? err.message : String(err));
}

/** A table from column specs {label, cell(row) -> node|string, num?} and rows. */
export function table(columns, rows, { onRow, empty = "Nothing here." } = {}) {
  if (!rows.length) return h("p", { class: "muted" }, empty);
  const head = h("tr", null, columns.map((c) => h("th", { class: c.num ? "num" : null }, c.label)));
  const body = rows.map((row) => {
    const tr = h("tr", { class: onRow ? "clickable" : null },
      columns.map((c) => h("td", { class: c.num ? "num" : c.cls || null }, c.cell(row))));
    if (onRow) {
      tr.addEventListener("click", (ev) => {
        if (ev.target.closest("a")) return;   // a link inside the row goes where it says
        onRow(row);
      });
    }
    return tr;
  });
  return h("table", null, h("thead", null, head), h("tbody", null, body));
}
