// The dashboard: a page per hash route ("#/events?quad=4", "#/event/ID"), each drawn by
// its own module from the REST API.
import { errorBox, fill, loading } from "./dom.js";
import * as overview from "./pages/overview.js";
import * as events from "./pages/events.js";
import * as event from "./pages/event.js";
import * as dyad from "./pages/dyad.js";
import * as actors from "./pages/actors.js";
import * as actor from "./pages/actor.js";
import * as map from "./pages/map.js";
import * as claims from "./pages/claims.js";
import * as documents from "./pages/documents.js";

const PAGES = { "": overview, overview, events, event, dyad, actors, actor, map, claims, documents };
const NAV = { event: "events", actor: "actors" };
let current = 0;   // the navigation a page belongs to; a stale answer is dropped

/** {page, arg, params} from "#/page/arg?x=1". */
export function parseHash(hash) {
  const text = hash.replace(/^#\/?/, "");
  const [path, query = ""] = text.split("?", 2);
  const [page = "", ...rest] = path.split("/");
  return { page, arg: rest.length ? decodeURIComponent(rest.join("/")) : "", params: Object.fromEntries(new URLSearchParams(query)) };
}

async function route() {
  const nav = ++current;
  const view = document.getElementById("view");
  const { page, arg, params } = parseHash(location.hash);
  const module = PAGES[page];
  document.querySelectorAll("#nav a[data-page]").forEach((a) => {
    a.classList.toggle("active", a.dataset.page === (NAV[page] || page || "overview"));
  });
  fill(view, loading());
  document.body.dataset.state = "loading";
  if (!module) {
    fill(view, errorBox(`No page "${page}".`));
    document.body.dataset.route = location.hash;
    document.body.dataset.state = "ready";
    return;
  }
  const ctx = { alive: () => nav === current, view };
  try {
    await module.render(ctx, arg, params);
  } catch (err) {
    if (ctx.alive()) fill(view, errorBox(err));
    console.error(err);
  }
  // Tests and screenshots wait for this: the page of this hash has drawn what it fetched.
  if (ctx.alive()) {
    document.body.dataset.route = location.hash || "#/";
    document.body.dataset.state = "ready";
  }
}

window.addEventListener("hashchange", route);
route();
