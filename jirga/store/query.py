"""Selecting, counting and aggregating stored events: the SQL behind ``jirga.analyse`` and
``jirga serve``, for DuckDB and PostgreSQL alike.

Filters go through one ``EventQuery``; every value reaches the database as a bound
parameter, and the only text spliced into a statement comes from fixed tables here
(column lists, the ``date_trunc`` unit of an interval).

Filters, series and pages read ``event_facts``: one row per event, written with each batch
(``Queries._index_batch``) from the same Event records as ``events``, with typed columns
(the date as a real DATE, the first day of its period), the first actor and recipient, and
each side's search keys in one text column. A dyad, sector or entity filter is then a
substring test on one column of one table, which DuckDB answers by a scan of a few columns,
without joining the actor rows (a million events: tens of milliseconds).
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterator, Optional, Sequence

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import Event, is_factual
from jirga.store import sql
from jirga.store.filters import PRECISIONS, EventQuery, keys_text, period_start, precision_of, where
from jirga.store.rows import event_of

INTERVALS = PRECISIONS
FACT_COLUMNS = ("event_id", "doc_id", "day", "date_precision", "event_type", "mode", "quad", "intensity",
                "factual", "actors", "recipients", "actor_text", "actor_name", "actor_country", "actor_sector",
                "recipient_text", "recipient_name", "recipient_country", "recipient_sector", "place_key",
                "place_country", "lat", "lon")


# -- rows ---------------------------------------------------------------------------------
# What an event page shows: facts, the event's own columns, its document.
ROW = {
    "event_id": "f.event_id", "doc_id": "f.doc_id", "ext_id": "d.ext_id", "title": "d.title",
    "source": "d.source", "url": "d.url", "published": "d.published", "date": "f.day",
    "date_precision": "f.date_precision", "date_text": "e.date", "type": "f.event_type", "mode": "f.mode",
    "contexts": "e.contexts", "cameo": "e.cameo", "quad": "f.quad", "intensity": "f.intensity",
    "factual": "f.factual", "negated": "e.negated", "hypothetical": "e.hypothetical", "future": "e.future",
    "sentence": "e.sentence_text", "trigger": "e.trigger_text", "cluster_id": "e.cluster_id",
    "claim_id": "e.claim_id", "confidence": "e.confidence",
    "actor_text": "f.actor_text", "actor_name": "f.actor_name", "actor_country": "f.actor_country",
    "actor_sector": "f.actor_sector", "recipient_text": "f.recipient_text", "recipient_name": "f.recipient_name",
    "recipient_country": "f.recipient_country", "recipient_sector": "f.recipient_sector",
    "place_name": "e.place_name", "place_country": "e.place_country", "lat": "e.lat", "lon": "e.lon",
    "dead": "e.dead", "injured": "e.injured", "arrested": "e.arrested",
}
_SELECT = ", ".join(ROW.values())
_PARTS = {t: [k for k, col in ROW.items() if col.startswith(t + ".")] for t in ("f", "e", "d")}


def _columns(table: str) -> str:
    return ", ".join(ROW[k] for k in _PARTS[table])
_FROM = "event_facts f JOIN events e ON e.event_id = f.event_id LEFT JOIN documents d ON d.id = f.doc_id"
ORDER = 'f.day DESC NULLS LAST, f.event_id COLLATE "C" DESC'
LABEL = ("CASE WHEN {t}.country IS NULL THEN '? ' || {t}.text "
         "ELSE {t}.country || COALESCE(' ' || {t}.sector, '') END")
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}   # fixed SQL text


class Queries:
    """The query methods of ``SQLStore`` (a mixin: ``base.SQLStore`` inherits them)."""

    # -- writing the facts -------------------------------------------------------------
    def _index_batch(self, docs) -> None:
        """Facts of the events of a batch being written (inside its transaction)."""
        events = [e for d in docs if not d.rejected for e in d.events]
        self._index_events(events)

    def _index_events(self, events: Sequence[Event]) -> None:
        if not events:
            return
        rows = [fact_row(e) for e in events]
        with self._staged(FACT_COLUMNS, rows, like="event_facts") as staged:
            cols = ", ".join(FACT_COLUMNS)
            self._run(f"INSERT INTO event_facts ({cols}) SELECT {cols} FROM {staged} "
                      "ON CONFLICT (event_id) DO NOTHING")

    def facts_missing(self) -> int:
        """How many stored events have no facts row (a store written by an older Jirga)."""
        has = self._fetch("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_name = 'event_facts'")[0][0]
        if not has:
            return int(self._fetch("SELECT count(*) FROM events")[0][0]) or 1   # the table itself is missing
        return int(self._fetch("SELECT (SELECT count(*) FROM events) - (SELECT count(*) FROM event_facts)")[0][0])

    def _index_missing(self) -> None:
        """Write the facts of events stored before ``event_facts`` existed."""
        todo = ("SELECT e.record, e.cluster_id FROM events e WHERE NOT EXISTS "
                "(SELECT 1 FROM event_facts f WHERE f.event_id = e.event_id) LIMIT 20000")
        while self.facts_missing() > 0:
            batch = [event_of(rec, cid) for rec, cid in self._fetch(todo)]
            if not batch:
                return
            with self._transaction():
                self._index_events(batch)

    # -- selections --------------------------------------------------------------------
    def count_events(self, q: EventQuery) -> int:
        clause, params = where(q)
        return int(self._fetch(f"SELECT count(*) FROM event_facts f WHERE {clause}", params)[0][0])

    def page_events(self, q: EventQuery, limit: int, offset: int = 0) -> list[dict]:
        """One page of events, latest first (by date, then id), as flat dicts (``ROW``)."""
        clause, params = where(q)
        ids = [r[0] for r in self._fetch(f"SELECT f.event_id FROM event_facts f WHERE {clause} "
                                         f"ORDER BY {ORDER} LIMIT ? OFFSET ?", params + [limit, offset])]
        return self.events_by_id(ids)

    def events_by_id(self, ids: Sequence[str]) -> list[dict]:
        """Flat dicts of these events, in the order given; unknown ids are left out."""
        if not ids:
            return []
        # Three lookups by key rather than one join: DuckDB would hash-join the whole
        # events table for a page of 50 (tens of ms on a million events; these take a few).
        wanted = [list(ids)]
        found = {r[0]: dict(zip(_PARTS["f"], r)) for r in self._fetch(
            f"SELECT {_columns('f')} FROM event_facts f WHERE f.event_id = ANY(?)", wanted)}
        for r in self._fetch(f"SELECT e.event_id, {_columns('e')} FROM events e WHERE e.event_id = ANY(?)", wanted):
            found[r[0]].update(zip(_PARTS["e"], r[1:]))
        docs = sorted({r["doc_id"] for r in found.values()})
        meta = {r[0]: r[1:] for r in self._fetch(
            f"SELECT d.id, {_columns('d')} FROM documents d WHERE d.id = ANY(?)", [docs])}
        for r in found.values():
            r.update(zip(_PARTS["d"], meta.get(r["doc_id"], (None,) * len(_PARTS["d"]))))
        return [{k: found[i].get(k) for k in ROW} for i in ids if i in found]

    def stream_events(self, q: EventQuery, limit: Optional[int] = None, offset: int = 0) -> Iterator[dict]:
        """Every selected event as a flat dict, latest first, without holding them all."""
        clause, params = where(q)
        tail = ""
        if limit is not None:
            tail, params = " LIMIT ? OFFSET ?", params + [limit, offset]
        for row in self._stream(f"SELECT {_SELECT} FROM {_FROM} WHERE {clause} ORDER BY {ORDER}{tail}", params):
            yield dict(zip(ROW, row))

    def stream_actors(self, q: EventQuery) -> Iterator[tuple]:
        """(event id, date, precision, role, idx, text, name, country, sector, wikidata, resolved)
        of every actor mention of the selected events: the long table."""
        clause, params = where(q)
        yield from self._stream(
            "SELECT a.event_id, f.day, f.date_precision, a.role, a.idx, a.text, a.name, a.country, a.sector, "
            "a.wikidata, a.resolved FROM event_actors a JOIN event_facts f ON f.event_id = a.event_id "
            f'WHERE {clause} ORDER BY f.day DESC NULLS LAST, a.event_id COLLATE "C" DESC, a.role, a.idx', params)

    def event_detail(self, event_id: str) -> Optional[tuple[dict, Event, Optional[int]]]:
        """(flat dict, the stored Event, the sentence's first character in the document)."""
        flat = self.events_by_id([event_id])
        if not flat:
            return None
        record, answers, doc_id, index = self._fetch(
            "SELECT e.record, e.answers, e.doc_id, e.sentence_index FROM events e WHERE e.event_id = ?", [event_id])[0]
        start = self._fetch("SELECT start_char FROM sentences WHERE doc_id = ? AND idx = ?", [doc_id, index])
        return flat[0], event_of(record, flat[0]["cluster_id"], flat[0]["claim_id"], answers), \
            (start[0][0] if start else None)

    def cluster_reports(self, cluster_id: str) -> list[dict]:
        ids = [r[0] for r in self._fetch('SELECT event_id FROM events WHERE cluster_id = ? ORDER BY event_id COLLATE "C"',
                                         [cluster_id])]
        return self.events_by_id(ids)

    def answered_by(self, event_id: str) -> list[str]:
        """Events whose ``answers`` name this one (denials of an accusation)."""
        return [r[0] for r in self._fetch(
            'SELECT event_id FROM events WHERE answers IS NOT NULL AND strpos(answers, ?) > 0 '
            'ORDER BY event_id COLLATE "C"', [json.dumps(event_id)])]

    # -- aggregates --------------------------------------------------------------------
    def series_rows(self, q: EventQuery, interval: str) -> list[tuple]:
        """(period start, events, quad 1..4 counts, intensity sum, intensity mean) by
        period; only events dated at least as finely as ``interval``."""
        if interval not in _UNITS:
            raise JirgaError(f"interval={interval!r}: give one of {', '.join(INTERVALS)}", errors.BAD_FILTER)
        finest = q.precision if q.precision and PRECISIONS.index(q.precision) < PRECISIONS.index(interval) else interval
        clause, params = where(q.replace(precision=finest))
        quads = ", ".join(f"sum(CASE WHEN f.quad = {i} THEN 1 ELSE 0 END)" for i in (1, 2, 3, 4))
        return self._fetch(
            f"SELECT CAST(date_trunc('{_UNITS[interval]}', f.day) AS DATE) AS period, count(*), {quads}, "
            f"sum(f.intensity), avg(f.intensity) FROM event_facts f WHERE {clause} AND f.day IS NOT NULL "
            "GROUP BY 1 ORDER BY 1", params)

    def date_range(self, q: EventQuery) -> tuple[Optional[dt.date], Optional[dt.date]]:
        clause, params = where(q)
        first, last = self._fetch(f"SELECT min(f.day), max(f.day) FROM event_facts f WHERE {clause}", params)[0]
        return first, last

    def actor_ranking(self, q: EventQuery, limit: int) -> list[tuple]:
        """(name, country, sector, as actor, as recipient) of named actors, most events first."""
        clause, params = where(q)
        return self._fetch(
            "SELECT * FROM (SELECT a.name, a.country, a.sector, "
            "count(DISTINCT CASE WHEN a.role = 'actor' THEN a.event_id END) AS n_a, "
            "count(DISTINCT CASE WHEN a.role = 'recipient' THEN a.event_id END) AS n_r "
            f"FROM event_actors a JOIN event_facts f ON f.event_id = a.event_id WHERE {clause} AND a.name IS NOT NULL "
            'GROUP BY a.name, a.country, a.sector) r ORDER BY r.n_a + r.n_r DESC, r.name COLLATE "C", r.country, '
            "r.sector LIMIT ?", params + [limit])

    def pair_counts(self, q: EventQuery, by: str = "label", limit: Optional[int] = None) -> list[tuple]:
        """(source, source country, source sector, target, target country, target sector,
        events, cooperative (quad 1-2), conflictual (quad 3-4)) for each actor -> recipient
        pair of the selected events; ``by`` "label" (codes, "PAK GOV") or "entity" (the
        registry name where there is one)."""
        clause, params = where(q)
        if by not in ("label", "entity"):
            raise JirgaError(f"by={by!r}: give label or entity", errors.BAD_FILTER)
        src = LABEL.format(t="a") if by == "label" else f"COALESCE(a.name, {LABEL.format(t='a')})"
        tgt = LABEL.format(t="r") if by == "label" else f"COALESCE(r.name, {LABEL.format(t='r')})"
        tail = ""
        if limit is not None:
            tail, params = " LIMIT ?", params + [limit]
        return self._fetch(
            f"SELECT * FROM (SELECT {src} AS s, min(a.country) AS sc, min(a.sector) AS ss, {tgt} AS t, "
            "min(r.country) AS tc, min(r.sector) AS ts, count(DISTINCT f.event_id) AS n, "
            "count(DISTINCT CASE WHEN f.quad IN (1, 2) THEN f.event_id END) AS coop, "
            "count(DISTINCT CASE WHEN f.quad IN (3, 4) THEN f.event_id END) AS conflict "
            "FROM event_facts f JOIN event_actors a ON a.event_id = f.event_id AND a.role = 'actor' "
            f"JOIN event_actors r ON r.event_id = f.event_id AND r.role = 'recipient' WHERE {clause} "
            f'GROUP BY 1, 4) p ORDER BY p.n DESC, p.s COLLATE "C", p.t COLLATE "C"{tail}', params)

    def place_counts(self, q: EventQuery) -> list[tuple]:
        """(place, country, lat, lon, events, cooperative, conflictual) of the selected
        events that have coordinates, by place, most events first."""
        clause, params = where(q)
        return self._fetch(
            "SELECT * FROM (SELECT min(e.place_name) AS name, min(f.place_country) AS country, f.lat, f.lon, "
            "count(*) AS n, sum(CASE WHEN f.quad IN (1, 2) THEN 1 ELSE 0 END) AS coop, "
            "sum(CASE WHEN f.quad IN (3, 4) THEN 1 ELSE 0 END) AS conflict "
            f"FROM event_facts f JOIN events e ON e.event_id = f.event_id WHERE {clause} "
            "AND f.lat IS NOT NULL AND f.lon IS NOT NULL GROUP BY f.lat, f.lon) x ORDER BY x.n DESC, x.lat, x.lon",
            params)

    def actor_names(self, spec: str) -> list[tuple]:
        """(name, country, sector, wikidata, mentions) of stored mentions whose registry name
        (any case) or Wikidata id is ``spec``, most frequent first."""
        return self._fetch(
            "SELECT name, country, sector, max(wikidata), count(*) AS n FROM event_actors "
            "WHERE lower(name) = ? OR wikidata = ? GROUP BY name, country, sector ORDER BY n DESC",
            [spec.lower(), spec])

    def partners(self, q: EventQuery, name: str, limit: int) -> list[tuple]:
        """(name or label, country, sector, events) of the other side of the selected events
        naming ``name`` (a registry name), most events first."""
        clause, params = where(q)
        other = f"COALESCE(p.name, {LABEL.format(t='p')})"
        return self._fetch(
            f"SELECT * FROM (SELECT {other} AS o, min(p.country) AS c, min(p.sector) AS s, "
            "count(DISTINCT a.event_id) AS n "
            "FROM event_actors a JOIN event_actors p ON p.event_id = a.event_id AND p.role <> a.role "
            f"JOIN event_facts f ON f.event_id = a.event_id WHERE {clause} AND lower(a.name) = ? "
            'GROUP BY 1) x ORDER BY x.n DESC, x.o COLLATE "C" LIMIT ?', params + [name.lower(), limit])

    def overview_counts(self) -> dict:
        """Documents, events, factual events, rejects, real-world events (clusters of factual
        reports) and copies of stories."""
        row = self._fetch(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM event_facts WHERE factual), (SELECT count(*) FROM rejects), "
            f"(SELECT count(DISTINCT COALESCE(e.cluster_id, e.event_id)) FROM events e WHERE {sql.FACTUAL}), "
            "(SELECT count(*) FROM documents WHERE story_id IS NOT NULL AND story_id <> id)")[0]
        return dict(zip(("documents", "events", "factual", "rejects", "clusters", "copies"), map(int, row)))

    # -- documents ---------------------------------------------------------------------
    def documents_page(self, limit: int, offset: int = 0, rejected: Optional[bool] = None) -> tuple[int, list[tuple]]:
        """(total, rows) of stored documents and of rejected inputs that stored no document,
        newest first; ``rejected`` True: only those with a reject, False: only those without.
        Row: doc id, ext id, title, source, url, published, story id, origin, reject code,
        stage, reason, reject source, events."""
        docs = ("SELECT d.id AS doc_id, d.ext_id, d.title, d.source, d.url, d.published, d.story_id, d.origin, "
                "r.code, r.stage, r.reason, r.source AS rsource FROM documents d LEFT JOIN rejects r ON r.doc_id = d.id")
        lost = ("SELECT r.doc_id, NULL, NULL, NULL, NULL, NULL, NULL, r.source, r.code, r.stage, r.reason, r.source "
                "FROM rejects r WHERE r.doc_id IS NULL OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.doc_id)")
        union = f"({docs} UNION ALL {lost}) u"
        cond = {None: "TRUE", True: "u.code IS NOT NULL", False: "u.code IS NULL"}[rejected]
        total = int(self._fetch(f"SELECT count(*) FROM {union} WHERE {cond}")[0][0])
        rows = self._fetch(f"SELECT * FROM {union} WHERE {cond} ORDER BY u.published DESC NULLS LAST, "
                           'u.doc_id COLLATE "C", u.rsource COLLATE "C" LIMIT ? OFFSET ?', [limit, offset])
        ids = [r[0] for r in rows if r[0]]
        counts = dict(self._fetch("SELECT doc_id, count(*) FROM events WHERE doc_id = ANY(?) GROUP BY doc_id",
                                  [ids])) if ids else {}
        return total, [tuple(r) + (int(counts.get(r[0], 0)),) for r in rows]

    def document_text(self, doc_id: str) -> Optional[tuple]:
        """(title, text) of a stored document."""
        found = self._fetch("SELECT title, text FROM documents WHERE id = ?", [doc_id])
        return tuple(found[0]) if found else None


def fact_row(e: Event) -> tuple:
    """The ``event_facts`` row of an event (``FACT_COLUMNS``)."""
    first_a = e.actor[0] if e.actor else None
    first_r = e.recipient[0] if e.recipient else None
    loc = e.location

    def who(a):
        return (a.text, a.name, a.country, a.sector) if a else (None, None, None, None)
    return (e.event_id, e.doc_id, period_start(e.date, e.date_precision), precision_of(e.date, e.date_precision),
            e.event_type, e.mode, e.quad, e.intensity, is_factual(e),
            keys_text(e.actor), keys_text(e.recipient), *who(first_a), *who(first_r),
            (loc.name or loc.text).lower() if loc and (loc.name or loc.text) else None,
            loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None)
