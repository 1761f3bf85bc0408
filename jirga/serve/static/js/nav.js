// Moving between pages: hash routes with their query parameters.
import { queryString } from "./api.js";

export function href(page, params = {}) {
  return `#/${page}${queryString(params)}`;
}

export function go(page, params = {}) {
  location.hash = href(page, params);
}
