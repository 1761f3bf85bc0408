"""What the server adds to the Python API on the wire: the request body limit, safety
headers, the bearer token check, CSV and GeoJSON streams, and an offline API page."""
from __future__ import annotations

import csv
import hmac
import html
import io
import json
from typing import Iterable, Iterator, Optional

from starlette.exceptions import HTTPException

# Text cells a spreadsheet would run as a formula ("=HYPERLINK(...)") get a leading quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class BodyLimit:
    """ASGI middleware: a request whose body is over ``max_bytes`` gets 413, whether it
    says so in Content-Length (refused before it is read) or streams more than that."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    return await _send_json(send, 413, {"detail": f"request body over {self.max_bytes} bytes"})
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, f"request body over {self.max_bytes} bytes")
            return message
        return await self.app(scope, limited, send)


class SafetyHeaders:
    """ASGI middleware: no MIME sniffing, no framing, no referrer; API answers (data, never
    pages) also forbid every script and style, so a JSON body opened in a browser runs nothing."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        api = scope.get("path", "").startswith("/api/")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer")]
                if api and not scope.get("path", "").startswith("/api/docs"):
                    headers.append((b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"))
                message = dict(message, headers=headers)
            await send(message)
        return await self.app(scope, receive, with_headers)


async def _send_json(send, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


def check_token(expected: Optional[str], authorization: Optional[str]) -> None:
    """401 unless ``authorization`` is "Bearer <expected>"; a server started without a
    token accepts no writes."""
    if not expected:
        raise HTTPException(401, "this server is read-only: start it with --token (or JIRGA_TOKEN) to accept documents",
                            headers={"WWW-Authenticate": "Bearer"})
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong bearer token (Authorization: Bearer T)",
                            headers={"WWW-Authenticate": "Bearer"})


# -- streams ---------------------------------------------------------------------------
def cell(value):
    """A CSV cell: lists as JSON, text that a spreadsheet would read as a formula quoted."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def csv_lines(columns: Iterable[str], rows: Iterable[tuple]) -> Iterator[str]:
    """A header line, then one line per row."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([cell(v) for v in row])
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def flat_properties(summary: dict) -> dict:
    """An EventSummary with its nested objects flattened (``actor_country``, ``place_name``...)."""
    out = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            for k, v in value.items():
                out[f"{key}_{k}"] = v
        elif value is None and key in ("actor", "recipient", "place", "size"):
            continue
        else:
            out[key] = value
    return out


def geojson_chunks(summaries: Iterable[dict]) -> Iterator[str]:
    """A FeatureCollection, one Point feature per event with coordinates."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for s in summaries:
        place = s.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        feature = {"type": "Feature", "id": s["event_id"],
                   "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                   "properties": flat_properties(s)}
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False, default=str)
        first = False
    yield "]}"


# -- the API page ------------------------------------------------------------------------
def docs_page(spec: dict) -> str:
    """The OpenAPI description as one self-contained page (FastAPI's own loads scripts
    from the internet, which the workbench does without). Every value is escaped."""
    e = html.escape
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(spec['info']['title'])} API"
             "</title><style>body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
             "code{background:#f3f3f3;padding:0 .2em}td,th{text-align:left;padding:.15rem .6rem;vertical-align:top}"
             "h2{font-size:1.05rem;margin-top:1.6rem}</style></head><body>",
             f"<h1>{e(spec['info']['title'])} {e(spec['info'].get('version', ''))}</h1>",
             f"<p>{e(spec['info'].get('description', ''))}</p>",
             "<p>Machine-readable: <a href='/openapi.json'>/openapi.json</a>.</p>"]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            parts.append(f"<h2><code>{e(method.upper())} {e(path)}</code></h2><p>{e(op.get('summary', ''))}</p>")
            if op.get("description"):
                parts.append(f"<p>{e(op['description'])}</p>")
            params = op.get("parameters", [])
            if params:
                parts.append("<table><tr><th>parameter</th><th>in</th><th>description</th></tr>")
                for p in params:
                    parts.append(f"<tr><td><code>{e(p['name'])}</code></td><td>{e(p['in'])}</td>"
                                 f"<td>{e(p.get('description', ''))}</td></tr>")
                parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
