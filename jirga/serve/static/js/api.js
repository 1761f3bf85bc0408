// The REST API, always asked with a limit: the pages never fetch all events.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** "?a=1&b=2" from an object, leaving out empty values. */
export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    q.set(key, String(value));
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

export async function get(path, params) {
  const url = path + queryString(params);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (e) {
    throw new ApiError(0, `${url}: the server did not answer (${e.message})`);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      if (body && body.detail) detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    } catch (e) { /* not JSON */ }
    throw new ApiError(response.status, `${response.status} ${detail} (${path})`);
  }
  return response.json();
}

/** Static data shipped with the dashboard; null when it was not built. */
export async function staticJson(path) {
  try {
    const response = await fetch(path);
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}
