"""The workbench's REST API and dashboard: thin routes over ``jirga.analyse``, described
route by route at ``/api/docs`` (and ``/openapi.json``).

    app = create_app("jirga.duckdb")                 # read-only
    app = create_app("jirga.duckdb", token="s3cret") # POST /api/documents accepted with the token

Reading: one store connection, opened read-only, used by one request at a time. Writing
(POST /api/documents, only with a token): the posted article goes through the same
Pipeline as ``jirga run``. A DuckDB file admits one writer *or* readers, so for that
request the server closes its read connection, opens the file for writing, codes and
stores the document, and reopens it read-only; other requests wait meanwhile. Another
process holding the file (a ``jirga run``, a notebook) makes the POST fail with 503.
PostgreSQL needs none of this.
"""
from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles

from jirga import analyse
from jirga.analyse.query import COLUMNS, EventQuery, EventRow, iter_events, make_query
from jirga.analyse.series import period_end
from jirga.errors import JirgaError, StoreError
from jirga.serve.http import BodyLimit, SafetyHeaders, check_token, csv_lines, docs_page, geojson_chunks
from jirga.store import open_store

STATIC = Path(__file__).resolve().parent / "static"
MAX_PAGE = 500            # events per page at most (limit over it: 422)
MAX_BODY = 2_000_000      # bytes of a request body (over it: 413)
POSTGRES = ("postgresql://", "postgres://")


class Reader:
    """The server's one read connection, re-opened after a write; one user at a time."""

    def __init__(self, db: str):
        self.db, self.lock, self.store = db, threading.Lock(), None

    def _open(self):
        if self.store is None:
            with analyse.opened(self.db):   # fills in facts an older store lacks, once
                pass
            self.store = open_store(self.db, read_only=True)
        return self.store

    @contextlib.contextmanager
    def reading(self):
        with self.lock:
            yield self._open()

    def stream(self, make_rows):
        """Rows of ``make_rows(store)`` one by one, the connection held until the last."""
        with self.lock:
            yield from make_rows(self._open())

    @contextlib.contextmanager
    def writing(self):
        with self.lock:
            if self.store is not None and not self.db.startswith(POSTGRES):
                self.store.close()
                self.store = None
            yield

    def close(self):
        with self.lock:
            if self.store is not None:
                self.store.close()
                self.store = None


def create_app(db: str | Path = "jirga.duckdb", token: Optional[str] = None, read_only: Optional[bool] = None,
               res=None, max_body: int = MAX_BODY, static: Path = STATIC) -> FastAPI:
    """The API and dashboard over ``db``. Writes (POST /api/documents) need ``token`` and
    are refused when ``read_only`` (default: read-only unless a token is given). ``res``:
    the Resources posted documents are coded with (default: loaded at the first POST)."""
    db = str(db)
    reader = Reader(db)
    with reader.reading():   # a missing or locked database fails here, before serving
        pass
    writable = bool(token) if read_only is None else (not read_only and bool(token))
    app = FastAPI(title="Jirga", version=_version(), docs_url=None, redoc_url=None,
                  description="Political event data from news, with the evidence: the workbench API. "
                              "Article text is returned as JSON strings, never as markup.")
    app.state.reader, app.state.res, app.state.writer_lock = reader, res, threading.Lock()
    app.add_middleware(SafetyHeaders)
    app.add_middleware(BodyLimit, max_bytes=max_body)

    @app.exception_handler(JirgaError)
    async def _user_error(request, exc: JirgaError):
        status = 503 if isinstance(exc, StoreError) else 422
        return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=status)

    _routes(app, reader)
    _post_route(app, reader, token if writable else None)
    _static_routes(app, static)
    return app


def _version() -> str:
    from jirga import __version__
    return __version__


def event_filters(
        start: Optional[str] = Query(None, description="first day (YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)"),
        end: Optional[str] = Query(None, description="last day; a month or year means its last day"),
        type: Optional[str] = Query(None, description="PLOVER event types, comma-separated (ACCUSE,ASSAULT)"),
        quad: Optional[str] = Query(None, description="quad classes 1-4, comma-separated"),
        mode: Optional[str] = Query(None, description="PLOVER modes, comma-separated"),
        actor_country: Optional[str] = None, recipient_country: Optional[str] = None,
        actor_sector: Optional[str] = None, recipient_sector: Optional[str] = None,
        actor: Optional[str] = Query(None, description="actor side: registry name, alias or Wikidata id"),
        recipient: Optional[str] = Query(None, description="recipient side: registry name, alias or Wikidata id"),
        source: Optional[str] = Query(None, description="dyad source: PAK, PAK GOV, a name, or '? text'"),
        target: Optional[str] = Query(None, description="dyad target, as source"),
        directed: bool = Query(True, description="false: either direction, and reciprocal events"),
        place: Optional[str] = Query(None, description="place name or its country code"),
        bbox: Optional[str] = Query(None, description="west,south,east,north in degrees"),
        q: Optional[str] = Query(None, max_length=200, description="text in the sentence, any case"),
        factual: str = Query("true", pattern="^(true|false|all)$",
                             description="true: happened (default); false: negated, hypothetical or future; all"),
        precision: Optional[str] = Query(None, description="keep dates at least this precise: day, week, month, year"),
        doc_id: Optional[str] = None) -> EventQuery:
    """The event filter of every selecting route, as an ``EventQuery`` (a bad value: 422)."""
    return make_query(start=start, end=end, types=type, quads=quad, modes=mode, actor_country=actor_country,
                      recipient_country=recipient_country, actor_sector=actor_sector,
                      recipient_sector=recipient_sector, actor=actor, recipient=recipient, source=source,
                      target=target, directed=directed, place=place, bbox=bbox, q=q,
                      factual={"true": True, "false": False, "all": None}[factual], precision=precision,
                      doc_id=doc_id)


def _routes(app: FastAPI, reader: Reader) -> None:
    @app.get("/api/summary", summary="What the store holds: counts, top dyads, monthly quad timeline, latest events")
    def summary():
        with reader.reading() as store:
            return analyse.summary(store)

    @app.get("/api/events", summary="A page of events, latest first",
             description=f"limit is at most {MAX_PAGE} (more: 422); total counts every selected event.")
    def events(query: EventQuery = Depends(event_filters), limit: int = Query(50, ge=1, le=MAX_PAGE),
               offset: int = Query(0, ge=0)):
        with reader.reading() as store:
            total = store.count_events(query)
            rows = [EventRow.of(r).summary() for r in store.page_events(query, limit, offset)]
        return {"total": total, "limit": limit, "offset": offset, "events": rows}

    @app.get("/api/events.csv", summary="The selected events as CSV, one row per event",
             description="Every selected event unless limit is given (streamed).")
    def events_csv(query: EventQuery = Depends(event_filters), limit: Optional[int] = Query(None, ge=1),
                   offset: int = Query(0, ge=0)):
        rows = reader.stream(lambda s: (tuple(getattr(r, c) for c in COLUMNS)
                                        for r in iter_events(s, query, limit, offset)))
        return StreamingResponse(csv_lines(COLUMNS, rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events.geojson", summary="The selected events with coordinates as a GeoJSON FeatureCollection",
             description="Every selected event unless limit is given (streamed); properties are the "
                         "EventSummary with nested objects flattened (actor_country, place_name...).")
    def events_geojson(query: EventQuery = Depends(event_filters), limit: Optional[int] = Query(None, ge=1),
                       offset: int = Query(0, ge=0)):
        rows = reader.stream(lambda s: (r.summary() for r in iter_events(s, query, limit, offset)))
        return StreamingResponse(geojson_chunks(rows), media_type="application/geo+json")

    @app.get("/api/events/{event_id}", summary="One event with its sentence, spans, other reports and links")
    def event(event_id: str):
        with reader.reading() as store:
            found = analyse.event(store, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/series", summary="A dyad's events by period, by quad class, with the cooperation-conflict index",
             description="index = (VC + 2MC - VF - 2MF) / (VC + 2MC + VF + 2MF) over the period's verbal and "
                         "material cooperation and conflict events: -1 only conflict, +1 only cooperation. "
                         "Events dated less precisely than the interval are left out. The events behind a "
                         "point: /api/events?source&target&directed&start=period&end=end&precision=interval.")
    def series(query: EventQuery = Depends(event_filters),
               interval: str = Query("month", pattern="^(day|week|month|year)$")):
        with reader.reading() as store:
            points = analyse.series(store, interval=interval, query=query)
        return {"source": query.source, "target": query.target, "interval": interval, "directed": query.directed,
                "points": [dict(p.to_dict(), end=period_end(p.period, interval).isoformat()) for p in points]}

    @app.get("/api/actors", summary="Named actors ranked by the selected events they take part in")
    def actors(query: EventQuery = Depends(event_filters), limit: int = Query(50, ge=1, le=MAX_PAGE)):
        with reader.reading() as store:
            ranks = analyse.rank_actors(store, limit, query=query)
        return {"actors": [dict(r.to_dict(), events=r.events) for r in ranks]}

    @app.get("/api/actors/{name}", summary="An actor: registry roles and aliases, counts, partners, latest events")
    def actor(name: str, limit: int = Query(50, ge=1, le=MAX_PAGE)):
        with reader.reading() as store:
            found = analyse.actor(store, name, limit)
        if found is None:
            raise HTTPException(404, f"no actor {name!r} in the registry or the stored events")
        return found

    @app.get("/api/dyads", summary="Actor -> recipient pairs ranked by the selected events")
    def dyads(query: EventQuery = Depends(event_filters), limit: int = Query(50, ge=1, le=MAX_PAGE),
              by: str = Query("label", pattern="^(label|entity)$")):
        with reader.reading() as store:
            return {"dyads": [d.to_dict() for d in analyse.rank_dyads(store, limit, by, query=query)]}

    @app.get("/api/network", summary="The actor network of the selected events (the strongest edges)")
    def network(query: EventQuery = Depends(event_filters), by: str = Query("label", pattern="^(label|entity)$"),
                limit: int = Query(300, ge=1, le=5000, description="edges at most, the strongest first")):
        with reader.reading() as store:
            ranks = analyse.rank_dyads(store, limit, by, query=query)
        return _network_json(ranks)

    @app.get("/api/places", summary="Places of the selected events with their counts, for maps")
    def places(query: EventQuery = Depends(event_filters), limit: int = Query(500, ge=1, le=5000)):
        with reader.reading() as store:
            rows = store.place_counts(query)[:limit]
        return {"places": [{"name": n, "country": c, "lat": la, "lon": lo, "events": int(k), "coop": int(co),
                            "conflict": int(cf)} for n, c, la, lo, k, co, cf in rows]}

    @app.get("/api/claims", summary="Claim threads: who accuses whom of what, the evidence and the denials")
    def claims():
        with reader.reading() as store:
            return analyse.claims(store)

    @app.get("/api/documents", summary="Stored documents and rejected inputs, newest first")
    def documents(limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0),
                  rejected: Optional[bool] = Query(None, description="true: only rejects; false: only without")):
        with reader.reading() as store:
            return analyse.documents(store, limit, offset, rejected)


def _network_json(ranks) -> dict:
    """Nodes and edges from ranked dyads (the network restricted to its strongest edges)."""
    nodes: dict[str, dict] = {}
    edges = []
    for d in ranks:
        for name in (d.source, d.target):
            if name not in nodes:
                country, _, sector = name.partition(" ") if not name.startswith("? ") else (None, "", "")
                coded = country is not None and len(country) == 3 and country.isupper()
                nodes[name] = {"id": name, "name": name, "country": country if coded else None,
                               "sector": (sector or None) if coded else None, "events": 0}
        nodes[d.source]["events"] += d.events
        if d.target != d.source:
            nodes[d.target]["events"] += d.events
        edges.append({"source": d.source, "target": d.target, "events": d.events, "coop": d.coop,
                      "conflict": d.conflict})
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": edges}


def _post_route(app: FastAPI, reader: Reader, token: Optional[str]) -> None:
    from jirga.serve.post import PostedDocument, store_document

    @app.post("/api/documents", status_code=201, summary="Code and store a posted article (bearer token needed)",
              description="201 with the stored document's events; 200 when the same text is stored already; "
                          "401 without the token; 413 over the size limit; 422 when the article is rejected "
                          "(with the reject's code and reason); 503 when the database is busy.",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": PostedDocument.model_json_schema()}}}})
    async def post_document(request: Request):
        check_token(token, request.headers.get("authorization"))
        body = await request.body()            # the body limit applies here (413)
        try:
            posted = PostedDocument.model_validate_json(body)
        except ValueError as exc:
            raise HTTPException(422, f"not a document: {str(exc).splitlines()[0]}; send JSON "
                                     '{"text", "title", "source", "url", "published", "id"}') from None
        status, payload = await run_in_threadpool(store_document, app, reader, posted)
        return JSONResponse(payload, status_code=status)


def _static_routes(app: FastAPI, static: Path) -> None:
    @app.get("/api/docs", include_in_schema=False)
    def api_docs():
        return HTMLResponse(docs_page(app.openapi()))

    @app.get("/", include_in_schema=False)
    def index():
        page = static / "index.html"
        if not page.is_file():
            raise HTTPException(404, "the dashboard is not installed (jirga/serve/static/index.html)")
        return FileResponse(page, headers={"Cache-Control": "no-cache"})

    # StaticFiles serves files under ``static`` only: a path that leaves it ("..",
    # encoded or not, a symbolic link out) is 404.
    app.mount("/static", StaticFiles(directory=static, check_dir=False), name="static")


__all__ = ["create_app", "event_filters", "MAX_PAGE", "MAX_BODY"]
